import type { Tx } from '../../db/client';
import { todayInChina } from '../../platform/calendar/working-calendar';
import type { UseCaseContext } from '../../platform/context';
import { AppError, ProblemList } from '../../platform/errors/app-error';
import { clockColumns, clockOf, scheduleTimers } from './clock';
import { approveCase } from './decision-actions';
import { loadApplicant, profileSource, resolveEvidence } from './evidence';
import { planMaterials } from './plan';
import { recordTransition, type ApplicationRow } from './record-transition';
import { attachFiles, resolveMaterials, type MaterialChoice } from './resolve-materials';
import type { CaseMaterial } from './tables';
import { FORM_AAD } from './submit-application';
import type { StandardItemContent } from '../catalog/catalogue-format';
import { decisionStepIndex } from './workflow';
import { loadTarget } from './targets';
import { checkForm } from './validate-form';

export interface ActionBody {
  note?: string | undefined;
  reason?: string | undefined;
  legalBasis?: string | undefined;
  items?: string[] | undefined;
  newFacts?: string | undefined;
  days?: number | undefined;
  assigneeId?: string | undefined;
  method?: 'elicence' | 'mail' | 'counter' | undefined;
  materials?: MaterialChoice[] | undefined;
  form?: Record<string, unknown> | undefined;
}

export interface ActionContext {
  tx: Tx;
  ctx: UseCaseContext;
  row: ApplicationRow;
  steps: StandardItemContent['workflow'];
  item: StandardItemContent;
  body: ActionBody;
  expectedVersion: number;
}

export function requireText(problems: ProblemList, field: string, value: string | undefined, rule: string): string {
  const text = value?.trim() ?? '';
  if (!text) problems.add(field, rule, '');
  return text;
}

/** 受理: the clock starts the day after today; the case moves to its first review step. */
export async function acceptCase(a: ActionContext): Promise<ApplicationRow> {
  const today = todayInChina();
  const clock = { acceptedOn: today, promisedDays: a.row.promisedDays, extensionDays: 0, pausedDays: 0, pausedOn: null };
  const accepted = await recordTransition(a.tx, a.ctx, a.row, {
    action: 'accept',
    to: 'in_review',
    expectedVersion: a.expectedVersion,
    note: a.body.note ?? null,
    changes: { stepIndex: 1, acceptedOn: today, assigneeId: null, ...clockColumns(a.ctx.calendar, clock, today) },
  });
  await scheduleTimers(a.tx, a.ctx.calendar, accepted);
  // An item whose acceptance is its decision (即办件 with two steps) is decided at once.
  if (decisionStepIndex(a.steps) === 0) return approveCase({ ...a, row: accepted, expectedVersion: accepted.version });
  return accepted;
}

/** 不予受理: with the reason. */
export async function refuseCase(a: ActionContext): Promise<ApplicationRow> {
  const problems = new ProblemList();
  const reason = requireText(problems, 'reason', a.body.reason, 'reason_required');
  problems.throwIfAny();
  return recordTransition(a.tx, a.ctx, a.row, {
    action: 'refuse',
    to: 'not_accepted',
    expectedVersion: a.expectedVersion,
    note: reason,
    changes: { decision: { outcome: 'not_accepted', reason, at: new Date().toISOString() }, completedAt: new Date() },
  });
}

/** 一次性告知: every missing item at once; the clock stands still until the applicant supplies them. */
export async function requestSupplement(a: ActionContext): Promise<ApplicationRow> {
  const problems = new ProblemList();
  const items = (a.body.items ?? []).map((i) => i.trim()).filter(Boolean);
  if (items.length === 0) problems.add('items', 'items_required', '');
  if (a.row.supplementCount > 0 && !a.body.newFacts?.trim()) throw new AppError('applications.supplement_once');
  problems.throwIfAny();
  const note = [a.body.note?.trim(), a.body.newFacts?.trim()].filter(Boolean).join('\n');
  const clock = clockOf(a.row);
  return recordTransition(a.tx, a.ctx, a.row, {
    action: 'request-supplement',
    to: 'supplement_requested',
    expectedVersion: a.expectedVersion,
    note: items.join('；'),
    details: { items, newFacts: a.body.newFacts ?? null },
    changes: {
      supplementCount: a.row.supplementCount + 1,
      supplementRequest: { items, note, requestedAt: new Date().toISOString(), resumeStatus: a.row.status },
      pausedOn: clock ? todayInChina() : null,
    },
  });
}

