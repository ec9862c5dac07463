import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { departmentId } from '../oversight/test-support';
import { incidentParts } from '../tables';
import { act, citizenId, detailOf, done, expectMove, grantRole, seedIncident, uploadPhoto, type Detail, type Refusal } from './lifecycle-test-support';

// 协办 co-handling: a lead department and assisting departments, each handling its own part; the incident is handled
// only when every part is, and the assisting parts stay between departments until then.

let t: TestApp;
let citizen: Session;
let dispatcher: Session;
let lead: Session;
/** clerk.huxi, made a handler of the city transport bureau (the assisting department) here. */
let assist: Session;
let grid: Session;
let reporterUserId: string;
let urban: string;
let transport: string;

beforeAll(async () => {
  t = await createTestApp();
  await grantRole(t, 'clerk.huxi', 'D339900-TRANSPORT', 'incident_handler');
  [citizen, dispatcher, lead, assist, grid] = await Promise.all([
    signIn(t.app, '13900000002'),
    signIn(t.app, 'dispatcher.city'),
    signIn(t.app, 'handler.hudong'),
    signIn(t.app, 'clerk.huxi'),
    signIn(t.app, 'grid.donghu'),
  ]);
  reporterUserId = await citizenId(t, '13900000002');
  [urban, transport] = await Promise.all([departmentId(t.database, 'D339902-URBAN'), departmentId(t.database, 'D339900-TRANSPORT')]);
});
afterAll(async () => t.close());

const partsOf = (d: Detail) => d.parts.map((p) => ({ role: p.role, status: p.status, department: p.department.id })).sort((a, b) => a.role.localeCompare(b.role));

/** Registered, then dispatched by hand to 湖东区城管 with the city transport bureau assisting. */
async function coHandled(): Promise<Detail> {
  const row = await seedIncident(t, { reporterUserId, categoryCode: 'roads.flooding' });
  const before = await detailOf(dispatcher, row.id);
  // The lead listed among the assisting departments too: one part each all the same.
  const after = await done(dispatcher, before, 'dispatch', { leadDepartmentId: urban, assistingDepartmentIds: [transport, urban, transport] });
  const j = await expectMove(t, before, after, 'dispatch', 'dispatched');
  expect(j.event!.details).toMatchObject({ leadDepartmentId: urban, assistingDepartmentIds: [transport] });
  return after;
}

