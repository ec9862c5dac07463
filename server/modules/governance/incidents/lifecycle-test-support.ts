import { and, asc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { outboxEvents } from '../../../platform/jobs/tables';
import { auditRecords } from '../../../platform/audit/tables';
import type { Session, TestApp } from '../../../testing/test-app';
import { multipart } from '../../exchange/catalogue/catalogue-fixtures';
import { loginIndex } from '../../identity/person-fields';
import { staffRoles, users, type StaffRoleName } from '../../identity/tables';
import type { IncidentStatus } from '../model';
import { departmentId, insertIncident, type IncidentSeed } from '../oversight/test-support';
import { incidentEvents, incidentParts } from '../tables';
import { INCIDENT_TRANSITIONED } from './record-transition';

// Test helpers of the incident lifecycle over HTTP: incidents written straight into the table in any state (intake
// is another part's concern), actions with If-Match, and the journal (timeline, audit, outbox) one action leaves.

export interface Detail {
  id: string;
  number: string;
  status: IncidentStatus;
  version: number;
  leadDepartment: { id: string } | null;
  duplicateOf: { id: string } | null;
  duplicates: { id: string }[];
  allowedActions: string[];
  parts: { id: string; role: string; status: string; note: string | null; department: { id: string } }[];
  photos: { id: string; kind: string; partId: string | null }[];
  timeline: { action: string; fromStatus: string | null; toStatus: string | null; note: string | null }[];
  regions: { code: string }[];
  reopenUntil: string | null;
  rating: number | null;
}

/** A refusal naming fields (400, 422) … */
export interface FieldRefusal {
  error: { code: string; details: { field: string; rule: string }[] };
}

/** … or naming the state or person (409, 403, 412). */
export interface Refusal {
  error: { code: string; details: Record<string, unknown> };
}

/** A 1×1 PNG (recognised by content). */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** 东湖春晖社区第1网格 (湖东区; grid.donghu patrols it) and a grid of 湖西区 (someone else's). */
export const HUDONG_PLACE = { gridCode: '339902001001-G1', communityCode: '339902001001', streetCode: '339902001', districtCode: '339902' } as const;
export const HUXI_PLACE = { gridCode: '339903001002-G1', communityCode: '339903001002', streetCode: '339903001', districtCode: '339903' } as const;

export const act = (s: Session, d: Pick<Detail, 'id' | 'version'>, action: string, body: Record<string, unknown> = {}, version: number | null = d.version) =>
  s.request('POST', `/api/v1/governance/incidents/${d.id}/actions/${action}`, body, version === null ? {} : { 'if-match': `"${version}"` });

export async function detailOf(s: Session, id: string): Promise<Detail> {
  const res = await s.request('GET', `/api/v1/governance/incidents/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Detail>();
}

/** An action that must succeed: answers the new detail. */
export async function done(s: Session, d: Pick<Detail, 'id' | 'version'>, action: string, body: Record<string, unknown> = {}, version: number | null = d.version): Promise<Detail> {
  const res = await act(s, d, action, body, version);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  const after = res.json<Detail>();
  expect(res.headers.etag).toBe(`"${after.version}"`);
  return after;
}

export async function citizenId(t: TestApp, mobile: string): Promise<string> {
  const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.loginBidx, loginIndex(t.services.cipher, mobile)));
  expect(row, `citizen ${mobile}`).toBeDefined();
  return row!.id;
}

/** Gives a demo staff account another role (before it signs in). */
export async function grantRole(t: TestApp, username: string, departmentCode: string, role: StaffRoleName): Promise<void> {
  const [user] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  expect(user, username).toBeDefined();
  await t.database.db.insert(staffRoles).values({ userId: user!.id, departmentId: await departmentId(t.database, departmentCode), role });
}

/** An incident in any state, in 湖东区 unless told otherwise; with `lead`, that department holds its lead part. */
export async function seedIncident(t: TestApp, values: IncidentSeed & { lead?: string; assist?: string[] } = {}) {
  const { lead, assist = [], ...rest } = values;
  const leadId = lead ? await departmentId(t.database, lead) : null;
  const row = await insertIncident(t.database, { ...HUDONG_PLACE, status: 'registered', deadlineState: null, leadDepartmentId: leadId, ...rest });
  if (leadId) {
    const assisting = await Promise.all(assist.map((code) => departmentId(t.database, code)));
    await t.database.db.insert(incidentParts).values([
      { incidentId: row.id, departmentId: leadId, role: 'lead' as const, status: row.status === 'dispatched' ? ('open' as const) : ('accepted' as const) },
      ...assisting.map((departmentId) => ({ incidentId: row.id, departmentId, role: 'assist' as const })),
    ]);
  }
  return row;
}

/** Uploads one photo as this person; answers its id. */
export async function uploadPhoto(s: Session): Promise<string> {
  const body = multipart('evidence.png', PNG, 'image/png');
  const res = await s.request('POST', '/api/v1/governance/photos', body.payload, body.headers);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** The last timeline entry, audit record and outbox event of an incident: the journal of its last change. */
export async function lastJournal(t: TestApp, id: string) {
  const events = await t.database.db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, id)).orderBy(asc(incidentEvents.id));
  const audits = await t.database.db.select().from(auditRecords).where(and(eq(auditRecords.objectType, 'incident'), eq(auditRecords.objectId, id))).orderBy(asc(auditRecords.id));
  const outbox = (await t.database.db.select().from(outboxEvents).where(eq(outboxEvents.topic, INCIDENT_TRANSITIONED)).orderBy(asc(outboxEvents.id))).filter(
    (e) => (e.payload as { incidentId?: string }).incidentId === id,
  );
  return { event: events.at(-1), audit: audits.at(-1), outbox: outbox.at(-1)?.payload };
}

/** Checks one move: new status and version, and that the move was journalled (timeline, audit, outbox). */
export async function expectMove(t: TestApp, before: Pick<Detail, 'id' | 'version' | 'status'>, after: Detail, action: string, to: IncidentStatus) {
  expect(after.status).toBe(to);
  expect(after.version).toBe(before.version + 1);
  const j = await lastJournal(t, after.id);
  expect(j.event).toMatchObject({ action, fromStatus: before.status, toStatus: to });
  expect(j.audit).toMatchObject({ action: `governance.${action}` });
  expect(j.audit!.details).toMatchObject({ from: before.status, to, version: after.version });
  expect(j.outbox).toMatchObject({ incidentId: after.id, action, from: before.status, to });
  return j;
}
