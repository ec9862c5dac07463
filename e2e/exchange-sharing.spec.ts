// Data sharing in the console: steward.hrss requests the civil affairs bureau's marriage records (important data),
// steward.data passes the compliance check, steward.civil grants a subset of the fields, steward.data confirms as
// the higher authority (a city-level provider has no higher bureau of its kind), and steward.hrss creates an API
// key that is shown once. Every page passes axe in Chinese and in English.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations, scanBoth } from './axe';
import { signInStaff, staffAccount } from './support';

const RESOURCE = 'CIVIL-MARRIAGE';

async function stewardPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signInStaff(page, staffAccount(username));
  return page;
}

/** Picks the visible option of an open antd select that contains the text. */
async function pick(page: Page, text: string): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: text }).first().click();
}

async function approve(page: Page, url: string, expected: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: '通过', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '审核通过' });
  await dialog.getByRole('button', { name: '确认通过' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('main')).toContainText(expected);
}

test.describe('data sharing requests', () => {
  test('a request goes through the compliance check, the provider and the higher authority; the consumer gets an API key once', async ({ browser }) => {
    // Three stewards, five pages scanned in two languages: longer than the default minute on a shared machine.
    test.setTimeout(150_000);
    const hrss = await stewardPage(browser, 'steward.hrss');
    await hrss.goto('/console/exchange/sharing');
    const main = hrss.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '共享申请' })).toBeVisible();
    await expect(main.getByRole('tab', { name: '我申请的' })).toBeVisible();
    await expect(main.getByRole('tab', { name: '待我处理' })).toBeVisible();
    await scanBoth(hrss, 'sharing request list', 'Sharing requests');

    await main.getByRole('button', { name: '新建共享申请' }).click();
    await expect(main.getByRole('heading', { level: 1, name: '新建共享申请' })).toBeVisible();
    await main.getByLabel('数据资源').fill(RESOURCE);
    await pick(hrss, RESOURCE);
    await expect(main).toContainText('明湖市民政局');
    await main.getByRole('checkbox', { name: /婚姻状况/ }).check();
    await main.getByRole('checkbox', { name: /配偶姓名/ }).check();
    await main.getByRole('checkbox', { name: /配偶身份证号/ }).check();
    await main.getByLabel('使用用途').fill('办理公积金提取时核验婚姻状况');
    await main.getByLabel('法律法规依据').fill('《住房公积金管理条例》第二十四条');
    await expectNoSeriousA11yViolations(hrss, 'new sharing request (zh)');
    await main.getByRole('button', { name: '提交申请' }).click();
    await expect(hrss).toHaveURL(/\/console\/exchange\/sharing\/requests\/[0-9a-f-]{36}$/);
    const url = new URL(hrss.url()).pathname;
    const heading = main.getByRole('heading', { level: 1, name: /^共享申请 GX-\d{8}-\d{4}$/ });
    await expect(heading).toBeVisible();
    const number = ((await heading.textContent()) ?? '').replace('共享申请 ', '');
    await expect(main).toContainText('合规审核');
    await expect(main).toContainText('明湖市大数据管理局');
    await scanBoth(hrss, 'sharing request detail', `Sharing request ${number}`);

    const data = await stewardPage(browser, 'steward.data');
    await data.goto('/console/exchange/sharing?tab=todo');
    await expect(data.getByRole('link', { name: `查看申请 ${number}` })).toBeVisible();
    await approve(data, url, '提供方审核');

    const civil = await stewardPage(browser, 'steward.civil');
    await civil.goto(url);
    await civil.getByRole('button', { name: '通过', exact: true }).click();
    const dialog = civil.getByRole('dialog', { name: '审核通过' });
    await dialog.getByRole('checkbox', { name: '配偶姓名' }).uncheck();
    // The second list (fields in clear) offers only the granted sensitive fields.
    await dialog.getByRole('checkbox', { name: '配偶身份证号' }).last().check();
    await dialog.getByLabel('调用频率上限（次/分钟）').fill('120');
    await expectNoSeriousA11yViolations(civil, 'approve dialog (zh)');
    await dialog.getByRole('button', { name: '确认通过' }).click();
    await expect(dialog).toBeHidden();
    await expect(civil.getByRole('main')).toContainText('上级审核');

    await approve(data, url, '已批准');
    const grant = data.getByRole('main');
    await expect(grant).toContainText('婚姻状况、配偶身份证号');
    await expect(grant).toContainText('120 次/分钟');

    await hrss.goto('/console/exchange/sharing/keys');
    await expect(main.getByRole('heading', { level: 1, name: '接口密钥' })).toBeVisible();
    await scanBoth(hrss, 'API keys', 'API keys');
    await main.getByRole('button', { name: '创建密钥' }).click();
    const create = hrss.getByRole('dialog', { name: '创建接口密钥' });
    await create.getByLabel('名称').fill('公积金提取系统');
    await create.getByLabel('可用授权').click();
    await pick(hrss, number);
    await create.getByLabel('名称').click(); // closes the multiple select's list, which covers the buttons
    await create.getByRole('button', { name: '创建密钥' }).click();
    const shown = hrss.getByRole('dialog', { name: '请立即复制并妥善保存密钥' });
    await expect(shown).toContainText('关闭此窗口后将无法再次查看该密钥');
    const key = ((await shown.getByLabel('接口密钥').textContent()) ?? '').trim();
    expect(key).toMatch(/^ywk_[0-9a-z]{8}_[A-Za-z0-9_-]{43}$/);
    await expect(shown.getByRole('button', { name: '复制密钥' })).toBeVisible();
    await expectNoSeriousA11yViolations(hrss, 'API key shown once (zh)');
    await shown.getByRole('button', { name: '我已保存' }).click();
    await expect(shown).toBeHidden();
    const row = main.getByRole('row').filter({ hasText: '公积金提取系统' });
    await expect(row).toContainText(`${key.slice(0, 12)}_…`);
    await expect(row).toContainText(number);
    await expect(main).not.toContainText(key);
    await hrss.reload();
    await expect(main.getByRole('row').filter({ hasText: '公积金提取系统' })).toBeVisible();
    await expect(main).not.toContainText(key.slice(13));
    for (const page of [hrss, data, civil]) await page.context().close();
  });
});
