// Once-only (一次不用跑) in the browser: the newborn form is filled from the birth medical certificate and the
// marriage record through the data exchange, each value showing its source and time; the mother types one field
// herself instead (the manual alternative) and applies; her "who used my data" page lists the lookups of that
// application, exports them and takes a report of wrong use, which the audit admin reviews in the console.
// Sensitive data without a statutory basis waits for separate consent. Axe on every new page in both languages.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import type { CaseView } from '../web/shared/application-types';
import { expectNoSeriousA11yViolations } from './axe';
import { csrfHeader, DEMO_PASSWORD, signInStaff, staffAccount } from './support';

const MOTHER_MOBILE = '13900000002'; // 李娜, a parent of the demo newborn 张小满 (server/seed/demo-exchange.ts)
const MOTHER_REGION = '339902001002';
const DISABLED_MOBILE = '13900000003'; // 王强, holds a disability certificate (demo data)
const SHEET = fileURLToPath(new URL('./fixtures/dog-photo.png', import.meta.url));
const REASON = '我没有授权这次查询';

async function citizenPage(browser: Browser, mobile: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const login = await page.request.post('/api/v1/auth/login', { data: { identifier: mobile, password: DEMO_PASSWORD } });
  expect(login.status(), await login.text()).toBe(200);
  const drafts = (await (await page.request.get('/api/v1/applications/drafts')).json()) as { items: { id: string }[] };
  for (const draft of drafts.items) await page.request.delete(`/api/v1/applications/drafts/${draft.id}`, { headers: await csrfHeader(page) });
  return page;
}

/** Answers the visible fields the mother has to type; locked (fetched) fields are left as they are. */
async function answerVisibleFields(page: Page): Promise<void> {
  const answers: Record<string, string> = { '出生地点（分娩机构）': '明湖市妇幼保健院', '出生体重（克）': '3300', 出生孕周: '39', 民族: '汉族' };
  const choices = ['申请人身份', '落户方式', '缴费方式', '领卡方式', '与新生儿关系'];
  for (const [label, value] of Object.entries(answers)) {
    const field = page.getByLabel(label, { exact: true });
    if ((await field.isVisible()) && (await field.isEditable()) && (await field.inputValue()) === '') await field.fill(value);
  }
  for (const label of choices) {
    const field = page.getByLabel(label, { exact: true });
    if (!(await field.isVisible())) continue;
    await field.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  }
}

