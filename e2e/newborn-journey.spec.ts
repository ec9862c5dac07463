// The whole newborn journey (新生儿出生一件事): a parent applies once in the portal; the health commission, public
// security and social security each handle their item in the console (accept → review → decide → deliver), the
// later items starting only when the birth medical certificate / household registration they depend on is issued;
// the parent sees every item completed, opens the issued birth medical certificate, verifies it and rates the case.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { CaseView } from '../web/shared/application-types';
import { expectNoSeriousA11yViolations } from './axe';
import { csrfHeader, DEMO_PASSWORD, signInStaff, staffAccount } from './support';

const PARENT_MOBILE = '13900000001'; // 张明 (README: demo citizens)
const REGISTRATION_SHEET = fileURLToPath(new URL('./fixtures/dog-photo.png', import.meta.url));

/** The answers a parent types, by field label; fields filled from government data are left as they are. */
const ANSWERS: Record<string, { fill?: string; choose?: string }> = {
  新生儿姓名: { fill: '张小宇' },
  '出生地点（分娩机构）': { fill: '明湖市妇幼保健院' },
  '出生体重（克）': { fill: '3300' },
  新生儿性别: { choose: '男' },
  申请人身份: { choose: '父亲' },
  新生儿出生日期: { fill: '2026-11-20' },
  出生孕周: { fill: '39' },
  民族: { fill: '汉族' },
  落户方式: { choose: '随父落户' },
  出生医学证明编号: { fill: 'Q339900260001' },
  缴费方式: { choose: '银行代扣' },
  领卡方式: { choose: '社保卡服务网点领取' },
  与新生儿关系: { choose: '父亲' },
};

async function newPage(browser: Browser): Promise<Page> {
  // Reduced motion: axe must not measure colours halfway through a fade-in.
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
  return context.newPage();
}

async function getCase(page: Page, id: string): Promise<CaseView> {
  const answer = await page.request.get(`/api/v1/applications/${id}`);
  expect(answer.status(), await answer.text()).toBe(200);
  return (await answer.json()) as CaseView;
}

