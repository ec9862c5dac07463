import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from './passwords';

describe('passwords (argon2id)', () => {
  it('hashes with a salt and verifies only the right password', async () => {
    const [a, b] = await Promise.all([hashPassword('Correct-horse-9'), hashPassword('Correct-horse-9')]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('Correct-horse-9');
    await expect(verifyPassword(a, 'Correct-horse-9')).resolves.toBe(true);
    await expect(verifyPassword(b, 'Correct-horse-9')).resolves.toBe(true);
    await expect(verifyPassword(a, 'correct-horse-9')).resolves.toBe(false);
    await expect(verifyPassword(a, '')).resolves.toBe(false);
  });

  it('answers false, not an exception, for a malformed hash', async () => {
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
    await expect(verifyAgainstDummy('anything')).resolves.toBeUndefined();
  });

  it('requires 8 to 128 characters with letters and digits', () => {
    expect(passwordProblem('Ab1')).toBe('min_length');
    expect(passwordProblem(`a1${'x'.repeat(127)}`)).toBe('max_length');
    expect(passwordProblem('abcdefgh')).toBe('letters_and_digits');
    expect(passwordProblem('12345678')).toBe('letters_and_digits');
    expect(passwordProblem('abcdefg1')).toBeNull();
    expect(passwordProblem(`a1${'x'.repeat(126)}`)).toBeNull();
  });
});
