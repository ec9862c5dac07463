import type { Actor } from '../../platform/access/actor';
import type { StandardItemContent } from '../catalog/catalogue-format';
import type { ApplicationStatus } from './tables';

// The case state machine, pure: which action is possible in which state, for whom, and where it leads.

export const ACTIONS = ['accept', 'refuse', 'request-supplement', 'supplement', 'approve', 'deny', 'deliver', 'complete', 'withdraw', 'extend', 'claim', 'assign'] as const;
export type Action = (typeof ACTIONS)[number];

type Steps = StandardItemContent['workflow'];

/** Before a decision the applicant may still withdraw. */
export const OPEN_STATUSES: readonly ApplicationStatus[] = ['waiting', 'submitted', 'supplement_requested', 'in_review'];
export const FINAL_STATUSES: readonly ApplicationStatus[] = ['completed', 'denied', 'not_accepted', 'withdrawn'];
/** States in which the promised-limit clock runs (or stands still during a supplement). */
export const CLOCKED_STATUSES: readonly ApplicationStatus[] = ['in_review', 'supplement_requested'];

/** The step that decides: the last `decide` step, else the last step before delivery. */
export function decisionStepIndex(steps: Steps): number {
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]?.kind === 'decide') return i;
  for (let i = steps.length - 1; i >= 0; i--) if (steps[i]?.kind !== 'deliver') return i;
  return 0;
}

export function deliveryStepIndex(steps: Steps): number | null {
  const decide = decisionStepIndex(steps);
  for (let i = decide + 1; i < steps.length; i++) if (steps[i]?.kind === 'deliver') return i;
  return null;
}

export interface CaseFacts {
  status: ApplicationStatus;
  kind: 'single' | 'bundle' | 'child';
  applicantId: string;
  departmentId: string | null;
  stepIndex: number;
  supplementCount: number;
}

/** Who may take `action` on the case now. Staff must already be in scope (department × region), checked in SQL. */
export function mayAct(action: Action, facts: CaseFacts, steps: Steps, actor: Actor): 'ok' | 'state' | 'role' {
  const isApplicant = actor.userId === facts.applicantId;
  const isStaff = actor.kind === 'staff' && facts.departmentId !== null && actor.departmentIds.includes(facts.departmentId);
  const stepRole = steps[facts.stepIndex]?.role;
  const holdsStepRole = isStaff && stepRole !== undefined && actor.roles.has(stepRole);
  const inState = (...states: ApplicationStatus[]) => states.includes(facts.status);
  const staffStep = (...states: ApplicationStatus[]) => (!inState(...states) ? 'state' : holdsStepRole ? 'ok' : 'role');

  if (facts.kind === 'bundle') {
    if (action !== 'withdraw') return 'state';
    return !isApplicant ? 'role' : inState('in_progress') ? 'ok' : 'state';
  }
  switch (action) {
    case 'accept':
    case 'refuse':
      return staffStep('submitted');
    case 'request-supplement':
      return staffStep('submitted', 'in_review');
    case 'approve':
      return staffStep('in_review');
    case 'deny':
      // Only the decision step decides; a review step passes the case on or asks for a supplement.
      if (inState('in_review') && facts.stepIndex !== decisionStepIndex(steps)) return 'role';
      return staffStep('in_review');
    case 'deliver':
      return staffStep('approved');
    case 'supplement':
      return !isApplicant ? 'role' : inState('supplement_requested') ? 'ok' : 'state';
    case 'withdraw':
      return !isApplicant ? 'role' : inState(...OPEN_STATUSES) ? 'ok' : 'state';
    case 'complete':
      if (!inState('delivered')) return 'state';
      return isApplicant || isStaff ? 'ok' : 'role';
    case 'extend':
      if (!inState('in_review', 'supplement_requested')) return 'state';
      return isStaff && actor.roles.has('approver') ? 'ok' : 'role';
    case 'claim':
      return staffStep('submitted', 'in_review', 'approved', 'supplement_requested');
    case 'assign':
      if (!inState('submitted', 'in_review', 'approved', 'supplement_requested')) return 'state';
      return isStaff && (actor.roles.has('approver') || actor.roles.has('department_head')) ? 'ok' : 'role';
  }
}

/** Every action the actor could take now (for the case view's buttons). */
export function availableActions(facts: CaseFacts, steps: Steps, actor: Actor): Action[] {
  return ACTIONS.filter((a) => mayAct(a, facts, steps, actor) === 'ok');
}
