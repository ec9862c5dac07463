import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { OfficialCalendar } from '../../platform/calendar/official-calendar';
import type * as WorkingCalendarModule from '../../platform/calendar/working-calendar';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { clockColumns, clockOf } from './clock';
import { approachingDate, deadlineState, dueDate, limitOf, usedDays, workingDaysLeft, type Clock } from './deadline';
import { act, ENTERPRISE, submitFood } from './test-support';

// The promised-limit clock on the real official calendar (State Council arrangements bundled for 2026; 2028 has
// none, so the statutory fallback answers and says it is provisional).

const today = vi.hoisted(() => ({ date: null as string | null }));
vi.mock('../../platform/calendar/working-calendar', async (importOriginal) => {
  const real = await importOriginal<typeof WorkingCalendarModule>();
  return { ...real, todayInChina: (now?: Date) => today.date ?? real.todayInChina(now) };
});

const calendar = new OfficialCalendar();
const clock = (acceptedOn: string, promisedDays = 5, more: Partial<Clock> = {}): Clock => ({ acceptedOn, promisedDays, extensionDays: 0, pausedDays: 0, pausedOn: null, ...more });

describe('due dates over holidays and adjusted working days', () => {
  it('Spring Festival 2026: accepted Fri 13 Feb, 5 working days → Fri 27 Feb (Sat 14 Feb works, 15–23 Feb are off)', () => {
    expect(calendar.day('2026-02-14')).toMatchObject({ working: true, provisional: false });
    expect(calendar.day('2026-02-23')).toMatchObject({ working: false, name: '春节' });
    expect(dueDate(calendar, clock('2026-02-13'))).toEqual({ date: '2026-02-27', provisional: false });
    // Counting starts the day after acceptance: the adjusted working Saturday is day 1.
    expect(dueDate(calendar, clock('2026-02-13', 1)).date).toBe('2026-02-14');
    expect(dueDate(calendar, clock('2026-02-13', 2)).date).toBe('2026-02-24');
    // Sat 28 Feb is an adjusted working day too.
    expect(dueDate(calendar, clock('2026-02-13', 6)).date).toBe('2026-02-28');
  });

  it('National Day 2026: accepted Tue 29 Sep, 5 working days → Mon 12 Oct (1–7 Oct off, Sat 10 Oct works)', () => {
    expect(dueDate(calendar, clock('2026-09-29'))).toEqual({ date: '2026-10-12', provisional: false });
    expect(dueDate(calendar, clock('2026-09-29', 4)).date).toBe('2026-10-10');
    // Sun 20 Sep is an adjusted working day: accepted on Friday the 18th, one working day later is that Sunday.
    expect(dueDate(calendar, clock('2026-09-18', 1)).date).toBe('2026-09-20');
    expect(usedDays(calendar, clock('2026-09-29'), '2026-10-07')).toBe(1);
    expect(workingDaysLeft(calendar, clock('2026-09-29'), '2026-10-01')).toBe(4);
  });

  it('a year without an official arrangement (2028) gives a provisional due date, until an admin loads the year', () => {
    const c = clock('2028-03-01');
    expect(dueDate(calendar, c)).toEqual({ date: '2028-03-08', provisional: true });
    expect(clockColumns(calendar, c, '2028-03-01')).toEqual({ dueOn: '2028-03-08', dueProvisional: true, deadlineState: 'on_time' });
    // Crossing from a known year into an unknown one is provisional too.
    expect(dueDate(calendar, clock('2026-12-28')).provisional).toBe(true);
    const loaded = new OfficialCalendar();
    loaded.setYear(2028, { holidays: { '2028-03-02': '测试假日' }, workdays: {} });
    expect(dueDate(loaded, c)).toEqual({ date: '2028-03-09', provisional: false });
  });
});

describe('supplements stop the clock, extensions add days', () => {
  const accepted = clock('2026-03-02'); // Mon; 5 working days → Mon 9 Mar

  it('while a supplement is awaited the used days are frozen and the case cannot become overdue', () => {
    expect(dueDate(calendar, accepted).date).toBe('2026-03-09');
    const paused = { ...accepted, pausedOn: '2026-03-04' };
    expect(usedDays(calendar, paused, '2026-03-04')).toBe(2);
    expect(usedDays(calendar, paused, '2026-03-06')).toBe(2);
    expect(usedDays(calendar, paused, '2026-03-20')).toBe(2);
    expect(deadlineState(calendar, paused, '2026-03-20')).toBe('on_time');
  });

  it('a pause of N working days moves the due date by N working days', () => {
    for (const [resumedOn, n, due] of [
      ['2026-03-04', 0, '2026-03-09'],
      ['2026-03-06', 2, '2026-03-11'],
      ['2026-03-09', 3, '2026-03-12'], // Sat and Sun in between are not working days
    ] as const) {
      const paused = calendar.workingDaysBetween('2026-03-04', resumedOn);
      expect(paused).toBe(n);
      const resumed = { ...accepted, pausedDays: paused };
      expect(dueDate(calendar, resumed).date).toBe(due);
      // After resuming, the days spent waiting do not count as used.
      expect(usedDays(calendar, resumed, resumedOn)).toBe(2);
    }
  });

  it('an extension adds working days to the limit and to the due date', () => {
    const extended = { ...accepted, extensionDays: 3 };
    expect(limitOf(extended)).toBe(8);
    expect(dueDate(calendar, extended).date).toBe('2026-03-12');
    expect(deadlineState(calendar, accepted, '2026-03-10')).toBe('overdue');
    expect(deadlineState(calendar, extended, '2026-03-10')).toBe('on_time');
    // Extension and pause together.
    expect(dueDate(calendar, { ...extended, pausedDays: 2 }).date).toBe('2026-03-16');
  });
});

