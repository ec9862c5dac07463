import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../platform/calendar/working-calendar';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { act, count, ENTERPRISE, errorCode, getCase, journalCounts, problems, submitFood, totals } from './test-support';
import { ACTIONS, type Action } from './workflow';

// The case lifecycle through the HTTP API: every transition in order by role, and every action that is not
// possible for an actor in a state refused (403 wrong role / 409 wrong state) without writing anything.

let t: TestApp;
let ent: Session;
let clerk: Session;
let reviewer: Session;
let approver: Session;
let head: Session;

beforeAll(async () => {
  t = await createTestApp();
  // A TOTP code works once per 30 s: each staff account signs in once for the whole file.
  [ent, clerk, reviewer, approver, head] = [await signIn(t.app, ENTERPRISE), await signIn(t.app, 'clerk.hudong'), await signIn(t.app, 'reviewer.hudong'), await signIn(t.app, 'approver.hudong'), await signIn(t.app, 'head.hudong')];
});
afterAll(async () => t.close());

/** A body every action would accept, so a refusal can only come from the state or the role. */
const ANY_BODY = { reason: '理由', legalBasis: '《中华人民共和国行政许可法》第三十八条', items: ['营业执照副本'], newFacts: '新情况', days: 2, method: 'counter', note: '备注' };

/** The actor may take exactly `allowed` now: the case view says so, and every other action is refused unchanged. */
async function expectOnly(session: Session, id: string, allowed: Action[]) {
  const c = await getCase(session, id);
  expect([...c.availableActions].sort()).toEqual([...allowed].sort());
  const before = await totals(t.database);
  for (const action of ACTIONS.filter((a) => !allowed.includes(a))) {
    const res = await session.request('POST', `/api/v1/applications/${id}/actions/${action}`, ANY_BODY, { 'if-match': `"${c.version}"` });
    expect([403, 409], `${action} in ${c.status}: ${res.body}`).toContain(res.statusCode);
    expect(errorCode(res)).toBe(res.statusCode === 403 ? 'applications.wrong_role' : 'applications.action_not_allowed');
  }
  expect(await totals(t.database)).toEqual(before);
  expect((await getCase(session, id)).version).toBe(c.version);
}

/**
 * Takes one action and checks its journal: `transitions` timeline entries, as many `applications.*` audit records
 * and as many transition events, each event written with its timeline entry (same transaction: same now()).
 */
async function step(session: Session, id: string, action: Action, body: Record<string, unknown> = {}, transitions = 1) {
  const before = await journalCounts(t.database, id);
  const res = await act(session, id, action, body);
  expect(res.statusCode, res.body).toBe(200);
  const after = await journalCounts(t.database, id);
  expect(after).toEqual({ audit: before.audit + transitions, events: before.events + transitions, timeline: before.timeline + transitions });
  const paired = await count(
    t.database,
    `SELECT count(*) FROM application_events e JOIN outbox_events o ON o.topic = 'applications.transitioned'
       AND o.payload->>'applicationId' = e.application_id::text AND o.payload->>'action' = e.action AND o.created_at = e.at
     WHERE e.application_id = $1`,
    [id],
  );
  expect(paired).toBe(after.timeline);
  return res.json<{ status: string; version: number; currentStep: { index: number; role: string } | null; licence: { id: string } | null; dueOn: string | null; acceptedOn: string | null; decision: Record<string, unknown> | null; timeline: { action: string }[] }>();
}

