import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import type { AttemptJobDefinition } from '../../platform/jobs/job-queue';
import type { Channels, OutgoingMessage } from './channels/channel';
import { notificationJobNames } from './job-names';
import { DELIVERY_ADDRESS_COLUMN } from './recipient-contacts';
import { notificationDeliveries, notifications } from './tables';
import { emailMessage, smsText, type NoticeText } from './templates';

const DELIVER_JOB = notificationJobNames.deliver;
const DEFAULT_RETRY_LIMIT = 5;
/** How long one attempt holds its copy: longer than any channel's send timeout, short enough to recover from a crash. */
const CLAIM_SECONDS = 120;

function messageFor(channel: 'sms' | 'email', text: NoticeText): OutgoingMessage {
  return channel === 'sms' ? { subject: text.titleZh, text: smsText(text) } : emailMessage(text);
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/**
 * Sends one SMS or e-mail copy through its channel, outside any transaction. Each attempt first claims the copy:
 * the next attempt number (compare-and-set on `attempts`) and a lease (`claimedUntil`), so while one worker is
 * sending, another leaves the copy alone; a worker that died mid-send gives the copy up when its lease passes. A sent
 * or failed copy is never sent again. A failure records the error and rethrows so pg-boss retries with backoff; the attempt that
 * uses up the retries marks the copy failed. `lastError` keeps the last failure, also after a later success.
 */
export function deliverNotification(deps: { cipher: FieldCipher; channels: Channels; retryLimit?: number }): AttemptJobDefinition<Record<string, unknown>> {
  const retryLimit = deps.retryLimit ?? DEFAULT_RETRY_LIMIT;
  return {
    name: DELIVER_JOB,
    retryLimit,
    async run(db, payload) {
      const deliveryId = typeof payload.deliveryId === 'string' ? payload.deliveryId : null;
      if (!deliveryId) throw new Error(`${DELIVER_JOB} needs a deliveryId`);
      await attemptDelivery(db, deps, deliveryId, retryLimit + 1);
    },
  };
}

/** One attempt at one delivery; exported for tests that drive attempts without the queue. */
export async function attemptDelivery(db: Db, deps: { cipher: FieldCipher; channels: Channels }, deliveryId: string, maxAttempts: number): Promise<void> {
  const [row] = await db
    .select({ delivery: notificationDeliveries, notice: notifications })
    .from(notificationDeliveries)
    .innerJoin(notifications, eq(notifications.id, notificationDeliveries.notificationId))
    .where(eq(notificationDeliveries.id, deliveryId));
  if (!row || row.delivery.state !== 'pending') return;
  const { delivery, notice } = row;
  const attempt = delivery.attempts + 1;
  const claimed = await db
    .update(notificationDeliveries)
    .set({ attempts: attempt, claimedUntil: sql`now() + make_interval(secs => ${CLAIM_SECONDS})` })
    .where(
      and(
        eq(notificationDeliveries.id, deliveryId),
        eq(notificationDeliveries.state, 'pending'),
        eq(notificationDeliveries.attempts, delivery.attempts),
        or(isNull(notificationDeliveries.claimedUntil), lt(notificationDeliveries.claimedUntil, sql`now()`)),
      ),
    )
    .returning({ id: notificationDeliveries.id });
  if (claimed.length === 0) return; // another worker is sending, or has sent, this copy
  const text: NoticeText = { titleZh: notice.titleZh, titleEn: notice.titleEn, bodyZh: notice.bodyZh ?? notice.titleZh, bodyEn: notice.bodyEn ?? notice.titleEn };
  try {
    const address = deps.cipher.decrypt(delivery.addressEnc, DELIVERY_ADDRESS_COLUMN);
    await deps.channels[delivery.channel].send(address, messageFor(delivery.channel, text));
  } catch (error) {
    await db
      .update(notificationDeliveries)
      .set({ lastError: errorText(error), state: attempt >= maxAttempts ? 'failed' : 'pending', claimedUntil: null })
      .where(eq(notificationDeliveries.id, deliveryId));
    throw error;
  }
  await db.update(notificationDeliveries).set({ state: 'sent', sentAt: sql`now()`, claimedUntil: null }).where(eq(notificationDeliveries.id, deliveryId));
}
