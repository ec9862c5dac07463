import type { UseCaseContext } from '../../platform/context';
import { exchangeSource } from '../exchange/broker/exchange-source';
import { displayValue, evidenceContext, loadApplicant, profileSource, resolveEvidence, sharedMaterials, valueForSchema, type FetchedValue } from './evidence';
import { planForm, planMaterials, type PlannedMaterial } from './plan';
import { COMMITMENT_TEXT, fetchableLicences } from './resolve-materials';
import { loadTarget, type TargetInput } from './targets';

/**
 * The application form before anything is typed: the merged form with every field the platform can fill (and its
 * source), every material with how it will be provided — fetched e-licence, produced inside the life event,
 * commitment or upload — and the count of what came from government data.
 */
export interface PrepareInput extends TargetInput {
  /** Resource codes the applicant gives separate consent for now (sensitive fields without a statutory grant). */
  consent?: readonly string[] | undefined;
  /** The draft being filled: the case reference of the fetches. */
  draftId?: string | undefined;
}

export async function prepareApplication(ctx: UseCaseContext, input: PrepareInput) {
  const target = await loadTarget(ctx.db, input);
  const fields = planForm(target);
  const applicant = await loadApplicant(ctx.db, ctx.cipher, ctx.actor!.userId);
  const planned = planMaterials(target);
  const evidence = evidenceContext(ctx, target, fields, input.draftId ?? null, input.consent ?? [], planned);
  const elements = [...new Set([...fields.flatMap((f) => (f.element ? [f.element] : [])), ...sharedMaterials(planned).map((m) => m.sourceRef!)])];
  const fetched = await resolveEvidence([profileSource, exchangeSource], applicant, elements, evidence);
  const held = await fetchableLicences(ctx.db, applicant.userId, planned);
  const materials = planned.map((m) => {
    const licence = m.sourceRef ? held.get(m.sourceRef) : undefined;
    return {
      key: m.key,
      name: m.name,
      source: m.source,
      formats: m.formats,
      required: m.required,
      commitmentAllowed: m.commitmentAllowed,
      producedInBundle: m.producedInBundle,
      fetchable: licence ? { licenceId: licence.id, number: licence.number, issuerName: licence.issuerName, issuedOn: licence.issuedOn } : null,
      shared: sharedOf(m, fetched),
    };
  });
  const prefilled = fields.map((f) => {
    const value = f.element ? fetched.get(f.element) : undefined;
    const prefill = value ? { ...value, value: valueForSchema(value.value, f.schema) as string | number | boolean, resource: value.resource ?? null } : null;
    return { key: f.key, schema: f.schema, required: f.required, element: f.element, prefill };
  });
  return {
    target: {
      kind: target.kind,
      itemCode: target.kind === 'item' ? target.items[0]!.itemCode : null,
      lifeEventId: target.lifeEventId,
      title: target.title,
      region: target.regionCode,
      items: target.items.map((i) => ({
        itemCode: i.itemCode,
        name: i.content.name,
        department: { code: i.department.code, name: i.department.name, nameEn: i.department.nameEn },
        promisedDays: i.implementation.promisedDays,
        dependsOn: i.dependsOn,
      })),
      jointDays: target.jointDays,
    },
    fields: prefilled,
    materials,
    counts: {
      fieldsTotal: fields.length,
      fieldsFetched: prefilled.filter((f) => f.prefill).length,
      materialsTotal: materials.length,
      materialsFetched: materials.filter((m) => m.fetchable || m.shared || m.producedInBundle).length,
    },
    commitmentText: COMMITMENT_TEXT,
    consentNeeded: evidence.consentNeeded,
  };
}

/** A shared-data material the exchange could prove (the fact, its source and time), or null. */
function sharedOf(m: PlannedMaterial, fetched: Map<string, FetchedValue>) {
  const value = m.source === 'shared_data' && m.sourceRef ? fetched.get(m.sourceRef) : undefined;
  if (!value?.resource) return null;
  return { value: displayValue(value.value), source: value.source, fetchedAt: value.fetchedAt, resource: value.resource };
}