describe('approaching and overdue', () => {
  it('approaching from ⌈80 %⌉ of the limit used, overdue the day after the due date', () => {
    const c = clock('2026-03-02'); // limit 5: approaching once 4 days are used (Fri 6 Mar)
    expect(approachingDate(calendar, c)).toBe('2026-03-06');
    expect(deadlineState(calendar, c, '2026-03-02')).toBe('on_time');
    expect(deadlineState(calendar, c, '2026-03-05')).toBe('on_time');
    expect(deadlineState(calendar, c, '2026-03-06')).toBe('approaching');
    expect(deadlineState(calendar, c, '2026-03-08')).toBe('approaching');
    expect(deadlineState(calendar, c, '2026-03-09')).toBe('approaching');
    expect(deadlineState(calendar, c, '2026-03-10')).toBe('overdue');
    expect(workingDaysLeft(calendar, c, '2026-03-09')).toBe(0);
    expect(workingDaysLeft(calendar, c, '2026-03-11')).toBe(-2);

    const ten = clock('2026-03-02', 10); // ⌈8⌉ of 10
    expect(usedDays(calendar, ten, '2026-03-11')).toBe(7);
    expect(deadlineState(calendar, ten, '2026-03-11')).toBe('on_time');
    expect(deadlineState(calendar, ten, '2026-03-12')).toBe('approaching');
    expect(approachingDate(calendar, ten)).toBe('2026-03-12');
  });

  it('an item promised in 0 days is approaching on the day and overdue the next', () => {
    const now = clock('2026-03-02', 0);
    expect(dueDate(calendar, now).date).toBe('2026-03-02');
    expect(deadlineState(calendar, now, '2026-03-02')).toBe('approaching');
    expect(deadlineState(calendar, now, '2026-03-03')).toBe('overdue');
  });

  it('clockOf reads a case row; no acceptance, no clock', () => {
    expect(clockOf({ acceptedOn: null, promisedDays: 5, extensionDays: 0, pausedDays: 0, pausedOn: null })).toBeNull();
    expect(clockOf({ acceptedOn: '2026-03-02', promisedDays: 5, extensionDays: 1, pausedDays: 2, pausedOn: null })).toEqual(clock('2026-03-02', 5, { extensionDays: 1, pausedDays: 2 }));
  });
});

// Through the API, with "today" stubbed: `todayInChina` (the one source of the China date for the clock) answers the
// date a test sets. Date itself is left alone, so sessions, the database and its timers run on the real time.
describe('the clock of a real case, day by day', () => {
  let t: TestApp;
  let ent: Session;
  let clerk: Session;
  let reviewer: Session;
  let approver: Session;
  beforeAll(async () => {
    t = await createTestApp();
    [ent, clerk, reviewer, approver] = [await signIn(t.app, ENTERPRISE), await signIn(t.app, 'clerk.hudong'), await signIn(t.app, 'reviewer.hudong'), await signIn(t.app, 'approver.hudong')];
  });
  afterEach(() => void (today.date = null));
  afterAll(async () => t.close());

  const on = (date: string) => void (today.date = date);
  const view = async (id: string) => {
    const res = await clerk.request('GET', `/api/v1/applications/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ status: string; acceptedOn: string; dueOn: string; dueProvisional: boolean; deadlineState: string; workingDaysLeft: number | null }>();
  };
  const ok = async (s: Session, id: string, action: string, body: Record<string, unknown> = {}) => expect((await act(s, id, action, body)).statusCode).toBe(200);

  it('accepted before Spring Festival: pauses for a supplement, turns approaching on an adjusted Saturday, is extended, then overdue', async () => {
    on('2026-02-13');
    const id = await submitFood(ent);
    await ok(clerk, id, 'accept');
    expect(await view(id)).toMatchObject({ acceptedOn: '2026-02-13', dueOn: '2026-02-27', dueProvisional: false, deadlineState: 'on_time', workingDaysLeft: 5 });
    const { rows } = await t.database.executeSql("SELECT payload FROM outbox_events WHERE topic = 'applications.clock_set' AND payload->>'applicationId' = $1", [id]);
    expect(rows.map((r) => r.payload)).toEqual([{ applicationId: id, dueOn: '2026-02-27', approachingOn: '2026-02-26' }]);

    on('2026-02-14');
    expect(await view(id)).toMatchObject({ workingDaysLeft: 4 });
    on('2026-02-20');
    expect(await view(id)).toMatchObject({ workingDaysLeft: 4, deadlineState: 'on_time' });

    on('2026-02-24');
    await ok(reviewer, id, 'request-supplement', { items: ['平面布局图'] });
    on('2026-02-26');
    // Four working days after acceptance, but only two were used before the pause: not approaching.
    expect(await view(id)).toMatchObject({ status: 'supplement_requested', deadlineState: 'on_time' });
    await ok(ent, id, 'supplement');
    // Two working days waited (25, 26 Feb): the due date moves two working days, over the adjusted Saturday.
    expect(await view(id)).toMatchObject({ status: 'in_review', dueOn: '2026-03-02', deadlineState: 'on_time', workingDaysLeft: 3 });

    on('2026-02-28');
    expect(await view(id)).toMatchObject({ deadlineState: 'approaching', workingDaysLeft: 1 });
    await ok(approver, id, 'extend', { days: 2, reason: '需现场核查' });
    expect(await view(id)).toMatchObject({ dueOn: '2026-03-04', deadlineState: 'on_time', workingDaysLeft: 3 });

    on('2026-03-04');
    expect(await view(id)).toMatchObject({ deadlineState: 'approaching', workingDaysLeft: 0 });
    on('2026-03-05');
    expect(await view(id)).toMatchObject({ deadlineState: 'overdue', workingDaysLeft: -1 });
  });
});
