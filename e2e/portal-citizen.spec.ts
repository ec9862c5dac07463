// A citizen registers on the portal, sees their masked profile, logs out and logs back in.
import { expect, test, type Page } from '@playwright/test';
import { maskedId, maskedMobile, newCitizen, uniqueMobile, withWrongCheckChar, type NewCitizen } from './support';

async function fillCitizenForm(page: Page, citizen: NewCitizen): Promise<void> {
  const form = page.getByRole('tabpanel', { name: '个人注册' });
  await form.getByLabel('姓名').fill(citizen.name);
  await form.getByLabel('居民身份证号码').fill(citizen.idNumber);
  await form.getByLabel('手机号码').fill(citizen.mobile);
  await form.getByLabel('密码', { exact: true }).fill(citizen.password);
  await form.getByLabel('确认密码').fill(citizen.password);
}

test.describe('citizen on the portal', () => {
  test('registers, sees the masked profile, logs out and logs back in with mobile and password', async ({ page }) => {
    const citizen = newCitizen();
    await page.goto('/');
    await page.getByRole('navigation', { name: '网站导航' }).getByRole('link', { name: '注册' }).click();
    await expect(page).toHaveTitle(/注册/);
    await fillCitizenForm(page, citizen);
    // The optional community, picked district → street → community from the region list.
    await page.getByRole('combobox', { name: '所在社区' }).click();
    await page.getByRole('menuitemcheckbox', { name: '湖东区' }).click();
    await page.getByRole('menuitemcheckbox', { name: '东湖街道' }).click();
    await page.getByRole('menuitemcheckbox', { name: '东湖春晖社区' }).click();
    await expect(page.getByRole('combobox', { name: '所在社区' })).toBeFocused();
    await page.getByRole('button', { name: '注册并登录' }).click();

    await expect(page).toHaveURL(/\/me$/);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '个人中心' })).toBeVisible();
    await expect(main.getByText(maskedId(citizen.idNumber))).toBeVisible();
    await expect(main.getByText(maskedMobile(citizen.mobile))).toBeVisible();
    await expect(main).not.toContainText(citizen.idNumber);
    await expect(main).toContainText(citizen.name);
    await expect(main).toContainText('东湖春晖社区');

    await main.getByRole('button', { name: '退出登录' }).click();
    const navigation = page.getByRole('navigation', { name: '网站导航' });
    await expect(navigation.getByRole('link', { name: '登录' })).toBeVisible();

    await navigation.getByRole('link', { name: '登录' }).click();
    await page.getByLabel('手机号码或统一社会信用代码').fill(citizen.mobile);
    await page.getByLabel('密码').fill(citizen.password);
    await page.getByRole('main').getByRole('button', { name: '登录' }).click();
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole('main').getByText(maskedId(citizen.idNumber))).toBeVisible();
  });

  test('a wrong resident ID shows the server message on its field and keeps what was typed', async ({ page }) => {
    const citizen = newCitizen();
    const wrongId = withWrongCheckChar(citizen.idNumber);
    await page.goto('/register');
    await fillCitizenForm(page, { ...citizen, idNumber: wrongId });
    await page.getByRole('button', { name: '注册并登录' }).click();

    const idField = page.getByRole('tabpanel', { name: '个人注册' }).getByLabel('居民身份证号码');
    await expect(idField).toHaveAttribute('aria-invalid', 'true');
    await expect(idField).toHaveAccessibleDescription(/\S/);
    await expect(page).toHaveURL(/\/register$/);
    await expect(idField).toHaveValue(wrongId);
    await expect(page.getByLabel('手机号码')).toHaveValue(citizen.mobile);
    await expect(page.getByLabel('姓名')).toHaveValue(citizen.name);
  });

  test('a wrong password is refused with a message and the identifier stays', async ({ page }) => {
    const mobile = uniqueMobile();
    await page.goto('/login');
    await page.getByLabel('手机号码或统一社会信用代码').fill(mobile);
    await page.getByLabel('密码').fill('not-the-password-1');
    await page.getByRole('main').getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').filter({ hasText: /\S/ }).first()).toBeVisible();
    await expect(page.getByLabel('手机号码或统一社会信用代码')).toHaveValue(mobile);
    await expect(page).toHaveURL(/\/login$/);
  });
});
