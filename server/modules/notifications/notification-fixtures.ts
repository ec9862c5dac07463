// Test helpers for the notifications module: people to notify, events as the relay delivers them, channels that
// record or fail. Not a test file itself.
import { randomInt } from 'node:crypto';
import { desc, eq, inArray, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { emitEvent } from '../../platform/jobs/outbox';
import { outboxEvents } from '../../platform/jobs/tables';
import { residentIdCheckChar } from '../../platform/ids/resident-id';
import type { TestApp } from '../../testing/test-app';
import { users } from '../identity/tables';
import type { NotificationChannel, OutgoingMessage } from './channels/channel';
import { notificationDeliveries, notifications } from './tables';

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

/** A fresh citizen registered through the API (so with an encrypted mobile number), optionally with an e-mail. */
export async function newCitizen(t: TestApp, opts: { email?: string } = {}): Promise<{ userId: string; mobile: string; idNumber: string; password: string }> {
  const first17 = `339903${1950 + randomInt(50)}0101${digits(3)}`;
  const body = { name: '通知测试', idNumber: `${first17}${residentIdCheckChar(first17)}`, mobile: `15${digits(9)}`, password: 'Passw0rd-notify' };
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/citizens', payload: body });
  expect(res.statusCode).toBe(201);
  const userId = res.json<{ id: string }>().id;
  if (opts.email) await setEmail(t, userId, opts.email);
  return { userId, mobile: body.mobile, idNumber: body.idNumber, password: body.password };
}

export async function setEmail(t: TestApp, userId: string, email: string): Promise<void> {
  await t.database.db.update(users).set({ emailEnc: t.services.cipher.encrypt(email, 'users.email') }).where(eq(users.id, userId));
}

export async function userIdOf(t: TestApp, username: string): Promise<string> {
  const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}

/** Emits an event the way a use case does (in a transaction) and returns it as the relay hands it to a job. */
export async function emitted(t: TestApp, topic: string, payload: Record<string, unknown>): Promise<{ eventId: string; payload: Record<string, unknown> }> {
  await t.database.db.transaction(async (tx) => emitEvent(tx, topic, payload));
  const [row] = await t.database.db.select().from(outboxEvents).where(eq(outboxEvents.topic, topic)).orderBy(desc(outboxEvents.id)).limit(1);
  if (!row) throw new Error('event not written');
  const eventId = `outbox:${row.id}`;
  return { eventId, payload: { ...row.payload, eventId, topic } };
}

export const noticesOf = (t: TestApp, userId: string) => t.database.db.select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.createdAt);

export async function deliveriesOf(t: TestApp, userId: string) {
  const ids = (await noticesOf(t, userId)).map((n) => n.id);
  if (ids.length === 0) return [];
  return t.database.db.select().from(notificationDeliveries).where(inArray(notificationDeliveries.notificationId, ids)).orderBy(notificationDeliveries.channel);
}

/** Outbox events announcing these deliveries (what the relay turns into deliver jobs). */
export async function deliveryEvents(t: TestApp, deliveryIds: string[]) {
  if (deliveryIds.length === 0) return [];
  return t.database.db.select().from(outboxEvents).where(sql`${outboxEvents.topic} = 'notifications.delivery_created' AND ${outboxEvents.payload}->>'deliveryId' IN ${deliveryIds}`);
}

/** A channel that records what it sends; it fails the first `failures` sends (Infinity: always), or per address. */
export class RecordingChannel implements NotificationChannel {
  readonly sent: { to: string; message: OutgoingMessage }[] = [];
  readonly callsTo = new Map<string, number>();
  calls = 0;
  private readonly failuresTo = new Map<string, number>();

  constructor(private readonly failures = 0) {}

  /** Makes the first `n` sends to this address fail (other addresses follow the constructor's rule). */
  failFirst(to: string, n: number): void {
    this.failuresTo.set(to, n);
  }

  async send(to: string, message: OutgoingMessage): Promise<void> {
    this.calls += 1;
    const callsTo = (this.callsTo.get(to) ?? 0) + 1;
    this.callsTo.set(to, callsTo);
    const failures = this.failuresTo.get(to) ?? this.failures;
    if ((this.failuresTo.has(to) ? callsTo : this.calls) <= failures) throw new Error(`gateway unavailable (call ${callsTo})`);
    this.sent.push({ to, message });
  }
}

/** Polls until `check` holds (bounded), instead of sleeping a fixed time. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
