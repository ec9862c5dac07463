import { AppError } from '../../../platform/errors/app-error';
import type { FieldCipher } from '../../../platform/crypto/field-cipher';
import { maskCreditCode, maskIdNumber } from '../../../platform/crypto/masking';
import { checkCreditCode, normaliseCreditCode } from '../../../platform/ids/credit-code';
import { checkResidentId, normaliseResidentId } from '../../../platform/ids/resident-id';
import type { SubjectKind } from '../model';

export interface Subject {
  kind: SubjectKind;
  /** The blind index the records and users tables key the subject by. */
  bidx: string;
  masked: string;
}

/**
 * A clear resident ID or credit code → its blind index. `expected` is the resource's subject kind when known;
 * anything that is not a valid identifier of that kind is a 422 naming `subject` (never a refusal).
 */
export function parseSubject(cipher: FieldCipher, value: string, expected?: SubjectKind): Subject {
  // Only the kinds the resource can take are checked (a lookup pays for one check, not both).
  const asPerson = normaliseResidentId(value);
  const personProblem = expected === 'enterprise' ? null : checkResidentId(asPerson);
  if (expected !== 'enterprise' && personProblem === null) {
    return { kind: 'person', bidx: cipher.blindIndex('id_number', asPerson), masked: maskIdNumber(asPerson) };
  }
  const asEnterprise = normaliseCreditCode(value);
  const enterpriseProblem = expected === 'person' ? null : checkCreditCode(asEnterprise);
  if (expected !== 'person' && enterpriseProblem === null) {
    return { kind: 'enterprise', bidx: cipher.blindIndex('credit_code', asEnterprise), masked: maskCreditCode(asEnterprise) };
  }
  const rule = expected === 'enterprise' ? (enterpriseProblem ?? 'kind') : expected === 'person' ? (personProblem ?? 'kind') : 'format';
  throw new AppError('exchange.subject_invalid', {
    details: [{ field: 'subject', rule, message: expected === 'enterprise' ? 'expected a valid unified social credit code' : expected === 'person' ? 'expected a valid resident ID number' : 'expected a resident ID number or credit code' }],
  });
}
