import type { IncidentAction, IncidentStatus } from '../model';
import type { Relation } from './access';
import type { IncidentRow } from './register-incident';

// The one lifecycle table: from-state × action → to-state × who. It drives the checks of every action and the
// buttons the pages show (allowedActions). Moves that depend on more than the state (handle: all parts handled?
// verify: passed?) name every possible target; the action decides.

export interface LifecycleRule {
  from: readonly IncidentStatus[];
  to: readonly IncidentStatus[] | 'same';
  who: readonly Relation[];
  /** Which incidents the action applies to at all, besides the state. */
  applies?: (row: IncidentRow) => boolean;
}

const OPEN: readonly IncidentStatus[] = ['registered', 'returned', 'dispatched', 'accepted', 'in_progress', 'handled'];
const original = (row: IncidentRow) => row.duplicateOf === null;

export const LIFECYCLE: Record<IncidentAction, LifecycleRule> = {
  dispatch: { from: ['registered', 'returned'], to: ['dispatched'], who: ['dispatcher'], applies: (r) => original(r) && r.requestType !== 'enquiry' },
  accept: { from: ['dispatched'], to: ['accepted'], who: ['lead'], applies: original },
  start: { from: ['accepted'], to: ['in_progress'], who: ['lead'], applies: original },
  handle: { from: ['accepted', 'in_progress'], to: ['in_progress', 'handled'], who: ['part'], applies: original },
  return: { from: ['dispatched', 'accepted', 'in_progress'], to: ['returned'], who: ['lead'], applies: original },
  verify: { from: ['handled'], to: ['verified', 'in_progress'], who: ['verifier'], applies: original },
  rate: { from: ['verified'], to: ['closed'], who: ['reporter'], applies: original },
  reopen: { from: ['handled', 'verified', 'closed'], to: ['dispatched'], who: ['reporter'], applies: (r) => original(r) && r.leadDepartmentId !== null },
  answer: { from: ['registered'], to: ['closed'], who: ['dispatcher'], applies: (r) => original(r) && r.requestType === 'enquiry' },
  close: { from: [...OPEN, 'verified'], to: ['closed'], who: ['dispatcher'] },
  link: { from: OPEN, to: 'same', who: ['dispatcher'], applies: original },
  unlink: { from: OPEN, to: 'same', who: ['dispatcher'], applies: (r) => r.duplicateOf !== null },
};

/** Actions the reporter takes: no If-Match needed (they act on what they were told, not on a version they saw). */
export const REPORTER_ACTIONS: readonly IncidentAction[] = ['reopen', 'rate'];

export type Verdict = 'ok' | 'state' | 'person';

/** Whether this action fits the incident's state, and then whether this person may take it. */
export function judge(action: IncidentAction, row: IncidentRow, relations: ReadonlySet<Relation>): Verdict {
  const rule = LIFECYCLE[action];
  if (!rule.from.includes(row.status) || (rule.applies && !rule.applies(row))) return 'state';
  return rule.who.some((w) => relations.has(w)) ? 'ok' : 'person';
}

/** What the person may do now: the buttons. `extra` narrows a rule beyond state and person (open part, window). */
export function allowedActions(row: IncidentRow, relations: ReadonlySet<Relation>, extra: (action: IncidentAction) => boolean): IncidentAction[] {
  return (Object.keys(LIFECYCLE) as IncidentAction[]).filter((a) => judge(a, row, relations) === 'ok' && extra(a));
}
