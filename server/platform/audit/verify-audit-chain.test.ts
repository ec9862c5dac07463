import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../db/client';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { appendAudit } from './append-audit';
import { chainHash } from './canonical';
import { sealAll } from './seal-audit-records';
import { auditCheckpoints, auditRecords, auditSeals } from './tables';
import { verifyAuditChain } from './verify-audit-chain';
import { chainTampering } from '../../testing/chain-tampering';

let t: TestApp;
let n = 0;
let checkpointSeqs: number[] = [];

beforeAll(async () => {
  t = await createTestApp();
  // Three batches sealed one after another: several signed checkpoints along the chain.
  for (let batch = 0; batch < 3; batch++) {
    for (let i = 0; i < 8; i++) {
      const k = batch * 8 + i;
      await t.database.db.transaction(async (tx) =>
        appendAudit(tx, { actor: null, ip: `10.0.0.${k}`, requestId: `req-${k}` }, { action: 'test.event', objectType: 'test', objectId: `obj-${k}`, details: { k, note: '审计' } }),
      );
    }
    await sealAll(t.database.db, t.services.signer);
  }
  const seals = await t.database.db.select({ seq: auditSeals.seq }).from(auditSeals);
  n = seals.length;
  checkpointSeqs = (await t.database.db.select({ seq: auditCheckpoints.seq }).from(auditCheckpoints).orderBy(asc(auditCheckpoints.seq))).map((c) => c.seq);
});
afterAll(async () => t.close());

const MODIFICATIONS = {
  action: "action = action || '.forged'",
  result: "result = CASE WHEN result = 'success' THEN 'failure' ELSE 'success' END",
  actorId: 'actor_id = CASE WHEN actor_id IS NULL THEN gen_random_uuid() ELSE NULL END',
  actorLabel: "actor_label = actor_label || '*'",
  ip: "ip = coalesce(ip, '') || '*'",
  objectId: "object_id = coalesce(object_id, '') || '*'",
  details: `details = details || '{"forged": true}'::jsonb`,
  at: "at = at + interval '1 second'",
  requestId: "request_id = coalesce(request_id, '') || '*'",
} as const;

const chain = chainTampering(
  {
    records: 'audit_records',
    seals: 'audit_seals',
    modifications: MODIFICATIONS,
    swapColumns: ['at', 'actor_id', 'actor_label', 'ip', 'action', 'object_type', 'object_id', 'result', 'details', 'request_id'],
    rewrite: "action = 'test.rewritten'",
    forge: async (tx) => (await tx.insert(auditRecords).values({ at: new Date(), actorLabel: 'attacker', action: 'test.forged', objectType: 'test', result: 'success', details: {} }).returning())[0]!,
    chain: async (tx) =>
      (await tx.select({ seal: auditSeals, record: auditRecords }).from(auditSeals).innerJoin(auditRecords, eq(auditRecords.id, auditSeals.recordId)).orderBy(asc(auditSeals.seq))).map((r) => ({ seq: r.seal.seq, record: r.record })),
    hash: chainHash,
    verify: (exec) => verifyAuditChain(exec, t.services.signer),
  },
  () => ({ n, checkpointSeqs }),
);
type Tampering = Parameters<typeof chain.apply>[1];
const { apply } = chain;
const verifyAfter = (tamper: (tx: Tx) => Promise<void>) => chain.verifyAfter(t.database.db, tamper);

describe('audit chain verification', () => {
  it('an untouched chain of sealed records verifies, with every record checked', async () => {
    expect(n).toBeGreaterThanOrEqual(24);
    expect(checkpointSeqs.length).toBeGreaterThanOrEqual(3);
    const { rows } = await t.database.executeSql(
      'SELECT count(*)::int AS total, count(DISTINCT (at, actor_id, actor_label, ip, action, object_type, object_id, result, details::text, request_id))::int AS distinct_contents FROM audit_records',
    );
    // Distinct contents: swapping any two records is a real change.
    expect(rows[0]).toEqual({ total: n, distinct_contents: n });
    await expect(verifyAuditChain(t.database.db, t.services.signer)).resolves.toEqual({ intact: true, checked: n, firstBadSeq: null, firstBadRecordId: null, reason: null });
  });

  it('any single tampering of sealed records is detected at the first affected sequence number', async () => {
    await chain.expectEveryTamperingFound(t.database.db, 25);
    // Every run was rolled back: the real chain is still intact.
    await expect(verifyAuditChain(t.database.db, t.services.signer)).resolves.toMatchObject({ intact: true, checked: n });
  });

  it('names the kind of tampering in its reason', async () => {
    const cases: [Tampering, number, RegExp][] = [
      [{ kind: 'modify', seq: 3, field: 'details' }, 3, /record \d+ was modified/],
      [{ kind: 'deleteRecord', seq: 5 }, 5, /record \d+ was deleted/],
      [{ kind: 'deleteSeal', seq: 7 }, 7, /seal 7 is missing/],
      [{ kind: 'insert', seq: 2 }, 3, /reordered or inserted/],
      [{ kind: 'truncate', count: 2 }, n - 1, /removed/],
      [{ kind: 'rewrite', seq: 1 }, checkpointSeqs[0]!, /differs from its signed checkpoint/],
    ];
    for (const [tampering, seq, reason] of cases) {
      const report = await verifyAfter((tx) => apply(tx, tampering));
      expect(report.firstBadSeq, tampering.kind).toBe(seq);
      expect(report.reason, tampering.kind).toMatch(reason);
    }
  });

  it('detects a forged checkpoint', async () => {
    const report = await verifyAfter(async (tx) => {
      await tx.execute(sql`UPDATE audit_checkpoints SET hash = ${'f'.repeat(64)} WHERE seq = ${checkpointSeqs[1]!}`);
    });
    expect(report.intact).toBe(false);
    expect(report.firstBadSeq).toBe(checkpointSeqs[1]);
    expect(report.reason).toMatch(/does not match its signature/);
  });
});

/** The messages along an error's cause chain (drizzle wraps the database error). */
function messagesOf(error: unknown): string {
  const out: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) out.push(e.message);
  return out.join(' | ');
}

async function refusal(statement: Promise<unknown>): Promise<string> {
  try {
    await statement;
  } catch (error) {
    return messagesOf(error);
  }
  return 'no error';
}

describe('audit tables are append-only for the application', () => {
  for (const table of ['audit_records', 'audit_seals', 'audit_checkpoints']) {
    it(`refuses UPDATE, DELETE and TRUNCATE on ${table}`, async () => {
      const column = table === 'audit_records' ? 'action' : 'hash';
      const db = t.database.db;
      expect(await refusal(db.execute(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = 'x'`))).toMatch(/append-only \(UPDATE on /);
      expect(await refusal(db.execute(sql`DELETE FROM ${sql.identifier(table)}`))).toMatch(/append-only \(DELETE on /);
      expect(await refusal(db.execute(sql`TRUNCATE ${sql.identifier(table)}`))).toMatch(/append-only \(TRUNCATE on /);
      // Nothing changed: the chain still verifies in full.
      await expect(verifyAuditChain(db, t.services.signer)).resolves.toMatchObject({ intact: true, checked: n });
    });
  }
});
