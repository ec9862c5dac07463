import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FieldCipher } from '../../platform/crypto/field-cipher';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { ENCRYPTED_COLUMNS, loginIndex } from './person-fields';
import { reencryptPersonalData } from './reencrypt-personal-data';
import { users } from './tables';

const COLUMNS = {
  id_number_enc: ENCRYPTED_COLUMNS.idNumber,
  mobile_enc: ENCRYPTED_COLUMNS.mobile,
  address_enc: ENCRYPTED_COLUMNS.address,
  credit_code_enc: ENCRYPTED_COLUMNS.creditCode,
  totp_secret_enc: ENCRYPTED_COLUMNS.totpSecret,
} as const;
type EncColumn = keyof typeof COLUMNS;
type RawRow = Record<EncColumn, string | null> & { id: string; id_number_bidx: string | null; mobile_bidx: string | null; login_bidx: string };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function rawUsers(): Promise<RawRow[]> {
  const { rows } = await t.database.executeSql(
    'SELECT id, id_number_enc, mobile_enc, address_enc, credit_code_enc, totp_secret_enc, id_number_bidx, mobile_bidx, login_bidx FROM users ORDER BY id',
  );
  return rows as unknown as RawRow[];
}

function plainValues(cipher: FieldCipher, rows: RawRow[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const row of rows) for (const [column, context] of Object.entries(COLUMNS)) out.set(`${row.id}:${column}`, cipher.decryptOptional(row[column as EncColumn], context));
  return out;
}

describe('re-encrypting personal data after a key rotation', () => {
  it('moves every _enc column of every user to the new key, keeps values and blind indexes, and a second run moves nothing', async () => {
    const old = t.services.cipher;
    // More users than one batch (200), so the cursor has to carry on past the first batch.
    const extra = Array.from({ length: 230 }, (_, i) => {
      const mobile = `170${String(i).padStart(8, '0')}`;
      return {
        kind: 'citizen' as const,
        name: `批量${i}`,
        loginBidx: loginIndex(old, `${mobile}-${randomUUID()}`),
        passwordHash: 'not-used',
        mobileEnc: old.encrypt(mobile, ENCRYPTED_COLUMNS.mobile),
        addressEnc: i % 2 === 0 ? old.encrypt(`明湖市批量路${i}号`, ENCRYPTED_COLUMNS.address) : null,
      };
    });
    await t.database.db.insert(users).values(extra);

    const before = await rawUsers();
    const clear = plainValues(old, before);
    const withData = before.filter((r) => Object.keys(COLUMNS).some((c) => r[c as EncColumn] !== null));
    expect(withData.length).toBeGreaterThan(250);
    expect(withData.every((r) => Object.keys(COLUMNS).every((c) => r[c as EncColumn] === null || r[c as EncColumn]!.startsWith('v1.k1.')))).toBe(true);

    const rotated = new FieldCipher({ ...t.config.secrets.dataKeys, k2: randomBytes(32) }, 'k2', t.config.secrets.blindIndexKey);
    const progress: number[] = [];
    const moved = await reencryptPersonalData(t.database.db, rotated, (done) => progress.push(done));
    expect(moved).toBe(withData.length);
    expect(progress).toEqual([200, withData.length]);

    const after = await rawUsers();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    for (const row of after) {
      for (const column of Object.keys(COLUMNS) as EncColumn[]) {
        const value = row[column];
        if (value === null) {
          expect(clear.get(`${row.id}:${column}`), `${row.id}:${column}`).toBeNull();
          continue;
        }
        expect(value.startsWith('v1.k2.'), `${row.id}:${column}`).toBe(true);
        // Readable with the new ring, no longer with the old one: the ciphertext really changed key.
        expect(rotated.decrypt(value, COLUMNS[column])).toBe(clear.get(`${row.id}:${column}`));
        expect(() => old.decrypt(value, COLUMNS[column])).toThrow();
      }
    }
    // Blind indexes do not depend on data keys: lookups keep working.
    const bidx = (rows: RawRow[]) => rows.map((r) => [r.id_number_bidx, r.mobile_bidx, r.login_bidx]);
    expect(bidx(after)).toEqual(bidx(before));

    await expect(reencryptPersonalData(t.database.db, rotated)).resolves.toBe(0);
    const again = await rawUsers();
    expect(again).toEqual(after);
  });
});
