import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import { ENCRYPTED_COLUMNS } from '../identity/person-fields';
import { users } from '../identity/tables';

// Associated data of the e-mail column (identity's naming rule `users.<column>`) and of a delivery's address.
const USER_EMAIL_COLUMN = 'users.email';
export const DELIVERY_ADDRESS_COLUMN = 'notification_deliveries.address';

export interface Contact {
  mobile: string | null;
  email: string | null;
}

/**
 * The mobile numbers and e-mail addresses of the given users, decrypted (users that do not exist are left out).
 * Identity exports no contact lookup yet, so this one read of its table lives here; it moves there when it does.
 */
export async function findContacts(exec: Executor, cipher: FieldCipher, userIds: string[]): Promise<Map<string, Contact>> {
  if (userIds.length === 0) return new Map();
  const rows = await exec.select({ id: users.id, mobileEnc: users.mobileEnc, emailEnc: users.emailEnc }).from(users).where(inArray(users.id, userIds));
  return new Map(
    rows.map((row) => [
      row.id,
      { mobile: cipher.decryptOptional(row.mobileEnc, ENCRYPTED_COLUMNS.mobile), email: cipher.decryptOptional(row.emailEnc, USER_EMAIL_COLUMN) },
    ]),
  );
}
