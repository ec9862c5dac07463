import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { DELIVERY_ADDRESS_COLUMN } from './recipient-contacts';
import { notifyApplicationDeadline } from './notify-application-deadline';
import { notifyApplicationTransitioned } from './notify-application-transitioned';
import { notifyLicenceIssued } from './notify-licence-issued';
import { deliveriesOf, deliveryEvents, emitted, newCitizen, noticesOf, setEmail, userIdOf } from './notification-fixtures';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const transitioned = () => notifyApplicationTransitioned(t.services.cipher);

function transition(applicantId: string, action: string, toStatus: string, extra: Record<string, unknown> = {}) {
  const applicationId = randomUUID();
  return {
    applicationId,
    caseNumber: 'YW3399022026000042',
    applicantId,
    kind: 'item',
    parentId: null,
    action,
    fromStatus: 'in_review',
    toStatus,
    titleZh: '食品经营许可',
    titleEn: 'Food business licence',
    dueOn: null,
    link: `/applications/${applicationId}`,
    ...extra,
  };
}

async function run(job: ReturnType<typeof transitioned>, topic: string, payload: Record<string, unknown>) {
  const event = await emitted(t, topic, payload);
  await t.jobs.runOnce(job, event.payload, event.eventId);
  return event;
}

describe('applications.transitioned → the applicant', () => {
  it('puts one notice in the inbox with zh and en text, an SMS copy for the mobile and an e-mail copy', async () => {
    const applicant = await newCitizen(t, { email: 'applicant@example.com' });
    const event = await run(transitioned(), 'applications.transitioned', transition(applicant.userId, 'refuse', 'not_accepted', { reason: '不属于本部门职权范围' }));
    const [notice, ...others] = await noticesOf(t, applicant.userId);
    expect(others).toHaveLength(0);
    expect(notice).toMatchObject({
      kind: 'application.not_accepted',
      sourceEventId: event.eventId,
      titleZh: '不予受理：食品经营许可',
      titleEn: 'Not accepted: Food business licence',
      link: event.payload.link,
      readAt: null,
    });
    expect(notice?.bodyZh).toContain('理由：不属于本部门职权范围');
    expect(notice?.bodyEn).toContain('YW3399022026000042');

    const deliveries = await deliveriesOf(t, applicant.userId);
    expect(deliveries.map((d) => [d.channel, d.state, d.attempts])).toEqual([
      ['email', 'pending', 0],
      ['sms', 'pending', 0],
    ]);
    // Addresses are stored encrypted, bound to the delivery column.
    const sms = deliveries.find((d) => d.channel === 'sms');
    expect(sms?.addressEnc).not.toContain(applicant.mobile);
    expect(t.services.cipher.decrypt(sms?.addressEnc ?? '', DELIVERY_ADDRESS_COLUMN)).toBe(applicant.mobile);
    expect(t.services.cipher.decrypt(deliveries.find((d) => d.channel === 'email')?.addressEnc ?? '', DELIVERY_ADDRESS_COLUMN)).toBe('applicant@example.com');
    // Each copy is announced in the same transaction, for the deliver job.
    expect(await deliveryEvents(t, deliveries.map((d) => d.id))).toHaveLength(2);
  });

  it('writes the notice for each applicant-facing action, with the reason or new due date it carries', async () => {
    const { userId } = await newCitizen(t);
    const cases: [string, string, Record<string, unknown>, string, string][] = [
      ['submit', 'submitted', {}, '已提交：食品经营许可', 'Submitted: Food business licence'],
      ['accept', 'in_review', { dueOn: '2026-12-18' }, '已受理：食品经营许可', 'Accepted: Food business licence'],
      ['request-supplement', 'supplement_requested', { reason: '营业场所平面图' }, '请补正材料：食品经营许可', 'Documents needed: Food business licence'],
      ['approve', 'approved', {}, '已准予许可：食品经营许可', 'Approved: Food business licence'],
      ['deny', 'denied', { reason: 'site inspection failed' }, '不予许可：食品经营许可', 'Refused: Food business licence'],
      ['extend', 'in_review', { reason: '需现场核查', dueOn: '2027-01-08' }, '办理期限延长：食品经营许可', 'Time limit extended: Food business licence'],
      ['withdraw', 'withdrawn', {}, '已撤回：食品经营许可', 'Withdrawn: Food business licence'],
      ['complete', 'completed', {}, '已办结：食品经营许可', 'Completed: Food business licence'],
    ];
    for (const [action, toStatus, extra] of cases) await run(transitioned(), 'applications.transitioned', transition(userId, action, toStatus, extra));
    const notices = await noticesOf(t, userId);
    expect(notices.map((n) => [n.titleZh, n.titleEn])).toEqual(cases.map(([, , , zh, en]) => [zh, en]));
    const byKind = new Map(notices.map((n) => [n.kind, n]));
    expect(byKind.get('application.supplement_requested')?.bodyZh).toContain('需补正：营业场所平面图');
    expect(byKind.get('application.extended')?.bodyZh).toContain('至 2027-01-08');
    expect(byKind.get('application.extended')?.bodyEn).toContain('to 2027-01-08. Reason: 需现场核查');
    expect(byKind.get('application.denied')?.bodyEn).toContain('Reason: site inspection failed');
    expect(byKind.get('application.accepted')?.bodyZh).toContain('承诺办结日期 2026-12-18');
  });

  it('stays quiet for internal steps (claim, assign, an approval step that hands on)', async () => {
    const { userId } = await newCitizen(t);
    await run(transitioned(), 'applications.transitioned', transition(userId, 'claim', 'in_review'));
    await run(transitioned(), 'applications.transitioned', transition(userId, 'assign', 'in_review'));
    await run(transitioned(), 'applications.transitioned', transition(userId, 'approve', 'approving'));
    expect(await noticesOf(t, userId)).toHaveLength(0);
  });

  it('writes one notice and one set of copies however often the event is delivered', async () => {
    const { userId } = await newCitizen(t);
    const event = await run(transitioned(), 'applications.transitioned', transition(userId, 'complete', 'completed'));
    await t.jobs.runOnce(transitioned(), event.payload, event.eventId);
    // Even past the processed_events record (a second handler instance), the unique index holds.
    await t.database.executeSql('DELETE FROM processed_events WHERE event_id = $1', [event.eventId]);
    await t.jobs.runOnce(transitioned(), event.payload, event.eventId);
    expect(await noticesOf(t, userId)).toHaveLength(1);
    expect(await deliveriesOf(t, userId)).toHaveLength(1);
  });

  it('fails loudly on a payload that breaks the contract, writing nothing', async () => {
    const { userId } = await newCitizen(t);
    const event = await emitted(t, 'applications.transitioned', { applicantId: userId, action: 'submit' });
    await expect(t.jobs.runOnce(transitioned(), event.payload, event.eventId)).rejects.toThrow(/applications.transitioned payload breaks its contract/);
    expect(await noticesOf(t, userId)).toHaveLength(0);
  });
});