describe('co-handling', () => {
  it('gives each department its part; only the lead accepts, starts and returns', async () => {
    const d = await coHandled();
    expect(partsOf(d)).toEqual([
      { role: 'assist', status: 'open', department: transport },
      { role: 'lead', status: 'open', department: urban },
    ]);
    const seenByAssist = await detailOf(assist, d.id);
    expect(seenByAssist.allowedActions).toEqual([]);
    expect((await act(assist, d, 'accept')).statusCode).toBe(403);
    expect((await act(assist, d, 'return', { reason: '不归我们' })).statusCode).toBe(403);
    expect((await act(assist, d, 'handle', { note: '先处理', photoIds: [await uploadPhoto(assist)] })).json<Refusal>().error).toMatchObject({ code: 'governance.action_not_allowed', details: { status: 'dispatched' } });
    const accepted = await done(lead, d, 'accept');
    expect(partsOf(accepted).find((p) => p.role === 'lead')!.status).toBe('accepted');
    expect((await detailOf(assist, d.id)).allowedActions).toEqual(['handle']);
    expect((await act(assist, accepted, 'start')).statusCode).toBe(403);
  });

  it('is handled only when every part is: the lead first, then the assisting department', async () => {
    const d = await coHandled();
    const started = await done(lead, await done(lead, d, 'accept'), 'start');

    const leadDone = await done(lead, started, 'handle', { note: '路面积水已抽排', photoIds: [await uploadPhoto(lead)] });
    const j1 = await expectMove(t, started, leadDone, 'handle', 'in_progress');
    expect(j1.event).toMatchObject({ public: false });
    expect(j1.event!.details).toMatchObject({ role: 'lead', departmentId: urban, remainingParts: 1 });
    // The lead sees both parts: its own handled with its note, the assisting one still open.
    expect(leadDone.parts.map((p) => [p.role, p.status, p.note]).sort()).toEqual([
      ['assist', 'open', null],
      ['lead', 'handled', '路面积水已抽排'],
    ]);
    expect(leadDone.allowedActions).not.toContain('handle');
    expect((await act(lead, leadDone, 'handle', { note: '再交一次', photoIds: [await uploadPhoto(lead)] })).json<Refusal>().error).toMatchObject({ code: 'governance.action_not_allowed', details: { reason: 'part_handled' } });
    // Between departments: the reporter does not see a half-handled step.
    expect((await detailOf(citizen, d.id)).timeline.filter((e) => e.action === 'handle')).toEqual([]);

    const allDone = await done(assist, leadDone, 'handle', { note: '已疏通排水管', photoIds: [await uploadPhoto(assist)] });
    const j2 = await expectMove(t, leadDone, allDone, 'handle', 'handled');
    expect(j2.event).toMatchObject({ public: true });
    expect(j2.event!.details).toMatchObject({ role: 'assist', departmentId: transport, remainingParts: 0 });
    expect(partsOf(allDone).map((p) => p.status)).toEqual(['handled', 'handled']);
    expect((await detailOf(citizen, d.id)).timeline.filter((e) => e.action === 'handle')).toHaveLength(1);
  });

  it('the assisting department may finish first while the case is only accepted; a failed check reopens every part', async () => {
    const accepted = await done(lead, await coHandled(), 'accept');
    const assistDone = await done(assist, accepted, 'handle', { note: '交通疏导完毕', photoIds: [await uploadPhoto(assist)] });
    await expectMove(t, accepted, assistDone, 'handle', 'in_progress');
    const handled = await done(lead, assistDone, 'handle', { note: '积水已清', photoIds: [await uploadPhoto(lead)] });
    await expectMove(t, assistDone, handled, 'handle', 'handled');

    const failed = await done(grid, handled, 'verify', { passed: false, note: '仍有积水' });
    await expectMove(t, handled, failed, 'verify', 'in_progress');
    const parts = await t.database.db.select().from(incidentParts).where(eq(incidentParts.incidentId, failed.id));
    expect(parts.map((p) => [p.status, p.handledAt])).toEqual([
      ['accepted', null],
      ['accepted', null],
    ]);
    const leadAgain = await done(lead, failed, 'handle', { note: '再次抽排', photoIds: [await uploadPhoto(lead)] });
    expect(leadAgain.status).toBe('in_progress');
    const again = await done(assist, leadAgain, 'handle', { note: '再次疏通', photoIds: [await uploadPhoto(assist)] });
    expect(again.status).toBe('handled');
  });

  it('two departments handing in at once: one wins, the other gets 412 and hands in on the new version (no lost part)', async () => {
    const started = await done(lead, await done(lead, await coHandled(), 'accept'), 'start');
    const [leadPhoto, assistPhoto] = [await uploadPhoto(lead), await uploadPhoto(assist)];
    const both = await Promise.all([act(lead, started, 'handle', { note: '同时提交甲', photoIds: [leadPhoto] }), act(assist, started, 'handle', { note: '同时提交乙', photoIds: [assistPhoto] })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    const loser = both[0].statusCode === 412 ? lead : assist;
    const now = await detailOf(loser, started.id);
    expect(now.status).toBe('in_progress');
    const last = await done(loser, now, 'handle', { note: '重新提交', photoIds: [await uploadPhoto(loser)] });
    expect(last.status).toBe('handled');
    expect(partsOf(last).map((p) => p.status)).toEqual(['handled', 'handled']);
  });

  it('a 退单 by the lead takes every part away, the assisting one included', async () => {
    const d = await coHandled();
    const returned = await done(lead, d, 'return', { reason: '应由水务部门牵头' });
    expect(returned.status).toBe('returned');
    expect(await t.database.db.select().from(incidentParts).where(eq(incidentParts.incidentId, d.id))).toEqual([]);
    expect((await assist.request('GET', `/api/v1/governance/incidents/${d.id}`)).statusCode).toBe(404);
  });
});
