import type { Executor } from '../../db/client';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import { loadPersonFacts, type PersonFacts } from '../identity/person-facts';

// Once-only: what the platform already holds about the applicant, bound to data elements. The profile is the
// first source; the data exchange plugs in as another EvidenceSource with the same shape.

export interface FetchedValue {
  value: string;
  source: { zh: string; en: string };
  fetchedAt: string;
  /** False for identity facts the applicant must correct at the source agency (name, ID number…). */
  editable: boolean;
}

export type Applicant = PersonFacts;

export async function loadApplicant(exec: Executor, cipher: FieldCipher, userId: string): Promise<Applicant> {
  const facts = await loadPersonFacts(exec, cipher, userId);
  if (!facts) throw new Error(`applicant ${userId} not found`);
  return facts;
}

export interface EvidenceSource {
  resolve(applicant: Applicant, elements: readonly string[]): Promise<Map<string, FetchedValue>>;
}

const PROFILE = { zh: '实名认证信息（一网通办账户）', en: 'Verified account profile' };

/** The applicant's verified account: identity facts (not editable here) and contact details (editable). */
export const profileSource: EvidenceSource = {
  resolve(applicant, elements) {
    const at = new Date().toISOString();
    const out = new Map<string, FetchedValue>();
    const put = (element: string, value: string | null | undefined, editable: boolean) => {
      if (value && elements.includes(element)) out.set(element, { value, source: PROFILE, fetchedAt: at, editable });
    };
    if (applicant.kind === 'citizen') {
      put('person.name', applicant.name, false);
      put('person.idNumber', applicant.idNumber, false);
      if (applicant.idNumber?.length === 18) {
        const id = applicant.idNumber;
        put('person.birthDate', `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, false);
        put('person.gender', Number(id[16]) % 2 === 1 ? '男' : '女', false);
      }
      put('person.householdAddress', applicant.address, true);
      put('person.residenceAddress', applicant.address, true);
    }
    if (applicant.kind === 'enterprise') {
      put('enterprise.name', applicant.name, false);
      put('enterprise.creditCode', applicant.creditCode, false);
      put('enterprise.legalRepresentative', applicant.legalRepresentative, false);
      put('enterprise.registeredAddress', applicant.address, true);
    }
    put('person.mobile', applicant.mobile, true);
    return Promise.resolve(out);
  },
};

/** Every source in order; an earlier source wins for the same element. */
export async function resolveEvidence(sources: readonly EvidenceSource[], applicant: Applicant, elements: readonly string[]): Promise<Map<string, FetchedValue>> {
  const out = new Map<string, FetchedValue>();
  for (const source of sources) {
    const found = await source.resolve(applicant, elements.filter((e) => !out.has(e)));
    for (const [k, v] of found) out.set(k, v);
  }
  return out;
}
