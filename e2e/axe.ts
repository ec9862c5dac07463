import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Scans the page with axe-core and fails on any violation of impact serious or critical. */
export async function expectNoSeriousA11yViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => {
      const targets = violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.join(' ')} [${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}]`)
        .join(' | ');
      return `${violation.id} (${violation.impact}): ${violation.help} — ${targets}`;
    });
  expect(serious, `axe violations on ${label}`).toEqual([]);
}

/** Switches the page's language (remembered in localStorage) and reloads it. */
export async function inLanguage(page: Page, language: 'zh-CN' | 'en'): Promise<void> {
  await page.evaluate((lang) => localStorage.setItem('yw.language', lang), language);
  await page.reload();
}

/** Scans the page in Chinese, then in English (waiting for its English heading), and returns to Chinese. */
export async function scanBoth(page: Page, label: string, englishHeading: string | RegExp): Promise<void> {
  await expectNoSeriousA11yViolations(page, `${label} (zh)`);
  await inLanguage(page, 'en');
  await expect(page.getByRole('heading', { level: 1, name: englishHeading })).toBeVisible();
  await expectNoSeriousA11yViolations(page, `${label} (en)`);
  await inLanguage(page, 'zh-CN');
}
