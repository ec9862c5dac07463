import fc from 'fast-check';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../../db/client';
import { GENESIS_HASH } from '../../../platform/audit/canonical';
import type { ChainReport } from '../../../platform/audit/hash-chain';
import { systemContext } from '../../../platform/context';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { exchangeCheckpoints, exchangeRecords, exchangeSeals } from '../tables';
import { exchangeRecordHash, sealAllExchangeRecords, verifyExchangeChain } from './exchange-chain';
import { exchangeLog } from './exchange-log';
import { recordExchange } from './gateway';

let t: TestApp;
let n = 0;
let checkpointSeqs: number[] = [];

beforeAll(async () => {
  t = await createTestApp();
  const ctx = systemContext(t.services, 'chain-test');
  // Three batches sealed one after another: several signed checkpoints along the chain; each batch's records
  // are written concurrently.
  for (let batch = 0; batch < 3; batch++) {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        recordExchange(ctx, {
          method: i % 2 ? 'lookup' : 'verify',
          callerKind: 'broker',
          resourceCode: `R-${batch}`,
          subjectBidx: `bidx-${batch}-${i}`,
          fields: ['name', `f${i}`],
          purpose: `purpose ${batch * 8 + i}`,
          caseRef: `CASE-${i}`,
          basis: 'consent',
          result: i === 7 ? 'refused' : 'allowed',
          reason: i === 7 ? 'no_grant' : null,
        }),
      ),
    );
    await sealAllExchangeRecords(t.database.db, t.services.signer);
  }
  n = (await t.database.db.select({ seq: exchangeSeals.seq }).from(exchangeSeals)).length;
  checkpointSeqs = (await t.database.db.select({ seq: exchangeCheckpoints.seq }).from(exchangeCheckpoints).orderBy(asc(exchangeCheckpoints.seq))).map((c) => c.seq);
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
      report = await verifyExchangeChain(tx, t.services.signer);
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  if (!report) throw new Error('verification did not run');
  return report;
}

async function recordIdAt(tx: Tx, seq: number): Promise<number> {
  const [seal] = await tx.select({ recordId: exchangeSeals.recordId }).from(exchangeSeals).where(eq(exchangeSeals.seq, seq));
  return seal!.recordId;
}

const MODIFICATIONS = {
  result: "result = CASE WHEN result = 'allowed' THEN 'refused' ELSE 'allowed' END",
  purpose: "purpose = purpose || '*'",
  fields: "fields = array_append(fields, 'salary')",
  subject: "subject_bidx = coalesce(subject_bidx, '') || '*'",
  caller: 'caller_department_id = gen_random_uuid()',
  caseRef: "case_ref = coalesce(case_ref, '') || '*'",
  at: "at = at + interval '1 second'",
  method: "method = CASE WHEN method = 'lookup' THEN 'verify' ELSE 'lookup' END",
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
      await tx.execute(sql`UPDATE exchange_records SET ${sql.raw(MODIFICATIONS[tampering.field])} WHERE id = ${await recordIdAt(tx, tampering.seq)}`);
      return;
    case 'deleteRecord':
      await tx.execute(sql`DELETE FROM exchange_records WHERE id = ${await recordIdAt(tx, tampering.seq)}`);
      return;
    case 'deleteSeal':
      await tx.execute(sql`DELETE FROM exchange_seals WHERE seq = ${tampering.seq}`);
      return;
    case 'insert': {
      await tx.execute(sql`UPDATE exchange_seals SET seq = -seq WHERE seq >= ${tampering.seq}`);
      await tx.execute(sql`UPDATE exchange_seals SET seq = -seq + 1 WHERE seq < 0`);
      const [forged] = await tx.insert(exchangeRecords).values({ at: new Date(), method: 'lookup', callerKind: 'api_key', resourceCode: 'FORGED', fields: ['name'], purpose: 'cover-up', result: 'allowed' }).returning();
      const [prev] = await tx.select({ hash: exchangeSeals.hash }).from(exchangeSeals).where(eq(exchangeSeals.seq, tampering.seq - 1));
      const prevHash = prev?.hash ?? GENESIS_HASH;
      await tx.insert(exchangeSeals).values({ seq: tampering.seq, recordId: forged!.id, prevHash, hash: exchangeRecordHash(prevHash, forged!) });
      return;
    }
    case 'swap': {
      const [a, b] = [await recordIdAt(tx, tampering.seq), await recordIdAt(tx, tampering.other)];
      await tx.execute(sql`
        UPDATE exchange_records r SET at = o.at, method = o.method, resource_code = o.resource_code, subject_bidx = o.subject_bidx,
          fields = o.fields, purpose = o.purpose, case_ref = o.case_ref, result = o.result, reason = o.reason
        FROM exchange_records o WHERE (r.id = ${a} AND o.id = ${b}) OR (r.id = ${b} AND o.id = ${a})`);
      return;
    }
    case 'truncate':
      await tx.execute(sql`DELETE FROM exchange_records WHERE id IN (SELECT record_id FROM exchange_seals WHERE seq > ${n - tampering.count})`);
      await tx.execute(sql`DELETE FROM exchange_seals WHERE seq > ${n - tampering.count}`);
      return;
    case 'rewrite': {
      // A careful attacker changes a record and recomputes every later hash: only the signed checkpoints can tell.
      await tx.execute(sql`UPDATE exchange_records SET purpose = 'rewritten' WHERE id = ${await recordIdAt(tx, tampering.seq)}`);
      const chain = await tx.select({ seal: exchangeSeals, record: exchangeRecords }).from(exchangeSeals).innerJoin(exchangeRecords, eq(exchangeRecords.id, exchangeSeals.recordId)).orderBy(asc(exchangeSeals.seq));
      let prevHash = GENESIS_HASH;
      for (const { seal, record } of chain) {
        const hash = exchangeRecordHash(prevHash, record);
        if (seal.seq >= tampering.seq) await tx.update(exchangeSeals).set({ prevHash, hash }).where(eq(exchangeSeals.seq, seal.seq));
        prevHash = hash;
      }
      return;
    }
  }
}

