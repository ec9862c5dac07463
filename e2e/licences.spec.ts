// A citizen opens the e-licence wallet, views the resident ID card with its QR code, and verifies it on the public
// page; an unknown licence on the verify page says it was not found.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoCitizens } from '../server/seed/demo-accounts';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_PASSWORD } from './support';

const zhangMing = demoCitizens[0]!;

async function newPage(browser: Browser): Promise<Page> {
  // Reduced motion: axe must not measure colours halfway through a fade-in.
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
  return context.newPage();
}

test.describe('e-licences on the portal', () => {
  test('citizen 1 finds the resident ID card in the wallet, opens it and verifies it as valid', async ({ browser }) => {
    const page = await newPage(browser);
    const login = await page.request.post('/api/v1/auth/login', { data: { identifier: zhangMing.mobile, password: DEMO_PASSWORD } });
    expect(login.status(), await login.text()).toBe(200);

    await page.goto('/');
    await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '我的证照' }).click();
    await expect(page).toHaveURL(/\/licences$/);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '我的证照' })).toBeVisible();
    const card = main.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '居民身份证' }) });
    await expect(card).toContainText('明湖市公安局');
    await expect(card).toContainText('有效');
    await expect(main.getByRole('link', { name: '居民户口簿' })).toBeVisible();
    await expect(main.getByRole('link', { name: '结婚证' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'portal licence wallet');

    await card.getByRole('link', { name: '居民身份证' }).click();
    await expect(page).toHaveURL(/\/licences\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    await expect(main.getByRole('heading', { level: 1, name: '居民身份证' })).toBeVisible();
    await expect(main).toContainText('1985-03-12');
    await expect(main).toContainText(`${zhangMing.idNumber.slice(0, 6)}********${zhangMing.idNumber.slice(-4)}`);
    await expect(main).not.toContainText(zhangMing.idNumber);
    await expect(main.getByRole('img', { name: new RegExp(`http://127\\.0\\.0\\.1:\\d+/verify/${id}`) })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'portal licence view');

    await main.getByRole('link', { name: '立即核验' }).click();
    await expect(page).toHaveURL(new RegExp(`/verify/${id}$`));
    await expect(main.getByRole('heading', { level: 1, name: '电子证照核验' })).toBeVisible();
    const verdict = main.getByRole('status').filter({ hasText: '证照有效' });
    await expect(verdict.getByRole('heading', { name: '证照有效' })).toBeVisible();
    await expect(main).toContainText('张*');
    await expect(main).toContainText('明湖市公安局');
    await expect(main).not.toContainText(zhangMing.idNumber.slice(0, 6));
    await expectNoSeriousA11yViolations(page, 'portal licence verification');
    await page.context().close();
  });

  test('the public verify page says an unknown licence was not found, without signing in', async ({ browser }) => {
    const page = await newPage(browser);
    await page.goto('/verify/00000000-0000-4000-8000-000000000000');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '电子证照核验' })).toBeVisible();
    await expect(main.getByRole('status')).toContainText('未找到该证照');
    await expectNoSeriousA11yViolations(page, 'portal licence verification not found');
    await page.context().close();
  });
});
