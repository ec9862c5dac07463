import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { departmentId } from '../oversight/test-support';
import { incidentEvents, incidents } from '../tables';
import { act, citizenId, detailOf, done, expectMove, seedIncident, uploadPhoto, type FieldRefusal, type Refusal } from './lifecycle-test-support';
import { governanceSettings, setGovernanceSettings } from './settings';

// Every allowed move of the lifecycle table over HTTP: status, version (If-Match), timeline, audit and outbox.

let t: TestApp;
let citizen: Session;
let dispatcher: Session;
let handler: Session;
let grid: Session;
let reporterUserId: string;
let urban: string;

beforeAll(async () => {
  t = await createTestApp();
  [citizen, dispatcher, handler, grid] = await Promise.all([signIn(t.app, '13900000002'), signIn(t.app, 'dispatcher.city'), signIn(t.app, 'handler.hudong'), signIn(t.app, 'grid.donghu')]);
  reporterUserId = await citizenId(t, '13900000002');
  urban = await departmentId(t.database, 'D339902-URBAN');
});
afterAll(async () => t.close());

const DAY = 86_400_000;

describe('the main path', () => {
  it('dispatch → accept → start → handle (note + photo) → verify failed → handle → verify passed → rate', async () => {
    const row = await seedIncident(t, { reporterUserId });
    const d0 = await detailOf(dispatcher, row.id);
    expect(d0).toMatchObject({ status: 'registered', version: 1, parts: [] });
    expect(d0.allowedActions).toEqual(expect.arrayContaining(['dispatch', 'close', 'link']));

    const d1 = await done(dispatcher, d0, 'dispatch', { leadDepartmentId: urban, urgency: 'normal', note: '请城管处理' });
    const j1 = await expectMove(t, d0, d1, 'dispatch', 'dispatched');
    expect(j1.event!.details).toMatchObject({ leadDepartmentId: urban, assistingDepartmentIds: [] });
    expect(d1.leadDepartment?.id).toBe(urban);
    expect(d1.parts.map((p) => [p.role, p.status, p.department.id])).toEqual([['lead', 'open', urban]]);
    expect((await detailOf(handler, row.id)).allowedActions.sort()).toEqual(['accept', 'return']);

    const d2 = await done(handler, d1, 'accept', { note: '已接单' });
    await expectMove(t, d1, d2, 'accept', 'accepted');
    expect(d2.parts[0]!.status).toBe('accepted');
    const d3 = await done(handler, d2, 'start');
    await expectMove(t, d2, d3, 'start', 'in_progress');

    const photo = await uploadPhoto(handler);
    const d4 = await done(handler, d3, 'handle', { note: '已清理现场', photoIds: [photo] });
    const j4 = await expectMove(t, d3, d4, 'handle', 'handled');
    expect(j4.event).toMatchObject({ public: true, note: '已清理现场' });
    expect(j4.event!.details).toMatchObject({ role: 'lead', photos: 1, remainingParts: 0 });
    expect(d4.photos).toEqual([expect.objectContaining({ id: photo, kind: 'evidence', partId: d4.parts[0]!.id })]);
    expect(d4.parts[0]).toMatchObject({ status: 'handled', note: '已清理现场' });
    expect(d4.allowedActions).not.toContain('handle');

    const d5 = await done(grid, d4, 'verify', { passed: false, note: '现场仍有垃圾' });
    const j5 = await expectMove(t, d4, d5, 'verify', 'in_progress');
    expect(j5.event).toMatchObject({ public: false });
    expect(d5.parts[0]!.status).toBe('accepted');
    const [failed] = await t.database.db.select().from(incidents).where(eq(incidents.id, row.id));
    expect(failed!.handledAt).toBeNull();

    const d6 = await done(handler, d5, 'handle', { note: '再次清理', photoIds: [await uploadPhoto(handler)] });
    await expectMove(t, d5, d6, 'handle', 'handled');
    const d7 = await done(grid, d6, 'verify', { passed: true });
    await expectMove(t, d6, d7, 'verify', 'verified');
    expect((await detailOf(citizen, row.id)).allowedActions.sort()).toEqual(['rate', 'reopen']);

    // The reporter rates without If-Match (they act on what they were told).
    const d8 = await done(citizen, d7, 'rate', { rating: 4, comment: '处理及时' }, null);
    await expectMove(t, d7, d8, 'rate', 'closed');
    expect(d8.rating).toBe(4);
    const [closed] = await t.database.db.select().from(incidents).where(eq(incidents.id, row.id));
    expect(closed).toMatchObject({ rating: 4, ratingComment: '处理及时' });
    expect(closed!.closedAt).toBeInstanceOf(Date);

    // Reopened, it goes to fresh parts; the earlier rounds' evidence photos stay, no longer tied to a part.
    const d9 = await done(citizen, d8, 'reopen', { reason: '垃圾又堆起来了' }, null);
    expect(d9.status).toBe('dispatched');
    const reopened = await detailOf(dispatcher, row.id);
    expect(reopened.photos.map((p) => [p.kind, p.partId])).toEqual([
      ['evidence', null],
      ['evidence', null],
    ]);
    expect(reopened.parts.map((p) => p.status)).toEqual(['open']);
  });
});

