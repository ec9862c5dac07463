import { describe, expect, it } from 'vitest';
import { OfficialCalendar } from '../../../platform/calendar/official-calendar';
import { stepDeadlineState, stepWorkingDays } from './step-deadline';

const calendar = new OfficialCalendar();

describe('step deadlines on the working-day calendar', () => {
  it('gives each step its working days (10 for the provider of unreleased data)', () => {
    expect(stepWorkingDays('compliance_check', { releasedOn: null }, '2026-11-27')).toBe(2);
    expect(stepWorkingDays('provider_review', { releasedOn: '2026-01-01' }, '2026-11-27')).toBe(5);
    expect(stepWorkingDays('provider_review', { releasedOn: '2026-12-01' }, '2026-11-27')).toBe(10);
    expect(stepWorkingDays('higher_review', { releasedOn: null }, '2026-11-27')).toBe(5);
  });

  it('is approaching from ⌈80 %⌉ of the working days or on the due day, overdue after it', () => {
    // Monday 2026-11-23 + 5 working days = Monday 2026-11-30; 4 used on Friday 2026-11-27.
    const step = { startedOn: '2026-11-23', dueOn: calendar.addWorkingDays('2026-11-23', 5).date };
    expect(step.dueOn).toBe('2026-11-30');
    expect(stepDeadlineState(calendar, step, '2026-11-26')).toBe('on_time');
    expect(stepDeadlineState(calendar, step, '2026-11-27')).toBe('approaching');
    expect(stepDeadlineState(calendar, step, '2026-11-29')).toBe('approaching');
    expect(stepDeadlineState(calendar, step, '2026-11-30')).toBe('approaching');
    expect(stepDeadlineState(calendar, step, '2026-12-01')).toBe('overdue');
  });
});