test.describe('once-only evidence through the data exchange', () => {
  test('fetched fields show their source, the manual alternative works, and the usage page lists the lookups', async ({ browser }) => {
    test.setTimeout(240_000);
    const mother = await citizenPage(browser, MOTHER_MOBILE);
    await mother.goto(`/apply/life-event/newborn?region=${MOTHER_REGION}`);
    const main = mother.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '新生儿出生一件事' })).toBeVisible();

    // Fetched as-is, with the source department and resource and the time.
    const childName = main.getByLabel('新生儿姓名', { exact: true });
    await expect(childName).toHaveValue('张小满');
    await expect(main.getByText(/来自：明湖市卫生健康委员会·出生医学证明信息（.+获取）/).first()).toBeVisible();
    await expect(main.getByLabel('出生医学证明编号', { exact: true })).toHaveValue('Q339900217');
    // The other parent's facts come from the marriage record (on a later page of the wizard).
    expect(await main.getByText(/来自：明湖市民政局·婚姻登记信息/).count()).toBeGreaterThan(0);
    await expect(main).toContainText(/已由政府部门数据自动提供/);
    await expectNoSeriousA11yViolations(mother, 'wizard with exchange-fetched fields');

    // The manual alternative: type the child's name instead of the fetched one.
    await main.getByRole('button', { name: /改为自己填写.*新生儿姓名/ }).click();
    await expect(childName).toHaveValue('');
    await expect(main).toContainText('您选择自己填写此项，提交时不会使用部门数据。');
    await childName.fill('张小雨');

    const materialsHeading = main.getByRole('heading', { level: 2, name: /提交材料/ });
    for (let page = 0; page < 6 && !(await materialsHeading.isVisible()); page++) {
      await answerVisibleFields(mother);
      await main.getByRole('button', { name: '下一步' }).click();
    }
    await expect(materialsHeading).toBeVisible();
    const sheet = main.getByRole('region', { name: /^《出生医学证明》首次签发登记表/ });
    await sheet.locator('input[type=file]').setInputFiles(SHEET);
    await expect(sheet).toContainText('已上传：dog-photo.png');
    await main.getByRole('button', { name: '下一步' }).click();
    await main.getByRole('button', { name: '确认无误，提交申请' }).click();
    await expect(mother).toHaveURL(/\/applications\/[0-9a-f-]{36}$/);
    const caseId = mother.url().split('/').pop() ?? '';
    const view = (await (await mother.request.get(`/api/v1/applications/${caseId}`)).json()) as CaseView;
    expect(view.fields.find((field) => field.key === 'child.name')?.value).toBe('张小雨');
    expect(view.fields.find((field) => field.key === 'child.birthCertificateNumber')?.value).toBe('Q339900217');

    // Who used my data: the lookups of that application, linked to the case.
    await mother.goto('/me');
    await mother.getByRole('main').getByRole('link', { name: '谁用了我的数据' }).click();
    await expect(main.getByRole('heading', { level: 1, name: '谁用了我的数据' })).toBeVisible();
    const ofCase = main.getByRole('article').filter({ has: mother.getByRole('link', { name: view.caseNumber }) });
    const birthLookup = ofCase.filter({ has: mother.getByRole('heading', { name: '出生医学证明信息' }) });
    // One lookup per department whose item needs the data (each only its own item's fields).
    await expect(birthLookup.first()).toBeVisible();
    await expect(birthLookup.first()).toContainText('办理「新生儿出生一件事」');
    await expect(birthLookup.first()).toContainText('法定职责');
    await expect(ofCase.filter({ hasText: '出生医学证明编号' }).first()).toBeVisible();
    await expect(ofCase.filter({ has: mother.getByRole('heading', { name: '婚姻登记信息' }) }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(mother, 'who used my data');

    // Filter by kind of use: the e-licences the application fetched.
    await main.getByLabel('使用方式').selectOption({ label: '调用电子证照' });
    await main.getByRole('button', { name: '筛选', exact: true }).click();
    await expect(main.getByRole('article').first()).toContainText('调用电子证照');
    await expect(main.getByRole('article').filter({ hasText: '查询' }).filter({ hasNotText: '调用电子证照' })).toHaveCount(0);
    await main.getByRole('button', { name: '清除' }).click();

    // Export (CSV with BOM) carries the same rows.
    const csv = await mother.request.get('/api/v1/me/data-usage/export?format=csv');
    expect(csv.status()).toBe(200);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(view.caseNumber);

    // Report a wrong use.
    const reported = birthLookup.first();
    await reported.getByRole('button', { name: /对此次使用提出异议/ }).click();
    await reported.getByLabel('异议理由').fill(REASON);
    await expectNoSeriousA11yViolations(mother, 'who used my data, report form');
    await reported.getByRole('button', { name: '提交异议' }).click();
    await expect(reported).toContainText('异议已提交');
    await expect(reported).toContainText('已提出异议');

    // The same page in English.
    await mother.evaluate(() => localStorage.setItem('yw.language', 'en'));
    await mother.reload();
    await expect(main.getByRole('heading', { level: 1, name: 'Who used my data' })).toBeVisible();
    await expect(main.getByRole('heading', { name: 'Birth medical certificates' }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(mother, 'who used my data (English)');
    await mother.context().close();

    // The audit admin reviews the report in the console.
    const auditor = await (await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' })).newPage();
    await signInStaff(auditor, staffAccount('auditadmin'));
    await auditor.goto('/console/exchange/reports');
    const consoleMain = auditor.getByRole('main');
    await expect(consoleMain.getByRole('heading', { level: 1, name: '数据使用异议' })).toBeVisible();
    const row = consoleMain.getByRole('row').filter({ hasText: REASON });
    await expect(row).toContainText('出生医学证明信息');
    await expectNoSeriousA11yViolations(auditor, 'console usage reports');
    await row.getByRole('button', { name: /审查/ }).click();
    const dialog = auditor.getByRole('dialog', { name: '审查' });
    await dialog.getByLabel('审查结论').fill('该查询依据户口登记条例办理新生儿入户，属法定职责。');
    await expectNoSeriousA11yViolations(auditor, 'console usage report decision');
    await dialog.getByRole('button', { name: '异议不成立' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(consoleMain.getByRole('row').filter({ hasText: REASON })).toHaveCount(0);
    await auditor.evaluate(() => localStorage.setItem('yw.language', 'en'));
    await auditor.reload();
    await expect(consoleMain.getByRole('heading', { level: 1, name: 'Reports of data use' })).toBeVisible();
    // Every status: the decided report is listed with its decision (an empty antd table fails contrast on its own).
    await consoleMain.getByLabel('Status').click();
    await auditor.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'All statuses' }).click();
    await expect(consoleMain.getByRole('row').filter({ hasText: REASON })).toContainText('Dismissed');
    await expectNoSeriousA11yViolations(auditor, 'console usage reports (English)');
    await auditor.context().close();
  });

  test('sensitive data without a statutory basis is fetched only after separate consent', async ({ browser }) => {
    const citizen = await citizenPage(browser, DISABLED_MOBILE);
    await citizen.goto('/apply/item/JF-CIVIL-0004?region=339902002001');
    const main = citizen.getByRole('main');
    const prompt = main.getByRole('heading', { level: 2, name: '使用敏感个人信息需要您单独同意' });
    await expect(prompt).toBeVisible();
    await expect(main).toContainText('残疾人证信息');
    await expect(main).toContainText('残疾等级');
    await expectNoSeriousA11yViolations(citizen, 'separate consent prompt');
    await main.getByRole('button', { name: '同意并获取' }).click();
    await expect(main.getByLabel('残疾等级', { exact: true })).toHaveValue('三级');
    await expect(main.getByText(/来自：明湖市民政局·残疾人证信息/).first()).toBeVisible();
    const usage = (await (await citizen.request.get('/api/v1/me/data-usage')).json()) as { items: { resource: { code: string }; basis: string | null }[] };
    expect(usage.items.find((item) => item.resource.code === 'CIVIL-DISABILITY')?.basis).toBe('consent');
    await citizen.context().close();
  });
});
