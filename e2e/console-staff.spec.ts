// A window clerk logs in with password + TOTP, sees who they are and their scope, and works departments and people.
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signInStaff, staffAccount, totpCode } from './support';

test.describe('staff in the console', () => {
  test('logs in with password and one-time code, sees identity and scope, departments and people', async ({ page }) => {
    const clerk = staffAccount('clerk.hudong');
    await page.goto('/console/people');
    await expect(page).toHaveURL(/\/console\/login\?next=/);
    await expect(page.getByRole('heading', { level: 1, name: '工作人员登录' })).toBeVisible();

    await page.getByLabel('用户名').fill(clerk.username);
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();

    const code = page.getByLabel('动态验证码');
    await expect(code).toBeVisible();
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(code).toHaveAttribute('inputmode', 'numeric');
    await code.fill(totpCode(clerk, test.info().retry));
    await page.getByRole('button', { name: '验证并登录' }).click();

    // Back where the clerk wanted to go, with identity and scope in the header.
    await expect(page).toHaveURL(/\/console\/people$/);
    const banner = page.getByRole('banner');
    await expect(banner).toContainText(clerk.name);
    await expect(banner).toContainText('窗口受理员');
    await expect(banner).toContainText('湖东区市场监督管理局');

    const navigation = page.getByRole('navigation', { name: '主导航' });
    await navigation.getByRole('menuitem', { name: '工作台首页' }).click();
    await expect(page).toHaveURL(/\/console\/?$/);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '工作台首页' })).toBeVisible();
    await expect(main.getByText('湖东区').first()).toBeVisible();
    await expect(main.getByText('339902', { exact: true })).toBeVisible();
    await expect(navigation.getByRole('menuitem', { name: '审计日志' })).toHaveCount(0);

    await navigation.getByRole('menuitem', { name: '部门' }).click();
    await expect(page).toHaveURL(/\/console\/departments$/);
    await expect(main.getByRole('cell', { name: '湖东区市场监督管理局' })).toBeVisible();
    await expect(main.getByRole('cell', { name: '湖西区市场监督管理局' })).toHaveCount(0);

    await navigation.getByRole('menuitem', { name: '人员信息' }).click();
    await expect(page).toHaveURL(/\/console\/people$/);
    const rows = main.getByRole('row');
    await expect(rows.nth(1)).toBeVisible();
    // People are listed in id order, so 张明 may be on any page: load more until he shows.
    const zhangMing = main.getByRole('cell', { name: '张明', exact: true });
    for (let n = 0; n < 10 && !(await zhangMing.isVisible()); n++) {
      const before = await rows.count();
      await main.getByRole('button', { name: '加载更多' }).click();
      await expect.poll(() => rows.count()).toBeGreaterThan(before);
    }
    await expect(zhangMing).toBeVisible();
    await expect(main.getByRole('cell', { name: '339902********1019' })).toBeVisible();

    // Unmasking asks for a purpose and shows the full value.
    await main.getByRole('button', { name: '查看 张明 的明文信息' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: '手机号码' }).check();
    await dialog.getByRole('button', { name: '确认查看' }).click();
    await expect(dialog.getByText('请说明查看用途')).toBeVisible();
    await dialog.getByLabel('用途').fill('核对窗口受理材料');
    await dialog.getByRole('button', { name: '确认查看' }).click();
    await expect(dialog.getByText('13900000001')).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).first().click();
    await expect(dialog).toBeHidden();
  });

  test('a staff member of another district sees only their own scope, and no audit log', async ({ page }) => {
    const clerk = staffAccount('clerk.huxi');
    await signInStaff(page, clerk);
    await page.goto('/console/departments');
    const main = page.getByRole('main');
    await expect(main.getByRole('cell', { name: '湖西区市场监督管理局' })).toBeVisible();
    await expect(main.getByRole('cell', { name: '湖东区市场监督管理局' })).toHaveCount(0);

    await page.goto('/console/audit');
    await expect(main.getByText('暂无访问权限')).toBeVisible();
  });
});
