import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { INCIDENT_ACTIONS, INCIDENT_STATUSES, type IncidentAction, type IncidentStatus } from '../model';
import { departmentId } from '../oversight/test-support';
import { incidents } from '../tables';
import type { Relation } from './access';
import { LIFECYCLE, REPORTER_ACTIONS } from './lifecycle';
import { act, citizenId, grantRole, HUXI_PLACE, seedIncident, uploadPhoto, type FieldRefusal, type Refusal } from './lifecycle-test-support';

// Every move the lifecycle table forbids, over HTTP: a wrong state (409), a wrong person (403, or 404 when the
// incident is out of their sight), a missing or stale If-Match (428, 412) and bad bodies (400/422 naming the field).

let t: TestApp;
let citizen: Session;
let otherCitizen: Session;
let dispatcher: Session;
let handler: Session;
let grid: Session;
/** clerk.huxi, made a 湖西区 dispatcher and handler here (and a handler of the city transport bureau): someone else's region and department. */
let stranger: Session;
let reporterUserId: string;
const as: Partial<Record<Relation, Session>> = {};

beforeAll(async () => {
  t = await createTestApp();
  await grantRole(t, 'clerk.huxi', 'D339903-URBAN', 'dispatcher');
  await grantRole(t, 'clerk.huxi', 'D339903-URBAN', 'incident_handler');
  await grantRole(t, 'clerk.huxi', 'D339900-TRANSPORT', 'incident_handler');
  [citizen, otherCitizen, dispatcher, handler, grid, stranger] = await Promise.all([
    signIn(t.app, '13900000002'),
    signIn(t.app, '13900000003'),
    signIn(t.app, 'dispatcher.city'),
    signIn(t.app, 'handler.hudong'),
    signIn(t.app, 'grid.donghu'),
    signIn(t.app, 'clerk.huxi'),
  ]);
  reporterUserId = await citizenId(t, '13900000002');
  Object.assign(as, { dispatcher, lead: handler, part: handler, verifier: grid, reporter: citizen });
});
afterAll(async () => t.close());

/** An incident the action would otherwise fit: enquiry for answer, a duplicate for unlink, handled lately for reopen. */
async function incidentFor(action: IncidentAction, status: IncidentStatus) {
  const parent = action === 'unlink' ? await seedIncident(t, {}) : null;
  return seedIncident(t, {
    reporterUserId,
    status,
    lead: 'D339902-URBAN',
    requestType: action === 'answer' ? 'enquiry' : 'report',
    duplicateOf: parent?.id ?? null,
    handledAt: new Date(),
  });
}

const version = async (id: string) => (await t.database.db.select({ v: incidents.version }).from(incidents).where(eq(incidents.id, id)))[0]!.v;

const wrongStates = INCIDENT_ACTIONS.flatMap((action) => INCIDENT_STATUSES.filter((s) => !LIFECYCLE[action].from.includes(s)).map((status) => [action, status] as const));

describe('wrong state', () => {
  it('the table forbids something for every action', () => {
    expect(new Set(wrongStates.map(([a]) => a))).toEqual(new Set(INCIDENT_ACTIONS));
  });

  it.each(wrongStates)('%s from %s → 409 governance.action_not_allowed, nothing changed', async (action, status) => {
    const row = await incidentFor(action, status);
    const who = as[LIFECYCLE[action].who[0]!]!;
    const res = await act(who, row, action, {});
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json<Refusal>().error).toMatchObject({ code: 'governance.action_not_allowed', details: { status, action } });
    expect(await version(row.id)).toBe(row.version);
  });

  it.each([
    ['dispatch', 'an enquiry', { requestType: 'enquiry' as const }],
    ['answer', 'a report', { requestType: 'report' as const }],
    ['accept', 'a duplicate', { status: 'dispatched' as const, duplicate: true }],
    ['link', 'a duplicate', { duplicate: true }],
    ['unlink', 'an original', {}],
    ['reopen', 'an incident never dispatched', { status: 'closed' as const, noLead: true }],
  ] as const)('%s is refused for %s (409)', async (action, _what, spec) => {
    const parent = 'duplicate' in spec ? await seedIncident(t, {}) : null;
    const row = await seedIncident(t, {
      reporterUserId,
      status: 'status' in spec ? spec.status : 'registered',
      requestType: 'requestType' in spec ? spec.requestType : 'report',
      lead: 'noLead' in spec ? undefined : 'D339902-URBAN',
      duplicateOf: parent?.id ?? null,
      closedAt: new Date(),
    });
    const res = await act(as[LIFECYCLE[action].who[0]!]!, row, action, {});
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json<Refusal>().error.code).toBe('governance.action_not_allowed');
  });
});

