import { fieldKey, materialKey } from '../catalog/life-event-plan';
import type { StandardItemContent } from '../catalog/catalogue-format';
import type { Target } from './targets';

// One form and one set of materials for a target: a single item's own, or a life event's merged ones.

type Material = StandardItemContent['materials'][number];

export interface PlannedField {
  key: string;
  schema: Record<string, unknown>;
  element: string | null;
  required: boolean;
  /** item code → property name in that item's own form. */
  targets: { itemCode: string; property: string }[];
}

export interface PlannedMaterial {
  key: string;
  name: { zh: string; en: string };
  source: Material['source'];
  sourceRef: string | null;
  formats: Material['formats'];
  required: boolean;
  /** May the applicant sign a commitment instead (the standard allows it and the region offers it)? */
  commitmentAllowed: boolean;
  /** True when another item of the same life event produces it (its e-licence) for every item that needs it. */
  producedInBundle: boolean;
  /** item code → material id in that item, and the item (a dependency) whose e-licence will provide it. */
  targets: { itemCode: string; materialId: string; producedBy: string | null }[];
}

export function planForm(target: Target): PlannedField[] {
  const fields = new Map<string, PlannedField>();
  for (const item of target.items) {
    const required = new Set(item.content.form.required ?? []);
    for (const [property, raw] of Object.entries(item.content.form.properties)) {
      const schema = (raw ?? {}) as Record<string, unknown>;
      const element = typeof schema['x-element'] === 'string' ? schema['x-element'] : null;
      const key = target.kind === 'item' ? property : fieldKey(item.itemCode, property, element);
      const field = fields.get(key) ?? { key, schema, element, required: false, targets: [] };
      field.required ||= required.has(property);
      field.targets.push({ itemCode: item.itemCode, property });
      fields.set(key, field);
    }
  }
  return [...fields.values()];
}

/** The JSON Schema of the whole form (what a submission is validated against). */
export function formSchema(fields: PlannedField[]): Record<string, unknown> {
  return {
    type: 'object',
    properties: Object.fromEntries(fields.map((f) => [f.key, f.schema])),
    required: fields.filter((f) => f.required).map((f) => f.key),
    additionalProperties: false,
  };
}

export function planMaterials(target: Target): PlannedMaterial[] {
  const issuedBy = new Map(target.items.filter((i) => i.content.issuesElicence).map((i) => [i.content.issuesElicence!, i.itemCode]));
  const out = new Map<string, PlannedMaterial>();
  const before = upstream(target);
  for (const item of target.items) {
    const asked = new Set(item.implementation.content.materialIds);
    const commitments = new Set(item.implementation.content.commitmentMaterialIds);
    for (const m of item.content.materials) {
      if (!asked.has(m.id)) continue;
      const key = target.kind === 'item' ? m.id : materialKey(m);
      const producer = m.source === 'elicence' && m.sourceRef ? issuedBy.get(m.sourceRef) : undefined;
      const producedBy = producer && before.get(item.itemCode)?.has(producer) ? producer : null;
      const existing = out.get(key);
      const commitmentAllowed = m.source === 'commitment' || (m.allowsCommitment === true && commitments.has(m.id));
      if (existing) {
        existing.required ||= m.isRequired;
        existing.commitmentAllowed &&= commitmentAllowed;
        existing.producedInBundle &&= producedBy !== null;
        existing.targets.push({ itemCode: item.itemCode, materialId: m.id, producedBy });
      } else {
        out.set(key, {
          key,
          name: m.name,
          source: m.source,
          sourceRef: m.sourceRef ?? null,
          formats: m.formats,
          required: m.isRequired,
          commitmentAllowed,
          producedInBundle: producedBy !== null,
          targets: [{ itemCode: item.itemCode, materialId: m.id, producedBy }],
        });
      }
    }
  }
  return [...out.values()];
}

/** Every item each item waits for, directly or through another (its results exist before it starts). */
function upstream(target: Target): Map<string, Set<string>> {
  const deps = new Map(target.items.map((i) => [i.itemCode, i.dependsOn]));
  const out = new Map<string, Set<string>>();
  const visit = (code: string, seen: Set<string>) => {
    for (const d of deps.get(code) ?? []) {
      if (seen.has(d)) continue;
      seen.add(d);
      visit(d, seen);
    }
    return seen;
  };
  for (const i of target.items) out.set(i.itemCode, visit(i.itemCode, new Set()));
  return out;
}

/** Splits the one form into each item's own form (property names of that item). */
export function splitForm(fields: PlannedField[], values: Record<string, unknown>): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const f of fields) {
    if (!(f.key in values)) continue;
    for (const t of f.targets) {
      const form = out.get(t.itemCode) ?? {};
      form[t.property] = values[f.key];
      out.set(t.itemCode, form);
    }
  }
  return out;
}
