import type { Tx } from '../../db/client';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import { emitEvent } from '../../platform/jobs/outbox';
import { DELIVERY_CREATED } from './event-payloads';
import { DELIVERY_ADDRESS_COLUMN, findContacts } from './recipient-contacts';
import { notificationDeliveries, notifications } from './tables';
import type { NoticeText } from './templates';

export interface Notice {
  userId: string;
  /** e.g. `application.accepted`, `licence.issued`, `deadline.overdue` */
  kind: string;
  text: NoticeText;
  link: string | null;
}

/**
 * Puts each notice in its user's inbox, once per (event, user) whatever the redelivery, and for a new one queues an
 * SMS copy (when the user has a mobile number) and an e-mail copy (when they have an address). Sending happens
 * after commit, in the deliver job: no provider call inside this transaction.
 */
export async function createNotices(tx: Tx, cipher: FieldCipher, eventId: string, notices: Notice[]): Promise<number> {
  const contacts = await findContacts(tx, cipher, [...new Set(notices.map((n) => n.userId))]);
  let created = 0;
  for (const notice of notices) {
    // A user id that names no account (deleted, or a bad event) gets no inbox entry.
    const contact = contacts.get(notice.userId);
    if (!contact) continue;
    const [row] = await tx
      .insert(notifications)
      .values({ userId: notice.userId, kind: notice.kind, sourceEventId: eventId, link: notice.link, ...notice.text })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    if (!row) continue;
    created += 1;
    const copies = [
      ...(contact.mobile ? [{ channel: 'sms' as const, address: contact.mobile }] : []),
      ...(contact.email ? [{ channel: 'email' as const, address: contact.email }] : []),
    ];
    for (const copy of copies) {
      const [delivery] = await tx
        .insert(notificationDeliveries)
        .values({ notificationId: row.id, channel: copy.channel, addressEnc: cipher.encrypt(copy.address, DELIVERY_ADDRESS_COLUMN) })
        .returning({ id: notificationDeliveries.id });
      if (delivery) await emitEvent(tx, DELIVERY_CREATED, { deliveryId: delivery.id });
    }
  }
  return created;
}
