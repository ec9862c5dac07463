// Shapes of the catalogue API answers (server/modules/catalog/schemas.ts and catalogue-format.ts).

export interface Text2 {
  zh: string;
  en: string;
}

export type Audience = 'person' | 'enterprise';

/** One result of GET /catalog/items: with a region, that region's implementation (own or inherited). */
export interface ItemSummary {
  code: string;
  name: Text2;
  type: string;
  /** Competent department kind (market_regulation …). */
  department: string;
  /** The implementing department in the region asked for. */
  departmentName: { zh: string; en: string | null } | null;
  promisedDays: number | null;
  statutoryDays: number;
  visits: number | null;
}

export interface LegalBasis {
  law: string;
  article: string;
}

export interface Condition {
  id: string;
  text: Text2;
}

export type MaterialSource = 'elicence' | 'shared_data' | 'upload' | 'commitment';

export interface GuideMaterial {
  id: string;
  name: Text2;
  isRequired: boolean;
  formats: string[];
  source: MaterialSource;
  sourceRef: string | null;
  trustLevel: string;
  /** An e-licence or shared data: the office fetches it, the applicant submits nothing. */
  isFetched: boolean;
  /** The applicant may sign a commitment (告知承诺) instead, in this region. */
  mayCommit: boolean;
}

export interface WorkflowStep {
  kind: string;
  name: Text2;
  role: string;
  limitDays?: number;
}

export interface Fee {
  name: Text2;
  amountYuan: number;
}

export interface Implementation {
  regionCode: string;
  /** Taken from an ancestor region that has its own list. */
  inherited: boolean;
  department: { code: string; name: string; nameEn: string | null };
  promisedDays: number;
  fees: Fee[];
  channels: string[];
  /** 0 = fully online (全程网办). */
  visits: number;
  hallAddress: string;
  hallHours: string;
  contactPhone: string;
  notes: string;
  needsReview: boolean;
}

/** GET /catalog/items/{code}?region=: the service guide. */
export interface ItemGuide {
  code: string;
  version: number;
  name: Text2;
  type: string;
  departmentKind: string;
  audience: string[];
  themes: string[];
  legalBasis: LegalBasis[];
  statutoryDays: number;
  variants: string[];
  conditions: Condition[];
  materials: GuideMaterial[];
  form: FormSchema;
  workflow: WorkflowStep[];
  issuesElicence: string | null;
  appealRoute: Text2;
  implementation: Implementation | null;
}

/** A JSON Schema (2020-12 subset) of an application form; fields may carry `x-element`, `x-title-en`. */
export interface FormSchema {
  type: 'object';
  properties: Record<string, unknown>;
  required?: string[];
}

export interface LifeEventSummary {
  id: string;
  name: Text2;
  description: Text2;
  audience: Audience;
  itemCodes: string[];
}

export interface LifeEventItem {
  code: string;
  name: Text2;
  departmentKind: string;
  dependsOn: string[];
  statutoryDays: number;
  promisedDays: number | null;
}

export interface LifeEventMaterial {
  key: string;
  name: Text2;
  source: MaterialSource;
  sourceRef: string | null;
  isFetched: boolean;
  itemCodes: string[];
}

export interface Counts {
  applications: number;
  fields: number;
  materials: number;
}

/** GET /catalog/life-events/{id}?region=. */
export interface LifeEventView {
  id: string;
  name: Text2;
  description: Text2;
  audience: Audience;
  /** In dependency order. */
  items: LifeEventItem[];
  form: FormSchema;
  materials: LifeEventMaterial[];
  jointDays: number;
  replaces: Counts;
  merged: Counts;
}

export interface DataElement {
  code: string;
  name: Text2;
  subject: string;
  type: string;
  isPersonalInformation: boolean;
  isSensitive: boolean;
}
