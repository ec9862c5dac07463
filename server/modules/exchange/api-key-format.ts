import { createHash, randomBytes } from 'node:crypto';

// API keys of consumer systems: `ywk_<8-char prefix>_<43-char secret>`. Only the SHA-256 (hex) of the whole key is
// stored; the prefix is kept to recognise a key in lists. Shared by the key use cases and the gateway.

const KEY_PATTERN = /^ywk_([0-9a-z]{8})_([A-Za-z0-9_-]{43})$/;

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(6).toString('hex').slice(0, 8);
  const key = `ywk_${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function isWellFormedApiKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}
