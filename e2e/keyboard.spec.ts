// Keyboard only: the skip link, form fields and the console's side navigation work without a mouse.
import { expect, test } from '@playwright/test';
import { signInStaff, staffAccount, uniqueMobile } from './support';

test('the portal login works from the keyboard, starting with the skip link', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const identifier = page.getByLabel('手机号码或统一社会信用代码');
  await expect(identifier).toBeFocused();
  await page.keyboard.type(uniqueMobile());
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('密码')).toBeFocused();
  await page.keyboard.type('wrong-password-1');
  await page.keyboard.press('Enter');
  await expect(page.getByText('账号或密码错误')).toBeVisible();
});

test('the console side navigation and elderly switch work from the keyboard', async ({ page }) => {
  await signInStaff(page, staffAccount('handler.hudong'));
  await page.goto('/console');
  await expect(page.getByRole('heading', { level: 1, name: '工作台首页' })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('menu')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/console\/regions$/);
  await expect(page.getByRole('heading', { level: 1, name: '行政区划' })).toBeVisible();

  const elderly = page.getByRole('switch', { name: '长辈模式' });
  await elderly.focus();
  await page.keyboard.press('Space');
  await expect(elderly).toBeChecked();
  await expect(page.locator('html')).toHaveClass(/yw-elderly/);
});
