import type { FieldCipher } from '../../platform/crypto/field-cipher';
import type { JobDefinition } from '../../platform/jobs/job-queue';
import { createNotices } from './create-notices';
import { notificationJobNames } from './job-names';
import { APPLICATION_DEADLINE, ApplicationDeadline, parseEvent } from './event-payloads';
import { deadlineNoticeText } from './templates';

/** The handler and the department head hear that a case is due soon or overdue (the SLA clock emits the event). */
export function notifyApplicationDeadline(cipher: FieldCipher): JobDefinition<Record<string, unknown>> {
  return {
    name: notificationJobNames.applicationDeadline,
    async handle(tx, payload, meta) {
      const event = parseEvent(APPLICATION_DEADLINE, ApplicationDeadline, payload);
      const text = deadlineNoticeText(event.state, event);
      const recipients = [...new Set(event.recipientIds)];
      await createNotices(
        tx,
        cipher,
        meta.eventId,
        recipients.map((userId) => ({ userId, kind: `deadline.${event.state}`, text, link: event.link })),
      );
    },
  };
}
