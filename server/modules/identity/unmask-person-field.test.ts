import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords } from '../../platform/audit/tables';
import { demoCitizens } from '../../seed/demo-accounts';
import { demoDepartments } from '../../seed/demo-region';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { users } from './tables';

let t: TestApp;
let clerk: Session;
beforeAll(async () => {
  t = await createTestApp();
  clerk = await signIn(t.app, 'clerk.hudong');
});
afterAll(async () => t.close());

const errorCode = (res: { json<T>(): T }) => res.json<{ error: { code: string } }>().error.code;
const hudongCitizen = demoCitizens.find((c) => c.region.startsWith('339902'))!;
const huxiCitizen = demoCitizens.find((c) => c.region.startsWith('339903'))!;

async function idOf(idNumber: string): Promise<string> {
  const [user] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.idNumberBidx, t.services.cipher.blindIndex('id_number', idNumber)));
  return user!.id;
}

async function unmaskAudits(personId: string) {
  return t.database.db.select().from(auditRecords).where(and(eq(auditRecords.action, 'pii.unmask'), eq(auditRecords.objectId, personId))).orderBy(asc(auditRecords.id));
}

describe('unmasking personal data', () => {
  it('shows a citizen in scope masked by default', async () => {
    const res = await clerk.request('GET', `/api/v1/people/${await idOf(hudongCitizen.idNumber)}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ idNumber: `${hudongCitizen.idNumber.slice(0, 6)}********${hudongCitizen.idNumber.slice(-4)}`, mobile: `139****${hudongCitizen.mobile.slice(-4)}` });
    expect(res.body).not.toContain(hudongCitizen.idNumber);
  });

  it('gives a window clerk the full value for a stated purpose and audits it without the value', async () => {
    const personId = await idOf(hudongCitizen.idNumber);
    const res = await clerk.request('POST', `/api/v1/people/${personId}/unmask`, { field: 'idNumber', purpose: '窗口办件核验身份' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ field: 'idNumber', value: hudongCitizen.idNumber });
    const address = await clerk.request('POST', `/api/v1/people/${personId}/unmask`, { field: 'address', purpose: '寄送证照' });
    expect(address.json()).toEqual({ field: 'address', value: hudongCitizen.address });

    const audits = await unmaskAudits(personId);
    expect(audits.map((a) => a.details)).toEqual([
      { field: 'idNumber', purpose: '窗口办件核验身份' },
      { field: 'address', purpose: '寄送证照' },
    ]);
    expect(audits[0]).toMatchObject({ actorLabel: 'clerk.hudong', result: 'success', objectType: 'user' });
    expect(JSON.stringify(audits)).not.toContain(hudongCitizen.idNumber);
  });

  it('requires a purpose: missing → 400 naming it, blank → 400, and nothing is audited', async () => {
    const personId = await idOf(demoCitizens.filter((c) => c.region.startsWith('339902'))[1]!.idNumber);
    const missing = await clerk.request('POST', `/api/v1/people/${personId}/unmask`, { field: 'mobile' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ error: { code: string; details: { field: string; rule: string }[] } }>().error).toMatchObject({ code: 'validation.failed', details: [{ field: 'purpose', rule: 'required' }] });
    const blank = await clerk.request('POST', `/api/v1/people/${personId}/unmask`, { field: 'mobile', purpose: '    ' });
    expect(blank.statusCode).toBe(400);
    expect(errorCode(blank)).toBe('identity.unmask_purpose_required');
    expect(await unmaskAudits(personId)).toHaveLength(0);
  });

  it('answers 404 for a citizen outside the clerk’s district, and reveals nothing', async () => {
    const personId = await idOf(huxiCitizen.idNumber);
    const res = await clerk.request('POST', `/api/v1/people/${personId}/unmask`, { field: 'idNumber', purpose: '窗口办件核验身份' });
    expect(res.statusCode).toBe(404);
    expect(errorCode(res)).toBe('identity.not_found');
    expect(res.body).not.toContain(huxiCitizen.idNumber);
    expect(await unmaskAudits(personId)).toHaveLength(0);
  });

  it('refuses a grid worker (no unmask role) with 403 and audits the refusal', async () => {
    const grid = await signIn(t.app, 'grid.donghu');
    const res = await grid.request('POST', `/api/v1/people/${await idOf(hudongCitizen.idNumber)}/unmask`, { field: 'idNumber', purpose: '走访核实' });
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('auth.forbidden');
    const denied = await t.database.db.select().from(auditRecords).where(and(eq(auditRecords.action, 'access.denied'), eq(auditRecords.actorLabel, 'grid.donghu')));
    expect(denied).toEqual([expect.objectContaining({ objectId: 'POST /api/v1/people/:id/unmask', result: 'failure' })]);
  });
});

describe('staff scope', () => {
  it('refuses the people list to a citizen', async () => {
    const citizen = await signIn(t.app, demoCitizens[0]!.mobile);
    const res = await citizen.request('GET', '/api/v1/people');
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('auth.forbidden');
  });

  it('lists to a district clerk exactly the departments of that district subtree', async () => {
    const res = await clerk.request('GET', '/api/v1/departments');
    expect(res.statusCode).toBe(200);
    const codes = res.json<{ items: { code: string; regionCode: string }[] }>().items.map((d) => d.code).sort();
    const expected = demoDepartments.filter((d) => d.regionCode.startsWith('339902')).map((d) => d.code).sort();
    expect(codes).toEqual(expected);
    expect(codes).toContain('S339902001-OFFICE');
    expect(codes.some((c) => c.includes('339903') || c.startsWith('D339900'))).toBe(false);
  });
});
