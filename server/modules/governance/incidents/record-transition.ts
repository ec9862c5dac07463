import type { Tx } from '../../../db/client';
import type { UseCaseContext } from '../../../platform/context';
import type { IncidentStatus } from '../model';
import type { incidents } from '../tables';
import type { IncidentRow } from './register-incident';

// OWNER: incidents helper. The one write path of an incident, also used by sensors (close) and oversight
// (deadline state, escalation); replace the body, keep the signature.

export interface IncidentTransition {
  action: string;
  /** The new status; the same as now for changes that are not moves (escalate, deadline state, link). */
  to: IncidentStatus;
  changes?: Partial<Omit<typeof incidents.$inferInsert, 'id' | 'version'>>;
  note?: string | null;
  details?: Record<string, unknown>;
  /** Shown on the reporter's timeline (default true). */
  public?: boolean;
  /** Checked against the row's version (If-Match); stale → 412. */
  expectedVersion?: number;
}

/**
 * The row (version + 1), its timeline entry, the audit record (`governance.<action>`) and the outbox event
 * `governance.incident_transitioned` ({ incidentId, number, action, from, to, ... }), in the caller's transaction.
 */
export async function recordIncidentTransition(tx: Tx, ctx: UseCaseContext, row: IncidentRow, t: IncidentTransition): Promise<IncidentRow> {
  void tx;
  void ctx;
  void row;
  void t;
  throw new Error('recordIncidentTransition: not implemented yet');
}