/** Fills the visible fields of the current wizard page that the parent has to answer. */
async function answerVisibleFields(page: Page): Promise<void> {
  for (const [label, answer] of Object.entries(ANSWERS)) {
    const field = page.getByLabel(label, { exact: true });
    if (!(await field.isVisible())) continue;
    // Fields fetched through the data exchange (the birth medical certificate, the marriage record) are locked.
    if (await field.evaluate((element) => element.classList.contains('yw-locked-input'))) continue;
    if (answer.fill !== undefined) await field.fill(answer.fill);
    if (answer.choose !== undefined) {
      await field.click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${answer.choose}$`) }).click();
    }
  }
}

/**
 * One department handles its case in the console: the button the current step offers (受理, 审核通过, 批准, 送达
 * by e-licence, 办结) until the case is completed. The page is reloaded after each step so no stale button is used.
 */
async function handleInConsole(staff: Page, caseId: string): Promise<void> {
  await staff.goto(`/console/applications/${caseId}`);
  const main = staff.getByRole('main');
  for (let step = 0; step < 8; step++) {
    const view = await getCase(staff, caseId);
    if (view.status === 'completed') return;
    await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
    const actions = view.availableActions;
    if (actions.includes('accept')) await main.getByRole('button', { name: '受理', exact: true }).click();
    else if (actions.includes('approve')) await main.getByRole('button', { name: /^(审核通过|批准)$/ }).click();
    else if (actions.includes('deliver')) {
      await main.getByRole('button', { name: '送达', exact: true }).click();
      const dialog = staff.getByRole('dialog', { name: '送达' });
      const byLicence = dialog.getByRole('radio', { name: '电子证照送达' });
      if (await byLicence.isEnabled()) await byLicence.check();
      await dialog.getByRole('button', { name: '确定' }).click();
    } else if (actions.includes('complete')) await main.getByRole('button', { name: '办结', exact: true }).click();
    else throw new Error(`Nothing to do on ${view.caseNumber} in status ${view.status}: ${actions.join(', ')}`);
    await expect.poll(async () => (await getCase(staff, caseId)).version).toBeGreaterThan(view.version);
    await staff.reload();
  }
  expect((await getCase(staff, caseId)).status).toBe('completed');
}

test.describe('newborn life event, end to end', () => {
  test('apply once; health, public security and social security act in the console; the parent verifies the certificate and rates', async ({ browser }) => {
    test.setTimeout(300_000);
    const parent = await newPage(browser);
    const login = await parent.request.post('/api/v1/auth/login', { data: { identifier: PARENT_MOBILE, password: DEMO_PASSWORD } });
    expect(login.status(), await login.text()).toBe(200);
    const drafts = (await (await parent.request.get('/api/v1/applications/drafts')).json()) as { items: { id: string; lifeEvent: string | null }[] };
    for (const draft of drafts.items) await parent.request.delete(`/api/v1/applications/drafts/${draft.id}`, { headers: await csrfHeader(parent) });

    // The parent applies from the life event's page.
    await parent.goto('/life-events/newborn');
    const main = parent.getByRole('main');
    await main.getByRole('link', { name: '在线办理' }).click();
    await expect(parent).toHaveURL(/\/apply\/life-event\/newborn/);
    await expect(main.getByRole('heading', { level: 1, name: '新生儿出生一件事' })).toBeVisible();
    await expect(main).toContainText('联办承诺时限');
    for (const department of ['明湖市卫生健康委员会', '明湖市公安局', '明湖市人力资源和社会保障局']) await expect(main).toContainText(department);
    await expect(main.getByLabel('申请人（父/母）姓名')).toHaveValue('张明');
    await expectNoSeriousA11yViolations(parent, 'life event wizard');

    const materialsHeading = main.getByRole('heading', { level: 2, name: /提交材料/ });
    for (let page = 0; page < 6 && !(await materialsHeading.isVisible()); page++) {
      await answerVisibleFields(parent);
      await main.getByRole('button', { name: '下一步' }).click();
    }
    await expect(materialsHeading).toBeVisible();
    await expect(main.getByRole('region', { name: /^出生医学证明/ })).toContainText('由本次一件事中的前序事项自动提供，无需提交');
    await expect(main.getByRole('region', { name: /^居民户口簿|^落户地居民户口簿|^新生儿居民户口簿/ }).first()).toContainText('已获取电子证照');
    const sheet = main.getByRole('region', { name: /^《出生医学证明》首次签发登记表/ });
    await sheet.locator('input[type=file]').setInputFiles(REGISTRATION_SHEET);
    await expect(sheet).toContainText('已上传：dog-photo.png');
    await expectNoSeriousA11yViolations(parent, 'life event wizard, materials');
    await main.getByRole('button', { name: '下一步' }).click();
    await expect(main.getByRole('heading', { level: 2, name: /确认提交/ })).toBeVisible();
    await main.getByRole('button', { name: '确认无误，提交申请' }).click();

    await expect(parent).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
    await expect(main.getByRole('status').filter({ hasText: '申请已提交，办件编号' })).toBeVisible();
    const bundleId = parent.url().split('/').pop() ?? '';
    const items = main.getByRole('region', { name: /^联办事项/ }).getByRole('listitem');
    await expect(items).toHaveCount(4);
    await expect(items.filter({ hasText: '出生医学证明签发' })).toContainText('已提交，待受理');
    await expect(items.filter({ hasText: '社会保障卡申领' })).toContainText('等待前序事项');
    await expect(main).toContainText('联办时限');
    await expectNoSeriousA11yViolations(parent, 'life event case page, submitted');

    const children = (await getCase(parent, bundleId)).children;
    const childOf = (code: string) => {
      const child = children.find((candidate) => candidate.itemCode === code);
      if (child === undefined) throw new Error(`No child case for ${code}`);
      return child.id;
    };

    // Each department signs in once (a TOTP code works once) and handles its own cases in the console.
    const health = await newPage(browser);
    await signInStaff(health, staffAccount('health.city'));
    await handleInConsole(health, childOf('GG-HEALTH-0001'));
    await expectNoSeriousA11yViolations(health, 'console case page, completed');

    const psb = await newPage(browser);
    await signInStaff(psb, staffAccount('psb.city'));
    await handleInConsole(psb, childOf('QR-PSB-0001'));

    const hrss = await newPage(browser);
    await signInStaff(hrss, staffAccount('hrss.city'));
    await handleInConsole(hrss, childOf('GG-HRSS-0007'));
    await handleInConsole(hrss, childOf('GG-HRSS-0003'));

    // The parent sees one completed application, every item done, one timeline labelled by item.
    await parent.reload();
    await expect(main.getByRole('heading', { level: 1, name: '新生儿出生一件事' })).toBeVisible();
    await expect(items).toHaveCount(4);
    for (let i = 0; i < 4; i++) await expect(items.nth(i)).toContainText('已办结');
    const timeline = main.getByRole('region', { name: '办理进度' });
    await expect(timeline).toContainText('出生医学证明签发');
    await expect(timeline).toContainText('社会保障卡申领（新生儿）');
    await expect(timeline).toContainText('受理');
    await expectNoSeriousA11yViolations(parent, 'life event case page, completed');

    // The birth medical certificate it produced: open it, verify it.
    await main.getByRole('link', { name: '查看“出生医学证明签发”出具的电子证照' }).click();
    await expect(parent).toHaveURL(/\/licences\/[0-9a-f-]{36}$/);
    await expect(main.getByRole('heading', { level: 1, name: '出生医学证明' })).toBeVisible();
    // The child's name came from the birth medical certificate record (demo data), not from typing.
    await expect(main).toContainText('张小满');
    await main.getByRole('link', { name: '立即核验' }).click();
    await expect(parent).toHaveURL(/\/verify\/[0-9a-f-]{36}$/);
    await expect(main.getByRole('status').filter({ hasText: '证照有效' })).toBeVisible();

    // 好差评 on the bundle.
    await parent.goto(`/applications/${bundleId}`);
    const rating = main.getByRole('region', { name: '服务评价（好差评）' });
    await expect(rating).toBeVisible();
    await rating.getByRole('radio', { name: '不满意', exact: true }).check();
    await expect(rating.getByRole('checkbox', { name: '超过承诺时限' })).toBeVisible();
    await expectNoSeriousA11yViolations(parent, 'rating form with bad-rating reasons');
    await rating.getByRole('radio', { name: '非常满意' }).check();
    await expect(rating.getByRole('checkbox', { name: '超过承诺时限' })).toHaveCount(0);
    await rating.getByLabel('意见和建议（选填）').fill('一次办好，非常方便。');
    await rating.getByRole('button', { name: '提交评价' }).click();
    await expect(main.getByRole('status').filter({ hasText: '感谢您的评价！' })).toBeVisible();
    await expect(rating).toContainText('非常满意');
    await expect(rating).toContainText('一次办好，非常方便。');
    expect((await getCase(parent, bundleId)).rating?.score).toBe(5);

    for (const page of [parent, health, psb, hrss]) await page.context().close();
  });
});
