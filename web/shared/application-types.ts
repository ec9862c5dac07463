// Shapes of the applications API (server/modules/applications/routes.ts) — the contract portal and console share.
import type { Text2 } from './catalog-types';

export type ApplicationStatus =
  | 'draft'
  | 'waiting'
  | 'submitted'
  | 'supplement_requested'
  | 'not_accepted'
  | 'in_review'
  | 'approved'
  | 'denied'
  | 'delivered'
  | 'completed'
  | 'withdrawn'
  | 'in_progress';

export type CaseAction = 'accept' | 'refuse' | 'request-supplement' | 'supplement' | 'approve' | 'deny' | 'deliver' | 'complete' | 'withdraw' | 'extend' | 'claim' | 'assign';
export type DeadlineState = 'on_time' | 'approaching' | 'overdue';

/** GET /applications/prepare?implementation=CODE|ID&region=… or ?lifeEvent=ID&region=… */
export interface PrepareView {
  target: {
    kind: 'item' | 'lifeEvent';
    itemCode: string | null;
    lifeEventId: string | null;
    title: Text2;
    region: string;
    items: { itemCode: string; name: Text2; department: { code: string; name: string; nameEn: string | null }; promisedDays: number; dependsOn: string[] }[];
    jointDays: number;
  };
  /** One entry per form field, in order; `schema` is the field's JSON Schema (title, x-title-en, enum, format, pattern…). */
  fields: {
    key: string;
    schema: Record<string, unknown>;
    required: boolean;
    element: string | null;
    /** What the platform holds or fetched through the data exchange (`resource` = the data resource's code; null for the account profile). */
    prefill: null | { value: string | number | boolean; source: Text2; fetchedAt: string; editable: boolean; resource: string | null };
  }[];
  materials: {
    key: string;
    name: Text2;
    source: 'elicence' | 'shared_data' | 'upload' | 'commitment';
    formats: ('pdf' | 'jpeg' | 'png')[];
    required: boolean;
    commitmentAllowed: boolean;
    /** Produced by another item of the same life event: attached automatically, nothing to do. */
    producedInBundle: boolean;
    /** An e-licence the applicant holds that can be fetched instead of uploaded (免证办). */
    fetchable: null | { licenceId: string; number: string; issuerName: string; issuedOn: string };
    /** A shared-data material proved through the data exchange (the fact, its source and time) instead of a document. */
    shared: null | { value: string; source: Text2; fetchedAt: string; resource: string };
  }[];
  counts: { fieldsTotal: number; fieldsFetched: number; materialsTotal: number; materialsFetched: number };
  commitmentText: Text2;
  /** Sensitive data a department may fetch only with the applicant's separate consent (ask, then prepare again with `consent`). */
  consentNeeded: { resource: string; resourceName: Text2; provider: Text2; fields: { key: string; name: Text2 }[] }[];
}

export interface MaterialChoice {
  key: string;
  provision: 'fetched' | 'upload' | 'commitment';
  fileId?: string;
}

/** Body of POST /applications (with an Idempotency-Key header) and of draft saves. */
export interface ApplicationInput {
  implementation?: string;
  lifeEvent?: string;
  region: string;
  form: Record<string, unknown>;
  materials: MaterialChoice[];
  draftId?: string;
  /** Resource codes the applicant consented to (submission only). */
  consent?: string[];
  /** Field keys typed by hand instead of the fetched value — the manual alternative (submission only). */
  manual?: string[];
}

/** POST /applications/uploads (raw bytes, header X-File-Name URI-encoded) → 201 */
export interface UploadedFile {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

export interface DraftSummary {
  id: string;
  title: Text2;
  implementation: string | null;
  lifeEvent: string | null;
  region: string;
  version: number;
  updatedAt: string;
}

export interface Draft extends DraftSummary {
  form: Record<string, unknown>;
  materials: MaterialChoice[];
}

export interface CaseSummary {
  id: string;
  caseNumber: string;
  kind: 'single' | 'bundle' | 'child';
  title: Text2;
  status: ApplicationStatus;
  itemCode: string | null;
  lifeEventId: string | null;
  applicantName: string;
  department: { code: string; name: string; nameEn: string | null } | null;
  regionCode: string;
  submittedAt: string | null;
  updatedAt: string;
  dueOn: string | null;
  dueProvisional: boolean;
  deadlineState: DeadlineState;
  /** Working days until the due date (negative when overdue); null before acceptance. */
  workingDaysLeft: number | null;
  escalated: boolean;
  assignee: { id: string; name: string } | null;
  currentStep: { index: number; name: Text2; role: string } | null;
  version: number;
}

export interface CaseView extends CaseSummary {
  fields: { key: string; title: Text2; value: unknown }[];
  materials: {
    id: string;
    name: Text2;
    source: string;
    provision: 'fetched' | 'upload' | 'commitment' | 'pending';
    licence: null | { id: string; number: string; issuer: string };
    file: null | { id: string; fileName: string; mediaType: string; sha256: string };
    statement: string | null;
    pendingFrom: string | null;
    shared: null | { fact: string; fetchedAt: string | null };
  }[];
  timeline: { at: string; actorName: string; action: string; fromStatus: string | null; toStatus: string; note: string | null; caseNumber: string }[];
  steps: { index: number; kind: string; name: Text2; role: string; state: 'done' | 'current' | 'todo' }[];
  supplementRequest: null | { items: string[]; note: string; requestedAt: string };
  decision: null | { outcome: string; reason?: string; legalBasis?: string; at: string };
  licence: null | { id: string; number: string; type: string };
  promisedDays: number;
  extensionDays: number;
  acceptedOn: string | null;
  children: CaseSummary[];
  parent: null | { id: string; caseNumber: string; title: Text2 };
  availableActions: CaseAction[];
  rating: null | { score: number; tags: string[]; comment: string | null; createdAt: string };
  canRate: boolean;
  /** What the applicant is expected to do now. */
  expected: 'supplement' | 'rate' | 'none';
}

export interface CaseList {
  items: CaseSummary[];
  nextCursor: string | null;
}

export const RATING_TAGS = ['exceeded_time_limit', 'extra_conditions', 'extra_materials', 'poor_attitude', 'visited_more_than_once'] as const;
