import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staffRoles } from '../../identity/tables';
import { JobQueue, type AttemptJobDefinition, type JobDefinition } from '../../../platform/jobs/job-queue';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { OVERSIGHT_NOTICE } from './apply-step';
import { ManualClock } from './clock';
import { NOTIFY_OVERSIGHT, notifyOversight } from './notify-oversight';
import { CHECK_JOB, oversightJobs, SCHEDULE_JOB, sweepOversight, timerKey } from './timers';
import { count, departmentId, insertIncident, userIdOf } from './test-support';

// The escalation ladder walked on a hand-moved clock: each firing is run the way pg-boss runs it (runOnce: one
// transaction recording the event id), from two job queues at once, as two API processes would.

interface Worker {
  jobs: JobQueue;
  check: JobDefinition<Record<string, unknown>>;
  schedule: AttemptJobDefinition<Record<string, unknown>>;
}

let t: TestApp;
const clock = new ManualClock(new Date('2026-03-02T09:00:00+08:00'));
let one: Worker;
let two: Worker;
let urban: string;
let handler: string;
let streetHead: string;
let districtDispatcher: string;
let cityDispatcher: string;

function worker(jobs: JobQueue): Worker {
  const defs = oversightJobs(t.services, jobs, clock);
  for (const d of defs) jobs.define(d);
  const check = defs.find((d) => d.name === CHECK_JOB);
  const schedule = defs.find((d) => d.name === SCHEDULE_JOB);
  if (!check || !('handle' in check) || !schedule || !('run' in schedule)) throw new Error('oversight jobs changed shape');
  return { jobs, check, schedule };
}

beforeAll(async () => {
  t = await createTestApp();
  one = worker(t.jobs);
  two = worker(new JobQueue(t.database, () => {}));
  one.jobs.define(notifyOversight(t.services.cipher));
  // Scheduling needs pg-boss running; nobody works the queue, so only the test's clock decides what fires.
  await one.jobs.start({ work: false });
  urban = await departmentId(t.database, 'D339902-URBAN');
  handler = await userIdOf(t.database, 'handler.hudong');
  cityDispatcher = await userIdOf(t.database, 'dispatcher.city');
  // The district's dispatcher is a demo account; the street office has no head in the demo: give one that role here.
  districtDispatcher = await userIdOf(t.database, 'dispatcher.hudong');
  streetHead = await userIdOf(t.database, 'reviewer.hudong');
  await t.database.db.insert(staffRoles).values([{ userId: streetHead, departmentId: await departmentId(t.database, 'S339902001-OFFICE'), role: 'department_head' }]);
});
afterAll(async () => {
  await t?.close();
});

const T0 = new Date('2026-03-02T09:00:00+08:00');
const hours = (h: number) => new Date(T0.getTime() + h * 3600_000);

async function urgentIncident() {
  return insertIncident(t.database, { urgency: 'urgent', categoryCode: 'roads.flooding', leadDepartmentId: urban, dispatchedAt: T0, deadlineAt: hours(24) });
}

/** Fires one step at `at` from both workers at once, each under its own event id (a timer and a sweep). */
async function fire(id: string, step: string, at: Date, tag: string) {
  clock.set(at);
  const payload = { incidentId: id, step, dispatchedAt: T0.toISOString() };
  await Promise.all([one.jobs.runOnce(one.check, payload, `${tag}:a`), two.jobs.runOnce(two.check, payload, `${tag}:b`)]);
}

async function timeline(id: string) {
  const { rows } = await t.database.executeSql("SELECT action, details, public FROM incident_events WHERE incident_id = $1 AND action IN ('escalate', 'deadline_approaching', 'deadline_overdue') ORDER BY id", [id]);
  return rows.map((r) => ({ action: String(r.action), details: r.details as Record<string, unknown>, public: r.public }));
}

async function state(id: string) {
  const { rows } = await t.database.executeSql('SELECT deadline_state, escalation_level, version FROM incidents WHERE id = $1', [id]);
  return { deadlineState: String(rows[0]!.deadline_state), level: Number(rows[0]!.escalation_level), version: Number(rows[0]!.version) };
}

