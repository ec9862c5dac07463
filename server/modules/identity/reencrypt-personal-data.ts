import { asc, gt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { FieldCipher } from '../../platform/crypto/field-cipher';
import { ENCRYPTED_COLUMNS } from './person-fields';
import { users } from './tables';

const FIELDS = [
  ['idNumberEnc', ENCRYPTED_COLUMNS.idNumber],
  ['mobileEnc', ENCRYPTED_COLUMNS.mobile],
  ['addressEnc', ENCRYPTED_COLUMNS.address],
  ['creditCodeEnc', ENCRYPTED_COLUMNS.creditCode],
  ['totpSecretEnc', ENCRYPTED_COLUMNS.totpSecret],
] as const;

/**
 * After a key rotation: re-encrypts every personal-data value still under an older key, in batches, so old keys
 * can eventually be retired. Safe to run again (values already under the current key are left alone).
 */
export async function reencryptPersonalData(db: Db, cipher: FieldCipher, onProgress?: (done: number) => void): Promise<number> {
  const anyStale = or(...FIELDS.map(([f]) => sql`(${users[f]} IS NOT NULL AND ${users[f]} NOT LIKE ${`v1.${cipher.currentKeyId}.%`})`))!;
  let moved = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await db.select().from(users).where(sql`${anyStale} AND ${gt(users.id, after)}`).orderBy(asc(users.id)).limit(200);
    if (batch.length === 0) return moved;
    await db.transaction(async (tx) => {
      for (const row of batch) {
        const update: Partial<Record<(typeof FIELDS)[number][0], string>> = {};
        for (const [field, context] of FIELDS) {
          const value = row[field];
          if (value && FieldCipher.keyIdOf(value) !== cipher.currentKeyId) update[field] = cipher.encrypt(cipher.decrypt(value, context), context);
        }
        await tx.update(users).set(update).where(sql`${users.id} = ${row.id}`);
      }
    });
    moved += batch.length;
    after = batch[batch.length - 1]!.id;
    onProgress?.(moved);
  }
}
