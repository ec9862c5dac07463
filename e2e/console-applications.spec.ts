// The window clerk of 湖西区 (signed in once) works a case a citizen submitted through the API: finds it in the inbox,
// opens it, asks for everything missing at once, is refused a second request without new facts, is told when a
// second tab changed the case meanwhile, then accepts it; both pages pass axe, and the buttons speak English too.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { demoCitizens } from '../server/seed/demo-accounts';
import type { CaseView, MaterialChoice, PrepareView, UploadedFile } from '../web/shared/application-types';
import { expectNoSeriousA11yViolations } from './axe';
import { csrfHeader, DEMO_PASSWORD, signInStaff, staffAccount } from './support';

test.use({ viewport: { width: 1440, height: 900 }, contextOptions: { reducedMotion: 'reduce' } });

/** 个体工商户登记, offered in 湖西区 by its market regulation bureau (D339903-AMR), whose clerk is clerk.huxi. */
const ITEM = 'XK-AMR-0004';
const REGION = '339903';
/** 罗勇, a demo citizen of 湖西区 holding a resident ID card e-licence (fetched instead of uploaded). */
const CITIZEN = demoCitizens[19]!;
const PREMISES = '经营场所使用相关文件';
const MINIMAL_PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');

interface Submitted {
  caseId: string;
  caseNumber: string;
  upload: UploadedFile;
}

async function citizenPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  const login = await page.request.post('/api/v1/auth/login', { data: { identifier: CITIZEN.mobile, password: DEMO_PASSWORD } });
  expect(login.status(), await login.text()).toBe(200);
  return page;
}

