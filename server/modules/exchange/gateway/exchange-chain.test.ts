import { createHash } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tx } from '../../../db/client';
import { canonicalJson } from '../../../platform/audit/canonical';
import { systemContext } from '../../../platform/context';
import { chainTampering } from '../../../testing/chain-tampering';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { exchangeCheckpoints, exchangeRecords, exchangeSeals } from '../tables';
import { canonicalExchangeRecord, exchangeRecordHash, sealAllExchangeRecords, verifyExchangeChain } from './exchange-chain';
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

const chain = chainTampering(
  {
    records: 'exchange_records',
    seals: 'exchange_seals',
    modifications: MODIFICATIONS,
    swapColumns: ['at', 'method', 'resource_code', 'subject_bidx', 'fields', 'purpose', 'case_ref', 'result', 'reason'],
    rewrite: "purpose = 'rewritten'",
    forge: async (tx) =>
      (await tx.insert(exchangeRecords).values({ at: new Date(), method: 'lookup', callerKind: 'api_key', resourceCode: 'FORGED', fields: ['name'], purpose: 'cover-up', result: 'allowed' }).returning())[0]!,
    chain: async (tx) =>
      (await tx.select({ seal: exchangeSeals, record: exchangeRecords }).from(exchangeSeals).innerJoin(exchangeRecords, eq(exchangeRecords.id, exchangeSeals.recordId)).orderBy(asc(exchangeSeals.seq))).map((r) => ({
        seq: r.seal.seq,
        record: r.record,
      })),
    hash: exchangeRecordHash,
    verify: (exec) => verifyExchangeChain(exec, t.services.signer),
  },
  () => ({ n, checkpointSeqs }),
);
const { apply, recordIdAt } = chain;
const verifyAfter = (tamper: (tx: Tx) => Promise<void>) => chain.verifyAfter(t.database.db, tamper);

describe('exchange record chain', () => {
  it('an untouched chain verifies, every record checked, with a signed checkpoint per batch', async () => {
    expect(n).toBe(24);
    expect(checkpointSeqs).toEqual([8, 16, 24]);
    await expect(verifyExchangeChain(t.database.db, t.services.signer)).resolves.toEqual({ intact: true, checked: 24, firstBadSeq: null, firstBadRecordId: null, reason: null });
  });

  it('hashes the same bytes as canonicalJson over every column (nulls kept, undefined left out)', async () => {
    const rows = await t.database.db.select().from(exchangeRecords).orderBy(asc(exchangeRecords.id));
    const withUndefined = { ...rows[0]!, caseRef: undefined as unknown as null, fields: ['a"b', '名'] };
    for (const r of [...rows, withUndefined]) {
      // Every column of the table is hashed.
      const expected = canonicalJson(r);
      expect(canonicalExchangeRecord(r)).toBe(expected);
      expect(exchangeRecordHash('f'.repeat(64), r)).toBe(createHash('sha256').update('f'.repeat(64)).update('\n').update(expected).digest('hex'));
    }
  });

  it('any single tampering (modify, delete, insert, reorder, truncate, rewrite) is found at the first affected seq', async () => {
    await chain.expectEveryTamperingFound(t.database.db, 30);
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
