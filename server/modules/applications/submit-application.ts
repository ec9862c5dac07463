import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { todayInChina } from '../../platform/calendar/working-calendar';
import type { UseCaseContext } from '../../platform/context';
import { AppError, ProblemList } from '../../platform/errors/app-error';
import { nextCaseNumber } from './case-number';
import { exchangeSource } from '../exchange/broker/exchange-source';
import { recordLicenceUse } from '../exchange/broker/record-licence-use';
import { applicationPurpose, evidenceContext, loadApplicant, profileSource, resolveEvidence, sharedMaterials, valueForSchema } from './evidence';
import { formSchema, planForm, planMaterials, splitForm } from './plan';
import { journal } from './record-transition';
import { attachFiles, resolveMaterials, type MaterialChoice } from './resolve-materials';
import { applications, type CaseMaterial } from './tables';
import type { TargetInput } from './targets';
import { loadTarget } from './targets';
import { checkForm } from './validate-form';

export const FORM_AAD = 'applications.form';

export interface SubmitInput extends TargetInput {
  form: Record<string, unknown>;
  materials: MaterialChoice[];
  /** The draft this submission comes from: deleted in the same transaction. */
  draftId?: string | undefined;
  /** Resource codes the applicant gives separate consent for (sensitive data without a statutory grant). */
  consent?: readonly string[] | undefined;
  /** Field keys typed by hand instead of fetched through the data exchange (the manual alternative). */
  manual?: readonly string[] | undefined;
}

export interface Submitted {
  id: string;
  caseNumber: string;
  status: string;
}

/**
 * Apply once: checks the form against the pinned item versions (identity facts fetched, not typed), resolves
 * every material, and creates the case — or, for a life event, one parent case and one child case per item, each
 * with its department; children waiting for another's result start when it arrives.
 */