describe('wrong person', () => {
  const cases: [IncidentAction, IncidentStatus, string, () => Session, 403 | 404][] = [
    ['dispatch', 'registered', 'the reporter', () => citizen, 403],
    ['dispatch', 'registered', 'the grid worker', () => grid, 403],
    ['dispatch', 'registered', 'a dispatcher of another district', () => stranger, 404],
    ['accept', 'dispatched', 'the dispatcher', () => dispatcher, 403],
    ['accept', 'dispatched', 'the reporter', () => citizen, 403],
    ['accept', 'dispatched', 'a handler of another department', () => stranger, 404],
    ['start', 'accepted', 'the dispatcher', () => dispatcher, 403],
    ['handle', 'in_progress', 'the grid worker', () => grid, 403],
    ['return', 'dispatched', 'the dispatcher', () => dispatcher, 403],
    ['verify', 'handled', 'the lead handler', () => handler, 403],
    ['verify', 'handled', 'the reporter', () => citizen, 403],
    ['rate', 'verified', 'the dispatcher', () => dispatcher, 403],
    ['rate', 'verified', 'another citizen', () => otherCitizen, 404],
    ['reopen', 'handled', 'the lead handler', () => handler, 403],
    ['reopen', 'closed', 'another citizen', () => otherCitizen, 404],
    ['answer', 'registered', 'the grid worker', () => grid, 403],
    ['close', 'in_progress', 'the lead handler', () => handler, 403],
    ['link', 'in_progress', 'the lead handler', () => handler, 403],
    ['unlink', 'in_progress', 'the grid worker', () => grid, 403],
  ];

  it.each(cases)('%s (%s) by %s → %i', async (action, status, _who, session, code) => {
    const row = await incidentFor(action, status);
    const res = await act(session(), row, action, {});
    expect(res.statusCode, res.body).toBe(code);
    expect(res.json<Refusal>().error.code).toBe(code === 403 ? 'governance.not_your_incident' : 'governance.incident_not_found');
    expect(await version(row.id)).toBe(row.version);
  });

  it('the assisting department may not accept for the lead', async () => {
    const row = await seedIncident(t, { reporterUserId, status: 'dispatched', lead: 'D339902-URBAN', assist: ['D339900-TRANSPORT'] });
    const res = await act(stranger, row, 'accept', {});
    expect(res.statusCode, res.body).toBe(403);
  });

  it('a citizen may not list the staff views, and an incident of another region is not shown', async () => {
    expect((await citizen.request('GET', '/api/v1/governance/incidents')).statusCode).toBe(403);
    const row = await seedIncident(t, { reporterUserId, ...HUXI_PLACE });
    expect((await handler.request('GET', `/api/v1/governance/incidents/${row.id}`)).statusCode).toBe(404);
    expect((await stranger.request('GET', `/api/v1/governance/incidents/${row.id}`)).statusCode).toBe(200);
  });
});

describe('If-Match', () => {
  it('a staff action without it is 428; a stale or malformed one 412; W/"n" is accepted', async () => {
    const row = await seedIncident(t, { reporterUserId });
    const urban = await departmentId(t.database, 'D339902-URBAN');
    const missing = await act(dispatcher, row, 'dispatch', { leadDepartmentId: urban }, null);
    expect(missing.statusCode).toBe(428);
    expect(missing.json<Refusal>().error.code).toBe('request.precondition_required');
    const stale = await act(dispatcher, row, 'dispatch', { leadDepartmentId: urban }, row.version + 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json<Refusal>().error).toMatchObject({ code: 'request.precondition_failed', details: { currentVersion: row.version } });
    const odd = await dispatcher.request('POST', `/api/v1/governance/incidents/${row.id}/actions/dispatch`, { leadDepartmentId: urban }, { 'if-match': '"abc"' });
    expect(odd.statusCode).toBe(412);
    expect(await version(row.id)).toBe(row.version);
    const weak = await dispatcher.request('POST', `/api/v1/governance/incidents/${row.id}/actions/dispatch`, { leadDepartmentId: urban }, { 'if-match': `W/"${row.version}"` });
    expect(weak.statusCode, weak.body).toBe(200);
    // The version seen before the dispatch is stale now.
    expect((await act(handler, row, 'accept', {})).statusCode).toBe(412);
  });
});

