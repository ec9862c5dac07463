import chineseDays from 'chinese-days';
import type { YearArrangement } from './tables';
import { addDays } from './iso-date';

/** Solar date of a lunar date in `year` (the non-leap month), or null outside the package's lunar tables. */
function lunar(year: number, monthDay: string): string | null {
  try {
    const date = chineseDays.getSolarDateFromLunar(`${year}-${monthDay}`).date;
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  } catch {
    return null;
  }
}

function solarTerm(year: number): string | null {
  try {
    const date = chineseDays.getSolarTermDate(year, 4, 'pure_brightness');
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  } catch {
    return null;
  }
}

/**
 * The statutory holidays of the State Council rule in force since 2025 (全体公民放假的节日), for a year whose
 * official arrangement is not known yet: no bridging days off and no adjusted working days, only the holidays.
 */
export function fallbackArrangement(year: number): YearArrangement {
  const holidays: Record<string, string> = {};
  const add = (date: string | null, name: string) => {
    if (!date) return;
    const existing = holidays[date];
    holidays[date] = existing && existing !== name ? `${existing}、${name}` : name;
  };
  const pad = (n: number) => String(n).padStart(2, '0');
  add(`${year}-01-01`, '元旦');
  const newYear = lunar(year, '01-01');
  if (newYear) for (let i = -1; i <= 2; i++) add(addDays(newYear, i), '春节');
  add(solarTerm(year), '清明节');
  add(`${year}-05-01`, '劳动节');
  add(`${year}-05-02`, '劳动节');
  add(lunar(year, '05-05'), '端午节');
  add(lunar(year, '08-15'), '中秋节');
  for (let d = 1; d <= 3; d++) add(`${year}-10-${pad(d)}`, '国庆节');
  return { holidays, workdays: {} };
}
