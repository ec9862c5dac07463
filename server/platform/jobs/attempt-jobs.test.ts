import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { AttemptJobDefinition } from './job-queue';
import { processedEvents } from './tables';

let t: TestApp;
const runs: string[] = [];

/** Fails the first attempt of each key, succeeds the next: the shape of a provider call that is retried. */
const flakyProvider: AttemptJobDefinition<{ key?: string; eventId?: string }> = {
  name: 'test.attempt_job',
  retryLimit: 2,
  async run(_db, payload) {
    const key = payload.key ?? '?';
    runs.push(key);
    if (runs.filter((r) => r === key).length === 1) throw new Error('provider down');
  },
};

beforeAll(async () => {
  t = await createTestApp();
  t.jobs.define(flakyProvider);
  await t.jobs.start({ work: true });
});
afterAll(async () => t.close());

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('attempt jobs (run on every pg-boss attempt)', () => {
  it('run again after a failure even with an eventId, and leave no processed_events record', async () => {
    await t.jobs.send(flakyProvider.name, { key: 'a', eventId: 'test:attempt-a' });
    const state = async () => (await t.database.executeSql('SELECT state, retry_count FROM pgboss.job WHERE name = $1', [flakyProvider.name])).rows;
    await waitFor('the retried job to complete', async () => (await state())[0]?.state === 'completed');
    expect(await state()).toEqual([{ state: 'completed', retry_count: 1 }]);
    expect(runs.filter((r) => r === 'a')).toHaveLength(2);
    expect(await t.database.db.select().from(processedEvents).where(eq(processedEvents.eventId, 'test:attempt-a'))).toEqual([]);
  });
});
