import { eq, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { outboxEvents } from '../platform/jobs/tables';
import { togetherSql, writeTogether } from './write-together';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const topic = (tag: string) => `test.together.${tag}`;
const rowsOf = (tag: string) => t.database.db.select().from(outboxEvents).where(eq(outboxEvents.topic, topic(tag)));

describe('writeTogether', () => {
  it('sends several writes as one statement, every one of them applied', async () => {
    const { db } = t.database;
    const writes = [1, 2, 3].map((n) => db.insert(outboxEvents).values({ topic: topic('all'), payload: { n } }));
    expect(new PgDialect().sqlToQuery(togetherSql(writes)).sql).toMatch(/^WITH w0 AS \(insert .*\), w1 AS \(insert .*\) insert /);
    await writeTogether(db, writes);
    expect((await rowsOf('all')).map((r) => r.payload.n).sort()).toEqual([1, 2, 3]);
  });

  it('is all or nothing: a failing write leaves none of the others', async () => {
    const { db } = t.database;
    const good = db.insert(outboxEvents).values({ topic: topic('none'), payload: { n: 1 } });
    const bad = db.insert(outboxEvents).values({ topic: sql`NULL` as never, payload: { n: 2 } });
    // 23502: not_null_violation, raised by the database for the statement as a whole.
    await expect(writeTogether(db, [good, bad])).rejects.toMatchObject({ cause: { code: '23502' } });
    expect(await rowsOf('none')).toEqual([]);
  });

  it('does nothing for no writes', async () => {
    await expect(writeTogether(t.database.db, [])).resolves.toBeUndefined();
  });
});
