import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromPostgres, type Database } from '../../db/client';
import { todayInChina } from '../../platform/calendar/working-calendar';
import type { Services } from '../../platform/context';
import { JobQueue, type AttemptJobDefinition, type JobDefinition } from '../../platform/jobs/job-queue';
import { buildServices } from '../../runtime';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { CHECK_JOB, deadlineJobs, SCHEDULE_JOB, sweepDeadlines, timerKey } from './deadline-timers';
import { act, backdateClock, count, ENTERPRISE, submitFood, userIdOf } from './test-support';

// Deadline timers run exactly once however many processes work the queue: two JobQueue workers on one database
// (on PostgreSQL two connection pools, as two API processes; on PGlite a second queue on the same database, as
// the embedded mode allows no second process), each with its own services.

interface Worker {
  database: Database;
  services: Services;
  jobs: JobQueue;
  check: JobDefinition<Record<string, unknown>>;
  schedule: AttemptJobDefinition<Record<string, unknown>>;
}

let t: TestApp;
let ent: Session;
let clerk: Session;
let approver: Session;
let one: Worker;
let two: Worker;

function worker(database: Database, services: Services, jobs: JobQueue): Worker {
  const defs = deadlineJobs(services, jobs);
  for (const d of defs) jobs.define(d);
  const check = defs.find((d) => d.name === CHECK_JOB);
  const schedule = defs.find((d) => d.name === SCHEDULE_JOB);
  if (!check || !('handle' in check) || !schedule || !('run' in schedule)) throw new Error('deadline jobs changed shape');
  return { database, services, jobs, check, schedule };
}

