// The audit admin filters the audit log, verifies the hash chain, and the page passes axe.
import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { signInStaff, staffAccount } from './support';

test('the audit admin filters the audit log and verifies that it is intact', async ({ browser }) => {
  // A context of our own, so that axe can scan the page too.
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    const admin = staffAccount('auditadmin');
    await signInStaff(page, admin);
    await page.goto('/console/audit');

    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '审计日志' })).toBeVisible();
    const rows = main.getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(rows.first()).toBeVisible();

    await main.getByLabel('操作人').fill(admin.username);
    await main.getByLabel('对象').fill('user');
    await main.getByRole('button', { name: '查询' }).click();
    await expect(rows.first()).toContainText(admin.username);
    await expect(rows.filter({ hasText: 'auth.login' }).first()).toBeVisible();
    for (const row of await rows.all()) await expect(row).toContainText(admin.username);

    // A time range that ends before the platform existed finds nothing.
    await main.getByLabel('结束时间').fill('2001-01-01 00:00:00');
    await main.getByLabel('结束时间').press('Enter');
    await main.getByRole('button', { name: '查询' }).click();
    await expect(main.getByText('暂无数据')).toBeVisible();
    await main.getByRole('button', { name: '重置' }).click();
    await expect(rows.first()).toBeVisible();

    await main.getByRole('button', { name: '校验完整性' }).click();
    await expect(main.getByText('审计日志完整，未发现篡改')).toBeVisible();
    await expect(main.getByText(/已校验 \d+ 条记录/)).toBeVisible();

    await expectNoSeriousA11yViolations(page, 'console audit');
  } finally {
    await context.close();
  }
});
