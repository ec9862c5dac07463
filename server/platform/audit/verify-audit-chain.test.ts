import fc from 'fast-check';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../db/client';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { appendAudit } from './append-audit';
import { chainHash, GENESIS_HASH } from './canonical';
import { sealAll } from './seal-audit-records';
import { auditCheckpoints, auditRecords, auditSeals } from './tables';
import { verifyAuditChain, type ChainReport } from './verify-audit-chain';

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

class Rollback extends Error {}

/** Runs `tamper` as a superuser attacker would (triggers bypassed), verifies, and rolls everything back. */
async function verifyAfter(tamper: (tx: Tx) => Promise<void>): Promise<ChainReport> {
  let report: ChainReport | null = null;
  try {
    await t.database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tamper(tx);
      report = await verifyAuditChain(tx, t.services.signer);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  if (!report) throw new Error('verification did not run');
  return report;
}

async function recordIdAt(tx: Tx, seq: number): Promise<number> {
  const [seal] = await tx.select({ recordId: auditSeals.recordId }).from(auditSeals).where(eq(auditSeals.seq, seq));
  return seal!.recordId;
}

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

type Tampering =
  | { kind: 'modify'; seq: number; field: keyof typeof MODIFICATIONS }
  | { kind: 'deleteRecord'; seq: number }
  | { kind: 'deleteSeal'; seq: number }
  | { kind: 'insert'; seq: number }
  | { kind: 'swap'; seq: number; other: number }
  | { kind: 'truncate'; count: number }
  | { kind: 'rewrite'; seq: number };

async function apply(tx: Tx, tampering: Tampering): Promise<void> {
  switch (tampering.kind) {
    case 'modify':
      await tx.execute(sql`UPDATE audit_records SET ${sql.raw(MODIFICATIONS[tampering.field])} WHERE id = ${await recordIdAt(tx, tampering.seq)}`);
      return;
    case 'deleteRecord':
      await tx.execute(sql`DELETE FROM audit_records WHERE id = ${await recordIdAt(tx, tampering.seq)}`);
      return;
    case 'deleteSeal':
      await tx.execute(sql`DELETE FROM audit_seals WHERE seq = ${tampering.seq}`);
      return;
    case 'insert': {
      // Make room at `seq` (two steps: the primary key is checked row by row), then chain a forged record in.
      await tx.execute(sql`UPDATE audit_seals SET seq = -seq WHERE seq >= ${tampering.seq}`);
      await tx.execute(sql`UPDATE audit_seals SET seq = -seq + 1 WHERE seq < 0`);
      const [forged] = await tx.insert(auditRecords).values({ at: new Date(), actorLabel: 'attacker', action: 'test.forged', objectType: 'test', result: 'success', details: {} }).returning();
      const [prev] = await tx.select({ hash: auditSeals.hash }).from(auditSeals).where(eq(auditSeals.seq, tampering.seq - 1));
      const prevHash = prev?.hash ?? GENESIS_HASH;
      await tx.insert(auditSeals).values({ seq: tampering.seq, recordId: forged!.id, prevHash, hash: chainHash(prevHash, forged!) });
      return;
    }
    case 'swap': {
      const [a, b] = [await recordIdAt(tx, tampering.seq), await recordIdAt(tx, tampering.other)];
      await tx.execute(sql`
        UPDATE audit_records r SET at = o.at, actor_id = o.actor_id, actor_label = o.actor_label, ip = o.ip, action = o.action,
          object_type = o.object_type, object_id = o.object_id, result = o.result, details = o.details, request_id = o.request_id
        FROM audit_records o WHERE (r.id = ${a} AND o.id = ${b}) OR (r.id = ${b} AND o.id = ${a})`);
      return;
    }
    case 'truncate':
      await tx.execute(sql`DELETE FROM audit_records WHERE id IN (SELECT record_id FROM audit_seals WHERE seq > ${n - tampering.count})`);
      await tx.execute(sql`DELETE FROM audit_seals WHERE seq > ${n - tampering.count}`);
      return;
    case 'rewrite': {
      // A careful attacker changes a record and recomputes every later hash: only the signed checkpoints can tell.
      await tx.execute(sql`UPDATE audit_records SET action = 'test.rewritten' WHERE id = ${await recordIdAt(tx, tampering.seq)}`);
      const chain = await tx.select({ seal: auditSeals, record: auditRecords }).from(auditSeals).innerJoin(auditRecords, eq(auditRecords.id, auditSeals.recordId)).orderBy(asc(auditSeals.seq));
      let prevHash = GENESIS_HASH;
      for (const { seal, record } of chain) {
        const hash = chainHash(prevHash, record);
        if (seal.seq >= tampering.seq) await tx.update(auditSeals).set({ prevHash, hash }).where(eq(auditSeals.seq, seal.seq));
        prevHash = hash;
      }
      return;
    }
  }
}

/** The sequence number a verifier must name for each tampering: the first place the sealed history is broken. */
function expectedFirstBad(tampering: Tampering): number {
  switch (tampering.kind) {
    case 'insert':
      return tampering.seq + 1; // the forged seal chains onto its predecessor; the displaced original no longer does
    case 'swap':
      return Math.min(tampering.seq, tampering.other);
    case 'truncate':
      return n - tampering.count + 1;
    case 'rewrite':
      return checkpointSeqs.find((s) => s >= tampering.seq)!;
    default:
      return tampering.seq;
  }
}

function tamperings(): fc.Arbitrary<Tampering> {
  const seq = fc.integer({ min: 1, max: n });
  return fc.oneof(
    fc.record({ kind: fc.constant('modify' as const), seq, field: fc.constantFrom(...(Object.keys(MODIFICATIONS) as (keyof typeof MODIFICATIONS)[])) }),
    fc.record({ kind: fc.constant('deleteRecord' as const), seq }),
    fc.record({ kind: fc.constant('deleteSeal' as const), seq }),
    fc.record({ kind: fc.constant('insert' as const), seq }),
    fc.record({ kind: fc.constant('swap' as const), seq, other: seq }).filter((s) => s.seq !== s.other),
    fc.record({ kind: fc.constant('truncate' as const), count: fc.integer({ min: 1, max: n - 1 }) }),
    fc.record({ kind: fc.constant('rewrite' as const), seq }),
  );
}

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
    await fc.assert(
      fc.asyncProperty(tamperings(), async (tampering) => {
        const report = await verifyAfter((tx) => apply(tx, tampering));
        expect(report.intact).toBe(false);
        expect(report.firstBadSeq).toBe(expectedFirstBad(tampering));
        expect(report.reason).toBeTruthy();
      }),
      { numRuns: 25 },
    );
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
