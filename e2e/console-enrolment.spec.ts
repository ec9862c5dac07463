// A new staff member without a second factor sets up TOTP at first login: the secret is shown, a code computed
// from it confirms the set-up, and the recovery codes are shown once before the console opens.
import { expect, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_PASSWORD } from './support';

test.use({ contextOptions: { reducedMotion: 'reduce' } });

test('first login of newstaff.hudong sets up two-step verification', async ({ page }) => {
  await page.goto('/console/login');
  await page.getByLabel('用户名').fill('newstaff.hudong');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();

  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: '设置两步验证' })).toBeVisible();
  await expect(main.getByRole('img', { name: '两步验证配置二维码' })).toBeVisible();
  const secretText = await main.locator('dt', { hasText: '密钥' }).locator('xpath=following-sibling::dd[1]').innerText();
  const secret = secretText.replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await expectNoSeriousA11yViolations(page, 'console TOTP enrolment');

  const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
  await main.getByLabel('应用中显示的 6 位验证码').fill(code);
  await main.getByRole('button', { name: '完成设置' }).click();

  await expect(main.getByRole('heading', { level: 1, name: '请保存恢复码' })).toBeVisible();
  const codes = main.getByRole('listitem');
  await expect(codes.first()).toBeVisible();
  expect(await codes.count()).toBeGreaterThanOrEqual(8);
  await expectNoSeriousA11yViolations(page, 'console recovery codes');

  await main.getByRole('button', { name: '我已妥善保存，进入工作台' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '工作台首页' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('何欣');
  await expect(page.getByRole('main')).toContainText('已开启');
});
