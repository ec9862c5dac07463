import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { demoCitizens } from '../../../seed/demo-accounts';
import { systemContext } from '../../../platform/context';
import { purgeAbandonedDrafts } from '../../applications/drafts';
import { PDF, upload } from '../../applications/test-support';
import { applications } from '../../applications/tables';
import { exchangeRecords } from '../tables';

interface Field {
  key: string;
  element: string | null;
  required: boolean;
  schema: Record<string, unknown>;
  prefill: null | { value: unknown; source: { zh: string }; fetchedAt: string; editable: boolean; resource: string | null };
}
interface Prepared {
  fields: Field[];
  materials: { key: string; fetchable: unknown; shared: null | { value: string; source: { zh: string }; resource: string }; producedInBundle: boolean; commitmentAllowed: boolean; formats: string[] }[];
  counts: Record<string, number>;
  consentNeeded: { resource: string; fields: { key: string }[] }[];
}

let t: TestApp;
let mother: Session; // 李娜, a parent of the demo newborn
let disabled: Session; // 王强, holds a disability certificate

beforeAll(async () => {
  t = await createTestApp();
  mother = await signIn(t.app, '13900000002');
  disabled = await signIn(t.app, '13900000003');
});
afterAll(async () => t.close());

const bidx = (i: number) => t.services.cipher.blindIndex('id_number', demoCitizens[i]!.idNumber);
const recordsOf = (i: number, resource: string) =>
  t.services.db
    .select()
    .from(exchangeRecords)
    .where(and(eq(exchangeRecords.subjectBidx, bidx(i)), eq(exchangeRecords.resourceCode, resource)))
    .orderBy(desc(exchangeRecords.id));
async function materialsFor(session: Session, p: Prepared) {
  const png = await upload(session);
  const pdf = await upload(session, PDF, 'scan.pdf');
  return p.materials
    .filter((m) => !m.producedInBundle)
    .map((m) => (m.fetchable || m.shared ? { key: m.key, provision: 'fetched' } : m.commitmentAllowed ? { key: m.key, provision: 'commitment' } : { key: m.key, provision: 'upload', fileId: m.formats.includes('png') ? png : pdf }));
}
const byElement = (p: Prepared, element: string) => p.fields.find((f) => f.element === element);