/** Form properties bound to facts the platform fetched and the applicant may not edit. */
async function lockedProperties(a: ActionContext): Promise<Set<string>> {
  const bound = Object.entries(a.item.form.properties).flatMap(([name, raw]) => {
    const element = (raw as Record<string, unknown> | undefined)?.['x-element'];
    return typeof element === 'string' ? [[name, element] as const] : [];
  });
  const applicant = await loadApplicant(a.tx, a.ctx.cipher, a.row.applicantId);
  const fetched = await resolveEvidence([profileSource], applicant, bound.map(([, e]) => e));
  return new Set(bound.filter(([, e]) => fetched.get(e)?.editable === false).map(([name]) => name));
}

/** The applicant supplies what was asked: materials replaced, fields corrected; the clock runs again. */
export async function supplyCase(a: ActionContext): Promise<ApplicationRow> {
  const resume = a.row.supplementRequest?.resumeStatus === 'in_review' ? 'in_review' : 'submitted';
  const materials = [...a.row.materials];
  const problems = new ProblemList();
  const newMaterials: CaseMaterial[] = [];
  if (a.body.materials?.length) {
    const target = await loadTarget(a.tx, { implementation: a.row.implementationId ?? undefined, region: a.row.regionCode });
    const planned = planMaterials(target).filter((p) => a.body.materials!.some((c) => c.key === p.key));
    const provided = await resolveMaterials(a.tx, a.row.applicantId, planned, a.body.materials, problems);
    for (const m of provided.get(a.row.itemCode ?? '') ?? []) {
      newMaterials.push(m);
      const i = materials.findIndex((x) => x.id === m.id);
      if (i >= 0) materials[i] = m;
      else materials.push(m);
    }
  }
  let formEnc = a.row.formEnc;
  if (a.body.form && Object.keys(a.body.form).length > 0) {
    const current = JSON.parse(a.ctx.cipher.decrypt(a.row.formEnc, FORM_AAD)) as Record<string, unknown>;
    // Fetched identity facts stay as fetched, as on submission: they are corrected at their source.
    const locked = await lockedProperties(a);
    const corrections = Object.fromEntries(Object.entries(a.body.form).filter(([key]) => !locked.has(key)));
    const form = { ...current, ...corrections };
    // Corrected values are checked like a submission, against the item version the case was made under.
    checkForm(problems, { ...a.item.form, additionalProperties: false }, form, a.ctx.lang);
    formEnc = a.ctx.cipher.encrypt(JSON.stringify(form), FORM_AAD);
  }
  problems.throwIfAny();
  // Supplied files become part of the case (else the draft purge would delete them as abandoned uploads).
  await attachFiles(a.tx, a.row.id, newMaterials);
  const clock = clockOf(a.row);
  let clockChanges = {};
  if (clock && a.row.pausedOn) {
    const paused = a.ctx.calendar.workingDaysBetween(a.row.pausedOn, todayInChina());
    const next = { ...clock, pausedDays: clock.pausedDays + paused, pausedOn: null };
    clockChanges = { pausedDays: next.pausedDays, pausedOn: null, ...clockColumns(a.ctx.calendar, next) };
  }
  const supplied = await recordTransition(a.tx, a.ctx, a.row, {
    action: 'supplement',
    to: resume,
    expectedVersion: a.expectedVersion,
    changes: { materials, formEnc, supplementRequest: null, ...clockChanges },
  });
  await scheduleTimers(a.tx, a.ctx.calendar, supplied);
  return supplied;
}
