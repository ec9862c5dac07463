import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM for personal data at rest. Ciphertext text form: `v1.<keyId>.<base64url(nonce ‖ ciphertext ‖ tag)>`,
 * a fresh random 96-bit nonce per encryption and the key id inside, so old ciphertexts stay readable after a
 * rotation until the re-encrypt job moves them.
 */
export class FieldCipher {
  constructor(
    private readonly keys: Record<string, Buffer>,
    readonly currentKeyId: string,
    private readonly blindIndexKey: Buffer,
  ) {
    if (!keys[currentKeyId]) throw new Error(`current data key "${currentKeyId}" is not in the key ring`);
  }

  encrypt(plain: string, context = ''): string {
    const key = this.keys[this.currentKeyId]!;
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    // The column name as associated data: a ciphertext moved to another column does not decrypt.
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v1.${this.currentKeyId}.${Buffer.concat([nonce, body, cipher.getAuthTag()]).toString('base64url')}`;
  }

  decrypt(text: string, context = ''): string {
    const [version, keyId, payload] = text.split('.');
    const key = keyId ? this.keys[keyId] : undefined;
    if (version !== 'v1' || !key || !payload) throw new Error(`unreadable ciphertext (key ${keyId ?? '?'})`);
    const raw = Buffer.from(payload, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString('utf8');
  }

  /** Key id a ciphertext was made with (for the re-encrypt job). */
  static keyIdOf(text: string): string | undefined {
    return text.split('.')[1];
  }

  encryptOptional(plain: string | null | undefined, context = ''): string | null {
    return plain === null || plain === undefined || plain === '' ? null : this.encrypt(plain, context);
  }

  decryptOptional(text: string | null | undefined, context = ''): string | null {
    return text ? this.decrypt(text, context) : null;
  }

  /** Deterministic HMAC-SHA-256 for exact lookups of a value that is stored only encrypted. */
  blindIndex(purpose: string, value: string): string {
    return createHmac('sha256', this.blindIndexKey).update(`${purpose}\u0000${value}`).digest('base64url');
  }
}
