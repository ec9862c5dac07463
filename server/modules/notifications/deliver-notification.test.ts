import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relayOutbox, subscriberJob } from '../../platform/jobs/outbox';
import { subscriptions } from '../../runtime';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { Channels } from './channels/channel';
import { attemptDelivery } from './deliver-notification';
import { notificationJobs } from './notification-jobs';
import { notifyApplicationTransitioned } from './notify-application-transitioned';
import { sendWelcome } from './send-welcome';
import { deliveriesOf, emitted, newCitizen, RecordingChannel, waitFor } from './notification-fixtures';
import { notificationDeliveries } from './tables';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

function completed(applicantId: string) {
  const applicationId = randomUUID();
  return { applicationId, caseNumber: 'YW3399022026000099', applicantId, action: 'complete', toStatus: 'completed', titleZh: '养犬登记', titleEn: 'Dog registration', link: `/applications/${applicationId}` };
}

/** A citizen with one completed-application notice and its pending copies (SMS, and e-mail when given). */
async function pendingCopies(opts: { email?: string } = {}) {
  const citizen = await newCitizen(t, opts);
  const event = await emitted(t, 'applications.transitioned', completed(citizen.userId));
  await t.jobs.runOnce(notifyApplicationTransitioned(t.services.cipher), event.payload, event.eventId);
  return { citizen, deliveries: await deliveriesOf(t, citizen.userId) };
}

const deliveryRow = async (id: string) => (await t.database.db.select().from(notificationDeliveries).where(eq(notificationDeliveries.id, id)))[0];

