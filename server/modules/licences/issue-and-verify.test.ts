import { and, eq, sql } from 'drizzle-orm';
import { CompactSign, compactVerify, createLocalJWKSet, decodeProtectedHeader } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords } from '../../platform/audit/tables';
import { outboxEvents } from '../../platform/jobs/tables';
import { demoCitizens } from '../../seed/demo-accounts';
import type { TestApp } from '../../testing/test-app';
import { createTestApp } from '../../testing/test-app';
import { findHeldLicences } from './find-held-licences';
import { citizenUserId, issueTestLicence } from './licence-fixtures';
import { elicences } from './tables';

let t: TestApp;
let holderUserId: string;
const mother = demoCitizens[1]!;
beforeAll(async () => {
  t = await createTestApp();
  holderUserId = await citizenUserId(t, mother.idNumber);
});
afterAll(async () => t.close());

const birthCertificate = () =>
  issueTestLicence(t, {
    type: 'elicence.birth_medical_certificate',
    holderUserId,
    holder: { name: '张小宝', idNumber: mother.idNumber },
    fields: { childName: '张小宝', childBirthDate: '2026-03-01', childGender: '男', birthWeightGrams: 3350 },
    issuedOn: '2026-03-05',
  });

async function verify(id: string) {
  const res = await t.app.inject({ method: 'GET', url: `/api/v1/licences/${id}/verify` });
  return { status: res.statusCode, body: res.json<{ valid: boolean; reason: string | null; licence: Record<string, unknown>; error?: { code: string } }>(), raw: res.body };
}

