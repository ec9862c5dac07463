import { describe, expect, it } from 'vitest';
import { OfficialCalendar } from '../../../platform/calendar/official-calendar';
import { governanceSettings, setGovernanceSettings } from '../incidents/settings';
import { incidentDeadline } from './deadline';
import { dueLevel, dueState, stepTimes } from './ladder';

// 2026 Spring Festival on the official calendar: Sat Feb 14 is an adjusted working day, Feb 15–23 are holidays,
// Sat Feb 28 is worked again.
const calendar = new OfficialCalendar();
const category = { urgentHours: 24, workingDays: 3 };
const at = (iso: string) => new Date(iso);

describe('incidentDeadline', () => {
  it('urgent: hours on the clock, day or night, holiday or not', () => {
    expect(incidentDeadline(calendar, category, 'urgent', at('2026-02-15T22:30:00+08:00'))).toEqual({ deadlineAt: at('2026-02-16T22:30:00+08:00'), provisional: false });
    expect(incidentDeadline(calendar, { urgentHours: 4, workingDays: 3 }, 'urgent', at('2026-03-02T01:00:00Z')).deadlineAt).toEqual(at('2026-03-02T05:00:00Z'));
  });

  it('normal: the end of the Nth working day after the dispatch day, counting the adjusted Saturday and skipping the holiday', () => {
    // Fri Feb 13 → Sat 14 (worked), then Feb 24, Feb 25.
    expect(incidentDeadline(calendar, category, 'normal', at('2026-02-13T10:00:00+08:00'))).toEqual({ deadlineAt: at('2026-02-25T23:59:59+08:00'), provisional: false });
    // Thu Feb 26 → Fri 27, Sat 28 (worked), Mon Mar 2.
    expect(incidentDeadline(calendar, category, 'normal', at('2026-02-26T16:00:00+08:00')).deadlineAt).toEqual(at('2026-03-02T23:59:59+08:00'));
  });

  it('the dispatch day is the day in China, not in UTC', () => {
    // 23:30 UTC on Feb 12 is already Friday Feb 13 in China.
    expect(incidentDeadline(calendar, category, 'normal', at('2026-02-12T23:30:00Z')).deadlineAt).toEqual(at('2026-02-25T23:59:59+08:00'));
    // 15:30 UTC on Feb 12 is still Thursday Feb 12 in China: Fri 13, Sat 14, Tue 24.
    expect(incidentDeadline(calendar, category, 'normal', at('2026-02-12T15:30:00Z')).deadlineAt).toEqual(at('2026-02-24T23:59:59+08:00'));
  });

  it('provisional when the year’s official arrangement is not loaded', () => {
    const far = incidentDeadline(calendar, category, 'normal', at('2040-06-04T10:00:00+08:00'));
    expect(far.provisional).toBe(true);
    expect(far.deadlineAt.toISOString().endsWith('T15:59:59.000Z')).toBe(true);
    expect(incidentDeadline(calendar, category, 'normal', at('2026-06-04T10:00:00+08:00')).provisional).toBe(false);
  });
});

describe('the escalation ladder’s times', () => {
  it('urgent: street +1 h, district +4 h, city +24 h after dispatch; approaching at 80 % of the time to the deadline', () => {
    const dispatchedAt = at('2026-03-02T09:00:00+08:00');
    const times = stepTimes(calendar, { urgency: 'urgent', dispatchedAt, deadlineAt: at('2026-03-02T19:00:00+08:00') });
    expect(times.escalateAt).toEqual([at('2026-03-02T10:00:00+08:00'), at('2026-03-02T13:00:00+08:00'), at('2026-03-03T09:00:00+08:00')]);
    expect(times.approachingAt).toEqual(at('2026-03-02T17:00:00+08:00'));
    expect(times.overdueAt.getTime()).toBe(at('2026-03-02T19:00:00+08:00').getTime() + 1000);
    expect(dueLevel(times, at('2026-03-02T09:59:59+08:00'))).toBe(0);
    expect(dueLevel(times, at('2026-03-02T10:00:00+08:00'))).toBe(1);
    expect(dueLevel(times, at('2026-03-02T13:00:00+08:00'))).toBe(2);
    expect(dueLevel(times, at('2026-03-03T09:00:00+08:00'))).toBe(3);
    expect(dueState(times, at('2026-03-02T16:59:00+08:00'))).toBe('on_time');
    expect(dueState(times, at('2026-03-02T17:00:00+08:00'))).toBe('approaching');
    expect(dueState(times, at('2026-03-02T19:00:02+08:00'))).toBe('overdue');
  });

  it('urgent, with GOVERNANCE_ESCALATION_HOURS=2,6,12: the ladder follows the setting', () => {
    const previous = setGovernanceSettings({ ...governanceSettings(), urgentEscalationHours: [2, 6, 12] });
    try {
      const times = stepTimes(calendar, { urgency: 'urgent', dispatchedAt: at('2026-03-02T09:00:00+08:00'), deadlineAt: at('2026-03-02T19:00:00+08:00') });
      expect(times.escalateAt).toEqual([at('2026-03-02T11:00:00+08:00'), at('2026-03-02T15:00:00+08:00'), at('2026-03-02T21:00:00+08:00')]);
    } finally {
      setGovernanceSettings(previous);
    }
  });

  it('normal: street when approaching, district when overdue, city at the end of the next working day', () => {
    const dispatchedAt = at('2026-02-13T10:00:00+08:00');
    const { deadlineAt } = incidentDeadline(calendar, category, 'normal', dispatchedAt);
    const times = stepTimes(calendar, { urgency: 'normal', dispatchedAt, deadlineAt });
    expect(times.approachingAt.getTime()).toBe(dispatchedAt.getTime() + Math.round((deadlineAt.getTime() - dispatchedAt.getTime()) * 0.8));
    expect(times.overdueAt).toEqual(at('2026-02-26T00:00:00+08:00'));
    expect(times.escalateAt[0]).toEqual(times.approachingAt);
    expect(times.escalateAt[1]).toEqual(times.overdueAt);
    expect(times.escalateAt[2]).toEqual(at('2026-02-27T00:00:00+08:00'));
    // Due on Friday Feb 27: the next working day is the adjusted Saturday Feb 28.
    const friday = stepTimes(calendar, { urgency: 'normal', dispatchedAt: at('2026-02-24T09:00:00+08:00'), deadlineAt: at('2026-02-27T23:59:59+08:00') });
    expect(friday.escalateAt[2]).toEqual(at('2026-03-01T00:00:00+08:00'));
  });
});
