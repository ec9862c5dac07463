import type { FieldCipher } from '../../platform/crypto/field-cipher';
import type { JobDefinition } from '../../platform/jobs/job-queue';
import { licenceType } from '../licences/licence-types';
import { createNotices } from './create-notices';
import { notificationJobNames } from './job-names';
import { LICENCE_ISSUED, LicenceIssued, parseEvent } from './event-payloads';
import { licenceIssuedText } from './templates';

/** The holder hears that an e-licence is in their wallet; a licence with no holder account notifies no one. */
export function notifyLicenceIssued(cipher: FieldCipher): JobDefinition<Record<string, unknown>> {
  return {
    name: notificationJobNames.licenceIssued,
    async handle(tx, payload, meta) {
      const event = parseEvent(LICENCE_ISSUED, LicenceIssued, payload);
      if (!event.holderUserId) return;
      const { name } = licenceType(event.type);
      const text = licenceIssuedText({ number: event.number, typeNameZh: name.zh, typeNameEn: name.en });
      await createNotices(tx, cipher, meta.eventId, [{ userId: event.holderUserId, kind: 'licence.issued', text, link: `/licences/${event.licenceId}` }]);
    },
  };
}
