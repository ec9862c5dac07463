import type { FieldProblem } from '../errors/app-error';
import type { Lang } from '../http/language';
import { isIsoDate, isWeekend, yearOf } from './iso-date';
import type { YearArrangement } from './tables';

type Say = (zh: string, en: string) => string;

/**
 * Every problem with a year's arrangement at once, each naming its field (`holidays.2027-02-30`): dates must be
 * real dates of that year, a date is either a holiday or an adjusted working day, an adjusted working day (调休上班)
 * is a Saturday or Sunday, names are not blank, and a year has at least one holiday.
 */
export function arrangementProblems(year: number, arrangement: YearArrangement, lang: Lang): FieldProblem[] {
  const say: Say = (zh, en) => (lang === 'en' ? en : zh);
  const problems: FieldProblem[] = [];
  const add = (field: string, rule: string, message: string) => problems.push({ field, rule, message });

  const checkDate = (map: 'holidays' | 'workdays', date: string, name: string): boolean => {
    const field = `${map}.${date}`;
    if (name.trim() === '') add(field, 'not_blank', say('名称不能为空白', 'The name must not be blank'));
    if (!isIsoDate(date)) {
      add(field, 'date', say('不是有效日期（应为 YYYY-MM-DD）', 'Is not a real date (YYYY-MM-DD)'));
      return false;
    }
    if (yearOf(date) !== year) {
      add(field, 'year', say(`日期不在 ${year} 年内`, `The date is not in ${year}`));
      return false;
    }
    return true;
  };

  if (Object.keys(arrangement.holidays).length === 0) add('holidays', 'required', say('至少需要一个节假日', 'At least one holiday is required'));
  for (const [date, name] of Object.entries(arrangement.holidays)) checkDate('holidays', date, name);
  for (const [date, name] of Object.entries(arrangement.workdays)) {
    if (!checkDate('workdays', date, name)) continue;
    if (date in arrangement.holidays) add(`workdays.${date}`, 'both', say('同一日期不能既是节假日又是调休上班日', 'A date cannot be both a holiday and an adjusted working day'));
    else if (!isWeekend(date)) add(`workdays.${date}`, 'weekend', say('调休上班日应为周六或周日', 'An adjusted working day must be a Saturday or Sunday'));
  }
  return problems;
}
