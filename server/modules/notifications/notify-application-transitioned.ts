import type { FieldCipher } from '../../platform/crypto/field-cipher';
import type { JobDefinition } from '../../platform/jobs/job-queue';
import { createNotices } from './create-notices';
import { notificationJobNames } from './job-names';
import { APPLICATION_TRANSITIONED, ApplicationTransitioned, parseEvent } from './event-payloads';
import { applicantNoticeFor, applicantNoticeText } from './templates';

/** The applicant hears of each outcome of their application (submitted … completed); internal steps stay quiet. */
export function notifyApplicationTransitioned(cipher: FieldCipher): JobDefinition<Record<string, unknown>> {
  return {
    name: notificationJobNames.applicationTransitioned,
    async handle(tx, payload, meta) {
      const event = parseEvent(APPLICATION_TRANSITIONED, ApplicationTransitioned, payload);
      const notice = applicantNoticeFor(event.action, event.toStatus);
      if (!notice) return;
      const text = applicantNoticeText(notice, {
        caseNumber: event.caseNumber,
        titleZh: event.titleZh,
        titleEn: event.titleEn,
        ...(event.reason ? { reason: event.reason } : {}),
        ...(event.dueOn ? { dueOn: event.dueOn } : {}),
      });
      await createNotices(tx, cipher, meta.eventId, [{ userId: event.applicantId, kind: `application.${notice}`, text, link: event.link }]);
    },
  };
}
