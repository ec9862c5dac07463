import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataRecords, dataResources, exchangeApiKeys, sharingRequests } from '../modules/exchange/tables';
import { hashApiKey, isWellFormedApiKey } from '../modules/exchange/api-key-format';
import { createTestApp, type TestApp } from '../testing/test-app';
import { demoCitizens, demoEnterprises } from './demo-accounts';
import { DEMO_HRSS_API_KEY, demoGrants, seedDemoExchange } from './demo-exchange';
import { demoResources } from './demo-exchange-resources';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('demo exchange seed', () => {
  it('publishes every resource with its grants and encrypted records keyed by blind index', async () => {
    const { db, cipher } = t.services;
    const resources = await db.select().from(dataResources);
    expect(resources.map((r) => r.code).sort()).toEqual(demoResources.map((r) => r.code).sort());
    expect(resources.find((r) => r.code === 'PSB-CASE-FILES')?.notSharedBasis).toMatch(/刑事诉讼法/);
    // Quality is computed at seeding, so the catalogue shows a score from the start.
    for (const r of resources) expect(r.quality?.computedAt, r.code).toBeTruthy();
    expect(resources.find((r) => r.code === 'PSB-HOUSEHOLD')?.quality?.score).toBeGreaterThan(0);

    const birth = resources.find((r) => r.code === 'HEALTH-BIRTH-CERT')!;
    const [mother] = await db.select().from(dataRecords).where(eq(dataRecords.subjectBidx, cipher.blindIndex('id_number', demoCitizens[1]!.idNumber)));
    expect(mother).toBeDefined();
    const records = await db.select().from(dataRecords).where(eq(dataRecords.resourceId, birth.id));
    expect(records).toHaveLength(2);
    const data = JSON.parse(cipher.decrypt(records[0]!.dataEnc, 'data_records.data')) as Record<string, unknown>;
    expect(data.childName).toBe('张小满');
    // Nothing in clear: neither the subject's ID number nor the record.
    for (const r of records) expect(r.dataEnc).not.toContain('张小满');

    const household = resources.find((r) => r.code === 'PSB-HOUSEHOLD')!;
    expect(await db.select().from(dataRecords).where(eq(dataRecords.resourceId, household.id))).toHaveLength(demoCitizens.length);
    const amr = resources.find((r) => r.code === 'AMR-ENTERPRISE')!;
    expect(await db.select().from(dataRecords).where(eq(dataRecords.resourceId, amr.id))).toHaveLength(demoEnterprises.length);

    const grants = await db.select().from(sharingRequests);
    expect(grants.filter((g) => g.status === 'approved')).toHaveLength(demoGrants.length);
    expect(grants.some((g) => !g.statutory && g.grantedFields?.includes('disabilityLevel'))).toBe(true);
  });

  it('has one demo API key for D339900-HRSS, stored hashed, and seeding twice adds nothing', async () => {
    expect(isWellFormedApiKey(DEMO_HRSS_API_KEY)).toBe(true);
    const keys = await t.services.db.select().from(exchangeApiKeys).where(eq(exchangeApiKeys.secretHash, hashApiKey(DEMO_HRSS_API_KEY)));
    expect(keys).toHaveLength(1);
    expect(keys[0]!.grantIds.length).toBeGreaterThan(0);
    const before = (await t.services.db.select().from(dataRecords)).length;
    expect(await seedDemoExchange(t.services)).toEqual({ resources: 0 });
    expect((await t.services.db.select().from(dataRecords)).length).toBe(before);
    expect((await t.services.db.select().from(sharingRequests)).length).toBe(demoGrants.length);
  });
});
