// The data exchange's vocabulary: what a data resource is made of, the rules its records are checked against and
// the states of a sharing request. Pure types and constants; tables.ts stores them.

export interface I18nText {
  zh: string;
  en: string;
}

export const GRADES = ['general', 'important', 'core'] as const; // GB/T 43697-2024, lowest to highest
export type Grade = (typeof GRADES)[number];

export const SHARING_TYPES = ['unconditional', 'conditional', 'not_shared'] as const;
export type SharingType = (typeof SHARING_TYPES)[number];

export const SHARING_METHODS = ['lookup', 'bulk', 'verify'] as const;
export type SharingMethod = (typeof SHARING_METHODS)[number];

export const UPDATE_CYCLES = ['realtime', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type UpdateCycle = (typeof UPDATE_CYCLES)[number];

export const SUBJECT_KINDS = ['person', 'enterprise'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const FIELD_TYPES = ['string', 'number', 'boolean', 'date'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Per-field quality rules (checked on every load; failures lower the score, they never reject a record). */
export interface FieldRules {
  required?: boolean;
  pattern?: string;
  enum?: string[];
  min?: number;
  max?: number;
  /** The value must be a subject (or a field value) present in another resource. */
  ref?: { resource: string; field?: string };
}

export interface ResourceField {
  key: string;
  name: I18nText;
  type: FieldType;
  /** Shared vocabulary (data_elements.code), e.g. spouse.name; the once-only broker resolves forms by it. */
  element?: string;
  personal: boolean;
  sensitive: boolean;
  rules?: FieldRules;
}

export interface Classification {
  /** 类 / 项 / 目 */
  class: string;
  item: string;
  category: string;
}

/** The last quality computation: four dimensions (0–1), the overall score and the rules that failed. */
export interface QualityReport {
  score: number;
  completeness: number;
  validity: number;
  timeliness: number;
  consistency: number;
  records: number;
  failing: { field?: string; rule: string; count: number }[];
  computedAt: string;
}

export const REQUEST_STATUSES = ['compliance_check', 'provider_review', 'higher_review', 'approved', 'refused', 'revoked'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const USAGE_METHODS = ['lookup', 'verify', 'licence', 'unmask'] as const;
export type UsageMethod = (typeof USAGE_METHODS)[number];

export const USAGE_RESULTS = ['allowed', 'refused', 'not_found', 'rate_limited'] as const;
export type UsageResult = (typeof USAGE_RESULTS)[number];

/** Why the data could be used: a grant alone, the citizen's separate consent, or a statutory duty of the item. */
export const USAGE_BASES = ['grant', 'consent', 'statutory'] as const;
export type UsageBasis = (typeof USAGE_BASES)[number];
