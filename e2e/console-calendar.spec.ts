// The system admin (signed in once by catalogue.setup.ts) uses the working-day calendar: checks dates and a
// deadline across the 2026 Spring Festival, sees a far year as provisional, loads a year's arrangement (refusals
// listed by field, then a chosen file), and the page passes axe in both languages. The loaded year (2090) is one no
// other spec uses, and the provisional check uses 2091, so a retried test sees the same state.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { SYSADMIN_STATE } from './catalogue-support';

test.use({ storageState: SYSADMIN_STATE, viewport: { width: 1440, height: 900 }, contextOptions: { reducedMotion: 'reduce' } });

// A year no other spec uses and no official data covers: Oct 1, 2090 is a Sunday, Sept 30 a Saturday.
const YEAR = 2090;
const nationalDay = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`${YEAR}-10-0${i + 1}`, '国庆节']));
const arrangement = { year: YEAR, holidays: { [`${YEAR}-01-01`]: '元旦', ...nationalDay }, workdays: { [`${YEAR}-09-30`]: '国庆节调休上班' } };

async function checkDate(page: Page, checker: Locator, date: string, add?: number): Promise<Locator> {
  const dateInput = checker.getByLabel('日期', { exact: true });
  await dateInput.click();
  await dateInput.fill(date);
  await dateInput.press('Enter');
  await checker.getByLabel('之后的工作日数').fill(add === undefined ? '' : String(add));
  await checker.getByRole('button', { name: '查询' }).click();
  const answer = checker.locator('.yw-calendar-answer');
  await expect(answer).toContainText(date);
  await expect(page.locator('.ant-picker-dropdown:visible')).toHaveCount(0);
  return answer;
}

async function openCalendar(page: Page): Promise<Locator> {
  await page.goto('/console');
  await page.getByRole('navigation', { name: '主导航' }).getByRole('menuitem', { name: '工作日历' }).click();
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: '工作日历' })).toBeVisible();
  await expect(main.getByRole('region', { name: '已有安排的年份' })).toContainText('2004–2026 年');
  return main;
}

test.describe('working-day calendar', () => {
  test('checks dates and deadlines, official and provisional, and passes axe', async ({ page }) => {
    const main = await openCalendar(page);
    const checker = main.getByRole('region', { name: '日期查询' });
    let answer = await checkDate(page, checker, '2026-02-14', 1);
    await expect(answer).toContainText('工作日');
    await expect(answer).toContainText('春节调休上班');
    await expect(answer).toContainText('官方安排');
    await expect(answer.getByRole('row').filter({ hasText: '1 个工作日后' })).toContainText('2026-02-24');

    // The year after the loaded one stays provisional: statutory holidays only.
    answer = await checkDate(page, checker, `${YEAR + 1}-10-02`);
    await expect(answer).toContainText('国庆节');
    await expect(answer).toContainText('暂定');
    await expectNoSeriousA11yViolations(page, 'console calendar with an answer');
  });

  test('loads a year: refusals listed by field, then a chosen file; the dates follow it', async ({ page }) => {
    const main = await openCalendar(page);
    const years = main.getByRole('region', { name: '已有安排的年份' });
    const checker = main.getByRole('region', { name: '日期查询' });
    const load = main.getByRole('region', { name: '载入年度安排' });
    await load.getByLabel('年份').fill(String(YEAR));
    const refused = { holidays: { ...arrangement.holidays, [`${YEAR}-02-30`]: '春节' }, workdays: { ...arrangement.workdays, [`${YEAR}-10-11`]: '国庆节调休上班' } };
    await load.getByLabel('安排（JSON）').fill(JSON.stringify(refused, null, 2));
    await load.getByRole('button', { name: '载入' }).click();
    const alert = load.getByRole('alert');
    await expect(alert).toContainText('未能载入，请按以下字段修改');
    await expect(alert).toContainText(`holidays.${YEAR}-02-30：不是有效日期`);
    await expect(alert).toContainText(`workdays.${YEAR}-10-11：调休上班日应为周六或周日`);
    await expectNoSeriousA11yViolations(page, 'console calendar refusal');

    await load.getByLabel('年份').fill('');
    await load.locator('input[type=file]').setInputFiles({ name: `calendar-${YEAR}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(arrangement)) });
    await expect(load.getByLabel('年份')).toHaveValue(String(YEAR));
    await load.getByRole('button', { name: '载入' }).click();
    await expect(load.getByRole('alert')).toContainText(`已载入 ${YEAR} 年安排：8 个节假日，1 个调休上班日`);
    await expect(years.getByRole('row').filter({ hasText: String(YEAR) })).toContainText('sysadmin');

    let answer = await checkDate(page, checker, `${YEAR}-10-04`);
    await expect(answer).toContainText('休息日');
    await expect(answer).toContainText('国庆节');
    await expect(answer).toContainText('官方安排');
    answer = await checkDate(page, checker, `${YEAR}-09-29`, 1);
    await expect(answer.getByRole('row').filter({ hasText: '1 个工作日后' })).toContainText(`${YEAR}-09-30`);
  });

  test('passes axe in English, elderly mode', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('yw.language', 'en');
      localStorage.setItem('yw.elderly', '1');
    });
    await page.goto('/console/calendar');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Working-day calendar' })).toBeVisible();
    await expect(main.getByRole('region', { name: 'Years with an arrangement' })).toContainText('2004–2026');
    await expectNoSeriousA11yViolations(page, 'console calendar (English, elderly)');
  });
});
