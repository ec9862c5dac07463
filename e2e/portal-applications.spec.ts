// A citizen applies online for dog registration (养犬登记): the name and ID number come from their verified profile
// and cannot be edited, the ID card is fetched as an e-licence, a text file dressed up as a PNG is refused by its
// content, a reload half-way keeps every answer (server draft), and the submitted case appears in My applications.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CaseView, PrepareView } from '../web/shared/application-types';
import { expectNoSeriousA11yViolations } from './axe';
import { csrfHeader, DEMO_PASSWORD, signInStaff, staffAccount } from './support';

const CITIZEN_MOBILE = '13900000003'; // 王强, 湖东区 (README: demo citizens)
const CITIZEN_NAME = '王强';
const ITEM = 'QT-PSB-0003'; // 养犬登记, offered city-wide by the public security bureau
const DOG_PHOTO = fileURLToPath(new URL('./fixtures/dog-photo.png', import.meta.url));
const NOT_AN_IMAGE = fileURLToPath(new URL('./fixtures/not-an-image.png', import.meta.url));
const CITIZEN_REGION = '339902001001'; // 王强's community, the service region the portal uses for him

async function signInCitizen(page: Page, mobile: string): Promise<void> {
  const login = await page.request.post('/api/v1/auth/login', { data: { identifier: mobile, password: DEMO_PASSWORD }, headers: await csrfHeader(page) });
  expect(login.status(), await login.text()).toBe(200);
}

/** Starts from no drafts, so the wizard opens empty whatever an earlier attempt left behind. */
async function deleteMyDrafts(page: Page): Promise<void> {
  const answer = await page.request.get('/api/v1/applications/drafts');
  expect(answer.status(), await answer.text()).toBe(200);
  for (const draft of ((await answer.json()) as { items: { id: string }[] }).items) {
    const deleted = await page.request.delete(`/api/v1/applications/drafts/${draft.id}`, { headers: await csrfHeader(page) });
    expect(deleted.status()).toBe(204);
  }
}

async function uploadThroughApi(page: Page): Promise<string> {
  const answer = await page.request.post('/api/v1/applications/uploads', {
    data: readFileSync(DOG_PHOTO),
    headers: { ...(await csrfHeader(page)), 'content-type': 'image/png', 'x-file-name': encodeURIComponent('dog-photo.png') },
  });
  expect(answer.status(), await answer.text()).toBe(201);
  return ((await answer.json()) as { id: string }).id;
}

/** Files a complete dog registration through the API (the wizard itself is covered by the first test). */
async function applyThroughApi(page: Page): Promise<string> {
  const prepared = await page.request.get(`/api/v1/applications/prepare?implementation=${ITEM}&region=${CITIZEN_REGION}`);
  expect(prepared.status(), await prepared.text()).toBe(200);
  const view = (await prepared.json()) as PrepareView;
  const form: Record<string, unknown> = Object.fromEntries(view.fields.flatMap((field) => (field.prefill === null ? [] : [[field.key, field.prefill.value]])));
  Object.assign(form, { breed: '柴犬', colour: '赤色', dogSex: '母', dogName: '小八', chipNumber: '156000012345679', vaccinationNumber: 'MH-2026-0002' });
  const materials = [
    { key: 'owner_id_card', provision: 'fetched' },
    { key: 'vaccination_certificate', provision: 'upload', fileId: await uploadThroughApi(page) },
    { key: 'dog_photos', provision: 'upload', fileId: await uploadThroughApi(page) },
    { key: 'residence_proof', provision: 'commitment' },
  ];
  const submitted = await page.request.post('/api/v1/applications', {
    data: { implementation: ITEM, region: CITIZEN_REGION, form, materials },
    headers: { ...(await csrfHeader(page)), 'idempotency-key': crypto.randomUUID() },
  });
  expect(submitted.status(), await submitted.text()).toBe(201);
  return ((await submitted.json()) as { id: string }).id;
}

