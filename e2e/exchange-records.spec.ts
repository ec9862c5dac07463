// The audit admin opens the exchange records, filters them to the calls this test made, verifies the signed
// chain, and the page passes axe in both languages. The audit admin signs in once (a TOTP code works once).
import { expect, test, type Page } from '@playwright/test';
import { demoCitizens } from '../server/seed/demo-accounts';
import { expectNoSeriousA11yViolations } from './axe';
import { signInStaff, staffAccount } from './support';

/** antd renders its options outside the select; the visible dropdown holds the one to click. */
async function pickOption(page: Page, label: string): Promise<void> {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: new RegExp(`^${label}$`) }).click();
}

test('the audit admin filters exchange records and verifies the chain, in Chinese and in English', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await signInStaff(page, staffAccount('auditadmin'));
    const csrf = (await context.cookies()).find((c) => c.name === 'yw_csrf')?.value ?? '';
    // Calls the audit admin's department holds no grant for: each is refused and recorded.
    const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
    const body = { resource: code, subject: demoCitizens[0]!.idNumber, purpose: '端到端测试：拒绝的调用' };
    for (let i = 0; i < 2; i++) {
      const refused = await page.request.post('/api/v1/exchange/lookup', { data: { ...body, fields: ['name'] }, headers: { 'x-csrf-token': csrf } });
      expect(refused.status(), await refused.text()).toBe(403);
    }
    const verify = await page.request.post('/api/v1/exchange/verify', { data: { ...body, claim: { field: 'birth_date', operator: 'ageAtLeast', value: 18 } }, headers: { 'x-csrf-token': csrf } });
    expect(verify.status(), await verify.text()).toBe(403);

    await page.goto('/console/exchange/records');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: '交换记录' })).toBeVisible();
    const rows = main.getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(rows.first()).toBeVisible();

    await main.getByLabel('数据资源').fill(code);
    await main.getByRole('button', { name: '查询' }).click();
    await expect(rows).toHaveCount(3);
    for (const row of await rows.all()) {
      await expect(row).toContainText(code);
      await expect(row).toContainText('拒绝');
      await expect(row).toContainText('resource_unknown');
      await expect(row).not.toContainText(demoCitizens[0]!.idNumber);
    }
    await main.getByRole('combobox', { name: '方式' }).click();
    await pickOption(page, '核验');
    await main.getByRole('button', { name: '查询' }).click();
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('核验');
    await main.getByRole('combobox', { name: '结果' }).click();
    await pickOption(page, '允许');
    await main.getByRole('button', { name: '查询' }).click();
    await expect(main.getByText('暂无数据')).toBeVisible();
    await main.getByRole('button', { name: '重置' }).click();
    await expect(rows.first()).toBeVisible();

    await main.getByRole('button', { name: '校验记录链' }).click();
    await expect(main.getByText('交换记录链完整，未发现篡改')).toBeVisible();
    await expect(main.getByText(/已校验 \d+ 条记录/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'console exchange records');

    await page.evaluate(() => localStorage.setItem('yw.language', 'en'));
    await page.reload();
    await expect(main.getByRole('heading', { level: 1, name: 'Exchange records' })).toBeVisible();
    await main.getByLabel('Data resource').fill(code);
    await main.getByRole('button', { name: 'Search' }).click();
    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText('Refused');
    await main.getByRole('button', { name: 'Verify the chain' }).click();
    await expect(main.getByText('The exchange record chain is intact')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'console exchange records (English)');
  } finally {
    await context.close();
  }
});
