// GB 32100-2015 unified social credit code: 18 characters, the last one a check character.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeProblem = 'format' | 'checksum';

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  const check = (31 - (sum % 31)) % 31;
  return ALPHABET[check] ?? '';
}

export function checkCreditCode(value: string): CreditCodeProblem | null {
  const code = value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return 'format';
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return 'checksum';
  return null;
}

export function normaliseCreditCode(value: string): string {
  return value.trim().toUpperCase();
}

/** Category 92 = individually-owned business (个体工商户): its code identifies a person, so it is personal data. */
export function isSoleTraderCode(code: string): boolean {
  return code.startsWith('92');
}