/** A staff action through the API with the version it saw (the console's own pages are tested elsewhere). */
async function staffAct(staff: Page, caseId: string, action: string, body: unknown = {}): Promise<void> {
  const current = (await (await staff.request.get(`/api/v1/applications/${caseId}`)).json()) as CaseView;
  const answer = await staff.request.post(`/api/v1/applications/${caseId}/actions/${action}`, { data: body, headers: { ...(await csrfHeader(staff)), 'if-match': String(current.version) } });
  expect(answer.status(), await answer.text()).toBe(200);
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' });
  return context.newPage();
}

async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
}

function materialCard(page: Page, name: string) {
  return page.getByRole('main').getByRole('region', { name: new RegExp(`^${name}`) });
}

test.describe('applying online in the portal', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('dog registration: prefilled identity, fetched ID card, refused fake image, draft kept over a reload, submitted case listed', async ({ page }) => {
    await signInCitizen(page, CITIZEN_MOBILE);
    await deleteMyDrafts(page);

    await page.goto(`/services/${ITEM}`);
    const main = page.getByRole('main');
    await main.getByRole('complementary', { name: '办理要点' }).getByRole('link', { name: '在线办理' }).click();
    await expect(page).toHaveURL(new RegExp(`/apply/item/${ITEM}`));
    await expect(main.getByRole('heading', { level: 1, name: '养犬登记' })).toBeVisible();
    await expect(main).toContainText('明湖市公安局');
    await expect(main).toContainText('3 个工作日');
    await expect(main).toContainText(/共 \d+ 项信息中有 \d+ 项、\d+ 份材料中有 1 份已由政府部门数据自动提供/);

    // Identity from the verified profile: shown with its source, read-only.
    const name = page.getByLabel('养犬人姓名');
    await expect(name).toHaveValue(CITIZEN_NAME);
    await expect(name).toHaveAttribute('readonly', '');
    await expect(page.getByLabel('公民身份号码')).toHaveAttribute('readonly', '');
    await expect(main.getByText('来自：实名认证信息（一网通办账户）').first()).toBeVisible();
    await expect(main.getByText(/如有错误请到发证机关更正/).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'apply wizard, first page');

    // Required fields are checked before the next page.
    await main.getByRole('button', { name: '下一步' }).click();
    await expect(main.getByText('请填写犬种')).toBeVisible();
    await page.getByLabel('犬种').fill('中华田园犬');
    await page.getByLabel('犬名').fill('旺财');
    await expect(main.getByRole('status').filter({ hasText: /已保存 \d{2}:\d{2}/ })).toBeVisible();
    await expect(page).toHaveURL(/draft=/);

    // A reload half-way: the draft in the address brings every answer back.
    await page.reload();
    await expect(page.getByLabel('犬种')).toHaveValue('中华田园犬');
    await expect(page.getByLabel('犬名')).toHaveValue('旺财');
    await expect(page.getByLabel('养犬人姓名')).toHaveValue(CITIZEN_NAME);

    await main.getByRole('button', { name: '下一步' }).click();
    await expect(main.getByRole('heading', { level: 2, name: /填写信息（2\/2）/ })).toBeVisible();
    await choose(page, '犬只性别', '公');
    await page.getByLabel('毛色').fill('黄色');
    await page.getByLabel('电子标识（芯片）编号').fill('12345');
    await main.getByRole('button', { name: '下一步' }).click();
    await expect(main.getByText('电子标识（芯片）编号的格式不正确，请检查')).toBeVisible();
    await page.getByLabel('电子标识（芯片）编号').fill('156000012345678');
    await page.getByLabel('犬只出生日期').fill('2024-03-01');
    await page.getByLabel('免疫证明编号').fill('MH-2026-0001');
    await main.getByRole('button', { name: '下一步' }).click();

    // Materials: the ID card is fetched; uploads are checked by content; the address proof by commitment.
    await expect(main.getByRole('heading', { level: 2, name: /提交材料/ })).toBeVisible();
    const idCard = materialCard(page, '养犬人居民身份证');
    await expect(idCard).toContainText('已获取电子证照，无需提交');
    await expect(idCard).toContainText('明湖市公安局');
    await expect(idCard.getByRole('radio', { name: '改为上传' })).toBeVisible();

    await main.getByRole('button', { name: '下一步' }).click();
    await expect(materialCard(page, '犬只正面、侧面照片')).toContainText('请上传此材料');

    const vaccination = materialCard(page, '狂犬病免疫证明');
    await vaccination.locator('input[type=file]').setInputFiles(NOT_AN_IMAGE);
    await expect(vaccination.getByRole('alert').filter({ hasText: '只接受 PDF、JPEG 或 PNG 文件' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'apply wizard, materials with a refused upload');
    await vaccination.locator('input[type=file]').setInputFiles(DOG_PHOTO);
    await expect(vaccination).toContainText('已上传：dog-photo.png');
    await expect(vaccination.getByRole('alert').filter({ hasText: '只接受' })).toHaveCount(0);

    const photos = materialCard(page, '犬只正面、侧面照片');
    await photos.locator('input[type=file]').setInputFiles(DOG_PHOTO);
    await expect(photos).toContainText('已上传：dog-photo.png');

    const residence = materialCard(page, '养犬地住所证明');
    await residence.getByRole('radio', { name: '告知承诺' }).check();
    await expect(residence).toContainText('本人承诺所提供的信息真实');
    await residence.getByRole('checkbox').check();
    await main.getByRole('button', { name: '下一步' }).click();

    // Review at a glance, then submit.
    await expect(main.getByRole('heading', { level: 2, name: /确认提交/ })).toBeVisible();
    await expect(main).toContainText('中华田园犬');
    await expect(main).toContainText('使用电子证照');
    await expect(main).toContainText('告知承诺（已签署）');
    await expectNoSeriousA11yViolations(page, 'apply wizard, review');
    await main.getByRole('button', { name: '确认无误，提交申请' }).click();

    await expect(page).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
    const submitted = main.getByRole('status').filter({ hasText: '申请已提交，办件编号' });
    await expect(submitted).toBeVisible();
    const caseNumber = ((await submitted.textContent()) ?? '').match(/办件编号\s*([0-9A-Z-]+)/)?.[1] ?? '';
    expect(caseNumber).not.toBe('');
    await expect(main.getByRole('heading', { level: 1, name: '养犬登记' })).toBeVisible();
    await expect(main).toContainText('已提交，待受理');
    await expect(main).toContainText('受理后开始计时');
    await expect(main.getByRole('region', { name: '申请材料' })).toContainText('已上传');
    await expectNoSeriousA11yViolations(page, 'case page');

    await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '我的办件' }).click();
    await expect(main.getByRole('heading', { level: 1, name: '我的办件' })).toBeVisible();
    const listed = main.getByRole('region', { name: '办件' }).getByRole('listitem').filter({ hasText: caseNumber });
    await expect(listed).toContainText('养犬登记');
    await expect(listed).toContainText('已提交，待受理');
    // The submitted draft is gone from the drafts.
    await expect(main.getByRole('region', { name: '草稿' })).toContainText('没有未提交的草稿');
    await expectNoSeriousA11yViolations(page, 'my applications');
  });

  test('a supplement request is answered on the case page; a withdrawal meets a change made meanwhile, then goes through', async ({ browser }) => {
    const citizen = await newPage(browser);
    await signInCitizen(citizen, CITIZEN_MOBILE);
    const caseId = await applyThroughApi(citizen);

    // The public security bureau accepts and asks, once, for clearer photos (一次性告知).
    const staff = await newPage(browser);
    await signInStaff(staff, staffAccount('psb.city'));
    await staffAct(staff, caseId, 'accept');
    await staffAct(staff, caseId, 'request-supplement', { items: ['材料：犬只正面、侧面照片'], note: '照片看不清犬只面部，请重新拍摄。' });

    await citizen.goto(`/applications/${caseId}`);
    const main = citizen.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '养犬登记' })).toBeVisible();
    await expect(main.getByRole('status').filter({ hasText: '需要您：按要求补正材料或信息' })).toBeVisible();
    await expect(main).toContainText('待补正');
    await expect(main).toContainText('补正期间暂停计时');
    const supplement = main.getByRole('region', { name: '补正：养犬登记' });
    await expect(supplement).toContainText('照片看不清犬只面部，请重新拍摄。');
    const photos = supplement.getByRole('region', { name: /^犬只正面、侧面照片/ });
    await expect(photos).toContainText('（需补正）');
    await expectNoSeriousA11yViolations(citizen, 'case page with a supplement request');

    await supplement.getByRole('button', { name: '提交补正' }).click();
    await expect(supplement.getByRole('alert')).toContainText('请至少补正一份材料或修改一项信息');
    await photos.getByRole('radio', { name: '重新上传' }).check();
    await photos.locator('input[type=file]').setInputFiles(DOG_PHOTO);
    await expect(photos).toContainText('已上传：dog-photo.png');
    await supplement.getByRole('button', { name: '提交补正' }).click();
    await expect(main.getByRole('status').filter({ hasText: '补正已提交，办理部门将继续办理。' })).toBeVisible();
    await expect(main).toContainText('审查中');
    await expect(main.getByRole('region', { name: '办理进度' })).toContainText('已补正');

    // The officer takes the case while the applicant's page still shows the old version: 412, reload, say so.
    await staffAct(staff, caseId, 'claim');
    await main.getByRole('button', { name: '撤回申请' }).click();
    const dialog = citizen.getByRole('dialog', { name: '确定撤回这份申请吗？' });
    await dialog.getByLabel('撤回原因（选填）').fill('已在窗口办理');
    await dialog.getByRole('button', { name: '确定撤回' }).click();
    await expect(main.getByRole('alert').filter({ hasText: '办件刚刚有了新的进展' })).toBeVisible();
    await main.getByRole('button', { name: '撤回申请' }).click();
    await citizen.getByRole('dialog', { name: '确定撤回这份申请吗？' }).getByRole('button', { name: '确定撤回' }).click();
    await expect(main.getByRole('status').filter({ hasText: '申请已撤回。' })).toBeVisible();
    await expect(main).toContainText('已撤回');
    await expect(main.getByRole('button', { name: '撤回申请' })).toHaveCount(0);

    await citizen.context().close();
    await staff.context().close();
  });

  test('the wizard, my applications and a case read in English in elderly mode without accessibility problems', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('yw.language', 'en');
      localStorage.setItem('yw.elderly', '1');
    });
    await signInCitizen(page, CITIZEN_MOBILE);
    await deleteMyDrafts(page);
    await page.goto(`/apply/item/${ITEM}`);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Dog registration' })).toBeVisible();
    await expect(main.getByText('From: Verified account profile').first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'apply wizard (English, elderly)');
    await page.getByLabel('Breed').fill('Shiba');
    await expect(main.getByRole('status').filter({ hasText: /Saved \d{2}:\d{2}/ })).toBeVisible();

    // Opening the wizard again offers the draft.
    await page.goto(`/apply/item/${ITEM}`);
    await expect(main.getByRole('heading', { name: 'Continue where you left off?' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'draft offer (English, elderly)');
    await main.getByRole('button', { name: 'Continue the draft' }).click();
    await expect(page.getByLabel('Breed')).toHaveValue('Shiba');

    await page.goto('/applications');
    await expect(main.getByRole('heading', { level: 1, name: 'My applications' })).toBeVisible();
    await expect(main.getByRole('region', { name: 'Drafts' }).getByRole('listitem').filter({ hasText: 'Dog registration' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'my applications (English, elderly)');
    const firstCase = main.getByRole('region', { name: 'Applications' }).getByRole('listitem').getByRole('link').first();
    if ((await firstCase.count()) > 0) {
      await firstCase.click();
      await expect(main.getByRole('heading', { level: 2, name: 'Progress' })).toBeVisible();
      await expectNoSeriousA11yViolations(page, 'case page (English, elderly)');
    }
  });
});