async function notices(id: string) {
  const { rows } = await t.database.executeSql('SELECT payload FROM outbox_events WHERE topic = $1 AND payload->>\'incidentId\' = $2 ORDER BY id', [OVERSIGHT_NOTICE, id]);
  return rows.map((r) => r.payload as { kind: string; level: string | null; recipientIds: string[] });
}

describe('the urgent escalation ladder on a fake clock', () => {
  it('climbs street → district → city, each level once and in order, audited, and stops when handled', async () => {
    const row = await urgentIncident();
    await fire(row.id, 'escalate', hours(0.99), 'early');
    expect(await state(row.id)).toMatchObject({ level: 0, version: 1 });

    await fire(row.id, 'escalate', hours(1), 'l1');
    await fire(row.id, 'escalate', hours(1.5), 'l1-again');
    expect(await state(row.id)).toMatchObject({ level: 1, version: 2 });
    await fire(row.id, 'escalate', hours(4), 'l2');
    expect(await state(row.id)).toMatchObject({ level: 2, version: 3 });

    expect(await timeline(row.id)).toEqual([
      { action: 'escalate', details: { level: 1, to: 'street', regionCode: '339902001' }, public: false },
      { action: 'escalate', details: { level: 2, to: 'district', regionCode: '339902' }, public: false },
    ]);
    expect(await count(t.database, "SELECT count(*) FROM audit_records WHERE object_id = $1 AND action = 'governance.escalate'", [row.id])).toBe(2);
    const told = await notices(row.id);
    expect(told.map((n) => [n.kind, n.level])).toEqual([
      ['escalate', 'street'],
      ['escalate', 'district'],
    ]);
    expect(told[0]!.recipientIds).toEqual([streetHead]);
    expect(told[1]!.recipientIds).toEqual([districtDispatcher]);

    // The department reports it handled: the city level and the overdue timer no longer do anything.
    await t.database.executeSql("UPDATE incidents SET status = 'handled', handled_at = now() WHERE id = $1", [row.id]);
    await fire(row.id, 'escalate', hours(24), 'l3');
    await fire(row.id, 'overdue', hours(25), 'late');
    expect(await state(row.id)).toMatchObject({ level: 2, deadlineState: 'on_time', version: 3 });
    expect(await notices(row.id)).toHaveLength(2);
  });

  it('a late firing applies every level the clock has reached, lowest first; the city hears the last one', async () => {
    const row = await urgentIncident();
    await fire(row.id, 'escalate', hours(30), 'all');
    expect(await state(row.id)).toMatchObject({ level: 3 });
    expect((await timeline(row.id)).map((e) => e.details)).toEqual([
      { level: 1, to: 'street', regionCode: '339902001' },
      { level: 2, to: 'district', regionCode: '339902' },
      { level: 3, to: 'city', regionCode: '339900' },
    ]);
    expect((await notices(row.id))[2]!.recipientIds).toEqual([cityDispatcher]);
  });

  it('the same timer delivered four times from two workers has one effect (processed_events and the row lock)', async () => {
    const row = await urgentIncident();
    clock.set(hours(20));
    const key = timerKey(row.id, T0, 'approaching');
    const payload = { incidentId: row.id, step: 'approaching', dispatchedAt: T0.toISOString() };
    await Promise.all([one.jobs.runOnce(one.check, payload, key), two.jobs.runOnce(two.check, payload, key), one.jobs.runOnce(one.check, payload, key), two.jobs.runOnce(two.check, payload, `${key}:sweep`)]);
    expect(await state(row.id)).toMatchObject({ deadlineState: 'approaching', version: 2 });
    expect((await timeline(row.id)).map((e) => e.action)).toEqual(['deadline_approaching']);
    expect(await count(t.database, 'SELECT count(*) FROM processed_events WHERE event_id = $1 AND handler = $2', [key, CHECK_JOB])).toBe(1);
  });
});

