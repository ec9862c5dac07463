import type { FieldCipher } from '../../platform/crypto/field-cipher';
import type { JobDefinition } from '../../platform/jobs/job-queue';
import { createNotices } from './create-notices';
import { parseEvent, SHARING_CHANGED, SHARING_DEADLINE, SharingChanged, SharingDeadline } from './event-payloads';
import { sharingChangedText, sharingDeadlineText } from './templates';

/** Job names of the sharing handlers (subscribed by the sharing runtime to exchange.request_deadline / _changed). */
export const NOTIFY_SHARING_DEADLINE = 'notifications.sharing_deadline';
export const NOTIFY_SHARING_CHANGED = 'notifications.sharing_changed';

/** The deciding department's stewards hear that a step is due soon; when overdue, its head hears too. */
export function notifySharingDeadline(cipher: FieldCipher): JobDefinition<Record<string, unknown>> {
  return {
    name: NOTIFY_SHARING_DEADLINE,
    async handle(tx, payload, meta) {
      const event = parseEvent(SHARING_DEADLINE, SharingDeadline, payload);
      const text = sharingDeadlineText(event.state, event);
      await createNotices(
        tx,
        cipher,
        meta.eventId,
        [...new Set(event.recipientIds)].map((userId) => ({ userId, kind: `sharing.deadline.${event.state}`, text, link: event.link })),
      );
    },
  };
}

/** The stewards of the department deciding the next step hear of it; the consumer's stewards hear the outcome. */
export function notifySharingChanged(cipher: FieldCipher): JobDefinition<Record<string, unknown>> {
  return {
    name: NOTIFY_SHARING_CHANGED,
    async handle(tx, payload, meta) {
      const event = parseEvent(SHARING_CHANGED, SharingChanged, payload);
      const text = sharingChangedText(event.notice, event);
      await createNotices(
        tx,
        cipher,
        meta.eventId,
        [...new Set(event.recipientIds)].map((userId) => ({ userId, kind: `sharing.${event.notice}`, text, link: event.link })),
      );
    },
  };
}
