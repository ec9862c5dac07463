// Words and colours for the codes of the applications API (statuses, deadlines, step roles, actions). Unknown codes
// are shown as they are, so a new code from the server never breaks a page.
import type { TFunction } from 'i18next';
import type { ApplicationStatus, CaseView } from '../../shared/application-types';
import { roleLabel } from '../../shared/labels';

/** Roles that work cases (the server checks every action again; this only decides whether the menu shows). */
export const CASE_ROLES = ['window_clerk', 'reviewer', 'approver', 'department_head'] as const;

export function canHandleApplications(roles: readonly string[]): boolean {
  return roles.some((role) => (CASE_ROLES as readonly string[]).includes(role));
}

export type CaseTone = 'pending' | 'active' | 'success' | 'error' | 'neutral';

const TONES: Record<ApplicationStatus, CaseTone> = {
  draft: 'neutral',
  waiting: 'active',
  submitted: 'pending',
  supplement_requested: 'pending',
  not_accepted: 'error',
  in_review: 'active',
  approved: 'active',
  denied: 'error',
  delivered: 'active',
  completed: 'success',
  withdrawn: 'neutral',
  in_progress: 'active',
};

export function statusTone(status: string): CaseTone {
  return TONES[status as ApplicationStatus] ?? 'neutral';
}

function translated(t: TFunction, key: string, fallback: string): string {
  const text = t(key, { defaultValue: fallback });
  return typeof text === 'string' ? text : fallback;
}

export function statusLabel(t: TFunction, status: string): string {
  return translated(t, `console.applications.statuses.${status}`, status);
}

/** A workflow step's role as the case page names it (窗口受理, 审核 …), else the general role name. */
export function stepRoleLabel(t: TFunction, role: string): string {
  return translated(t, `console.applications.roles.${role}`, roleLabel(t, role));
}

/** The action's button label; approving is "批准" at the decision step and "审核通过" before it. */
export function actionLabel(t: TFunction, action: string, isDecision = false): string {
  if (action === 'approve' && isDecision) return t('console.applications.actions.approveDecide');
  return translated(t, `console.applications.actions.${action}`, action);
}

/** The kind of the step the case stands at ('decide', 'review' …), or null when no step is current. */
export function currentStepKind(view: Pick<CaseView, 'steps' | 'currentStep'>): string | null {
  const current = view.steps.find((step) => step.state === 'current') ?? view.steps.find((step) => step.index === view.currentStep?.index);
  return current?.kind ?? null;
}

/** A calendar date (YYYY-MM-DD) in the UI language, without shifting it through a time zone. */
export function formatDate(date: string, language: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(parsed);
}