describe('deadline states and their notices', () => {
  it('approaching, then overdue, only forward; the lead department’s handlers are told, in their inbox', async () => {
    const row = await urgentIncident();
    await fire(row.id, 'approaching', hours(19), 'not-yet');
    expect(await state(row.id)).toMatchObject({ deadlineState: 'on_time' });
    await fire(row.id, 'approaching', hours(19.3), 'warn');
    await fire(row.id, 'overdue', hours(24.1), 'over');
    await fire(row.id, 'approaching', hours(25), 'warn-late');
    expect(await state(row.id)).toMatchObject({ deadlineState: 'overdue' });
    expect((await timeline(row.id)).map((e) => e.action)).toEqual(['deadline_approaching', 'deadline_overdue']);
    const told = await notices(row.id);
    expect(told.map((n) => n.kind)).toEqual(['approaching', 'overdue']);
    expect(told.every((n) => n.recipientIds.length === 1 && n.recipientIds[0] === handler)).toBe(true);

    const { rows } = await t.database.executeSql('SELECT id, payload FROM outbox_events WHERE topic = $1 AND payload->>\'incidentId\' = $2 ORDER BY id', [OVERSIGHT_NOTICE, row.id]);
    const notify = notifyOversight(t.services.cipher);
    for (const r of rows) {
      await one.jobs.runOnce(notify, r.payload as Record<string, unknown>, `outbox:${String(r.id)}`);
      await two.jobs.runOnce(notify, r.payload as Record<string, unknown>, `outbox:${String(r.id)}`);
    }
    const inbox = await t.database.executeSql('SELECT kind, title_zh, link FROM notifications WHERE user_id = $1 AND link = $2 ORDER BY created_at', [handler, `/console/governance/incidents/${row.id}`]);
    expect(inbox.rows.map((r) => r.kind)).toEqual(['incident.deadline_approaching', 'incident.deadline_overdue']);
    expect(String(inbox.rows[1]!.title_zh)).toBe(`事件 ${row.number} 已超期`);
    expect(NOTIFY_OVERSIGHT).toBe(notify.name);
  });

  it('a timer of an earlier dispatch does nothing after the incident was dispatched again', async () => {
    const row = await urgentIncident();
    await t.database.executeSql('UPDATE incidents SET dispatched_at = $2, deadline_at = $3 WHERE id = $1', [row.id, hours(10), hours(34)]);
    await fire(row.id, 'escalate', hours(12), 'stale');
    expect(await state(row.id)).toMatchObject({ level: 0, version: 1 });
  });
});

describe('scheduling and the sweep', () => {
  it('a move into dispatched schedules five timers with their keys and times; other changes schedule nothing', async () => {
    const row = await urgentIncident();
    await one.schedule.run(t.database.db, { incidentId: row.id, from: 'dispatched', to: 'dispatched', action: 'escalate' }, { jobId: 'x' });
    const none = await t.database.executeSql("SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND data->>'incidentId' = $2", [CHECK_JOB, row.id]);
    expect(Number(none.rows[0]!.n)).toBe(0);
    await one.schedule.run(t.database.db, { incidentId: row.id, from: 'registered', to: 'dispatched', action: 'dispatch' }, { jobId: 'y' });
    const { rows } = await t.database.executeSql("SELECT singleton_key, start_after FROM pgboss.job WHERE name = $1 AND data->>'incidentId' = $2 ORDER BY start_after, singleton_key", [CHECK_JOB, row.id]);
    expect(rows.map((r) => [String(r.singleton_key), new Date(r.start_after as string).getTime()])).toEqual([
      [timerKey(row.id, T0, 'escalate', 1), hours(1).getTime()],
      [timerKey(row.id, T0, 'escalate', 2), hours(4).getTime()],
      [timerKey(row.id, T0, 'approaching'), hours(19.2).getTime()],
      [timerKey(row.id, T0, 'escalate', 3), hours(24).getTime()],
      [timerKey(row.id, T0, 'overdue'), hours(24).getTime() + 1000],
    ]);
  });

  it('the sweep sends a check for an incident behind the clock, and none for one that is up to date', async () => {
    const behind = await urgentIncident();
    const current = await insertIncident(t.database, { urgency: 'urgent', leadDepartmentId: urban, dispatchedAt: hours(100), deadlineAt: hours(124) });
    await sweepOversight(t.services, one.jobs, hours(5));
    const sent = async (id: string) => (await t.database.executeSql("SELECT data->>'step' AS step FROM pgboss.job WHERE name = $1 AND data->>'incidentId' = $2 ORDER BY 1", [CHECK_JOB, id])).rows.map((r) => r.step);
    expect(await sent(behind.id)).toEqual(['escalate']);
    expect(await sent(current.id)).toEqual([]);
  });
});
