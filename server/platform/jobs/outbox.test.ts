import { randomInt } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notifications } from '../../modules/notifications/tables';
import { sendWelcome } from '../../modules/notifications/send-welcome';
import { subscriptions } from '../../runtime';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { residentIdCheckChar } from '../ids/resident-id';
import type { JobDefinition } from './job-queue';
import { relayOutbox, type Subscriptions } from './outbox';
import { outboxEvents, processedEvents } from './tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  t.jobs.define(sendWelcome);
});
afterAll(async () => t.close());

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

function citizen() {
  const first17 = `339903${1950 + randomInt(50)}0101${digits(3)}`;
  return { name: '通知测试', idNumber: `${first17}${residentIdCheckChar(first17)}`, mobile: `15${digits(9)}`, password: 'Passw0rd-jobs' };
}

async function register(body = citizen()): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/citizens', payload: body });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string }>().id;
}

async function eventOf(userId: string) {
  const rows = await t.database.db.select().from(outboxEvents).where(sql`${outboxEvents.payload}->>'userId' = ${userId}`);
  expect(rows).toHaveLength(1);
  return rows[0]!;
}

// Only the welcome job is defined here; the seeded template also holds events for other modules' jobs.
const welcomeOnly = { 'identity.user_registered': subscriptions['identity.user_registered'] ?? [] };

const welcomesOf = (userId: string) => t.database.db.select().from(notifications).where(eq(notifications.userId, userId));

/** Polls until `check` holds (bounded), instead of sleeping a fixed time. */
async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function pendingJobs(): Promise<number> {
  const { rows } = await t.database.executeSql("SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')", [sendWelcome.name]);
  return Number(rows[0]?.n);
}

describe('transactional outbox', () => {
  it('writes the registration event in the same transaction as the user', async () => {
    const userId = await register();
    const event = await eventOf(userId);
    expect(event).toMatchObject({ topic: 'identity.user_registered', payload: { userId, kind: 'citizen' }, relayedAt: null });
    // now() is the transaction's start time: equal timestamps mean one transaction.
    const { rows } = await t.database.executeSql('SELECT u.created_at = o.created_at AS same FROM users u, outbox_events o WHERE u.id = $1 AND o.id = $2', [userId, event.id]);
    expect(rows[0]?.same).toBe(true);
  });

  it('writes no event when registration fails validation or hits a duplicate', async () => {
    const count = async () => Number((await t.database.executeSql('SELECT count(*)::int AS n FROM outbox_events')).rows[0]?.n);
    const before = await count();
    const invalid = await t.app.inject({ method: 'POST', url: '/api/v1/citizens', payload: { ...citizen(), idNumber: '339903199001010000' } });
    expect(invalid.statusCode).toBe(400);
    const existing = citizen();
    await register(existing);
    const duplicate = await t.app.inject({ method: 'POST', url: '/api/v1/citizens', payload: { ...citizen(), idNumber: existing.idNumber } });
    expect(duplicate.statusCode).toBe(409);
    expect(await count()).toBe(before + 1);
  });

  it('runs a handler once per event however often it is delivered', async () => {
    const userId = await register();
    const eventId = `outbox:${(await eventOf(userId)).id}`;
    await t.jobs.runOnce(sendWelcome, { userId }, eventId);
    await t.jobs.runOnce(sendWelcome, { userId }, eventId);
    expect(await welcomesOf(userId)).toEqual([expect.objectContaining({ kind: 'welcome', sourceEventId: eventId })]);
    const processed = await t.database.db.select().from(processedEvents).where(and(eq(processedEvents.eventId, eventId), eq(processedEvents.handler, sendWelcome.name)));
    expect(processed).toHaveLength(1);
  });

  it('does not mark an event processed when its handler fails, so a retry can run it', async () => {
    let calls = 0;
    const flaky: JobDefinition<Record<string, unknown>> = {
      name: 'test.flaky',
      async handle(tx) {
        calls += 1;
        await tx.execute(sql`SELECT 1`);
        if (calls === 1) throw new Error('provider down');
      },
    };
    await expect(t.jobs.runOnce(flaky, {}, 'test:flaky-1')).rejects.toThrow('provider down');
    expect(await t.database.db.select().from(processedEvents).where(eq(processedEvents.eventId, 'test:flaky-1'))).toHaveLength(0);
    await t.jobs.runOnce(flaky, {}, 'test:flaky-1');
    await t.jobs.runOnce(flaky, {}, 'test:flaky-1');
    expect(calls).toBe(2);
  });

  it('relays to the real job worker: one welcome notification even when the event is relayed twice', async () => {
    await t.jobs.start({ work: true });
    const userId = await register();
    const event = await eventOf(userId);
    expect(await relayOutbox(t.jobs, welcomeOnly)).toBeGreaterThanOrEqual(1);
    expect((await eventOf(userId)).relayedAt).not.toBeNull();
    await waitFor('the welcome notification', async () => (await welcomesOf(userId)).length > 0);
    await waitFor('the first welcome job to finish', async () => (await pendingJobs()) === 0);

    // Relayed again, as after a crash between sending and marking.
    await t.database.db.update(outboxEvents).set({ relayedAt: null }).where(eq(outboxEvents.id, event.id));
    expect(await relayOutbox(t.jobs, welcomeOnly)).toBeGreaterThanOrEqual(1);
    await waitFor('every welcome job to finish', async () => (await pendingJobs()) === 0);
    // Both deliveries really reached the worker; the second one found the event already processed.
    const { rows: jobs } = await t.database.executeSql('SELECT state FROM pgboss.job WHERE name = $1 AND singleton_key = $2', [sendWelcome.name, `outbox:${event.id}`]);
    expect(jobs).toEqual([{ state: 'completed' }, { state: 'completed' }]);

    const welcomes = await welcomesOf(userId);
    expect(welcomes).toHaveLength(1);
    expect(welcomes[0]).toMatchObject({ kind: 'welcome', sourceEventId: `outbox:${event.id}` });
    expect(welcomes[0]?.titleZh).toContain('欢迎');
    expect((await eventOf(userId)).relayedAt).not.toBeNull();
  });

  it('sends a job only where the subscriber’s test accepts the event, and marks the event relayed either way', async () => {
    const jobsOf = async (eventId: number) =>
      (await t.database.executeSql('SELECT data FROM pgboss.job WHERE name = $1 AND singleton_key = $2', [sendWelcome.name, `outbox:${eventId}`])).rows;
    const relayAll = async (subs: Subscriptions) => {
      while ((await relayOutbox(t.jobs, subs)) > 0);
    };
    const skipped = await eventOf(await register());
    await relayAll({ 'identity.user_registered': [{ job: sendWelcome.name, when: (p) => p.kind === 'enterprise' }] });
    expect(await jobsOf(skipped.id)).toEqual([]);
    expect((await eventOf(skipped.payload.userId as string)).relayedAt).not.toBeNull();

    const [one, two] = [await eventOf(await register()), await eventOf(await register())];
    await relayAll({ 'identity.user_registered': [{ job: sendWelcome.name, when: (p) => p.kind === 'citizen' }] });
    for (const event of [one, two]) {
      const sent = await jobsOf(event.id);
      expect(sent).toHaveLength(1);
      expect(sent[0]?.data).toMatchObject({ userId: event.payload.userId, eventId: `outbox:${event.id}`, topic: 'identity.user_registered' });
    }
  });
});