/** The citizen applies through the API: the ID card fetched, the application form uploaded, premises by commitment. */
async function submitCase(citizen: Page): Promise<Submitted> {
  const fileName = `申请书-${randomBytes(2).toString('hex')}.pdf`;
  const uploaded = await citizen.request.post('/api/v1/applications/uploads', {
    data: MINIMAL_PDF,
    headers: { ...(await csrfHeader(citizen)), 'content-type': 'application/pdf', 'x-file-name': encodeURIComponent(fileName) },
  });
  expect(uploaded.status(), await uploaded.text()).toBe(201);
  const upload = (await uploaded.json()) as UploadedFile;

  const prepared = await citizen.request.get(`/api/v1/applications/prepare?implementation=${ITEM}&region=${REGION}`);
  expect(prepared.status(), await prepared.text()).toBe(200);
  const { materials } = (await prepared.json()) as PrepareView;
  const choices = materials.flatMap((material): MaterialChoice[] => {
    if (material.fetchable !== null) return [{ key: material.key, provision: 'fetched' }];
    if (material.commitmentAllowed) return [{ key: material.key, provision: 'commitment' }];
    if (material.required) return [{ key: material.key, provision: 'upload', fileId: upload.id }];
    return [];
  });
  const form = {
    operatorName: CITIZEN.name,
    operatorIdNumber: CITIZEN.idNumber,
    operatorMobile: CITIZEN.mobile,
    businessName: `湖西${CITIZEN.name}便利店`,
    organisationForm: '个人经营',
    premisesAddress: '明湖市湖西区桂园路 8 号',
    businessScope: '日用百货零售',
    capital: 5,
    employees: 2,
  };
  const submitted = await citizen.request.post('/api/v1/applications', {
    data: { implementation: ITEM, region: REGION, form, materials: choices },
    headers: { ...(await csrfHeader(citizen)), 'idempotency-key': randomBytes(16).toString('hex') },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  const { id, caseNumber } = (await submitted.json()) as { id: string; caseNumber: string };
  return { caseId: id, caseNumber, upload };
}

/** The citizen supplies what was asked (nothing new attached): the case returns to the clerk. */
async function supply(citizen: Page, caseId: string): Promise<void> {
  const current = await citizen.request.get(`/api/v1/applications/${caseId}`);
  const { version } = (await current.json()) as CaseView;
  const supplied = await citizen.request.post(`/api/v1/applications/${caseId}/actions/supplement`, {
    data: {},
    headers: { ...(await csrfHeader(citizen)), 'if-match': String(version) },
  });
  expect(supplied.status(), await supplied.text()).toBe(200);
}

test('the clerk finds a new case, asks for a supplement once, meets a stale tab, and accepts it', async ({ page, browser }) => {
  // One journey under one sign-in (a TOTP code works once), with five axe scans: longer than the default minute.
  test.setTimeout(120_000);
  const citizen = await citizenPage(browser);
  const { caseId, caseNumber, upload } = await submitCase(citizen);
  await signInStaff(page, staffAccount('clerk.huxi'));
  const main = page.getByRole('main');
  const outcome = main.getByRole('status');

  await test.step('the inbox lists the case with its status, step and deadline, and filters by item code', async () => {
    await page.goto('/console');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '办件受理' }).click();
    await expect(page).toHaveURL(/\/console\/applications$/);
    await expect(main.getByRole('heading', { level: 1, name: '办件受理' })).toBeVisible();
    await main.getByLabel('事项编码').fill(ITEM);
    await main.getByRole('button', { name: '查询' }).click();
    await expect(page).toHaveURL(new RegExp(`item=${ITEM}`));
    const row = main.getByRole('row').filter({ hasText: caseNumber });
    await expect(row).toContainText('个体工商户登记');
    await expect(row).toContainText(CITIZEN.name);
    await expect(row).toContainText('待受理');
    await expect(row).toContainText('窗口受理');
    await expect(row).toContainText('受理后起算');
    await expectNoSeriousA11yViolations(page, 'console applications inbox');
    await row.getByRole('link', { name: `办理 ${caseNumber}` }).click();
  });

  await test.step('the case page shows the materials with their sources, the steps and the actions', async () => {
    await expect(page).toHaveURL(new RegExp(`/console/applications/${caseId}$`));
    await expect(main.getByRole('heading', { level: 1, name: /个体工商户登记/ })).toBeVisible();
    await expect(main.getByText(`办件 ${caseNumber}`)).toBeVisible();
    const materials = main.getByRole('region', { name: '申请材料' });
    await expect(materials.getByRole('link', { name: `查看文件 ${upload.fileName}` })).toHaveAttribute('target', '_blank');
    await expect(materials).toContainText(`SHA-256 ${upload.sha256.slice(0, 12)}…`);
    await expect(materials).toContainText('明湖市公安局');
    await expect(materials).toContainText('本人承诺');
    await expect(main.getByRole('region', { name: '申请表' })).toContainText('日用百货零售');
    await expect(main.getByRole('region', { name: '办理环节' })).toContainText('窗口受理 · 当前环节');
    for (const name of ['受理', '不予受理', '一次性告知补正', '认领']) await expect(main.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(main.getByRole('button', { name: '批准', exact: true })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'console case page');
  });

  await test.step('everything missing is asked for at once', async () => {
    await main.getByRole('button', { name: '一次性告知补正', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '一次性告知补正' });
    await dialog.getByRole('button', { name: '发送告知' }).click();
    await expect(dialog.getByText('请至少选择或填写一项需补正的内容')).toBeVisible();
    await dialog.getByRole('checkbox', { name: PREMISES }).check();
    await dialog.getByLabel('其他需补正的内容（每行一项）').fill('经营者近期免冠照片');
    await dialog.getByLabel('补正说明（选填）').fill('请在 5 个工作日内补齐。');
    await expectNoSeriousA11yViolations(page, 'console supplement dialog');
    await dialog.getByRole('button', { name: '发送告知' }).click();
    await expect(dialog).toBeHidden();
    await expect(outcome).toContainText('已一次性告知申请人补正');
    const request = main.getByRole('region', { name: '补正告知' });
    await expect(request).toContainText(PREMISES);
    await expect(request).toContainText('经营者近期免冠照片');
    await expect(main.locator('.yw-case-headline')).toContainText('待补正');
    await expect(main.getByRole('button', { name: '一次性告知补正', exact: true })).toHaveCount(0);
  });

  await test.step('after the supplement, a second request without new facts is refused in words', async () => {
    await supply(citizen, caseId);
    await page.reload();
    await expect(main.locator('.yw-case-headline')).toContainText('待受理');
    await main.getByRole('button', { name: '一次性告知补正', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '一次性告知补正' });
    await expect(dialog.getByLabel('新情况说明')).toBeVisible();
    await dialog.getByRole('checkbox', { name: PREMISES }).check();
    await dialog.getByRole('button', { name: '发送告知' }).click();
    await expect(dialog.getByRole('alert')).toContainText('补正材料只能一次性告知；如有新情况请说明');
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toBeHidden();
    await expect(main.getByRole('button', { name: '一次性告知补正', exact: true })).toBeFocused();
  });

  await test.step('a second tab claims the case in English; the first tab, still on the old version, is told and reloads', async () => {
    const second = await page.context().newPage();
    await second.goto(`/console/applications/${caseId}`);
    await second.getByRole('button', { name: 'English' }).click();
    const secondMain = second.getByRole('main');
    for (const name of ['Accept', 'Refuse', 'Request supplement', 'Claim']) await expect(secondMain.getByRole('button', { name, exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(second, 'console case page in English');
    await secondMain.getByRole('button', { name: 'Claim', exact: true }).click();
    await expect(secondMain.getByRole('status')).toContainText('Claimed');
    await second.close();

    await main.getByRole('button', { name: '受理', exact: true }).click();
    await expect(outcome).toContainText('已被他人修改');
    await expect(main.getByRole('region', { name: '办件概况' })).toContainText(staffAccount('clerk.huxi').name);
    await main.getByLabel('办理意见（选填）').fill('材料齐全，予以受理。');
    await main.getByRole('button', { name: '受理', exact: true }).click();
    await expect(outcome).toContainText('已受理');
    await expect(main.locator('.yw-case-headline')).toContainText('审查中');
    await expect(main.locator('.yw-case-headline')).toContainText('到期');
    await expect(main.getByRole('region', { name: '办理记录' })).toContainText('材料齐全，予以受理。');
    await expect(main.getByText('您当前不能对该办件进行操作')).toBeVisible();
  });
});
