import type { FieldCipher } from '../../platform/crypto/field-cipher';
import { maskAddress, maskCreditCode, maskIdNumber, maskMobile } from '../../platform/crypto/masking';
import type { ProblemList } from '../../platform/errors/app-error';
import { checkCreditCode } from '../../platform/ids/credit-code';
import { checkResidentId } from '../../platform/ids/resident-id';
import { isMobileNumber } from '../../platform/ids/mobile';
import type { users } from './tables';

// Associated data for each encrypted column: a ciphertext copied into another column will not decrypt.
export const ENCRYPTED_COLUMNS = {
  idNumber: 'users.id_number',
  mobile: 'users.mobile',
  address: 'users.address',
  email: 'users.email',
  creditCode: 'users.credit_code',
  totpSecret: 'users.totp_secret',
} as const;

/** Identifiers people sign in with: usernames are case-insensitive, credit codes upper-case. */
export function loginIndex(cipher: FieldCipher, identifier: string): string {
  const id = identifier.trim();
  return cipher.blindIndex('login', /^[0-9A-Za-z]{18}$/.test(id) ? id.toUpperCase() : id.toLowerCase());
}

export function checkIdNumberField(problems: ProblemList, field: string, value: string): void {
  const problem = checkResidentId(value);
  if (problem) problems.add(field, problem === 'format' ? 'id_format' : problem, '');
}

export function checkCreditCodeField(problems: ProblemList, field: string, value: string): void {
  const problem = checkCreditCode(value);
  if (problem) problems.add(field, problem === 'format' ? 'credit_code_format' : problem, '');
}

export function checkMobileField(problems: ProblemList, field: string, value: string): void {
  if (!isMobileNumber(value)) problems.add(field, 'mobile_format', '');
}

export function checkName(problems: ProblemList, field: string, value: string): void {
  if (value.trim() === '') problems.add(field, 'not_blank', '');
}

type UserRow = typeof users.$inferSelect;

export interface MaskedProfile {
  idNumber?: string;
  mobile?: string;
  creditCode?: string;
  legalRepresentative?: string;
  regionCode?: string;
  address?: string;
}

/** The profile as every API response shows it: personal data masked. */
export function maskedProfile(cipher: FieldCipher, user: UserRow): MaskedProfile {
  const idNumber = cipher.decryptOptional(user.idNumberEnc, ENCRYPTED_COLUMNS.idNumber);
  const mobile = cipher.decryptOptional(user.mobileEnc, ENCRYPTED_COLUMNS.mobile);
  const creditCode = cipher.decryptOptional(user.creditCodeEnc, ENCRYPTED_COLUMNS.creditCode);
  const address = cipher.decryptOptional(user.addressEnc, ENCRYPTED_COLUMNS.address);
  return {
    ...(idNumber ? { idNumber: maskIdNumber(idNumber) } : {}),
    ...(mobile ? { mobile: maskMobile(mobile) } : {}),
    ...(creditCode ? { creditCode: maskCreditCode(creditCode) } : {}),
    ...(user.legalRepresentative ? { legalRepresentative: user.legalRepresentative } : {}),
    ...(user.regionCode ? { regionCode: user.regionCode } : {}),
    ...(address ? { address: maskAddress(address) } : {}),
  };
}