describe('bad bodies', () => {
  it.each([
    ['dispatch', 'registered', 'leadDepartmentId'],
    ['return', 'dispatched', 'reason'],
    ['handle', 'in_progress', 'note'],
    ['verify', 'handled', 'passed'],
    ['rate', 'verified', 'rating'],
    ['reopen', 'handled', 'reason'],
    ['close', 'registered', 'note'],
    ['link', 'registered', 'parentId'],
  ] as const)('%s without %s → 400 naming it', async (action, status, field) => {
    const row = await incidentFor(action, status);
    const res = await act(as[LIFECYCLE[action].who[0]!]!, row, action, {});
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<FieldRefusal>().error.details).toEqual([expect.objectContaining({ field, rule: 'required' })]);
    expect(await version(row.id)).toBe(row.version);
  });

  it('answer without a note → 400 naming it', async () => {
    const row = await seedIncident(t, { reporterUserId, requestType: 'enquiry' });
    const res = await act(dispatcher, row, 'answer', { note: ' ' });
    expect(res.json<FieldRefusal>().error.details[0]).toMatchObject({ field: 'note', rule: 'required' });
  });

  it.each([
    ['dispatch', { leadDepartmentId: 'not-a-uuid' }, 'leadDepartmentId', 'format'],
    ['rate', { rating: 6 }, 'rating', 'maximum'],
    ['verify', { passed: 'yes' }, 'passed', 'type'],
    ['close', { note: '无效', extra: 1 }, 'extra', undefined],
  ] as const)('%s with %j → 400 naming %s', async (action, body, field, rule) => {
    const row = await incidentFor(action, LIFECYCLE[action].from[0]!);
    const res = await act(as[LIFECYCLE[action].who[0]!]!, row, action, body, REPORTER_ACTIONS.includes(action) ? null : row.version);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json<FieldRefusal>().error.details[0]).toMatchObject(rule ? { field, rule } : { field });
  });

  it('unknown departments and photos that are not yours → 422 naming the field', async () => {
    const row = await seedIncident(t, { reporterUserId });
    const nobody = '00000000-0000-4000-8000-000000000000';
    const urban = await departmentId(t.database, 'D339902-URBAN');
    const lead = await act(dispatcher, row, 'dispatch', { leadDepartmentId: nobody });
    expect(lead.statusCode).toBe(422);
    expect(lead.json<FieldRefusal>().error).toMatchObject({ code: 'governance.department_not_found', details: [{ field: 'leadDepartmentId' }] });
    const assist = await act(dispatcher, row, 'dispatch', { leadDepartmentId: urban, assistingDepartmentIds: [nobody] });
    expect(assist.json<FieldRefusal>().error.details[0]).toMatchObject({ field: 'assistingDepartmentIds' });
    const working = await seedIncident(t, { reporterUserId, status: 'in_progress', lead: 'D339902-URBAN' });
    const citizensPhoto = await uploadPhoto(citizen);
    const photo = await act(handler, working, 'handle', { note: '已处理', photoIds: [citizensPhoto] });
    expect(photo.statusCode).toBe(422);
    expect(photo.json<FieldRefusal>().error).toMatchObject({ code: 'governance.photo_not_found', details: [{ field: 'photoIds' }] });
    // Handing in a part needs evidence: the note and at least one photo.
    const noPhoto = await act(handler, working, 'handle', { note: '已处理' });
    expect(noPhoto.statusCode).toBe(400);
    expect(noPhoto.json<FieldRefusal>().error).toMatchObject({ code: 'validation.failed', details: [{ field: 'photoIds', rule: 'minItems' }] });
    expect(await version(working.id)).toBe(working.version);
  });
});
