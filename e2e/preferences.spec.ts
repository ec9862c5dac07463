// Elderly mode and the language survive a reload and carry over from the portal to the console.
import { expect, test } from '@playwright/test';

test('elderly mode and English persist across reloads and apps', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const fontSizeBefore = await page.locator('h1').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

  await page.getByRole('switch', { name: '长辈模式' }).click();
  await expect(page.locator('html')).toHaveClass(/yw-elderly/);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('switch', { name: 'Senior mode' })).toBeChecked();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveClass(/yw-elderly/);
  await expect(page.getByRole('switch', { name: 'Senior mode' })).toBeChecked();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('One network for government services');
  await expect(page).toHaveTitle(/Yiwang Services/);
  const fontSizeAfter = await page.locator('h1').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(fontSizeAfter).toBeGreaterThan(fontSizeBefore);

  await page.goto('/console/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1, name: 'Staff login' })).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Senior mode' })).toBeChecked();

  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('switch', { name: '长辈模式' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('html')).not.toHaveClass(/yw-elderly/);
  await expect(page.getByRole('heading', { level: 1, name: '工作人员登录' })).toBeVisible();
});