function expectedFirstBad(tampering: Tampering): number {
  switch (tampering.kind) {
    case 'insert':
      return tampering.seq + 1;
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

describe('exchange record chain', () => {
  it('an untouched chain verifies, every record checked, with a signed checkpoint per batch', async () => {
    expect(n).toBe(24);
    expect(checkpointSeqs).toEqual([8, 16, 24]);
    await expect(verifyExchangeChain(t.database.db, t.services.signer)).resolves.toEqual({ intact: true, checked: 24, firstBadSeq: null, firstBadRecordId: null, reason: null });
  });

  it('any single tampering (modify, delete, insert, reorder, truncate, rewrite) is found at the first affected seq', async () => {
    const seq = fc.integer({ min: 1, max: n });
    const tamperings: fc.Arbitrary<Tampering> = fc.oneof(
      fc.record({ kind: fc.constant('modify' as const), seq, field: fc.constantFrom(...(Object.keys(MODIFICATIONS) as (keyof typeof MODIFICATIONS)[])) }),
      fc.record({ kind: fc.constant('deleteRecord' as const), seq }),
      fc.record({ kind: fc.constant('deleteSeal' as const), seq }),
      fc.record({ kind: fc.constant('insert' as const), seq }),
      fc.record({ kind: fc.constant('swap' as const), seq, other: seq }).filter((s) => s.seq !== s.other),
      fc.record({ kind: fc.constant('truncate' as const), count: fc.integer({ min: 1, max: n - 1 }) }),
      fc.record({ kind: fc.constant('rewrite' as const), seq }),
    );
    await fc.assert(
      fc.asyncProperty(tamperings, async (tampering) => {
        const report = await verifyAfter((tx) => apply(tx, tampering));
        expect(report.intact).toBe(false);
        expect(report.firstBadSeq).toBe(expectedFirstBad(tampering));
        expect(report.reason).toBeTruthy();
      }),
      { numRuns: 30 },
    );
    await expect(verifyExchangeChain(t.database.db, t.services.signer)).resolves.toMatchObject({ intact: true, checked: n });
  });

  it('names the kind of tampering and the first bad record', async () => {
    const modified = await verifyAfter((tx) => apply(tx, { kind: 'modify', seq: 5, field: 'purpose' }));
    expect(modified).toMatchObject({ firstBadSeq: 5, reason: expect.stringMatching(/record \d+ was modified/) as unknown });
    expect(modified.firstBadRecordId).toBe(await recordIdAt(t.database.db as unknown as Tx, 5));
    expect((await verifyAfter((tx) => apply(tx, { kind: 'deleteRecord', seq: 9 }))).reason).toMatch(/was deleted/);
    expect((await verifyAfter((tx) => apply(tx, { kind: 'insert', seq: 2 }))).reason).toMatch(/reordered or inserted/);
    expect((await verifyAfter((tx) => apply(tx, { kind: 'rewrite', seq: 1 }))).reason).toMatch(/differs from its signed checkpoint/);
  });

  it('the application cannot change or delete exchange records, seals or checkpoints', async () => {
    for (const table of ['exchange_records', 'exchange_seals', 'exchange_checkpoints']) {
      const column = table === 'exchange_records' ? 'purpose' : 'hash';
      await expect(t.database.db.execute(sql`UPDATE ${sql.identifier(table)} SET ${sql.identifier(column)} = 'x'`)).rejects.toThrow();
      await expect(t.database.db.execute(sql`DELETE FROM ${sql.identifier(table)}`)).rejects.toThrow();
    }
    await expect(verifyExchangeChain(t.database.db, t.services.signer)).resolves.toMatchObject({ intact: true, checked: n });
  });

  it('the group-commit writer gives each of a burst of callers the id of its own committed row', async () => {
    const writer = exchangeLog(t.database.db);
    const ids = await Promise.all(Array.from({ length: 50 }, (_, i) => writer.write({ at: new Date(), method: 'lookup', callerKind: 'broker', resourceCode: 'BURST', fields: ['x'], purpose: `p${i}`, result: 'allowed' })));
    expect(new Set(ids).size).toBe(50);
    await writer.drain();
    const rows = await t.database.db.select({ id: exchangeRecords.id, purpose: exchangeRecords.purpose }).from(exchangeRecords).where(eq(exchangeRecords.resourceCode, 'BURST'));
    // Each caller got the id of its own row.
    expect(new Map(rows.map((r) => [r.id, r.purpose]))).toEqual(new Map(ids.map((id, i) => [id, `p${i}`])));
  });
});
