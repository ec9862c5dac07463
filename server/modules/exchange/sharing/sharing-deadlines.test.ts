import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../platform/calendar/iso-date';
import { todayInChina } from '../../../platform/calendar/working-calendar';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { notifySharingChanged, notifySharingDeadline } from '../../notifications/notify-sharing';
import { userIdOf } from '../../applications/test-support';
import { checkSharingDeadlines } from './check-sharing-deadlines';
import { act, createResource, detail, newRequest } from './sharing-fixtures';

let t: TestApp;
let hrss: Session;
let data: Session;
let hudong: Session;
beforeAll(async () => {
  t = await createTestApp();
  [hrss, data, hudong] = await Promise.all([signIn(t.app, 'steward.hrss'), signIn(t.app, 'steward.data'), signIn(t.app, 'steward.hudong')]);
});
afterAll(async () => t.close());

/** Runs the notice handler for every deadline event not handled yet (twice, to show redelivery does nothing). */
async function deliverDeadlineEvents(): Promise<void> {
  const handler = notifySharingDeadline(t.services.cipher);
  const { rows } = await t.database.executeSql("SELECT id, payload FROM outbox_events WHERE topic = 'exchange.request_deadline' ORDER BY id");
  for (let pass = 0; pass < 2; pass++) for (const r of rows) await t.jobs.runOnce(handler, r.payload as Record<string, unknown>, `outbox:${String(r.id)}`);
}

async function deliverChangeEvents(): Promise<void> {
  const handler = notifySharingChanged(t.services.cipher);
  const { rows } = await t.database.executeSql("SELECT id, payload FROM outbox_events WHERE topic = 'exchange.request_changed' ORDER BY id");
  for (let pass = 0; pass < 2; pass++) for (const r of rows) await t.jobs.runOnce(handler, r.payload as Record<string, unknown>, `outbox:${String(r.id)}`);
}

async function noticesOf(username: string, number: string): Promise<string[]> {
  const { rows } = await t.database.executeSql('SELECT kind FROM notifications WHERE user_id = $1 AND title_zh LIKE $2 ORDER BY created_at', [await userIdOf(t.database, username), `%${number}%`]);
  return rows.map((r) => String(r.kind));
}

describe('step deadlines', () => {
  it('remind the deciding stewards once when due, and escalate once to the head when overdue', async () => {
    // A district provider (湖东区市场监督管理局) has a department head in the demo region.
    const { code } = await createResource(t.database, { provider: 'D339902-AMR', sharingType: 'conditional' });
    const created = await newRequest(hrss, code);
    await act(data, created.id, 'approve');
    const step = await detail(data, created.id);
    const dueOn = step.dueOn ?? '';
    expect(step.status).toBe('provider_review');
    // The day the step began: 0 of its 5 working days used.
    expect(await checkSharingDeadlines(t.services, todayInChina())).toEqual({ reminded: 0, escalated: 0 });
    expect(await checkSharingDeadlines(t.services, dueOn)).toMatchObject({ reminded: 1, escalated: 0 });
    expect(await checkSharingDeadlines(t.services, dueOn)).toMatchObject({ reminded: 0, escalated: 0 });
    const after = addDays(dueOn, 1);
    expect(await checkSharingDeadlines(t.services, after)).toMatchObject({ reminded: 0, escalated: 1 });
    expect(await checkSharingDeadlines(t.services, addDays(dueOn, 5))).toMatchObject({ reminded: 0, escalated: 0 });
    expect((await detail(data, created.id)).deadline).toBe('on_time'); // read on the real today, within the step

    await deliverDeadlineEvents();
    expect(await noticesOf('steward.hudong', created.number)).toEqual(['sharing.deadline.approaching', 'sharing.deadline.overdue']);
    expect(await noticesOf('head.hudong', created.number)).toEqual(['sharing.deadline.overdue']);
    expect(await noticesOf('steward.data', created.number)).toEqual([]);
    const { rows } = await t.database.executeSql("SELECT action FROM audit_records WHERE object_id = $1 AND action IN ('exchange.request_remind', 'exchange.request_escalate') ORDER BY id", [created.id]);
    expect(rows.map((r) => r.action)).toEqual(['exchange.request_remind', 'exchange.request_escalate']);
  });

  it('starts afresh when a decision opens the next step, and leaves closed requests alone', async () => {
    const { code } = await createResource(t.database, { sharingType: 'conditional' });
    const created = await newRequest(hrss, code);
    const checkDue = created.dueOn ?? '';
    expect(await checkSharingDeadlines(t.services, addDays(checkDue, 1))).toMatchObject({ escalated: 1 });
    await act(data, created.id, 'approve');
    const providerDue = (await detail(data, created.id)).dueOn ?? '';
    expect(await checkSharingDeadlines(t.services, providerDue)).toMatchObject({ reminded: 1 });
    const refused = await newRequest(hrss, code);
    await act(data, refused.id, 'refuse', { reason: '用途不明' });
    expect(await checkSharingDeadlines(t.services, addDays(providerDue, 30))).toMatchObject({ escalated: 1 });
  });
});

describe('decision notices', () => {
  it('tell each deciding department when a step waits for it, and the consumer the outcome, once each', async () => {
    const { code } = await createResource(t.database, { provider: 'D339902-AMR', sharingType: 'conditional' });
    const created = await newRequest(hrss, code);
    await act(data, created.id, 'approve');
    await act(hudong, created.id, 'refuse', { reason: '用途超出事项范围' });
    await deliverChangeEvents();
    expect(await noticesOf('steward.data', created.number)).toEqual(['sharing.to_decide']);
    expect(await noticesOf('steward.hudong', created.number)).toEqual(['sharing.to_decide']);
    expect(await noticesOf('steward.hrss', created.number)).toEqual(['sharing.refused']);
    const { rows } = await t.database.executeSql("SELECT body_zh FROM notifications WHERE kind = 'sharing.refused' AND title_zh LIKE $1", [`%${created.number}%`]);
    expect(String(rows[0]?.body_zh)).toContain('用途超出事项范围');
  });
});
