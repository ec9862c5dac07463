import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { act, backdateClock, ENTERPRISE, errorCode, getCase, submitFood, totals } from './test-support';

// Who sees a case (404 rather than "forbidden", so nobody learns it exists), optimistic concurrency (If-Match) and the
// staff inbox: filters and urgency order.

let t: TestApp;
let ent: Session;
let citizen: Session;
let otherCitizen: Session;
let clerk: Session;
let reviewer: Session;
let approver: Session;
let huxiClerk: Session;

beforeAll(async () => {
  t = await createTestApp();
  [ent, citizen, otherCitizen] = [await signIn(t.app, ENTERPRISE), await signIn(t.app, '13900000003'), await signIn(t.app, '13900000004')];
  [clerk, reviewer, approver, huxiClerk] = [await signIn(t.app, 'clerk.hudong'), await signIn(t.app, 'reviewer.hudong'), await signIn(t.app, 'approver.hudong'), await signIn(t.app, 'clerk.huxi')];
});
afterAll(async () => t.close());

type Summary = { id: string; status: string; deadlineState: string; dueOn: string | null };
async function inbox(session: Session, query = ''): Promise<Summary[]> {
  const res = await session.request('GET', `/api/v1/applications${query ? `?${query}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: Summary[] }>().items;
}

