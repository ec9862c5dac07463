import fc from 'fast-check';
import { expect } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { GENESIS_HASH } from '../platform/audit/canonical';
import type { ChainReport } from '../platform/audit/hash-chain';

// Tampering with a sealed hash chain as a superuser attacker would (triggers bypassed), for the property tests of
// every chain (the audit log, the exchange records): the same attacks, the same expected first bad seq.

export type Tampering<F extends string> =
  | { kind: 'modify'; seq: number; field: F }
  | { kind: 'deleteRecord'; seq: number }
  | { kind: 'deleteSeal'; seq: number }
  | { kind: 'insert'; seq: number }
  | { kind: 'swap'; seq: number; other: number }
  | { kind: 'truncate'; count: number }
  | { kind: 'rewrite'; seq: number };

export interface ChainUnderTest<F extends string, R> {
  records: string;
  seals: string;
  /** SET clauses that change one column of a record each. */
  modifications: Record<F, string>;
  /** The columns swapped between two records (every column the hash covers except the id). */
  swapColumns: string[];
  /** A SET clause for the careful attacker's change (who then recomputes every later hash). */
  rewrite: string;
  /** Inserts a forged record and answers it as the hash function reads it. */
  forge(tx: Tx): Promise<R & { id: number }>;
  /** The sealed chain in seq order with each record as the hash function reads it. */
  chain(tx: Tx): Promise<{ seq: number; record: R }[]>;
  hash(prevHash: string, record: R): string;
  verify(exec: Db | Tx): Promise<ChainReport>;
}

class Rollback extends Error {}

export function chainTampering<F extends string, R>(spec: ChainUnderTest<F, R>, shape: () => { n: number; checkpointSeqs: number[] }) {
  const records = sql.identifier(spec.records);
  const seals = sql.identifier(spec.seals);

  async function recordIdAt(tx: Tx | Db, seq: number): Promise<number> {
    const result: unknown = await tx.execute(sql`SELECT record_id FROM ${seals} WHERE seq = ${seq}`);
    // Both drivers answer { rows }; drizzle's driver-neutral type leaves it unknown.
    return Number((result as { rows: { record_id: number | string }[] }).rows[0]!.record_id);
  }

  async function apply(tx: Tx, tampering: Tampering<F>): Promise<void> {
    const { n } = shape();
    switch (tampering.kind) {
      case 'modify':
        await tx.execute(sql`UPDATE ${records} SET ${sql.raw(spec.modifications[tampering.field])} WHERE id = ${await recordIdAt(tx, tampering.seq)}`);
        return;
      case 'deleteRecord':
        await tx.execute(sql`DELETE FROM ${records} WHERE id = ${await recordIdAt(tx, tampering.seq)}`);
        return;
      case 'deleteSeal':
        await tx.execute(sql`DELETE FROM ${seals} WHERE seq = ${tampering.seq}`);
        return;
      case 'insert': {
        // Make room at `seq` (two steps: the primary key is checked row by row), then chain a forged record in.
        await tx.execute(sql`UPDATE ${seals} SET seq = -seq WHERE seq >= ${tampering.seq}`);
        await tx.execute(sql`UPDATE ${seals} SET seq = -seq + 1 WHERE seq < 0`);
        const forged = await spec.forge(tx);
        const previous: unknown = await tx.execute(sql`SELECT hash FROM ${seals} WHERE seq = ${tampering.seq - 1}`);
        const prevHash = (previous as { rows: { hash: string }[] }).rows[0]?.hash ?? GENESIS_HASH;
        await tx.execute(sql`INSERT INTO ${seals} (seq, record_id, prev_hash, hash) VALUES (${tampering.seq}, ${forged.id}, ${prevHash}, ${spec.hash(prevHash, forged)})`);
        return;
      }
      case 'swap': {
        const [a, b] = [await recordIdAt(tx, tampering.seq), await recordIdAt(tx, tampering.other)];
        const set = sql.raw(spec.swapColumns.map((c) => `${c} = o.${c}`).join(', '));
        await tx.execute(sql`UPDATE ${records} r SET ${set} FROM ${records} o WHERE (r.id = ${a} AND o.id = ${b}) OR (r.id = ${b} AND o.id = ${a})`);
        return;
      }
      case 'truncate':
        await tx.execute(sql`DELETE FROM ${records} WHERE id IN (SELECT record_id FROM ${seals} WHERE seq > ${n - tampering.count})`);
        await tx.execute(sql`DELETE FROM ${seals} WHERE seq > ${n - tampering.count}`);
        return;
      case 'rewrite': {
        // A careful attacker changes a record and recomputes every later hash: only the signed checkpoints can tell.
        await tx.execute(sql`UPDATE ${records} SET ${sql.raw(spec.rewrite)} WHERE id = ${await recordIdAt(tx, tampering.seq)}`);
        let prevHash = GENESIS_HASH;
        for (const { seq, record } of await spec.chain(tx)) {
          const hash = spec.hash(prevHash, record);
          if (seq >= tampering.seq) await tx.execute(sql`UPDATE ${seals} SET prev_hash = ${prevHash}, hash = ${hash} WHERE seq = ${seq}`);
          prevHash = hash;
        }
        return;
      }
    }
  }

  /** The sequence number a verifier must name for each tampering: the first place the sealed history is broken. */
  function expectedFirstBad(tampering: Tampering<F>): number {
    const { n, checkpointSeqs } = shape();
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

  function tamperings(): fc.Arbitrary<Tampering<F>> {
    const { n } = shape();
    const seq = fc.integer({ min: 1, max: n });
    return fc.oneof(
      fc.record({ kind: fc.constant('modify' as const), seq, field: fc.constantFrom(...(Object.keys(spec.modifications) as F[])) }),
      fc.record({ kind: fc.constant('deleteRecord' as const), seq }),
      fc.record({ kind: fc.constant('deleteSeal' as const), seq }),
      fc.record({ kind: fc.constant('insert' as const), seq }),
      fc.record({ kind: fc.constant('swap' as const), seq, other: seq }).filter((s) => s.seq !== s.other),
      fc.record({ kind: fc.constant('truncate' as const), count: fc.integer({ min: 1, max: n - 1 }) }),
      fc.record({ kind: fc.constant('rewrite' as const), seq }),
    );
  }

  /** Runs `tamper`, verifies, and rolls everything back. */
  async function verifyAfter(db: Db, tamper: (tx: Tx) => Promise<void>): Promise<ChainReport> {
    let report: ChainReport | null = null;
    try {
      await db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL session_replication_role = replica`);
        await tamper(tx);
        report = await spec.verify(tx);
        throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    if (!report) throw new Error('verification did not run');
    return report;
  }

  /** The property: any single tampering is found, at the first affected sequence number, with a reason. */
  async function expectEveryTamperingFound(db: Db, numRuns: number): Promise<void> {
    await fc.assert(
      fc.asyncProperty(tamperings(), async (tampering) => {
        const report = await verifyAfter(db, (tx) => apply(tx, tampering));
        expect(report.intact).toBe(false);
        expect(report.firstBadSeq).toBe(expectedFirstBad(tampering));
        expect(report.reason).toBeTruthy();
      }),
      { numRuns },
    );
  }

  return { apply, expectedFirstBad, tamperings, verifyAfter, recordIdAt, expectEveryTamperingFound };
}
