import { hash, verify } from '@node-rs/argon2';

// argon2id, OWASP's second recommended setting (19 MiB, 2 passes).
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the account does not exist, so timing does not reveal which accounts exist. */
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

/** Registration rule: at least 8 characters, with letters and digits. */
export function passwordProblem(password: string): string | null {
  if (password.length < 8) return 'min_length';
  if (password.length > 128) return 'max_length';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'letters_and_digits';
  return null;
}