describe('delivering a copy', () => {
  it('sends the SMS to the decrypted number and marks it sent; a sent copy is never sent again', async () => {
    const { citizen, deliveries } = await pendingCopies({ email: 'dog.owner@example.com' });
    const channels = { sms: new RecordingChannel(), email: new RecordingChannel() };
    for (const d of deliveries) await attemptDelivery(t.database.db, { cipher: t.services.cipher, channels }, d.id, 3);
    expect(channels.sms.sent).toEqual([{ to: citizen.mobile, message: { subject: '已办结：养犬登记', text: expect.stringMatching(/^【一网通办】您申请的“养犬登记”（办件编号 YW3399022026000099）已办结/) as unknown } }]);
    expect(channels.email.sent[0]?.to).toBe('dog.owner@example.com');
    expect(channels.email.sent[0]?.message.subject).toBe('已办结：养犬登记 | Completed: Dog registration');
    for (const d of await deliveriesOf(t, citizen.userId)) {
      expect(d).toMatchObject({ state: 'sent', attempts: 1, lastError: null });
      expect(d.sentAt).toBeInstanceOf(Date);
    }
    for (const d of deliveries) await attemptDelivery(t.database.db, { cipher: t.services.cipher, channels }, d.id, 3);
    expect(channels.sms.calls + channels.email.calls).toBe(2);
  });

  it('counts failed attempts with the last error, and marks the copy failed after the last one', async () => {
    const { deliveries } = await pendingCopies();
    const sms = deliveries[0]!;
    const channels = { sms: new RecordingChannel(Infinity), email: new RecordingChannel() };
    const attempt = () => attemptDelivery(t.database.db, { cipher: t.services.cipher, channels }, sms.id, 3);
    await expect(attempt()).rejects.toThrow('gateway unavailable (call 1)');
    expect(await deliveryRow(sms.id)).toMatchObject({ state: 'pending', attempts: 1, lastError: 'gateway unavailable (call 1)', sentAt: null });
    await expect(attempt()).rejects.toThrow('gateway unavailable (call 2)');
    await expect(attempt()).rejects.toThrow('gateway unavailable (call 3)');
    expect(await deliveryRow(sms.id)).toMatchObject({ state: 'failed', attempts: 3, lastError: 'gateway unavailable (call 3)', sentAt: null });
    // A failed copy is left alone by any later job.
    await attempt();
    expect(channels.sms.calls).toBe(3);
  });

  it('lets only one of two workers send the copy, however their reads and claims interleave', async () => {
    const { deliveries } = await pendingCopies();
    const channels = { sms: new RecordingChannel(), email: new RecordingChannel() };
    const deps = { cipher: t.services.cipher, channels };
    await Promise.all([attemptDelivery(t.database.db, deps, deliveries[0]!.id, 3), attemptDelivery(t.database.db, deps, deliveries[0]!.id, 3)]);
    expect(channels.sms.sent).toHaveLength(1);
    expect(await deliveryRow(deliveries[0]!.id)).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('leaves a copy alone while another worker is still sending it (read after the first claim)', async () => {
    const { deliveries } = await pendingCopies();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = new RecordingChannel();
    const first = { sms: { send: async (to: string, message: Parameters<RecordingChannel['send']>[1]) => (await gate, slow.send(to, message)) }, email: new RecordingChannel() };
    const second = { sms: new RecordingChannel(), email: new RecordingChannel() };
    const sending = attemptDelivery(t.database.db, { cipher: t.services.cipher, channels: first }, deliveries[0]!.id, 3);
    await waitFor('the first worker to claim', async () => (await deliveryRow(deliveries[0]!.id))?.attempts === 1);
    await attemptDelivery(t.database.db, { cipher: t.services.cipher, channels: second }, deliveries[0]!.id, 3);
    release();
    await sending;
    expect(second.sms.calls).toBe(0);
    expect(slow.sent).toHaveLength(1);
    expect(await deliveryRow(deliveries[0]!.id)).toMatchObject({ state: 'sent', attempts: 1, claimedUntil: null });
  });
});

describe('the whole path on the real job worker', () => {
  // The template's demo data has events of its own that reach these channels too: count per address.
  const sms = new RecordingChannel();
  const email = new RecordingChannel();
  const channels: Channels = { sms, email };

  beforeAll(async () => {
    // Two retries (three attempts) keep pg-boss's backoff (1–2 s, then 2–4 s) short enough for a test.
    for (const job of notificationJobs({ cipher: t.services.cipher, channels, retryLimit: 2 })) t.jobs.define(job);
    t.jobs.define(sendWelcome); // registrations in this file emit welcome events too
    await t.jobs.start({ work: true });
  });

  it('event → relay → inbox notice → deliver jobs: a failing SMS is retried and sent, a dead e-mail ends failed', async () => {
    const citizen = await newCitizen(t, { email: 'never.arrives@example.com' });
    sms.failFirst(citizen.mobile, 1);
    email.failFirst('never.arrives@example.com', Infinity);
    await emitted(t, 'applications.transitioned', completed(citizen.userId));
    // The runtime's wiring, limited to the jobs this test defines (other modules' handlers are not running here).
    const defined = new Set(t.jobs.names);
    const wired = Object.fromEntries(Object.entries(subscriptions).map(([topic, names]) => [topic, names.filter((n) => defined.has(subscriberJob(n)))]));
    expect(wired).toMatchObject({
      'applications.transitioned': ['notifications.application_transitioned'],
      'applications.deadline': ['notifications.application_deadline'],
      'licences.issued': ['notifications.licence_issued'],
      'notifications.delivery_created': ['notifications.deliver'],
    });
    const relayAll = async () => {
      while ((await relayOutbox(t.jobs, wired)) > 0);
    };
    await relayAll();
    await waitFor('the two copies', async () => (await deliveriesOf(t, citizen.userId)).length === 2);
    await relayAll();
    await waitFor('both copies to settle', async () => (await deliveriesOf(t, citizen.userId)).every((d) => d.state !== 'pending'), 60_000);

    const [emailCopy, smsCopy] = await deliveriesOf(t, citizen.userId);
    expect(smsCopy).toMatchObject({ channel: 'sms', state: 'sent', attempts: 2, lastError: 'gateway unavailable (call 1)' });
    expect(sms.sent.filter((s) => s.to === citizen.mobile)).toHaveLength(1);
    expect(emailCopy).toMatchObject({ channel: 'email', state: 'failed', attempts: 3, lastError: 'gateway unavailable (call 3)' });
    expect(email.callsTo.get('never.arrives@example.com')).toBe(3);
    const { rows } = await t.database.executeSql("SELECT state, retry_count FROM pgboss.job WHERE name = 'notifications.deliver' AND data->>'deliveryId' = $1", [emailCopy!.id]);
    expect(rows).toEqual([{ state: 'failed', retry_count: 2 }]);
  }, 90_000);
});
