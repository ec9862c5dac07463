import { asc, gt, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { JobDefinition } from '../../platform/jobs/job-queue';
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
export async function reencryptPersonalData(db: Executor, cipher: FieldCipher, onProgress?: (done: number) => void): Promise<number> {
  const anyStale = staleCondition(cipher);
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

function staleCondition(cipher: FieldCipher) {
  return or(...FIELDS.map(([f]) => sql`(${users[f]} IS NOT NULL AND ${users[f]} NOT LIKE ${`v1.${cipher.currentKeyId}.%`})`))!;
}

/** Whether any personal data is still under an older key (checked at start to schedule the job). */
export async function hasStalePersonalData(db: Executor, cipher: FieldCipher): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).where(staleCondition(cipher)).limit(1);
  return rows.length > 0;
}

/** The re-encrypt job: scheduled at start when a rotation left values under an older key. */
export function reencryptJob(cipher: FieldCipher): JobDefinition<{ keyId?: string }> {
  return {
    name: 'identity.reencrypt_personal_data',
    async handle(tx) {
      await reencryptPersonalData(tx, cipher);
    },
  };
}
