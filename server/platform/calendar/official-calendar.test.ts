import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './iso-date';
import { OfficialCalendar } from './official-calendar';
import { todayInChina } from './working-calendar';

const calendar = new OfficialCalendar();

describe('2026 Spring Festival (holidays Feb 15–23, adjusted working Saturdays Feb 14 and 28)', () => {
  it('knows the days', () => {
    expect(calendar.day('2026-02-14')).toEqual({ date: '2026-02-14', working: true, name: '春节调休上班', provisional: false });
    expect(calendar.day('2026-02-15')).toEqual({ date: '2026-02-15', working: false, name: '春节', provisional: false });
    expect(calendar.day('2026-02-23').working).toBe(false);
    expect(calendar.day('2026-02-24')).toEqual({ date: '2026-02-24', working: true, name: null, provisional: false });
    expect(calendar.day('2026-02-28').working).toBe(true);
    expect(calendar.day('2026-03-01')).toMatchObject({ working: false, name: null });
  });

  it('counts deadlines across it', () => {
    expect(calendar.addWorkingDays('2026-02-13', 0)).toEqual({ date: '2026-02-13', provisional: false });
    expect(calendar.addWorkingDays('2026-02-13', 1)).toEqual({ date: '2026-02-14', provisional: false });
    expect(calendar.addWorkingDays('2026-02-14', 1).date).toBe('2026-02-24');
    expect(calendar.addWorkingDays('2026-02-13', 2).date).toBe('2026-02-24');
    // Feb 24–27 (Tue–Fri) and the adjusted Saturday Feb 28, then Monday Mar 2.
    expect(calendar.addWorkingDays('2026-02-23', 5).date).toBe('2026-02-28');
    expect(calendar.addWorkingDays('2026-02-23', 6).date).toBe('2026-03-02');
    expect(calendar.workingDaysBetween('2026-02-12', '2026-02-28')).toBe(7);
  });
});

describe('2026 National Day (Oct 1–7 off, adjusted working Sunday Sept 20 and Saturday Oct 10)', () => {
  it('counts deadlines across it', () => {
    expect(calendar.day('2026-09-20')).toMatchObject({ working: true, name: '国庆节调休上班' });
    expect(calendar.day('2026-10-01')).toMatchObject({ working: false, name: '国庆节' });
    expect(calendar.day('2026-09-25')).toMatchObject({ working: false, name: '中秋节' });
    expect(calendar.addWorkingDays('2026-09-19', 1).date).toBe('2026-09-20');
    expect(calendar.addWorkingDays('2026-09-30', 1).date).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-09-30', 3).date).toBe('2026-10-10');
    expect(calendar.addWorkingDays('2026-09-30', 4).date).toBe('2026-10-12');
    expect(calendar.workingDaysBetween('2026-09-30', '2026-10-11')).toBe(3);
  });

  it('gives 0 working days between a date and itself or an earlier date', () => {
    expect(calendar.workingDaysBetween('2026-10-09', '2026-10-09')).toBe(0);
    expect(calendar.workingDaysBetween('2026-10-09', '2026-10-01')).toBe(0);
  });
});

describe('deadline arithmetic is consistent (property)', () => {
  const day = fc.integer({ min: 0, max: 365 * 6 }).map((offset) => addDays('2024-01-01', offset));

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n, across bundled and provisional years', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), (from, n) => {
        const to = calendar.addWorkingDays(from, n).date;
        expect(calendar.workingDaysBetween(from, to)).toBe(n);
        expect(n === 0 || calendar.day(to).working).toBe(true);
      }),
    );
  });

  it('workingDaysBetween is additive over a middle date', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }), (a, x, y) => {
        const b = addDays(a, x);
        const c = addDays(b, y);
        expect(calendar.workingDaysBetween(a, c)).toBe(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c));
      }),
    );
  });
});

describe('a year without official data (2028) falls back to the statutory holidays, provisionally', () => {
  it('marks the statutory holidays and nothing else', () => {
    // 2028: lunar new year on Jan 26, so the eve is Jan 25 and the holiday runs to Jan 28.
    expect(calendar.day('2028-01-25')).toEqual({ date: '2028-01-25', working: false, name: '春节', provisional: true });
    expect(calendar.day('2028-01-28')).toMatchObject({ working: false, name: '春节' });
    expect(calendar.day('2028-01-31')).toEqual({ date: '2028-01-31', working: true, name: null, provisional: true });
    expect(calendar.day('2028-01-01')).toMatchObject({ working: false, name: '元旦' });
    expect(calendar.day('2028-04-04')).toMatchObject({ working: false, name: '清明节' });
    expect(calendar.day('2028-05-02')).toMatchObject({ working: false, name: '劳动节' });
    expect(calendar.day('2028-05-28')).toMatchObject({ working: false, name: '端午节' });
    expect(calendar.day('2028-10-02')).toMatchObject({ working: false, name: '国庆节' });
    // Mid-Autumn falls on National Day in 2028.
    expect(calendar.day('2028-10-03')).toMatchObject({ working: false, name: '中秋节、国庆节' });
    expect(calendar.day('2028-10-04')).toMatchObject({ working: true, name: null, provisional: true });
  });

  it('makes a deadline that crosses into the year provisional', () => {
    expect(calendar.addWorkingDays('2028-01-24', 1)).toEqual({ date: '2028-01-31', provisional: true });
    expect(calendar.addWorkingDays('2026-12-30', 1)).toEqual({ date: '2026-12-31', provisional: false });
    expect(calendar.addWorkingDays('2026-12-31', 1)).toEqual({ date: '2027-01-04', provisional: true });
  });
});

describe('a loaded arrangement', () => {
  it('overrides the fallback and the bundled data, and is not provisional', () => {
    const own = new OfficialCalendar();
    own.setYear(2028, { holidays: { '2028-01-24': '春节' }, workdays: { '2028-01-22': '春节调休上班' } });
    expect(own.day('2028-01-24')).toEqual({ date: '2028-01-24', working: false, name: '春节', provisional: false });
    expect(own.day('2028-01-22')).toEqual({ date: '2028-01-22', working: true, name: '春节调休上班', provisional: false });
    expect(own.day('2028-01-26')).toEqual({ date: '2028-01-26', working: true, name: null, provisional: false });
    own.setYear(2026, { holidays: { '2026-03-02': '测试假日' }, workdays: {} });
    expect(own.day('2026-02-16')).toMatchObject({ working: true, name: null });
    expect(own.day('2026-03-02')).toMatchObject({ working: false, name: '测试假日' });
    expect(calendar.day('2026-02-16').working).toBe(false);
  });

  it('lists the bundled years', () => {
    expect(calendar.bundledYears()).toContain(2004);
    expect(calendar.bundledYears()).toContain(2026);
    expect(calendar.bundledYears()).not.toContain(2027);
  });
});

describe('todayInChina', () => {
  it('is the China date, 8 hours ahead of UTC', () => {
    expect(todayInChina(new Date('2026-02-13T15:59:59Z'))).toBe('2026-02-13');
    expect(todayInChina(new Date('2026-02-13T16:00:00Z'))).toBe('2026-02-14');
  });
});
