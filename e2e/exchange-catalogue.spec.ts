// The data resource catalogue: steward.city (明湖市市场监督管理局) browses and searches the catalogue, opens a
// resource of its own with its quality report, imports a CSV with one bad row and sees the progress finish and the
// per-row error report. The portal's open-data page lists downloads and the DCAT link. Every page passes axe in
// Chinese and in English.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { creditCodeCheckChar } from '../server/platform/ids/credit-code';
import { expectNoSeriousA11yViolations, inLanguage, scanBoth } from './axe';
import { csrfHeader, signInStaff, staffAccount } from './support';

const CODE = `E2E-CAT-${Date.now().toString(36).toUpperCase()}`;
const NAME = `端到端测试企业名录 ${CODE}`;

function creditCode(seq: number): string {
  const first17 = `91339902MB${String(seq).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

async function stewardWithResource(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signInStaff(page, staffAccount('steward.city'));
  const fields = [
    { key: 'enterpriseName', name: { zh: '企业名称', en: 'Enterprise name' }, type: 'string', element: 'enterprise.name', personal: false, sensitive: false, rules: { required: true } },
    { key: 'capital', name: { zh: '注册资本', en: 'Registered capital' }, type: 'number', personal: false, sensitive: false, rules: { min: 0 } },
    { key: 'legalRepresentative', name: { zh: '法定代表人', en: 'Legal representative' }, type: 'string', element: 'enterprise.legalRepresentative', personal: true, sensitive: false },
  ];
  const published = await page.request.post('/api/v1/exchange/resources', {
    headers: await csrfHeader(page),
    data: {
      code: CODE,
      name: { zh: NAME, en: `E2E enterprise list ${CODE}` },
      description: { zh: '浏览器测试用的数据资源', en: 'A data resource for the browser test' },
      classification: { class: '基础信息', item: '法人', category: '测试' },
      subjectKind: 'enterprise',
      fields,
      grade: 'general',
      sharingType: 'conditional',
      method: 'lookup',
      openData: false,
      updateCycle: 'monthly',
      releasedOn: '2026-01-01',
    },
  });
  expect(published.status(), await published.text()).toBe(201);
  const loaded = await page.request.post(`/api/v1/exchange/resources/${CODE}/records`, {
    headers: await csrfHeader(page),
    data: { records: [{ subject: creditCode(1), data: { enterpriseName: '甲公司', capital: 100, legalRepresentative: '张甲' } }, { subject: creditCode(2), data: { capital: -1 } }] },
  });
  expect(loaded.status(), await loaded.text()).toBe(200);
  return page;
}

test.describe('data resource catalogue', () => {
  test('a steward searches the catalogue, opens a resource with its quality, and imports a CSV with a bad row', async ({ browser }) => {
    const page = await stewardWithResource(browser);
    await page.goto('/console/exchange/resources');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '数据资源目录' })).toBeVisible();
    await expect(main.getByRole('link', { name: '市场主体登记信息' })).toBeVisible();
    await scanBoth(page, 'resource catalogue', 'Data resource catalogue');

    await main.getByLabel('关键词（编码、名称、描述）').fill(CODE);
    await main.getByRole('button', { name: '查询' }).click();
    const link = main.getByRole('link', { name: NAME });
    await expect(link).toBeVisible();
    await expect(main.getByRole('link', { name: '市场主体登记信息' })).toBeHidden();
    await link.click();

    await expect(main.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
    await expect(main.getByRole('region', { name: '字段' })).toContainText('enterprise.legalRepresentative');
    await expect(main.getByRole('region', { name: '字段' })).toContainText('个人信息');
    const quality = main.getByRole('region', { name: '数据质量' });
    await expect(quality).toContainText('完整性');
    await expect(quality).toContainText('enterpriseName');
    await expect(main.getByTestId('record-count')).toHaveText('2');
    await scanBoth(page, 'resource detail', `E2E enterprise list ${CODE}`);

    const csv = ['subject,企业名称,capital', `${creditCode(3)},乙公司,200`, 'NOT-A-CREDIT-CODE,丙公司,300', `${creditCode(4)},丁公司,abc`, `${creditCode(5)},戊公司,400`].join('\n');
    const panel = main.getByRole('region', { name: '导入数据' });
    await panel.locator('input[type=file]').setInputFiles({ name: 'records.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(panel).toContainText('导入完成：共 4 行，成功 2 行，失败 2 行');
    const errors = panel.getByRole('table');
    await expect(errors.getByRole('row')).toHaveCount(3);
    await expect(errors.getByRole('row').nth(1)).toContainText('3');
    await expect(errors.getByRole('row').nth(1)).toContainText('subject');
    await expect(errors.getByRole('row').nth(2)).toContainText('capital');
    await expect(errors.getByRole('row').nth(2)).toContainText('值与字段类型不符');
    await expect(main.getByTestId('record-count')).toHaveText('4');
    await expectNoSeriousA11yViolations(page, 'resource detail after import');
    await page.context().close();
  });

  test('a steward publishes a resource with the form; a refusal lands on its field', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await signInStaff(page, staffAccount('steward.psb'));
    await page.goto('/console/exchange/resources');
    const main = page.getByRole('main');
    await main.getByRole('button', { name: '发布数据资源' }).click();
    await expect(main.getByRole('heading', { level: 1, name: '发布数据资源' })).toBeVisible();
    await scanBoth(page, 'publish resource', 'Publish a data resource');
    const code = `E2E-PUB-${Date.now().toString(36).toUpperCase()}`;
    const basics = main.getByRole('region', { name: '基本信息' });
    await basics.getByLabel('资源编码').fill('bad code');
    await basics.getByLabel('中文名称').fill('端到端发布测试');
    await basics.getByLabel('英文名称').fill('E2E publish test');
    await basics.getByLabel('类', { exact: true }).fill('基础信息');
    await basics.getByLabel('项', { exact: true }).fill('人口');
    await basics.getByLabel('目', { exact: true }).fill('测试');
    const field = main.getByRole('group', { name: '字段 1' });
    await field.getByLabel('字段标识').fill('fullName');
    await field.getByLabel('中文名称').fill('姓名');
    await field.getByLabel('英文名称').fill('Name');
    await field.getByRole('checkbox', { name: '个人信息', exact: true }).check();
    await main.getByRole('button', { name: '发布', exact: true }).click();
    await expect(basics.getByText('格式不正确')).toBeVisible();
    await basics.getByLabel('资源编码').fill(code);
    await main.getByRole('button', { name: '发布', exact: true }).click();
    await expect(main.getByRole('heading', { level: 1, name: '端到端发布测试' })).toBeVisible();
    await expect(main).toContainText(code);
    await expect(main).toContainText('暂无质量评分');
    await context.close();
  });

  test('the portal lists open data with CSV downloads and the DCAT link, in both languages', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto('/open-data');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '公共数据开放' })).toBeVisible();
    const download = main.getByRole('link', { name: /^下载 CSV：/ }).first();
    await expect(download).toBeVisible();
    const csv = await page.request.get((await download.getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const dcat = main.getByRole('link', { name: '数据目录（DCAT-AP JSON-LD）' });
    const catalogue = await page.request.get((await dcat.getAttribute('href'))!);
    expect(((await catalogue.json()) as { '@type': string })['@type']).toBe('dcat:Catalog');
    await scanBoth(page, 'portal open data', 'Open data');
    await inLanguage(page, 'en');
    await expect(main.getByRole('link', { name: /^Download CSV: / }).first()).toBeVisible();
    await context.close();
  });
});
