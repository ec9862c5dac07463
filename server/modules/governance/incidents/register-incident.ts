import type { Tx } from '../../../db/client';
import type { UseCaseContext } from '../../../platform/context';
import type { Channel, ContactPreference, GeoPoint, RequestType, Urgency } from '../model';
import type { incidents } from '../tables';

// OWNER: incidents helper. Contract used by every channel (portal, hotline, grid worker, sensors, Open311);
// replace the body, keep the signature.

export type IncidentRow = typeof incidents.$inferSelect;

export interface RegisterInput {
  channel: Channel;
  requestType?: RequestType;
  description: string;
  /** A leaf category; when absent the classifier's suggestion is used if confident, else the dispatcher decides. */
  categoryCode?: string;
  urgency?: Urgency;
  point?: GeoPoint;
  address?: string;
  /** Stored files (already content-checked) owned by the reporter, at most 3. */
  photoFileIds?: string[];
  reporter?: { userId: string | null; name: string | null; phone: string | null; contactPreference: ContactPreference; anonymous: boolean };
  intakeClientId?: string;
  attributes?: Record<string, unknown>;
}

/**
 * Registers one incident in the caller's transaction: checks the input (422 naming the field), classifies the text,
 * resolves the place (grid → district), checks fusion (an open incident of the same category within 200 m and 72 h
 * → linked as its duplicate), writes the row, photos, timeline entry, audit record and outbox event, and dispatches
 * automatically when the dispatch rule and the classification are both confident.
 */
export async function registerIncident(tx: Tx, ctx: UseCaseContext, input: RegisterInput): Promise<IncidentRow> {
  void tx;
  void ctx;
  void input;
  throw new Error('registerIncident: not implemented yet');
}