export async function submitApplication(tx: Tx, ctx: UseCaseContext, input: SubmitInput): Promise<Submitted> {
  const actor = ctx.actor!;
  const target = await loadTarget(tx, input);
  const fields = planForm(target);
  const applicant = await loadApplicant(tx, ctx.cipher, actor.userId);
  // The case id is the case reference of every fetch, so the applicant's "who used my data" links to the case.
  const caseId = randomUUID();
  const manual = new Set(input.manual ?? []);
  const elements = fields.flatMap((f) => (f.element ? [f.element] : []));
  const fetched = await resolveEvidence([profileSource], applicant, elements);
  // Fetched again at submission (the preview is not trusted): only what the applicant did not choose to type.
  const handTyped = new Set(fields.filter((f) => f.element && manual.has(f.key)).map((f) => f.element!));
  const planned = planMaterials(target);
  // Shared-data materials the applicant chose to have fetched (not uploaded) are looked up too.
  const sharedWanted = sharedMaterials(planned)
    .filter((m) => input.materials.some((c) => c.key === m.key && c.provision === 'fetched'))
    .map((m) => m.sourceRef!);
  const evidence = evidenceContext({ ...ctx, db: tx }, target, fields, caseId, input.consent ?? [], planned);
  const exchanged = await exchangeSource.resolve(applicant, [...new Set([...elements.filter((e) => !fetched.has(e) && !handTyped.has(e)), ...sharedWanted])], evidence);
  for (const [k, v] of exchanged) fetched.set(k, v);
  const values: Record<string, unknown> = { ...input.form };
  for (const f of fields) {
    const value = f.element ? fetched.get(f.element) : undefined;
    // Fetched facts are used as-is: a wrong one is corrected at its source, not in a form (or typed by hand instead).
    if (value && (!value.editable || values[f.key] === undefined || values[f.key] === '')) values[f.key] = valueForSchema(value.value, f.schema);
  }
  const problems = new ProblemList();
  checkForm(problems, formSchema(fields), values, ctx.lang);
  const materials = await resolveMaterials(tx, actor.userId, planned, input.materials, problems, fetched);
  problems.throwIfAny();
  await recordLicenceUse({ ...ctx, db: tx }, { applicant, target, planned, choices: input.materials, purpose: applicationPurpose(target), caseRef: caseId });

  const today = todayInChina();
  const caseNumber = await nextCaseNumber(tx, target.regionCode, today);
  const perItem = splitForm(fields, values);
  const base = { applicantId: actor.userId, applicantName: applicant.name, regionCode: target.regionCode, submittedAt: new Date() };
  let result: Submitted;

  if (target.kind === 'item') {
    const item = target.items[0]!;
    const [row] = await tx
      .insert(applications)
      .values({
        ...base,
        id: caseId,
        kind: 'single',
        caseNumber,
        status: 'submitted',
        itemCode: item.itemCode,
        itemVersion: item.version,
        implementationId: item.implementation.id,
        departmentId: item.department.id,
        titleZh: item.content.name.zh,
        titleEn: item.content.name.en,
        formEnc: ctx.cipher.encrypt(JSON.stringify(perItem.get(item.itemCode) ?? {}), FORM_AAD),
        materials: materials.get(item.itemCode) ?? [],
        promisedDays: item.implementation.promisedDays,
      })
      .returning();
    await journal(tx, ctx, null, row!, { action: 'submit', to: 'submitted', details: fetchedSummary(fields.length, fetched.size, exchanged.size) });
    await attachFiles(tx, row!.id, row!.materials);
    result = { id: row!.id, caseNumber, status: row!.status };
  } else {
    const due = ctx.calendar.addWorkingDays(today, target.jointDays);
    const [parent] = await tx
      .insert(applications)
      .values({
        ...base,
        id: caseId,
        kind: 'bundle',
        caseNumber,
        status: 'in_progress',
        lifeEventId: target.lifeEventId,
        titleZh: target.title.zh,
        titleEn: target.title.en,
        formEnc: ctx.cipher.encrypt(JSON.stringify(values), FORM_AAD),
        promisedDays: target.jointDays,
        acceptedOn: today,
        dueOn: due.date,
        dueProvisional: due.provisional,
      })
      .returning();
    await journal(tx, ctx, null, parent!, { action: 'submit', to: 'in_progress', details: fetchedSummary(fields.length, fetched.size, exchanged.size) });
    let n = 0;
    for (const item of target.items) {
      n += 1;
      const itemMaterials: CaseMaterial[] = materials.get(item.itemCode) ?? [];
      const [child] = await tx
        .insert(applications)
        .values({
          ...base,
          kind: 'child',
          parentId: parent!.id,
          caseNumber: `${caseNumber}-${String(n).padStart(2, '0')}`,
          status: item.dependsOn.length > 0 ? 'waiting' : 'submitted',
          itemCode: item.itemCode,
          itemVersion: item.version,
          lifeEventId: target.lifeEventId,
          implementationId: item.implementation.id,
          departmentId: item.department.id,
          titleZh: item.content.name.zh,
          titleEn: item.content.name.en,
          formEnc: ctx.cipher.encrypt(JSON.stringify(perItem.get(item.itemCode) ?? {}), FORM_AAD),
          materials: itemMaterials,
          dependsOn: item.dependsOn,
          promisedDays: item.implementation.promisedDays,
        })
        .returning();
      await journal(tx, ctx, null, child!, { action: 'submit', to: child!.status, details: { dependsOn: item.dependsOn } });
      await attachFiles(tx, child!.id, itemMaterials);
    }
    result = { id: parent!.id, caseNumber, status: parent!.status };
  }
  if (input.draftId) {
    await tx.delete(applications).where(and(eq(applications.id, input.draftId), eq(applications.applicantId, actor.userId), eq(applications.status, 'draft')));
  }
  return result;
}

function fetchedSummary(fields: number, fetched: number, exchanged: number) {
  return { fieldsTotal: fields, fieldsFetched: fetched, fieldsExchanged: exchanged };
}

/** Exactly one of implementation and lifeEvent. */
export function assertTarget(input: TargetInput): void {
  if (Boolean(input.implementation) === Boolean(input.lifeEvent)) throw new AppError('applications.target_required');
}
