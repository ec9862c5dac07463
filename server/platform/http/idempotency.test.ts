import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Tx } from '../../db/client';
import { ENTERPRISE, foodApplication, foodForm } from '../../modules/applications/test-support';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { canonicalJson } from '../audit/canonical';
import { AppError, validationError } from '../errors/app-error';
import { emitEvent } from '../jobs/outbox';
import { withIdempotency } from './idempotency';
import { idempotencyKeys } from './tables';

// Idempotency-Key: the same key and body → the first answer again (nothing written twice); the same key while the
// first request still runs → 409; the same key with another body → 422; a failed attempt frees its key; keys belong
// to their sender.

let t: TestApp;
let ent: Session;
let citizen: Session;

beforeAll(async () => {
  t = await createTestApp();
  [ent, citizen] = [await signIn(t.app, ENTERPRISE), await signIn(t.app, '13900000006')];
});
afterAll(async () => t.close());

const count = async (text: string, values: unknown[] = []) => Number(Object.values((await t.database.executeSql(text, values)).rows[0] ?? {})[0]);
const cases = () => count("SELECT count(*) FROM applications WHERE status <> 'draft'");
const writes = (topic: string) => count('SELECT count(*) FROM outbox_events WHERE topic = $1', [topic]);

/** A write that leaves a trace (an outbox event), so a second run would show. */
function writer(topic: string, answer: unknown = { ok: true }) {
  return async (tx: Tx) => {
    await emitEvent(tx, topic, {});
    return { status: 201, body: answer };
  };
}