describe('If-Match', () => {
  it('a stale version → 412 with the current one, no version → 428; neither writes anything', async () => {
    const id = await submitFood(ent);
    const seen = await getCase(clerk, id);
    expect((await clerk.request('GET', `/api/v1/applications/${id}`)).headers.etag).toBe(`"${seen.version}"`);
    expect((await act(clerk, id, 'claim')).statusCode).toBe(200);
    const before = await totals(t.database);

    const stale = await clerk.request('POST', `/api/v1/applications/${id}/actions/accept`, {}, { 'if-match': `"${seen.version}"` });
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ error: { code: 'request.precondition_failed', details: { currentVersion: seen.version + 1 } } });
    const missing = await clerk.request('POST', `/api/v1/applications/${id}/actions/accept`, {});
    expect(missing.statusCode).toBe(428);
    expect(errorCode(missing)).toBe('request.precondition_required');
    const garbage = await clerk.request('POST', `/api/v1/applications/${id}/actions/accept`, {}, { 'if-match': 'abc' });
    expect(garbage.statusCode).toBe(412);
    expect(await totals(t.database)).toEqual(before);
    expect((await getCase(clerk, id)).status).toBe('submitted');

    // The ETag form and the bare number both work.
    const current = (await getCase(clerk, id)).version;
    expect((await clerk.request('POST', `/api/v1/applications/${id}/actions/accept`, {}, { 'if-match': String(current) })).statusCode).toBe(200);
  });

  it('two staff acting on the same version: one wins, the other gets 412', async () => {
    const id = await submitFood(ent);
    const v = (await getCase(clerk, id)).version;
    const [a, b] = await Promise.all([
      clerk.request('POST', `/api/v1/applications/${id}/actions/accept`, {}, { 'if-match': `"${v}"` }),
      clerk.request('POST', `/api/v1/applications/${id}/actions/refuse`, { reason: '重复提交' }, { 'if-match': `"${v}"` }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    expect((await getCase(clerk, id)).version).toBe(v + 1);
  });
});

describe('visibility', () => {
  it('staff of another district get 404 for a 湖东 case, to look at or to act on', async () => {
    const id = await submitFood(ent);
    const v = (await getCase(clerk, id)).version;
    expect((await huxiClerk.request('GET', `/api/v1/applications/${id}`)).statusCode).toBe(404);
    const res = await huxiClerk.request('POST', `/api/v1/applications/${id}/actions/accept`, {}, { 'if-match': `"${v}"` });
    expect(res.statusCode).toBe(404);
    expect(errorCode(res)).toBe('applications.not_found');
    expect((await huxiClerk.request('GET', `/api/v1/applications/${id}/assignees`)).statusCode).toBe(404);
    expect((await inbox(huxiClerk)).map((c) => c.id)).not.toContain(id);
    expect((await inbox(clerk)).map((c) => c.id)).toContain(id);
  });

  it("a citizen gets 404 for another citizen's case (and an enterprise's), and lists only their own", async () => {
    const mine = await submitFood(citizen, 'citizen');
    const theirs = await submitFood(ent);
    for (const id of [mine, theirs]) {
      expect((await otherCitizen.request('GET', `/api/v1/applications/${id}`)).statusCode).toBe(404);
      expect((await otherCitizen.request('POST', `/api/v1/applications/${id}/actions/withdraw`, {}, { 'if-match': '"1"' })).statusCode).toBe(404);
    }
    expect((await citizen.request('GET', `/api/v1/applications/${theirs}`)).statusCode).toBe(404);
    expect((await getCase(citizen, mine)).status).toBe('submitted');
    expect((await inbox(citizen)).map((c) => c.id)).toEqual([mine]);
    expect(await inbox(otherCitizen)).toEqual([]);
    // A citizen cannot use the staff-only assignee list either.
    expect((await citizen.request('GET', `/api/v1/applications/${mine}/assignees`)).statusCode).toBe(403);
  });
});

describe('the staff inbox', () => {
  it('filters by status, deadline and assignee, most urgent first', async () => {
    const [overdue, approaching, onTime, later, fresh] = [await submitFood(ent), await submitFood(ent), await submitFood(ent), await submitFood(ent), await submitFood(ent)];
    for (const id of [overdue, approaching, onTime, later]) expect((await act(clerk, id, 'accept')).statusCode).toBe(200);
    const cal = t.services.calendar;
    await backdateClock(t.database, cal, overdue, 8, 'overdue');
    await backdateClock(t.database, cal, approaching, 4, 'approaching');
    await backdateClock(t.database, cal, onTime, 1, 'on_time');
    // `later` keeps today's acceptance: same state as onTime, a later due date.

    const reviewing = await inbox(reviewer, 'status=in_review');
    const ours = (list: Summary[]) => list.filter((c) => [overdue, approaching, onTime, later, fresh].includes(c.id)).map((c) => c.id);
    expect(ours(reviewing)).toEqual([overdue, approaching, onTime, later]);
    expect(reviewing.find((c) => c.id === overdue)?.deadlineState).toBe('overdue');
    expect(reviewing.find((c) => c.id === approaching)?.deadlineState).toBe('approaching');
    // Without a filter, the cases without a clock (not yet accepted) come after every clocked one.
    expect(ours(await inbox(clerk, 'limit=100'))).toEqual([overdue, approaching, onTime, later, fresh]);
    expect(ours(await inbox(clerk, 'status=submitted'))).toEqual([fresh]);
    expect(ours(await inbox(reviewer, 'deadline=overdue'))).toEqual([overdue]);
    expect(ours(await inbox(reviewer, 'deadline=approaching'))).toEqual([approaching]);
    expect(ours(await inbox(reviewer, 'deadline=on_time'))).toEqual([onTime, later]);
    expect(ours(await inbox(reviewer, 'assigned=me'))).toEqual([]);
    expect((await act(reviewer, later, 'claim')).statusCode).toBe(200);
    expect(ours(await inbox(reviewer, 'assigned=me'))).toEqual([later]);
    expect(ours(await inbox(approver, 'assigned=me'))).toEqual([]);

    // Paging walks the same order.
    const first = await reviewer.request('GET', '/api/v1/applications?status=in_review&limit=2');
    const page = first.json<{ items: Summary[]; nextCursor: string | null }>();
    expect(page.items.map((c) => c.id)).toEqual([overdue, approaching]);
    const second = await reviewer.request('GET', `/api/v1/applications?status=in_review&limit=2&cursor=${page.nextCursor}`);
    // (cases accepted today by the tests above sort among `later`, by submission time)
    expect(second.json<{ items: Summary[] }>().items.map((c) => c.id)[0]).toBe(onTime);

    const bad = await reviewer.request('GET', '/api/v1/applications?deadline=soon');
    expect(bad.statusCode).toBe(400);
  });
});