describe('the path through every step, in order by role', () => {
  it('submit → accept → review → decide (e-licence) → deliver → completed', async () => {
    const id = await submitFood(ent);
    expect(await journalCounts(t.database, id)).toEqual({ audit: 1, events: 1, timeline: 1 });
    expect((await getCase(ent, id)).status).toBe('submitted');
    await expectOnly(ent, id, ['withdraw']);
    await expectOnly(clerk, id, ['accept', 'refuse', 'request-supplement', 'claim']);
    await expectOnly(reviewer, id, []);
    await expectOnly(approver, id, ['assign']);
    await expectOnly(head, id, ['assign']);

    const accepted = await step(clerk, id, 'accept');
    expect(accepted).toMatchObject({ status: 'in_review', currentStep: { index: 1, role: 'reviewer' }, acceptedOn: todayInChina() });
    expect(accepted.dueOn).toBe(t.services.calendar.addWorkingDays(todayInChina(), 5).date);
    // The reviewer's step: the clerk is done, the approver may not pass it for the reviewer.
    await expectOnly(clerk, id, []);
    await expectOnly(approver, id, ['extend', 'assign']);
    await expectOnly(reviewer, id, ['approve', 'request-supplement', 'claim']);
    await expectOnly(ent, id, ['withdraw']);

    const reviewed = await step(reviewer, id, 'approve');
    expect(reviewed).toMatchObject({ status: 'in_review', currentStep: { index: 2, role: 'approver' } });
    // The decision: the reviewer and the clerk cannot decide.
    await expectOnly(reviewer, id, []);
    await expectOnly(clerk, id, []);
    await expectOnly(head, id, ['assign']);
    await expectOnly(approver, id, ['approve', 'deny', 'request-supplement', 'claim', 'extend', 'assign']);

    const approved = await step(approver, id, 'approve');
    expect(approved).toMatchObject({ status: 'approved', currentStep: { index: 3, role: 'window_clerk' }, decision: { outcome: 'approved' } });
    expect(approved.licence).not.toBeNull();
    const verified = await t.app.inject({ method: 'GET', url: `/api/v1/licences/${approved.licence!.id}/verify` });
    expect(verified.json()).toMatchObject({ valid: true, licence: { type: 'elicence.food_business_licence', status: 'valid' } });
    // After the decision the applicant can no longer withdraw.
    await expectOnly(ent, id, []);
    await expectOnly(approver, id, ['assign']);
    await expectOnly(clerk, id, ['deliver', 'claim']);

    // Delivered as an e-licence, the case completes at once: two transitions in one transaction.
    const done = await step(clerk, id, 'deliver', { method: 'elicence' }, 2);
    expect(done.status).toBe('completed');
    expect(done.timeline.map((e) => e.action)).toEqual(['submit', 'accept', 'approve', 'approve', 'deliver', 'complete']);
    for (const s of [ent, clerk, reviewer, approver, head]) await expectOnly(s, id, []);
    const rated = await ent.request('POST', `/api/v1/applications/${id}/rating`, { score: 5 });
    expect(rated.statusCode, rated.body).toBe(201);
  });

  it('delivered by mail waits for completion, which the applicant (or the department) confirms', async () => {
    const id = await submitFood(ent);
    await step(clerk, id, 'accept');
    await step(reviewer, id, 'approve');
    await step(approver, id, 'approve');
    expect((await step(clerk, id, 'deliver', { method: 'mail' })).status).toBe('delivered');
    await expectOnly(ent, id, ['complete']);
    await expectOnly(reviewer, id, ['complete']);
    expect((await step(ent, id, 'complete')).status).toBe('completed');
  });
});

describe('refusing, denying, withdrawing', () => {
  it('refuse needs a reason and ends the case as not accepted', async () => {
    const id = await submitFood(ent);
    const before = await totals(t.database);
    for (const body of [{}, { reason: '   ' }]) {
      const res = await act(clerk, id, 'refuse', body);
      expect(res.statusCode).toBe(400);
      expect(problems(res)).toEqual(['reason:reason_required']);
    }
    expect(await totals(t.database)).toEqual(before);
    const refused = await step(clerk, id, 'refuse', { reason: '不属于本部门职权范围' });
    expect(refused).toMatchObject({ status: 'not_accepted', decision: { outcome: 'not_accepted', reason: '不属于本部门职权范围' } });
    for (const s of [ent, clerk, approver]) await expectOnly(s, id, []);
  });

  it('deny needs both a reason and a legal basis, and only the approver decides', async () => {
    const id = await submitFood(ent);
    await step(clerk, id, 'accept');
    // A review step passes the case on; it cannot deny it.
    expect((await act(reviewer, id, 'deny', { reason: 'x', legalBasis: 'y' })).statusCode).toBe(403);
    await step(reviewer, id, 'approve');
    const before = await totals(t.database);
    const none = await act(approver, id, 'deny', {});
    expect(none.statusCode).toBe(400);
    expect(problems(none).sort()).toEqual(['legalBasis:legal_basis_required', 'reason:reason_required']);
    expect(problems(await act(approver, id, 'deny', { reason: '场所不符合要求' }))).toEqual(['legalBasis:legal_basis_required']);
    expect((await act(reviewer, id, 'deny', { reason: 'x', legalBasis: 'y' })).statusCode).toBe(403);
    expect(await totals(t.database)).toEqual(before);
    const denied = await step(approver, id, 'deny', { reason: '场所不符合要求', legalBasis: '《中华人民共和国食品安全法》第三十五条' });
    expect(denied).toMatchObject({ status: 'denied', licence: null, decision: { outcome: 'denied', reason: '场所不符合要求', legalBasis: '《中华人民共和国食品安全法》第三十五条' } });
    await expectOnly(ent, id, []);
    await expectOnly(approver, id, []);
  });

  it('the applicant withdraws before a decision, never after; staff never withdraw', async () => {
    const submitted = await submitFood(ent);
    for (const s of [clerk, approver, head]) expect((await act(s, submitted, 'withdraw', { reason: '代为撤回' })).statusCode).toBe(403);
    expect((await step(ent, submitted, 'withdraw', { reason: '不再经营' })).status).toBe('withdrawn');

    const inReview = await submitFood(ent);
    await step(clerk, inReview, 'accept');
    await step(reviewer, inReview, 'approve');
    expect((await step(ent, inReview, 'withdraw')).status).toBe('withdrawn');

    const decided = await submitFood(ent);
    await step(clerk, decided, 'accept');
    await step(reviewer, decided, 'approve');
    await step(approver, decided, 'approve');
    const before = await totals(t.database);
    const late = await act(ent, decided, 'withdraw');
    expect(late.statusCode).toBe(409);
    expect(errorCode(late)).toBe('applications.action_not_allowed');
    expect(await totals(t.database)).toEqual(before);
  });
});