/** A promise the test resolves when it wants. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('over HTTP: applying twice with one key', () => {
  it('the same key and body → the first 201 again, marked as replayed, and no second case', async () => {
    const body = await foodApplication(ent, 'enterprise');
    const before = await cases();
    const first = await ent.request('POST', '/api/v1/applications', body, { 'idempotency-key': 'apply-once-1' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await ent.request('POST', '/api/v1/applications', body, { 'idempotency-key': 'apply-once-1' });
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await cases()).toBe(before + 1);
  });

  it('the same key with another body → 422, nothing written', async () => {
    const body = await foodApplication(ent, 'enterprise');
    expect((await ent.request('POST', '/api/v1/applications', body, { 'idempotency-key': 'apply-once-2' })).statusCode).toBe(201);
    const before = await cases();
    const other = await ent.request('POST', '/api/v1/applications', { ...body, form: foodForm('enterprise', { floorArea: 90 }) }, { 'idempotency-key': 'apply-once-2' });
    expect(other.statusCode).toBe(422);
    expect(other.json()).toMatchObject({ error: { code: 'idempotency.key_reused' } });
    expect(await cases()).toBe(before);
  });

  it('a refused first attempt (validation) frees the key for the corrected request', async () => {
    const body = await foodApplication(ent, 'enterprise');
    const { safetyManager: _omitted, ...incomplete } = body.form;
    const refused = await ent.request('POST', '/api/v1/applications', { ...body, form: incomplete }, { 'idempotency-key': 'apply-once-3' });
    expect(refused.statusCode).toBe(400);
    expect(await count('SELECT count(*) FROM idempotency_keys WHERE key = $1', ['apply-once-3'])).toBe(0);
    const corrected = await ent.request('POST', '/api/v1/applications', body, { 'idempotency-key': 'apply-once-3' });
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(corrected.headers['idempotent-replayed']).toBeUndefined();
  });

  it('keys are per sender: another applicant may use the same key for their own application', async () => {
    const mine = await ent.request('POST', '/api/v1/applications', await foodApplication(ent, 'enterprise'), { 'idempotency-key': 'shared-key' });
    const theirs = await citizen.request('POST', '/api/v1/applications', await foodApplication(citizen, 'citizen'), { 'idempotency-key': 'shared-key' });
    expect([mine.statusCode, theirs.statusCode]).toEqual([201, 201]);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json<{ id: string }>().id).not.toBe(mine.json<{ id: string }>().id);
  });

  it('a malformed key → 400 naming the header; no key → no protection, two cases', async () => {
    const body = await foodApplication(ent, 'enterprise');
    const bad = await ent.request('POST', '/api/v1/applications', body, { 'idempotency-key': 'spaces are not allowed' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ error: { details: [{ field: 'Idempotency-Key', rule: 'pattern' }] } });
    const before = await cases();
    expect((await ent.request('POST', '/api/v1/applications', body)).statusCode).toBe(201);
    const second = await ent.request('POST', '/api/v1/applications', { ...body, materials: (await foodApplication(ent, 'enterprise')).materials });
    expect(second.statusCode).toBe(201);
    expect(await cases()).toBe(before + 2);
  });
});

describe('withIdempotency directly', () => {
  const request = (key: string, body: unknown = { a: 1 }, principal = 'user-a') => ({ principal, scope: 'test.write', key, body });

  it('while the first attempt is still running the same key → 409; afterwards → the first answer', async () => {
    const hold = gate();
    const entered = gate();
    const db = t.database.db;
    // PostgreSQL: the first transaction stays open until the gate opens. PGlite has one connection that an open
    // transaction holds (the second request would simply queue behind it), so there the first attempt is held
    // after claiming its key and before its transaction begins — the key is in flight either way.
    const delayed = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== 'transaction') return Reflect.get(target, prop, receiver) as unknown;
        return async (...args: Parameters<Db['transaction']>) => {
          entered.open();
          await hold.opened;
          return target.transaction(...args);
        };
      },
    });
    const held = t.database.kind === 'postgres' ? db : delayed;
    const first = withIdempotency(held, request('in-flight'), async (tx) => {
      if (t.database.kind === 'postgres') {
        entered.open();
        await hold.opened;
      }
      return writer('test.idem.flight', { n: 1 })(tx);
    });
    await entered.opened;
    await expect(withIdempotency(db, request('in-flight'), writer('test.idem.flight', { n: 2 }))).rejects.toMatchObject({ code: 'idempotency.in_flight' });
    // Another body while in flight is a reuse of the key, not a retry.
    await expect(withIdempotency(db, request('in-flight', { a: 2 }), writer('test.idem.flight'))).rejects.toMatchObject({ code: 'idempotency.key_reused' });
    hold.open();
    expect(await first).toEqual({ status: 201, body: { n: 1 }, replayed: false });
    expect(await withIdempotency(db, request('in-flight'), writer('test.idem.flight', { n: 3 }))).toEqual({ status: 201, body: { n: 1 }, replayed: true });
    expect(await writes('test.idem.flight')).toBe(1);
  });

  it('the body is compared canonically: the same content in another key order is the same request', async () => {
    const db = t.database.db;
    await withIdempotency(db, request('canonical', { a: 1, b: { c: 2, d: 3 } }), writer('test.idem.canonical'));
    expect((await withIdempotency(db, request('canonical', { b: { d: 3, c: 2 }, a: 1 }), writer('test.idem.canonical'))).replayed).toBe(true);
    await expect(withIdempotency(db, request('canonical', { a: 1, b: { c: 2 } }), writer('test.idem.canonical'))).rejects.toMatchObject({ code: 'idempotency.key_reused' });
    expect(await writes('test.idem.canonical')).toBe(1);
  });

  it('a failed attempt writes nothing and frees its key; a key per principal and scope', async () => {
    const db = t.database.db;
    const failing = async (tx: Tx) => {
      await emitEvent(tx, 'test.idem.failed', {});
      throw validationError([{ field: 'x', rule: 'required', message: '' }]);
    };
    await expect(withIdempotency(db, request('fails'), failing)).rejects.toBeInstanceOf(AppError);
    expect(await writes('test.idem.failed')).toBe(0);
    const retried = await withIdempotency(db, request('fails', { a: 'corrected' }), writer('test.idem.failed'));
    expect(retried.replayed).toBe(false);
    expect(await writes('test.idem.failed')).toBe(1);

    expect((await withIdempotency(db, request('fails', { a: 'corrected' }, 'user-b'), writer('test.idem.failed'))).replayed).toBe(false);
    expect((await withIdempotency(db, { ...request('fails', { a: 'corrected' }), scope: 'test.other' }, writer('test.idem.failed'))).replayed).toBe(false);
    expect(await writes('test.idem.failed')).toBe(3);
  });

  it('an attempt that died in flight long ago no longer blocks its key', async () => {
    const db = t.database.db;
    await db.insert(idempotencyKeys).values({ principal: 'user-a', scope: 'test.write', key: 'abandoned', requestHash: 'x', state: 'in_flight', createdAt: sql`now() - interval '10 minutes'` });
    const taken = await withIdempotency(db, request('abandoned'), writer('test.idem.abandoned'));
    expect(taken).toMatchObject({ status: 201, replayed: false });
    const [row] = await db.select().from(idempotencyKeys).where(and(eq(idempotencyKeys.principal, 'user-a'), eq(idempotencyKeys.key, 'abandoned')));
    expect(row).toMatchObject({ state: 'done', responseStatus: 201 });
    // A recent in-flight record of the same request still blocks.
    const requestHash = createHash('sha256').update(canonicalJson({ a: 1 })).digest('hex');
    await db.insert(idempotencyKeys).values({ principal: 'user-a', scope: 'test.write', key: 'recent', requestHash, state: 'in_flight' });
    await expect(withIdempotency(db, request('recent'), writer('test.idem.abandoned'))).rejects.toMatchObject({ code: 'idempotency.in_flight' });
    expect(await writes('test.idem.abandoned')).toBe(1);
  });
});