describe('退单 return', () => {
  it('needs a reason, drops the parts and the lead, puts it back in the dispatch queue; the dispatcher sends it again', async () => {
    const row = await seedIncident(t, { reporterUserId });
    const d1 = await done(dispatcher, await detailOf(dispatcher, row.id), 'dispatch', { leadDepartmentId: urban });
    const noReason = await act(handler, d1, 'return', { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json<FieldRefusal>().error.details[0]).toMatchObject({ field: 'reason', rule: 'required' });

    const d2 = await done(handler, d1, 'return', { reason: '不属于城管职责' });
    const j = await expectMove(t, d1, d2, 'return', 'returned');
    expect(j.event).toMatchObject({ note: '不属于城管职责', public: false });
    // Out of the handler's sight now: the answer says the move was made, and nothing more.
    expect(d2).toMatchObject({ parts: [], leadDepartment: null, timeline: [], allowedActions: [] });
    const queue = await dispatcher.request('GET', `/api/v1/governance/incidents?view=queue&q=${encodeURIComponent(row.number)}`);
    expect(queue.json<{ items: { id: string; status: string }[] }>().items).toEqual([expect.objectContaining({ id: row.id, status: 'returned' })]);
    // Not the handler's any more: they no longer see it.
    expect((await handler.request('GET', `/api/v1/governance/incidents/${row.id}`)).statusCode).toBe(404);

    const d3 = await done(dispatcher, await detailOf(dispatcher, row.id), 'dispatch', { leadDepartmentId: urban, note: '确属城管' });
    await expectMove(t, d2, d3, 'dispatch', 'dispatched');
  });

  it('is open to the lead while accepted or in progress too', async () => {
    for (const status of ['accepted', 'in_progress'] as const) {
      const row = await seedIncident(t, { reporterUserId, status, lead: 'D339902-URBAN' });
      const before = await detailOf(handler, row.id);
      const after = await done(handler, before, 'return', { reason: '需要其他部门' });
      await expectMove(t, before, after, 'return', 'returned');
    }
  });
});

describe('reopen', () => {
  it('the reporter reopens within the window: back to the same departments with a fresh deadline', async () => {
    const handledAt = new Date(Date.now() - DAY);
    const row = await seedIncident(t, { reporterUserId, status: 'handled', lead: 'D339902-URBAN', assist: ['D339900-TRANSPORT'], handledAt, deadlineAt: new Date(Date.now() - 3600_000), deadlineState: 'overdue' });
    const before = await detailOf(citizen, row.id);
    expect(before.allowedActions).toContain('reopen');
    expect(new Date(before.reopenUntil!).getTime()).toBe(handledAt.getTime() + governanceSettings().reopenDays * DAY);
    const noReason = await act(citizen, before, 'reopen', {}, null);
    expect(noReason.json<FieldRefusal>().error.details[0]).toMatchObject({ field: 'reason', rule: 'required' });

    const after = await done(citizen, before, 'reopen', { reason: '问题又出现了' }, null);
    await expectMove(t, before, after, 'reopen', 'dispatched');
    const staffView = await detailOf(dispatcher, row.id);
    expect(staffView.parts.map((p) => [p.role, p.status]).sort()).toEqual([
      ['assist', 'open'],
      ['lead', 'open'],
    ]);
    const [fresh] = await t.database.db.select().from(incidents).where(eq(incidents.id, row.id));
    expect(fresh).toMatchObject({ deadlineState: 'on_time', handledAt: null });
    expect(fresh!.deadlineAt!.getTime()).toBeGreaterThan(Date.now());
  });

  it(`is refused after the window (GOVERNANCE_REOPEN_DAYS), and allowed again when the setting is longer`, async () => {
    const days = governanceSettings().reopenDays;
    const closedAt = new Date(Date.now() - (days + 1) * DAY);
    const row = await seedIncident(t, { reporterUserId, status: 'closed', lead: 'D339902-URBAN', handledAt: new Date(closedAt.getTime() - DAY), closedAt });
    const before = await detailOf(citizen, row.id);
    expect(before.allowedActions).not.toContain('reopen');
    const late = await act(citizen, before, 'reopen', { reason: '还是不行' }, null);
    expect(late.statusCode).toBe(409);
    expect(late.json<Refusal>().error.code).toBe('governance.reopen_window_passed');
    expect((await t.database.db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, row.id))).length).toBe(0);

    const previous = setGovernanceSettings({ ...governanceSettings(), reopenDays: days + 2 });
    try {
      expect((await detailOf(citizen, row.id)).allowedActions).toContain('reopen');
      const after = await done(citizen, before, 'reopen', { reason: '还是不行' }, null);
      await expectMove(t, before, after, 'reopen', 'dispatched');
    } finally {
      setGovernanceSettings(previous);
    }
  });
});

describe('answer and close', () => {
  it('an enquiry is answered and closed at once (never dispatched)', async () => {
    const row = await seedIncident(t, { reporterUserId, requestType: 'enquiry', categoryCode: null });
    const before = await detailOf(dispatcher, row.id);
    expect(before.allowedActions).toContain('answer');
    expect(before.allowedActions).not.toContain('dispatch');
    expect((await act(dispatcher, before, 'dispatch', { leadDepartmentId: urban })).statusCode).toBe(409);
    const after = await done(dispatcher, before, 'answer', { note: '可在政务服务网办理', itemCode: 'X-1' });
    const j = await expectMove(t, before, after, 'answer', 'closed');
    expect(j.event!.details).toEqual({ itemCode: 'X-1' });
  });

  it('the dispatcher closes an open incident with a note', async () => {
    for (const status of ['registered', 'in_progress', 'verified'] as const) {
      const row = await seedIncident(t, { reporterUserId, status, lead: status === 'registered' ? undefined : 'D339902-URBAN' });
      const before = await detailOf(dispatcher, row.id);
      const noNote = await act(dispatcher, before, 'close', {});
      expect(noNote.json<FieldRefusal>().error.details[0]).toMatchObject({ field: 'note', rule: 'required' });
      const after = await done(dispatcher, before, 'close', { note: '无效诉求' });
      await expectMove(t, before, after, 'close', 'closed');
    }
  });
});
