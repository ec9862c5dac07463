// The staff's calls on one case. Actions carry If-Match with the version the page shows.
import { ApiError, apiRequest } from '../../shared/api';
import type { CaseAction, CaseView } from '../../shared/application-types';

/** The action bodies of the staff side (see application-types.ts for the contract). */
export type ActionBody =
  | { note?: string }
  | { reason: string }
  | { items: string[]; note?: string; newFacts?: string }
  | { reason: string; legalBasis: string }
  | { method: 'elicence' | 'mail' | 'counter' }
  | { days: number; reason: string }
  | { assigneeId: string }
  | Record<string, never>;

/** POST /applications/{id}/actions/{action} with If-Match: a 412 means someone changed the case meanwhile. */
export async function actOnCase(caseId: string, action: CaseAction, version: number, body: ActionBody = {}): Promise<CaseView> {
  return apiRequest<CaseView>('POST', `/applications/${encodeURIComponent(caseId)}/actions/${action}`, body, undefined, { 'if-match': String(version) });
}

/** Where an uploaded material opens (in a new tab; the server checks that the case is in the viewer's scope). */
export function fileUrl(fileId: string): string {
  return `/api/v1/applications/files/${encodeURIComponent(fileId)}`;
}

export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}
