import type { FieldCipher } from '../../platform/crypto/field-cipher';
import type { JobDefinition } from '../../platform/jobs/job-queue';
import { createNotices } from './create-notices';
import { parseEvent, SHARING_DEADLINE, SharingDeadline } from './event-payloads';
import { sharingDeadlineText } from './templates';

/** Job name of the sharing-deadline handler (subscribed to exchange.request_deadline by the sharing runtime). */
export const NOTIFY_SHARING_DEADLINE = 'notifications.sharing_deadline';

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
