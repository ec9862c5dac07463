import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FieldCipher } from './field-cipher';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const bidxKey = randomBytes(32);
const cipher = new FieldCipher({ k1 }, 'k1', bidxKey);

function nonceOf(text: string): string {
  return Buffer.from(text.split('.')[2]!, 'base64url').subarray(0, 12).toString('hex');
}

/** Flips one bit of the binary payload (nonce ‖ ciphertext ‖ tag) at `index`. */
function flipBit(text: string, index: number): string {
  const [version, keyId, payload] = text.split('.');
  const raw = Buffer.from(payload!, 'base64url');
  raw[index] = raw[index]! ^ 0x01;
  return `${version}.${keyId}.${raw.toString('base64url')}`;
}

describe('FieldCipher (AES-256-GCM)', () => {
  it('round-trips text, including non-ASCII, and tags the key id', () => {
    for (const plain of ['339902198503121019', '明湖市演示路1号', 'x']) {
      const text = cipher.encrypt(plain, 'users.address');
      expect(text).toMatch(/^v1\.k1\.[A-Za-z0-9_-]+$/);
      if (plain.length > 3) expect(text).not.toContain(plain);
      expect(cipher.decrypt(text, 'users.address')).toBe(plain);
      expect(FieldCipher.keyIdOf(text)).toBe('k1');
    }
  });

  it('uses a fresh nonce every time: 10,000 encryptions of one value are all different', () => {
    const texts = new Set<string>();
    const nonces = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const text = cipher.encrypt('13900000001', 'users.mobile');
      texts.add(text);
      nonces.add(nonceOf(text));
    }
    expect(texts.size).toBe(10_000);
    expect(nonces.size).toBe(10_000);
  });

  it('refuses tampered ciphertext: nonce, body and tag', () => {
    const text = cipher.encrypt('339902198503121019', 'users.id_number');
    const length = Buffer.from(text.split('.')[2]!, 'base64url').length;
    for (const index of [0, 11, 12, 20, length - 16, length - 1]) {
      expect(() => cipher.decrypt(flipBit(text, index), 'users.id_number'), `byte ${index}`).toThrow();
    }
    expect(() => cipher.decrypt(text.slice(0, -4), 'users.id_number')).toThrow();
    expect(() => cipher.decrypt(text.replace(/^v1/, 'v2'), 'users.id_number')).toThrow(/unreadable/);
  });

  it('refuses a ciphertext moved to another column', () => {
    const text = cipher.encrypt('339902198503121019', 'users.id_number');
    expect(() => cipher.decrypt(text, 'users.mobile')).toThrow();
    expect(() => cipher.decrypt(text)).toThrow();
  });

  it('keeps old ciphertexts readable after a rotation while new writes use the new key', () => {
    const old = cipher.encrypt('13900000001', 'users.mobile');
    const rotated = new FieldCipher({ k1, k2 }, 'k2', bidxKey);
    expect(rotated.decrypt(old, 'users.mobile')).toBe('13900000001');
    const fresh = rotated.encrypt('13900000001', 'users.mobile');
    expect(FieldCipher.keyIdOf(fresh)).toBe('k2');
    expect(rotated.decrypt(fresh, 'users.mobile')).toBe('13900000001');
    // The old cipher has no k2: it cannot read the new value, so the key really changed.
    expect(() => cipher.decrypt(fresh, 'users.mobile')).toThrow(/key k2/);
    // A ring without k1 can no longer read the old value.
    expect(() => new FieldCipher({ k2 }, 'k2', bidxKey).decrypt(old, 'users.mobile')).toThrow(/key k1/);
  });

  it('refuses a current key id that is not in the ring', () => {
    expect(() => new FieldCipher({ k1 }, 'k9', bidxKey)).toThrow(/k9/);
  });

  it('treats null, undefined and empty optional values as absent', () => {
    expect(cipher.encryptOptional(null)).toBeNull();
    expect(cipher.encryptOptional(undefined)).toBeNull();
    expect(cipher.encryptOptional('')).toBeNull();
    expect(cipher.decryptOptional(null)).toBeNull();
    expect(cipher.decryptOptional(cipher.encryptOptional('a', 'c'), 'c')).toBe('a');
  });
});

describe('blind index', () => {
  it('is deterministic for the same key, purpose and value', () => {
    const again = new FieldCipher({ k2 }, 'k2', bidxKey);
    expect(cipher.blindIndex('mobile', '13900000001')).toBe(cipher.blindIndex('mobile', '13900000001'));
    // Independent of the data keys: rotation does not break lookups.
    expect(again.blindIndex('mobile', '13900000001')).toBe(cipher.blindIndex('mobile', '13900000001'));
  });

  it('depends on the key, the purpose and the value', () => {
    const other = new FieldCipher({ k1 }, 'k1', randomBytes(32));
    const base = cipher.blindIndex('mobile', '13900000001');
    expect(other.blindIndex('mobile', '13900000001')).not.toBe(base);
    expect(cipher.blindIndex('login', '13900000001')).not.toBe(base);
    expect(cipher.blindIndex('mobile', '13900000002')).not.toBe(base);
    // The separator keeps purpose and value apart: "a" + "bc" is not "ab" + "c".
    expect(cipher.blindIndex('a', 'bc')).not.toBe(cipher.blindIndex('ab', 'c'));
    expect(base).not.toContain('13900000001');
  });
});
