import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInChina } from '../../platform/calendar/working-calendar';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { act, count, ENTERPRISE, errorCode, getCase, journalCounts, problems, submitFood, totals, upload, userIdOf } from './test-support';

// Supplements (一次性告知), extensions and who works a case (claim / assign), through the HTTP API.

let t: TestApp;
let ent: Session;
let citizen: Session;
let clerk: Session;
let reviewer: Session;
let approver: Session;
let head: Session;

beforeAll(async () => {
  t = await createTestApp();
  [ent, citizen] = [await signIn(t.app, ENTERPRISE), await signIn(t.app, '13900000002')];
  [clerk, reviewer, approver, head] = [await signIn(t.app, 'clerk.hudong'), await signIn(t.app, 'reviewer.hudong'), await signIn(t.app, 'approver.hudong'), await signIn(t.app, 'head.hudong')];
});
afterAll(async () => t.close());

interface View {
  status: string;
  version: number;
  dueOn: string | null;
  extensionDays: number;
  acceptedOn: string | null;
  expected: string;
  supplementRequest: { items: string[]; note: string } | null;
  assignee: { id: string; name: string } | null;
  materials: { id: string; provision: string; file: { id: string } | null }[];
  currentStep: { index: number } | null;
}

async function ok(session: Session, id: string, action: string, body: Record<string, unknown> = {}): Promise<View> {
  const res = await act(session, id, action, body);
  expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
  return res.json<View>();
}

async function clockRow(id: string) {
  const { rows } = await t.database.executeSql('SELECT paused_on::text AS paused_on, paused_days, supplement_count FROM applications WHERE id = $1', [id]);
  return rows[0]!;
}

describe('supplements: every missing item at once, by the applicant only', () => {
  it('asks once with the full list, stops the clock, and resumes where it was', async () => {
    const id = await submitFood(ent);
    await ok(clerk, id, 'accept');
    const before = await totals(t.database);
    const empty = await act(reviewer, id, 'request-supplement', { items: ['  '] });
    expect(empty.statusCode).toBe(400);
    expect(problems(empty)).toEqual(['items:items_required']);
    expect(await totals(t.database)).toEqual(before);

    const asked = await ok(reviewer, id, 'request-supplement', { items: ['经营场所平面布局图（需标注面积）', '食品安全管理人员培训证明'], note: '请一并提交' });
    expect(asked).toMatchObject({ status: 'supplement_requested', supplementRequest: { items: ['经营场所平面布局图（需标注面积）', '食品安全管理人员培训证明'] } });
    expect(await clockRow(id)).toMatchObject({ paused_on: todayInChina(), supplement_count: 1 });
    expect((await getCase(ent, id)) as unknown as View).toMatchObject({ expected: 'supplement' });

    // Only the applicant supplies: staff may not, another citizen does not even see the case.
    for (const s of [clerk, reviewer, approver]) expect((await act(s, id, 'supplement')).statusCode).toBe(403);
    expect((await citizen.request('POST', `/api/v1/applications/${id}/actions/supplement`, {}, { 'if-match': `"${asked.version}"` })).statusCode).toBe(404);

    // What is supplied is checked like a submission: a form value against the item's schema.
    const invalid = await act(ent, id, 'supplement', { form: { floorArea: 'eighty', businessFormat: '夜市摊位' } });
    expect(invalid.statusCode, invalid.body).toBe(400);
    expect(problems(invalid).sort()).toEqual(['form.businessFormat:enum', 'form.floorArea:type']);
    const plan = await upload(ent);
    const supplied = await ok(ent, id, 'supplement', { materials: [{ key: 'layout_plan', provision: 'upload', fileId: plan }], form: { floorArea: 80 } });
    expect(supplied).toMatchObject({ status: 'in_review', supplementRequest: null, currentStep: { index: 1 } });
    expect(supplied.materials.find((m) => m.id === 'layout_plan')?.file?.id).toBe(plan);
    expect(await count(t.database, 'SELECT count(*) FROM stored_files WHERE id = $1 AND attached_to IS NULL', [plan])).toBe(0);
    // Asked and supplied the same day: no working day was spent waiting, the due date stands.
    expect(await clockRow(id)).toMatchObject({ paused_on: null, paused_days: 0 });
    expect(supplied.dueOn).toBe(asked.dueOn);
    const fields = (await getCase(reviewer, id)) as unknown as { fields: { key: string; value: unknown }[] };
    expect(fields.fields.find((f) => f.key === 'floorArea')?.value).toBe(80);

    // A second request needs new facts (the list was to be complete the first time).
    const again = await act(reviewer, id, 'request-supplement', { items: ['消毒设施照片'] });
    expect(again.statusCode).toBe(422);
    expect(errorCode(again)).toBe('applications.supplement_once');
    const withFacts = await ok(reviewer, id, 'request-supplement', { items: ['消毒设施照片'], newFacts: '现场核查发现新增后厨区域' });
    expect(withFacts.supplementRequest?.note).toContain('现场核查发现新增后厨区域');
    expect(await clockRow(id)).toMatchObject({ supplement_count: 2 });
    expect((await ok(ent, id, 'supplement')).status).toBe('in_review');
  });

  it('before acceptance a supplement returns the case to acceptance, with no clock', async () => {
    const id = await submitFood(ent);
    const asked = await ok(clerk, id, 'request-supplement', { items: ['申请书签字页'] });
    expect(asked).toMatchObject({ status: 'supplement_requested', dueOn: null });
    expect(await clockRow(id)).toMatchObject({ paused_on: null });
    const bad = await act(ent, id, 'supplement', { materials: [{ key: 'application_form', provision: 'commitment' }] });
    expect(bad.statusCode).toBe(400);
    expect(problems(bad)).toEqual(['materials.application_form:commitment_not_allowed']);
    expect((await ok(ent, id, 'supplement', { materials: [{ key: 'application_form', provision: 'upload', fileId: await upload(ent) }] })).status).toBe('submitted');
    expect((await ok(clerk, id, 'accept')).status).toBe('in_review');
  });
});

