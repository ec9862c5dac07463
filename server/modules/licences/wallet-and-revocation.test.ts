import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords } from '../../platform/audit/tables';
import { outboxEvents } from '../../platform/jobs/tables';
import { demoCitizens, demoEnterprises } from '../../seed/demo-accounts';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { citizenUserId, issueTestLicence } from './licence-fixtures';
import { elicences } from './tables';

interface Summary {
  id: string;
  type: string;
  number: string;
  issuerName: string;
  status: string;
  typeName: { zh: string };
}

let t: TestApp;
let zhangMing: Session;
let liNa: Session;
let psbApprover: Session;
const [citizen1, citizen2] = demoCitizens as [(typeof demoCitizens)[0], (typeof demoCitizens)[0]];
beforeAll(async () => {
  t = await createTestApp();
  [zhangMing, liNa, psbApprover] = await Promise.all([signIn(t.app, citizen1.mobile), signIn(t.app, citizen2.mobile), signIn(t.app, 'psb.city')]);
});
afterAll(async () => t.close());

const errorCode = (res: { json<T>(): T }) => res.json<{ error: { code: string } }>().error.code;
const wallet = async (s: Session) => (await s.request('GET', '/api/v1/licences')).json<{ items: Summary[] }>().items;

describe('the wallet and one licence', () => {
  it('gives demo citizen 1 a resident ID card, a household register and a marriage certificate', async () => {
    const items = await wallet(zhangMing);
    expect(items.map((i) => i.type).sort()).toEqual(['elicence.household_register', 'elicence.marriage_certificate', 'elicence.resident_id_card']);
    expect(items.find((i) => i.type === 'elicence.resident_id_card')).toMatchObject({ typeName: { zh: '居民身份证' }, issuerName: '明湖市公安局', status: 'valid' });
    expect(items.find((i) => i.type === 'elicence.marriage_certificate')).toMatchObject({ issuerName: '明湖市民政局' });
  });

  it('gives every demo enterprise its business licence, held by the enterprise account', async () => {
    const enterprise = await signIn(t.app, demoEnterprises[0]!.creditCode);
    const items = await wallet(enterprise);
    expect(items).toEqual([expect.objectContaining({ type: 'elicence.business_licence', issuerName: '明湖市市场监督管理局', status: 'valid' })]);
    const rows = await t.database.db.select({ id: elicences.id }).from(elicences).where(eq(elicences.type, 'elicence.business_licence'));
    expect(rows.length).toBeGreaterThanOrEqual(demoEnterprises.length);
  });

  it('lists only the account’s own licences', async () => {
    const mine = await wallet(zhangMing);
    const hers = await wallet(liNa);
    expect(mine.some((m) => hers.some((h) => h.id === m.id))).toBe(false);
    const issued = await issueTestLicence(t, { type: 'elicence.social_security_card', holderUserId: await citizenUserId(t, citizen2.idNumber), holder: { name: citizen2.name, idNumber: citizen2.idNumber }, fields: {}, issuer: 'D339900-HRSS' });
    expect((await wallet(liNa)).map((i) => i.id)).toContain(issued.id);
    expect((await wallet(zhangMing)).map((i) => i.id)).not.toContain(issued.id);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/licences' })).statusCode).toBe(401);
    expect((await psbApprover.request('GET', '/api/v1/licences')).statusCode).toBe(403);
  });

  it('shows a licence with fields and JWS to its holder and to the issuing department, 404 to anyone else', async () => {
    const idCard = (await wallet(zhangMing)).find((i) => i.type === 'elicence.resident_id_card')!;
    const own = await zhangMing.request('GET', `/api/v1/licences/${idCard.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ id: idCard.id, fields: { name: '张明', gender: '男', birthDate: '1985-03-12' }, holder: { name: '张明', idNumberMasked: '339902********1019' }, payload: { id: idCard.id } });
    expect(own.json<{ jws: string }>().jws.split('.')).toHaveLength(3);
    expect(own.body).not.toContain(citizen1.idNumber);
    const other = await liNa.request('GET', `/api/v1/licences/${idCard.id}`);
    expect(other.statusCode).toBe(404);
    expect(errorCode(other)).toBe('licences.not_found');
    expect((await psbApprover.request('GET', `/api/v1/licences/${idCard.id}`)).statusCode).toBe(200);
  });
});

describe('revocation', () => {
  const issueFor = async () => issueTestLicence(t, { type: 'elicence.residence_permit', holderUserId: await citizenUserId(t, citizen1.idNumber), holder: { name: citizen1.name, idNumber: citizen1.idNumber }, fields: { address: '明湖市演示路1号' }, issuer: 'D339900-PSB' });

  it('lets an approver of the issuing department revoke with a reason; verification then says revoked', async () => {
    const { id, number } = await issueFor();
    const res = await psbApprover.request('POST', `/api/v1/licences/${id}/revoke`, { reason: '申请人迁出本市' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id, status: 'revoked' });
    const check = await t.app.inject({ method: 'GET', url: `/api/v1/licences/${id}/verify` });
    expect(check.json()).toMatchObject({ valid: false, reason: 'revoked', licence: { status: 'revoked' } });
    const [audit] = await t.database.db.select().from(auditRecords).where(and(eq(auditRecords.action, 'licences.revoke'), eq(auditRecords.objectId, id)));
    expect(audit).toMatchObject({ actorLabel: 'psb.city', details: { reason: '申请人迁出本市', number } });
    const events = await t.database.db.select().from(outboxEvents).where(eq(outboxEvents.topic, 'licences.revoked'));
    expect(events.map((e) => e.payload)).toContainEqual(expect.objectContaining({ licenceId: id, number, reason: '申请人迁出本市' }));
    expect((await zhangMing.request('GET', '/api/v1/licences')).json<{ items: Summary[] }>().items.find((i) => i.id === id)?.status).toBe('revoked');

    const again = await psbApprover.request('POST', `/api/v1/licences/${id}/revoke`, { reason: '重复' });
    expect(again.statusCode).toBe(409);
    expect(errorCode(again)).toBe('licences.already_revoked');
  });

  it('requires a reason of 1–200 characters', async () => {
    const { id } = await issueFor();
    for (const reason of [undefined, '', '   ', 'x'.repeat(201)]) {
      const res = await psbApprover.request('POST', `/api/v1/licences/${id}/revoke`, reason === undefined ? {} : { reason });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('reason');
    }
  });

  it('refuses the holder (403), approvers of other departments (404) and unknown ids (404)', async () => {
    const { id } = await issueFor();
    expect((await zhangMing.request('POST', `/api/v1/licences/${id}/revoke`, { reason: '不想要了' })).statusCode).toBe(403);
    const otherApprover = await signIn(t.app, 'approver.hudong');
    const res = await otherApprover.request('POST', `/api/v1/licences/${id}/revoke`, { reason: '误操作' });
    expect(res.statusCode).toBe(404);
    expect((await otherApprover.request('GET', `/api/v1/licences/${id}`)).statusCode).toBe(404);
    const unknown = await psbApprover.request('POST', '/api/v1/licences/00000000-0000-4000-8000-000000000000/revoke', { reason: '不存在' });
    expect(unknown.statusCode).toBe(404);
    const [row] = await t.database.db.select({ status: elicences.status }).from(elicences).where(eq(elicences.id, id));
    expect(row!.status).toBe('valid');
  });
});