async function prepare(session: Session, query: string): Promise<Prepared> {
  const res = await session.request('GET', `/api/v1/applications/prepare?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Prepared>();
}

function fillRest(p: Prepared): Record<string, unknown> {
  const form: Record<string, unknown> = {};
  for (const f of p.fields) {
    if (f.prefill) continue;
    const s = f.schema;
    if (Array.isArray(s.enum)) form[f.key] = s.enum[0];
    else if (s.format === 'date') form[f.key] = '2026-11-20';
    else if (s.type === 'integer' || s.type === 'number') form[f.key] = typeof s.minimum === 'number' ? s.minimum : 1;
    else if (typeof s.pattern === 'string' && s.pattern.includes('[0-9X]')) form[f.key] = '339902199007051087';
    else if (s.type === 'boolean') form[f.key] = true;
    else if (s.type === 'array') form[f.key] = Array.isArray((s.items as { enum?: unknown[] } | undefined)?.enum) ? [(s.items as { enum: unknown[] }).enum[0]] : ['测试'];
    else form[f.key] = '测试';
  }
  return form;
}

describe('the once-only evidence broker', () => {
  it('fills the newborn life event from the birth certificate and marriage records, with source and time (statutory: no consent asked)', async () => {
    const p = await prepare(mother, 'lifeEvent=newborn&region=339902001002');
    const child = byElement(p, 'child.name')!;
    expect(child.prefill).toMatchObject({ value: '张小满', editable: false, resource: 'HEALTH-BIRTH-CERT' });
    expect(child.prefill!.source.zh).toContain('卫生健康委员会');
    expect(child.prefill!.source.zh).toContain('出生医学证明信息');
    expect(Number.isNaN(Date.parse(child.prefill!.fetchedAt))).toBe(false);
    expect(byElement(p, 'child.birthCertificateNumber')?.prefill?.value).toBe('Q339900217');
    expect(byElement(p, 'spouse.name')?.prefill).toMatchObject({ value: '张明', resource: 'CIVIL-MARRIAGE' });
    expect(byElement(p, 'spouse.idNumber')?.prefill?.value).toBe(demoCitizens[0]!.idNumber);
    expect(p.consentNeeded).toEqual([]);
    // Exchange-fetched fields count as fetched.
    expect(p.counts.fieldsFetched).toBe(p.fields.filter((f) => f.prefill).length);
    expect(p.fields.filter((f) => f.prefill?.resource).length).toBeGreaterThanOrEqual(6);

    const [birth] = await recordsOf(1, 'HEALTH-BIRTH-CERT');
    expect(birth).toMatchObject({ method: 'lookup', callerKind: 'broker', result: 'allowed', basis: 'statutory', purpose: '办理「新生儿出生一件事」' });
  });

  it('leaves a field for the citizen when no department of the item holds a grant', async () => {
    // 基本养老金申领: HRSS provides the retirement date but holds no grant on it; nobody else implements the item.
    const before = (await recordsOf(1, 'HRSS-SOCIAL-INSURANCE')).length;
    const p = await prepare(mother, 'implementation=JF-HRSS-0005&region=339902001002');
    expect(byElement(p, 'person.retirementDate')?.prefill).toBeNull();
    expect(byElement(p, 'person.bankAccount')?.prefill).toBeNull();
    expect((await recordsOf(1, 'HRSS-SOCIAL-INSURANCE')).length).toBe(before);
  });

  it('asks for separate consent before fetching sensitive data without a statutory basis, and records the consent', async () => {
    const query = 'implementation=JF-CIVIL-0004&region=339902002001';
    const without = await prepare(disabled, query);
    expect(byElement(without, 'person.disabilityLevel')?.prefill).toBeNull();
    expect(without.consentNeeded).toEqual([
      expect.objectContaining({ resource: 'CIVIL-DISABILITY', fields: [expect.objectContaining({ key: 'disabilityCertificateNumber' }), expect.objectContaining({ key: 'disabilityLevel' })] }),
    ]);
    expect(await recordsOf(2, 'CIVIL-DISABILITY')).toHaveLength(0);

    const withConsent = await prepare(disabled, `${query}&consent=CIVIL-DISABILITY`);
    expect(withConsent.consentNeeded).toEqual([]);
    expect(byElement(withConsent, 'person.disabilityLevel')?.prefill).toMatchObject({ value: '三级', resource: 'CIVIL-DISABILITY' });
    const records = await recordsOf(2, 'CIVIL-DISABILITY');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ basis: 'consent', result: 'allowed', fields: ['disabilityCertificateNumber', 'disabilityLevel'] });

    // Submitting with the consent fetches again for the case and keeps the values; without it they must be typed.
    const materials = await materialsFor(disabled, withConsent);
    const form = fillRest(withConsent);
    const refused = await disabled.request('POST', '/api/v1/applications', { implementation: 'JF-CIVIL-0004', region: '339902002001', form, materials });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.body).toContain('disabilityLevel');
    const res = await disabled.request('POST', '/api/v1/applications', { implementation: 'JF-CIVIL-0004', region: '339902002001', form, materials, consent: ['CIVIL-DISABILITY'] });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json<{ id: string }>();
    const view = (await disabled.request('GET', `/api/v1/applications/${id}`)).json<{ fields: { key: string; value: unknown }[] }>();
    expect(view.fields.find((f) => f.key === 'disabilityLevel')?.value).toBe('三级');
    const [used] = await recordsOf(2, 'CIVIL-DISABILITY');
    expect(used).toMatchObject({ caseRef: id, basis: 'consent' });
    // The e-licence fetched as a material is a use of the holder's data too.
    const licence = await recordsOf(2, 'elicence.resident_id_card');
    expect(licence[0]).toMatchObject({ method: 'licence', caseRef: id, result: 'allowed' });
  });

  it('keeps what the citizen typed instead of a fetched value (the manual alternative)', async () => {
    const p = await prepare(mother, 'lifeEvent=newborn&region=339902001002');
    const childName = byElement(p, 'child.name')!;
    const form = { ...fillRest(p), [childName.key]: '张小雨' };
    const materials = await materialsFor(mother, p);
    const res = await mother.request('POST', '/api/v1/applications', { lifeEvent: 'newborn', region: '339902001002', form, materials, manual: [childName.key] }, { 'idempotency-key': 'broker-manual' });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json<{ id: string }>();
    const view = (await mother.request('GET', `/api/v1/applications/${id}`)).json<{ fields: { key: string; value: unknown }[] }>();
    expect(view.fields.find((f) => f.key === childName.key)?.value).toBe('张小雨');
    // Fields not typed by hand are fetched again for the case.
    expect(view.fields.find((f) => f.key === byElement(p, 'child.birthCertificateNumber')!.key)?.value).toBe('Q339900217');
    const [used] = await recordsOf(1, 'HEALTH-BIRTH-CERT');
    expect(used).toMatchObject({ caseRef: id });
    expect(used!.fields).not.toContain('childName');
  });

  it('keeps fetched values in a draft only until the draft is purged', async () => {
    const p = await prepare(mother, 'lifeEvent=newborn&region=339902001002');
    const form = Object.fromEntries(p.fields.flatMap((f) => (f.prefill ? [[f.key, f.prefill.value]] : [])));
    expect(Object.values(form)).toContain('张小满');
    const saved = await mother.request('POST', '/api/v1/applications/drafts', { lifeEvent: 'newborn', region: '339902001002', form, materials: [] });
    expect(saved.statusCode, saved.body).toBe(201);
    const { id } = saved.json<{ id: string }>();
    // Encrypted at rest like any form, and gone with the draft.
    const raw = await t.database.executeSql('SELECT form_enc FROM applications WHERE id = $1', [id]);
    expect(String(raw.rows[0]!.form_enc)).not.toContain('张小满');
    await t.database.executeSql(`UPDATE applications SET updated_at = now() - interval '40 days' WHERE id = $1`, [id]);
    const purged = await purgeAbandonedDrafts(systemContext(t.services, 'test-purge'), t.services.storage, 30);
    expect(purged.drafts).toBeGreaterThanOrEqual(1);
    expect((await mother.request('GET', `/api/v1/applications/drafts/${id}`)).statusCode).toBe(404);
  });

  it('proves a shared-data material through the exchange (tax clearance for closing an enterprise) and counts it', async () => {
    const enterprise = await signIn(t.app, '91339902MA2A1B3C49');
    const p = await prepare(enterprise, 'implementation=XK-AMR-0003&region=339902001001');
    const clearance = p.materials.find((m) => m.key === 'tax_clearance')!;
    expect(clearance.shared).toMatchObject({ value: '是', resource: 'TAX-CLEARANCE' });
    expect(clearance.shared!.source.zh).toContain('税务局');
    expect(p.counts.materialsFetched).toBe(p.materials.filter((m) => m.fetchable || m.shared || m.producedInBundle).length);
    expect(p.counts.materialsFetched).toBeGreaterThanOrEqual(2);

    const res = await enterprise.request('POST', '/api/v1/applications', { implementation: 'XK-AMR-0003', region: '339902001001', form: fillRest(p), materials: await materialsFor(enterprise, p) });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json<{ id: string }>();
    const [row] = await t.services.db.select({ materials: applications.materials }).from(applications).where(eq(applications.id, id));
    expect(row!.materials.find((m) => m.id === 'tax_clearance')).toMatchObject({ provision: 'fetched', source: '明湖市税务局·清税信息：是' });
    const records = await t.services.db
      .select()
      .from(exchangeRecords)
      .where(and(eq(exchangeRecords.resourceCode, 'TAX-CLEARANCE'), eq(exchangeRecords.caseRef, id)));
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ basis: 'statutory', result: 'allowed', fields: ['isTaxCleared'] });
  });
});