describe('issuing and verifying an e-licence', () => {
  it('issues a signed licence with a readable number, an audit record and an outbox event', async () => {
    const issued = await birthCertificate();
    expect(issued.type).toBe('elicence.birth_medical_certificate');
    expect(issued.number).toMatch(/^CSYX-339900-2026-[0-9A-HJKMNP-TV-Z]{8}$/);
    const [row] = await t.database.db.select().from(elicences).where(eq(elicences.id, issued.id));
    expect(row).toMatchObject({ holderUserId, status: 'valid', issuedOn: '2026-03-05', validUntil: null, holderBidx: t.services.cipher.blindIndex('id_number', mother.idNumber) });
    expect(row!.payload.holder).toEqual({ name: '张小宝', idNumberMasked: `${mother.idNumber.slice(0, 6)}********${mother.idNumber.slice(-4)}` });
    expect(row!.payload.issuer).toEqual({ code: 'D339900-HEALTH', name: '明湖市卫生健康委员会' });
    expect(JSON.stringify(row)).not.toContain(mother.idNumber);
    expect(decodeProtectedHeader(row!.jws)).toEqual({ alg: 'EdDSA', kid: t.services.signer.keyId });
    const audits = await t.database.db.select().from(auditRecords).where(and(eq(auditRecords.action, 'licences.issue'), eq(auditRecords.objectId, issued.id)));
    expect(audits).toHaveLength(1);
    const [event] = await t.database.db.select().from(outboxEvents).where(sql`${outboxEvents.topic} = 'licences.issued' AND ${outboxEvents.payload}->>'licenceId' = ${issued.id}`);
    expect(event!.payload).toEqual({ licenceId: issued.id, holderUserId, type: issued.type, number: issued.number, applicationId: null });
  });

  it('verifies as valid, publicly, without any ID number', async () => {
    const { id, number } = await birthCertificate();
    const { status, body, raw } = await verify(id);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      valid: true,
      reason: null,
      licence: { id, number, type: 'elicence.birth_medical_certificate', typeName: { zh: '出生医学证明', en: 'Birth medical certificate' }, holderName: '张**', issuerName: '明湖市卫生健康委员会', status: 'valid', trustLevel: 'A', validUntil: null },
    });
    expect(raw).not.toContain(mother.idNumber.slice(0, 6));
    expect(raw).not.toContain('3350');
  });

  it('publishes the key as JWKS, with which the stored JWS verifies offline', async () => {
    const { id } = await birthCertificate();
    const res = await t.app.inject({ method: 'GET', url: '/.well-known/jwks.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('max-age');
    const jwks = res.json<{ keys: Record<string, string>[] }>();
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: 'OKP', crv: 'Ed25519', kid: t.services.signer.keyId, alg: 'EdDSA', use: 'sig' })]);
    const [row] = await t.database.db.select().from(elicences).where(eq(elicences.id, id));
    const { payload } = await compactVerify(row!.jws, createLocalJWKSet(res.json()));
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual(row!.payload);
  });

  it('detects an edited payload or an edited number column (content_mismatch)', async () => {
    const edited = await birthCertificate();
    await t.database.db.execute(sql`UPDATE elicences SET payload = jsonb_set(payload, '{fields,childName}', '"李四"') WHERE id = ${edited.id}`);
    expect((await verify(edited.id)).body).toMatchObject({ valid: false, reason: 'content_mismatch' });
    const renumbered = await birthCertificate();
    await t.database.db.execute(sql`UPDATE elicences SET number = 'CSYX-339900-2026-00000000' WHERE id = ${renumbered.id}`);
    expect((await verify(renumbered.id)).body).toMatchObject({ valid: false, reason: 'content_mismatch' });
  });

  it('detects an edited or foreign-signed JWS (signature_invalid)', async () => {
    const flipped = await birthCertificate();
    const [row] = await t.database.db.select().from(elicences).where(eq(elicences.id, flipped.id));
    const [header, , signature] = row!.jws.split('.') as [string, string, string];
    const forgedBody = Buffer.from(JSON.stringify({ ...row!.payload, validUntil: '2099-12-31' })).toString('base64url');
    await t.database.db.update(elicences).set({ jws: `${header}.${forgedBody}.${signature}` }).where(eq(elicences.id, flipped.id));
    expect((await verify(flipped.id)).body).toMatchObject({ valid: false, reason: 'signature_invalid' });

    // A look-alike signed with another key under the platform's kid.
    const foreign = await birthCertificate();
    const [foreignRow] = await t.database.db.select().from(elicences).where(eq(elicences.id, foreign.id));
    const { privateKey } = generateKeyPairSync('ed25519');
    const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(foreignRow!.payload))).setProtectedHeader({ alg: 'EdDSA', kid: t.services.signer.keyId }).sign(privateKey);
    await t.database.db.update(elicences).set({ jws }).where(eq(elicences.id, foreign.id));
    expect((await verify(foreign.id)).body).toMatchObject({ valid: false, reason: 'signature_invalid' });

    await t.database.db.update(elicences).set({ jws: 'not-a-jws' }).where(eq(elicences.id, foreign.id));
    expect((await verify(foreign.id)).body).toMatchObject({ valid: false, reason: 'signature_invalid' });
  });

  it('reports an expired licence as invalid (expired), valid through its last day', async () => {
    const old = await issueTestLicence(t, { type: 'elicence.dog_registration_certificate', holderUserId, holder: { name: mother.name, idNumber: mother.idNumber }, fields: { dogName: '旺财' }, issuedOn: '2020-06-01', issuer: 'D339900-PSB' });
    const [row] = await t.database.db.select({ validUntil: elicences.validUntil }).from(elicences).where(eq(elicences.id, old.id));
    expect(row!.validUntil).toBe('2021-05-31');
    expect((await verify(old.id)).body).toMatchObject({ valid: false, reason: 'expired', licence: { status: 'expired', validUntil: '2021-05-31' } });
  });

  it('answers 404 licences.not_found for an unknown or malformed id', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'no-such-licence']) {
      const { status, body } = await verify(id);
      expect(status).toBe(404);
      expect(body.error?.code).toBe('licences.not_found');
    }
  });

  it('issues an unregistered type under its code and an enterprise licence with a masked credit code', async () => {
    const issued = await issueTestLicence(t, { type: 'elicence.future_permit', holderUserId: null, holder: { name: '明湖测试有限公司', creditCode: '91339902MA2A1B3C49' }, fields: {}, issuer: 'D339900-AMR' });
    expect(issued.number).toMatch(/^DZZZ-339900-/);
    const { body } = await verify(issued.id);
    expect(body).toMatchObject({ valid: true, licence: { typeName: { zh: 'elicence.future_permit', en: 'elicence.future_permit' }, holderName: '明湖测试有限公司' } });
    const [row] = await t.database.db.select().from(elicences).where(eq(elicences.id, issued.id));
    expect(row!.payload.holder.creditCode).toBe('91339902******3C49');
  });

  it('finds the newest valid licence per type for 免证办, skipping revoked and expired ones', async () => {
    const held = await findHeldLicences(t.database.db, holderUserId, ['elicence.birth_medical_certificate', 'elicence.dog_registration_certificate', 'elicence.resident_id_card']);
    expect(held.has('elicence.dog_registration_certificate')).toBe(false);
    expect(held.get('elicence.resident_id_card')).toMatchObject({ issuerName: '明湖市公安局', validUntil: expect.any(String) as string });
    const newest = await birthCertificate();
    await t.database.db.update(elicences).set({ issuedOn: '2026-03-06' }).where(eq(elicences.id, newest.id));
    expect((await findHeldLicences(t.database.db, holderUserId, ['elicence.birth_medical_certificate'])).get('elicence.birth_medical_certificate')!.id).toBe(newest.id);
    await t.database.db.update(elicences).set({ status: 'revoked' }).where(eq(elicences.id, newest.id));
    expect((await findHeldLicences(t.database.db, holderUserId, ['elicence.birth_medical_certificate'])).get('elicence.birth_medical_certificate')!.id).not.toBe(newest.id);
    expect((await findHeldLicences(t.database.db, holderUserId, [])).size).toBe(0);
  });
});