describe('applications.deadline → the handler and the department head', () => {
  it('notifies each recipient once, with the due date, and copies to the channels each of them has', async () => {
    const handlerId = await userIdOf(t, 'clerk.hudong');
    const headId = await userIdOf(t, 'head.hudong');
    await setEmail(t, headId, 'head@example.com');
    const applicationId = randomUUID();
    const payload = {
      applicationId,
      caseNumber: 'YW3399022026000077',
      state: 'overdue',
      dueOn: '2026-11-20',
      recipientIds: [handlerId, headId, handlerId],
      titleZh: '公共场所卫生许可',
      titleEn: 'Public place hygiene licence',
      link: `/applications/${applicationId}`,
    };
    const event = await run(notifyApplicationDeadline(t.services.cipher), 'applications.deadline', payload);
    for (const id of [handlerId, headId]) {
      const notices = (await noticesOf(t, id)).filter((n) => n.sourceEventId === event.eventId);
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatchObject({ kind: 'deadline.overdue', titleZh: '已超期：YW3399022026000077', titleEn: 'Overdue: YW3399022026000077' });
      expect(notices[0]?.bodyEn).toContain('was due on 2026-11-20');
    }
    // Demo staff have no mobile on file; the head now has an e-mail address.
    expect((await deliveriesOf(t, handlerId)).length).toBe(0);
    expect((await deliveriesOf(t, headId)).map((d) => d.channel)).toEqual(['email']);

    const soon = await run(notifyApplicationDeadline(t.services.cipher), 'applications.deadline', { ...payload, state: 'approaching', recipientIds: [handlerId] });
    const approaching = (await noticesOf(t, handlerId)).filter((n) => n.sourceEventId === soon.eventId);
    expect(approaching.map((n) => [n.kind, n.titleZh])).toEqual([['deadline.approaching', '即将到期：YW3399022026000077']]);
  });
});

describe('licences.issued → the holder', () => {
  it('names the licence type from the registry and its number', async () => {
    const { userId } = await newCitizen(t);
    const licenceId = randomUUID();
    await run(notifyLicenceIssued(t.services.cipher), 'licences.issued', { licenceId, holderUserId: userId, type: 'elicence.food_business_licence', number: 'JY33990220260007', applicationId: randomUUID() });
    const [notice] = await noticesOf(t, userId);
    expect(notice).toMatchObject({ kind: 'licence.issued', titleZh: '电子证照已签发：食品经营许可证', titleEn: 'E-licence issued: Food business licence', link: `/licences/${licenceId}` });
    expect(notice?.bodyZh).toContain('JY33990220260007');
    expect((await deliveriesOf(t, userId)).map((d) => d.channel)).toEqual(['sms']);
  });

  it('shows the type code for a type not registered, and notifies no one for a licence without a holder account', async () => {
    const { userId } = await newCitizen(t);
    await run(notifyLicenceIssued(t.services.cipher), 'licences.issued', { licenceId: randomUUID(), holderUserId: userId, type: 'elicence.unknown_kind', number: 'DZZZ1' });
    expect((await noticesOf(t, userId))[0]?.titleEn).toBe('E-licence issued: elicence.unknown_kind');
    await expect(run(notifyLicenceIssued(t.services.cipher), 'licences.issued', { licenceId: randomUUID(), holderUserId: null, type: 'elicence.unknown_kind', number: 'DZZZ2' })).resolves.toBeDefined();
  });
});