describe('extensions', () => {
  it('only an approver extends, with a reason; the days are added and the due date moves', async () => {
    const id = await submitFood(ent);
    const accepted = await ok(clerk, id, 'accept');
    const before = await totals(t.database);
    for (const s of [clerk, reviewer, head]) expect((await act(s, id, 'extend', { days: 3, reason: '需现场核查' })).statusCode).toBe(403);
    expect((await act(ent, id, 'extend', { days: 3, reason: '需现场核查' })).statusCode).toBe(403);
    const noReason = await act(approver, id, 'extend', { days: 3 });
    expect(noReason.statusCode).toBe(400);
    expect(problems(noReason)).toEqual(['reason:reason_required']);
    expect(problems(await act(approver, id, 'extend', { days: 0, reason: 'x' }))).toEqual(['days:minimum']);
    expect(problems(await act(approver, id, 'extend', { days: 61, reason: 'x' }))).toEqual(['days:maximum']);
    expect(await totals(t.database)).toEqual(before);

    const journal = await journalCounts(t.database, id);
    const extended = await ok(approver, id, 'extend', { days: 3, reason: '需组织专家论证' });
    expect(extended).toMatchObject({ status: 'in_review', extensionDays: 3, currentStep: { index: 1 } });
    expect(extended.dueOn).toBe(t.services.calendar.addWorkingDays(accepted.acceptedOn!, 5 + 3).date);
    expect(extended.dueOn! > accepted.dueOn!).toBe(true);
    expect(await journalCounts(t.database, id)).toEqual({ audit: journal.audit + 1, events: journal.events + 1, timeline: journal.timeline + 1 });
    // The applicant is told: the transition event carries the reason and the new date; the timers are re-set.
    const { rows } = await t.database.executeSql("SELECT payload FROM outbox_events WHERE topic = 'applications.transitioned' AND payload->>'applicationId' = $1 AND payload->>'action' = 'extend'", [id]);
    expect(rows[0]?.payload).toMatchObject({ reason: '需组织专家论证', newDueOn: extended.dueOn, days: 3 });
    expect(await count(t.database, "SELECT count(*) FROM outbox_events WHERE topic = 'applications.clock_set' AND payload->>'applicationId' = $1 AND payload->>'dueOn' = $2", [id, extended.dueOn])).toBe(1);

    const more = await ok(approver, id, 'extend', { days: 2, reason: '补充论证' });
    expect(more).toMatchObject({ extensionDays: 5, dueOn: t.services.calendar.addWorkingDays(accepted.acceptedOn!, 10).date });
  });

  it('cannot extend a case that is not under review', async () => {
    const id = await submitFood(ent);
    const res = await act(approver, id, 'extend', { days: 3, reason: '未受理' });
    expect(res.statusCode).toBe(409);
  });
});

describe('claim and assign', () => {
  it('the step holder claims; an approver or the head assigns to a holder of the step role only', async () => {
    const id = await submitFood(ent);
    const [clerkId, reviewerId] = [await userIdOf(t.database, 'clerk.hudong'), await userIdOf(t.database, 'reviewer.hudong')];
    expect((await ok(clerk, id, 'claim')).assignee?.id).toBe(clerkId);
    await ok(clerk, id, 'accept');
    expect((await getCase(reviewer, id)) as unknown as View).toMatchObject({ assignee: null });

    expect((await act(clerk, id, 'claim')).statusCode).toBe(403);
    expect((await act(clerk, id, 'assign', { assigneeId: reviewerId })).statusCode).toBe(403);
    expect((await act(reviewer, id, 'assign', { assigneeId: reviewerId })).statusCode).toBe(403);
    const assignees = await approver.request('GET', `/api/v1/applications/${id}/assignees`);
    expect(assignees.json<{ items: { id: string }[] }>().items.map((a) => a.id)).toEqual([reviewerId]);

    const before = await totals(t.database);
    const wrong = await act(approver, id, 'assign', { assigneeId: clerkId });
    expect(wrong.statusCode).toBe(400);
    expect(problems(wrong)).toEqual(['assigneeId:not_in_department']);
    const nobody = await act(head, id, 'assign', {});
    expect(problems(nobody)).toEqual(['assigneeId:not_in_department']);
    expect(await totals(t.database)).toEqual(before);

    expect((await ok(head, id, 'assign', { assigneeId: reviewerId })).assignee?.id).toBe(reviewerId);
    const mine = await reviewer.request('GET', '/api/v1/applications?assigned=me');
    expect(mine.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toContain(id);
    expect((await clerk.request('GET', '/api/v1/applications?assigned=me')).json<{ items: { id: string }[] }>().items.map((c) => c.id)).not.toContain(id);
    // Passing the step frees the case for the next step's holder.
    expect((await ok(reviewer, id, 'approve')).assignee).toBeNull();
    expect((await ok(approver, id, 'claim')).assignee?.id).toBe(await userIdOf(t.database, 'approver.hudong'));
  });
});