beforeAll(async () => {
  t = await createTestApp();
  [ent, clerk, approver] = [await signIn(t.app, ENTERPRISE), await signIn(t.app, 'clerk.hudong'), await signIn(t.app, 'approver.hudong')];
  let database = t.database;
  if (t.database.kind === 'postgres') {
    const { rows } = await t.database.executeSql('SELECT current_database() AS name');
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${String(rows[0]!.name)}`;
    database = fromPostgres(url.toString(), 4);
  }
  one = worker(t.database, t.services, t.jobs);
  two = worker(database, buildServices(t.config.secrets, database, t.config.applications.filesDir), new JobQueue(database, () => {}));
  await one.jobs.start({ work: true });
  await two.jobs.start({ work: true });
});
afterAll(async () => {
  await two.jobs.stop();
  if (two.database !== t.database) await two.database.close();
  await t.close();
});

/** Polls until `check` holds (bounded), instead of sleeping a fixed time. */
async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function jobStates(id: string): Promise<string[]> {
  const { rows } = await t.database.executeSql("SELECT state FROM pgboss.job WHERE name = $1 AND data->>'applicationId' = $2 ORDER BY created_on", [CHECK_JOB, id]);
  return rows.map((r) => String(r.state));
}

async function allChecksDone(id: string) {
  await waitFor('every check job to finish', async () => (await jobStates(id)).every((s) => s === 'completed' || s === 'failed'));
  expect(new Set(await jobStates(id))).toEqual(new Set(['completed']));
}

async function effects(id: string) {
  const { rows } = await t.database.executeSql('SELECT deadline_state, escalated_at, version FROM applications WHERE id = $1', [id]);
  return {
    state: String(rows[0]!.deadline_state),
    escalatedAt: rows[0]!.escalated_at as Date | null,
    version: Number(rows[0]!.version),
    escalations: await count(t.database, "SELECT count(*) FROM application_events WHERE application_id = $1 AND action = 'escalate'", [id]),
    warnings: await count(t.database, "SELECT count(*) FROM application_events WHERE application_id = $1 AND action = 'deadline-approaching'", [id]),
    events: await count(t.database, "SELECT count(*) FROM outbox_events WHERE topic = 'applications.deadline' AND payload->>'applicationId' = $1", [id]),
    audit: await count(t.database, "SELECT count(*) FROM audit_records WHERE object_id = $1 AND action IN ('applications.escalate', 'applications.deadline-approaching')", [id]),
  };
}

/** Staff of 湖东区市场监督管理局 holding a role (department heads are told of every deadline notice). */
async function holders(role: string): Promise<string[]> {
  const { rows } = await t.database.executeSql('SELECT r.user_id FROM staff_roles r JOIN departments d ON d.id = r.department_id WHERE d.code = $1 AND r.role = $2', ['D339902-AMR', role]);
  return rows.map((r) => String(r.user_id));
}

async function acceptedCase(): Promise<string> {
  const id = await submitFood(ent);
  expect((await act(clerk, id, 'accept')).statusCode).toBe(200);
  return id;
}

describe('deadline checks run once', () => {
  it('the same overdue timer from both workers, and run directly twice on each → one escalation', async () => {
    const id = await acceptedCase();
    const { dueOn } = await backdateClock(t.database, t.services.calendar, id, 8);
    const before = await effects(id);
    const key = timerKey(id, 'overdue', dueOn);
    const payload = { applicationId: id, kind: 'overdue', dueOn, eventId: key };
    await Promise.all([one.jobs.send(CHECK_JOB, payload, { singletonKey: key }), two.jobs.send(CHECK_JOB, payload, { singletonKey: key })]);
    await Promise.all([one.jobs.runOnce(one.check, payload, key), two.jobs.runOnce(two.check, payload, key), one.jobs.runOnce(one.check, payload, key), two.jobs.runOnce(two.check, payload, key)]);
    // Another event id for the same case (a sweep's): the state check under the row lock keeps it single.
    await Promise.all([one.jobs.runOnce(one.check, payload, `${key}:sweep:a`), two.jobs.runOnce(two.check, payload, `${key}:sweep:b`)]);
    await allChecksDone(id);

    const after = await effects(id);
    expect(after).toMatchObject({ state: 'overdue', escalations: 1, warnings: 0, events: 1, audit: 1, version: before.version + 1 });
    expect(after.escalatedAt).toBeInstanceOf(Date);
    const { rows } = await t.database.executeSql("SELECT payload FROM outbox_events WHERE topic = 'applications.deadline' AND payload->>'applicationId' = $1", [id]);
    expect(rows[0]!.payload).toMatchObject({ state: 'overdue', dueOn });
    // Nobody claimed the case: everyone holding the step's role (review) and the department head are told.
    expect(await holders('department_head')).toContain(await userIdOf(t.database, 'head.hudong'));
    expect((rows[0]!.payload as { recipientIds: string[] }).recipientIds.sort()).toEqual([...(await holders('reviewer')), ...(await holders('department_head'))].sort());
    expect(await count(t.database, 'SELECT count(*) FROM processed_events WHERE event_id = $1 AND handler = $2', [key, CHECK_JOB])).toBe(1);

    // Later deliveries change nothing: escalated once, at the same moment.
    await two.jobs.runOnce(two.check, payload, `${key}:late`);
    expect(await effects(id)).toEqual(after);
  });

  it('approaching warns once, then overdue escalates once; the assignee (and the head) are told', async () => {
    const id = await acceptedCase();
    expect((await act(approver, id, 'assign', { assigneeId: await userIdOf(t.database, 'reviewer.hudong') })).statusCode).toBe(200);
    const { dueOn } = await backdateClock(t.database, t.services.calendar, id, 4);
    const warn = { applicationId: id, kind: 'approaching', dueOn };
    const key = timerKey(id, 'approaching', dueOn);
    await Promise.all([one.jobs.send(CHECK_JOB, { ...warn, eventId: key }), two.jobs.send(CHECK_JOB, { ...warn, eventId: key }), two.jobs.runOnce(two.check, warn, `${key}:direct`)]);
    await allChecksDone(id);
    const warned = await effects(id);
    expect(warned).toMatchObject({ state: 'approaching', warnings: 1, escalations: 0, events: 1, escalatedAt: null });

    const late = await backdateClock(t.database, t.services.calendar, id, 9, 'approaching');
    const overdue = { applicationId: id, kind: 'overdue', dueOn: late.dueOn };
    await Promise.all([one.jobs.runOnce(one.check, overdue, 'o-1'), two.jobs.runOnce(two.check, overdue, 'o-2')]);
    const escalated = await effects(id);
    expect(escalated).toMatchObject({ state: 'overdue', warnings: 1, escalations: 1, events: 2 });
    const { rows } = await t.database.executeSql("SELECT payload FROM outbox_events WHERE topic = 'applications.deadline' AND payload->>'applicationId' = $1 ORDER BY id", [id]);
    expect(rows.map((r) => (r.payload as { state: string }).state)).toEqual(['approaching', 'overdue']);
    expect((rows[1]!.payload as { recipientIds: string[] }).recipientIds.sort()).toEqual([await userIdOf(t.database, 'reviewer.hudong'), ...(await holders('department_head'))].sort());
  });

  it('a superseded timer does nothing: the due date moved, or the case left review', async () => {
    const id = await acceptedCase();
    const { dueOn } = await backdateClock(t.database, t.services.calendar, id, 8);
    expect((await act(approver, id, 'extend', { days: 30, reason: '专家论证' })).statusCode).toBe(200);
    const before = await effects(id);
    await one.jobs.runOnce(one.check, { applicationId: id, kind: 'overdue', dueOn }, timerKey(id, 'overdue', dueOn));
    expect(await effects(id)).toEqual(before);

    const done = await acceptedCase();
    const old = await backdateClock(t.database, t.services.calendar, done, 8);
    expect((await act(ent, done, 'withdraw')).statusCode).toBe(200);
    const closed = await effects(done);
    await two.jobs.runOnce(two.check, { applicationId: done, kind: 'overdue', dueOn: old.dueOn }, timerKey(done, 'overdue', old.dueOn));
    expect(await effects(done)).toEqual(closed);
    // An unknown case or an empty payload is ignored, not an error that pg-boss would retry.
    await one.jobs.runOnce(one.check, { applicationId: '00000000-0000-4000-8000-000000000000', dueOn }, 'gone');
    await one.jobs.runOnce(one.check, {}, 'empty');
  });
});

describe('scheduling and the sweep', () => {
  it('scheduling a clock sets two timers at 00:00 China time: the approaching day and the day after the due date', async () => {
    const id = await acceptedCase();
    // As the outbox relay does (twice, as after a crash between sending and marking): through the workers.
    const clockSet = { applicationId: id, dueOn: '2030-03-08', approachingOn: '2030-03-07', eventId: `outbox:clock-${id}` };
    await Promise.all([one.jobs.send(SCHEDULE_JOB, clockSet), two.jobs.send(SCHEDULE_JOB, clockSet)]);
    await waitFor('the schedule jobs', async () => {
      const { rows } = await t.database.executeSql("SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND data->>'applicationId' = $2 AND state <> 'completed'", [SCHEDULE_JOB, id]);
      return Number(rows[0]!.n) === 0;
    });
    const { rows } = await t.database.executeSql("SELECT singleton_key, start_after, state FROM pgboss.job WHERE name = $1 AND data->>'applicationId' = $2 AND data->>'dueOn' = '2030-03-08' ORDER BY singleton_key", [CHECK_JOB, id]);
    // Each timer may be queued more than once (standard pg-boss queues do not merge singleton keys); the check runs
    // once per key through processed_events, as the first test shows.
    expect([...new Set(rows.map((r) => JSON.stringify([r.singleton_key, (r.start_after as Date).toISOString(), r.state])))].map((r) => JSON.parse(r) as unknown)).toEqual([
      [timerKey(id, 'approaching', '2030-03-08'), '2030-03-06T16:00:00.000Z', 'created'],
      [timerKey(id, 'overdue', '2030-03-08'), '2030-03-08T16:00:00.000Z', 'created'],
    ]);
  });

  it('the sweep enqueues a check for a case whose stored state is behind, once the check ran it is left alone', async () => {
    const behind = await acceptedCase();
    const current = await acceptedCase();
    const { dueOn } = await backdateClock(t.database, t.services.calendar, behind, 8);
    await backdateClock(t.database, t.services.calendar, current, 1);
    // Both processes sweep at about the same time.
    const [a, b] = await Promise.all([sweepDeadlines(one.services, one.jobs), sweepDeadlines(two.services, two.jobs)]);
    expect(a).toBeGreaterThanOrEqual(1);
    expect(b).toBeGreaterThanOrEqual(1);
    const { rows } = await t.database.executeSql("SELECT DISTINCT singleton_key FROM pgboss.job WHERE name = $1 AND data->>'applicationId' = $2", [CHECK_JOB, behind]);
    expect(rows.map((r) => r.singleton_key)).toEqual([`${timerKey(behind, 'overdue', dueOn)}:sweep:${todayInChina()}`]);
    expect(await jobStates(current)).toEqual([]);

    await allChecksDone(behind);
    expect(await effects(behind)).toMatchObject({ state: 'overdue', escalations: 1, events: 1 });
    const jobs = (await jobStates(behind)).length;
    await sweepDeadlines(one.services, one.jobs);
    expect((await jobStates(behind)).length).toBe(jobs);
  });
});
