import { eq, max, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { appendAudit, auditRecord } from './append-audit';
import { sealAll, sealAuditRecords } from './seal-audit-records';
import { auditRecords, auditSeals } from './tables';
import { verifyAuditChain } from './verify-audit-chain';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const ctx = { actor: null, ip: null, requestId: 'seal-lookback', origin: 'test' };
const sealed = async (id: number) => (await t.database.db.select().from(auditSeals).where(eq(auditSeals.recordId, id))).length === 1;

describe('the sealer’s look-back', () => {
  it('finds records behind the newest seal only as far as it looks; a wider sweep seals the late one, and the chain verifies', async () => {
    const { db } = t.database;
    await sealAll(db, t.services.signer);
    const [top] = await db.select({ id: max(auditRecords.id) }).from(auditRecords);
    // Leave a gap of ids, as ids drawn by transactions still open would; then 30 records after it, sealed.
    const gapStart = (top?.id ?? 0) + 1;
    await db.execute(sql`SELECT setval(pg_get_serial_sequence('audit_records', 'id'), ${gapStart + 49})`);
    for (let k = 0; k < 30; k++) await appendAudit(db, ctx, { action: 'test.lookback', objectType: 'test', details: { k } });
    await sealAuditRecords(db, t.services.signer, { lookback: 10 });

    // One of those transactions commits now, with its early id.
    const lateId = gapStart + 10;
    await db.insert(auditRecords).values({ ...auditRecord(ctx, { action: 'test.late', objectType: 'test' }), id: lateId });
    expect(await sealAuditRecords(db, t.services.signer, { lookback: 10 })).toBe(0);
    expect(await sealed(lateId)).toBe(false);

    expect(await sealAuditRecords(db, t.services.signer, { lookback: 1000 })).toBe(1);
    expect(await sealed(lateId)).toBe(true);
    expect(await verifyAuditChain(db, t.services.signer)).toMatchObject({ intact: true, reason: null });
  });
});
