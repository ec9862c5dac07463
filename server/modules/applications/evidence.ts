import type { Executor } from '../../db/client';
import type { UseCaseContext } from '../../platform/context';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import { loadPersonFacts, type PersonFacts } from '../identity/person-facts';
import type { PlannedField, PlannedMaterial } from './plan';
import type { Target } from './targets';

// Once-only: what the platform already holds about the applicant, bound to data elements. The profile is the
// first source; the data exchange plugs in as another EvidenceSource with the same shape.

export interface FetchedValue {
  value: string | number | boolean;
  source: { zh: string; en: string };
  fetchedAt: string;
  /** False for identity facts the applicant must correct at the source agency (name, ID number…). */
  editable: boolean;
  /** The data resource (exchange) it came from; null for the account profile. */
  resource?: string | null;
}

/** Sensitive fields a grant allows only with the applicant's separate consent, given at that moment. */
export interface ConsentNeeded {
  resource: string;
  resourceName: { zh: string; en: string };
  provider: { zh: string; en: string };
  fields: { key: string; name: { zh: string; en: string } }[];
}

/** What a source needs beyond the applicant: who asks (the implementing departments), why, for which case. */
export interface EvidenceContext {
  ctx: UseCaseContext;
  /** element → ids of the departments whose items' forms need it (the consumers of the data). */
  consumers: ReadonlyMap<string, readonly string[]>;
  /** e.g. 办理「新生儿出生一件事」 */
  purpose: string;
  /** The draft or case the data is fetched for. */
  caseRef: string | null;
  /** Resource codes the applicant has just given separate consent for. */
  consent: readonly string[];
  /** Sources add here what they did not fetch for want of consent. */
  consentNeeded: ConsentNeeded[];
}

export type Applicant = PersonFacts;

export async function loadApplicant(exec: Executor, cipher: FieldCipher, userId: string): Promise<Applicant> {
  const facts = await loadPersonFacts(exec, cipher, userId);
  if (!facts) throw new Error(`applicant ${userId} not found`);
  return facts;
}

export interface EvidenceSource {
  resolve(applicant: Applicant, elements: readonly string[], context?: EvidenceContext): Promise<Map<string, FetchedValue>>;
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
export async function resolveEvidence(sources: readonly EvidenceSource[], applicant: Applicant, elements: readonly string[], context?: EvidenceContext): Promise<Map<string, FetchedValue>> {
  const out = new Map<string, FetchedValue>();
  for (const source of sources) {
    const remaining = elements.filter((e) => !out.has(e));
    if (remaining.length === 0) break;
    const found = await source.resolve(applicant, remaining, context);
    for (const [k, v] of found) out.set(k, v);
  }
  return out;
}

/** A fetched value in the type the form field's schema asks for (exchange values keep their own types). */
export function valueForSchema(value: FetchedValue['value'], schema: Record<string, unknown>): unknown {
  const type = schema.type;
  if ((type === 'number' || type === 'integer') && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (type === 'string' && typeof value !== 'string') return String(value);
  return value;
}

/** element → the departments whose items' forms need it (the consumers of exchanged data). */
export function consumersOf(target: Target, fields: readonly PlannedField[], materials: readonly PlannedMaterial[] = []): Map<string, string[]> {
  const departmentOf = new Map(target.items.map((i) => [i.itemCode, i.department.id]));
  const out = new Map<string, string[]>();
  const add = (element: string, itemCodes: string[]) => {
    const ids = itemCodes.flatMap((code) => {
      const id = departmentOf.get(code);
      return id ? [id] : [];
    });
    out.set(element, [...new Set([...(out.get(element) ?? []), ...ids])]);
  };
  for (const f of fields) if (f.element) add(f.element, f.targets.map((t) => t.itemCode));
  // Shared-data materials (e.g. tax clearance) name the element they prove.
  for (const m of sharedMaterials(materials)) add(m.sourceRef!, m.targets.filter((t) => !t.producedBy).map((t) => t.itemCode));
  return out;
}

/** Materials proved by a shared-data element instead of a document (清税证明 → enterprise.isTaxCleared). */
export function sharedMaterials(materials: readonly PlannedMaterial[]): PlannedMaterial[] {
  return materials.filter((m) => m.source === 'shared_data' && m.sourceRef);
}

/** A fetched value as one line: 是/否 for yes-no facts. */
export function displayValue(value: FetchedValue['value']): string {
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

/** The purpose every fetch for an application carries: 办理「<item or life event>」. */
export function applicationPurpose(target: Target): string {
  return `办理「${target.title.zh}」`;
}

export function evidenceContext(ctx: UseCaseContext, target: Target, fields: readonly PlannedField[], caseRef: string | null, consent: readonly string[], materials: readonly PlannedMaterial[] = []): EvidenceContext {
  return { ctx, consumers: consumersOf(target, fields, materials), purpose: applicationPurpose(target), caseRef, consent, consentNeeded: [] };
}
