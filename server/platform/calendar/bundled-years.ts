import bundledData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { YearArrangement } from './tables';
import { yearOf } from './iso-date';

/** The package's entries read "Spring Festival,春节,4" (English, Chinese, length); we show the official Chinese name. */
const OFFICIAL_NAMES: Record<string, string> = {
  "New Year's Day": '元旦',
  'Spring Festival': '春节',
  'Tomb-sweeping Day': '清明节',
  'Labour Day': '劳动节',
  'Dragon Boat Festival': '端午节',
  'Mid-autumn Festival': '中秋节',
  'National Day': '国庆节',
};

function chineseName(entry: string): string {
  const [english = '', chinese = ''] = entry.split(',');
  return OFFICIAL_NAMES[english] ?? (chinese || english);
}

/** The State Council arrangements bundled with `chinese-days`, by year. */
function groupByYear(data: { holidays: Record<string, string>; workdays: Record<string, string> }): Map<number, YearArrangement> {
  const years = new Map<number, YearArrangement>();
  const forYear = (date: string) => {
    const year = yearOf(date);
    let arrangement = years.get(year);
    if (!arrangement) years.set(year, (arrangement = { holidays: {}, workdays: {} }));
    return arrangement;
  };
  for (const [date, entry] of Object.entries(data.holidays)) forYear(date).holidays[date] = chineseName(entry);
  for (const [date, entry] of Object.entries(data.workdays)) forYear(date).workdays[date] = `${chineseName(entry)}调休上班`;
  return years;
}

export const bundledYears: ReadonlyMap<number, YearArrangement> = groupByYear(bundledData);
