import { readFileSync } from 'node:fs';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { CatalogueDocument, ImplementationDocument, type StandardItemContent } from '../../modules/catalog/catalogue-format';
import { dependencyOrder, mergeForms } from '../../modules/catalog/life-event-plan';
import { implementationRefusals } from '../../modules/catalog/validate-implementation';
import { standardItemProblems } from '../../modules/catalog/validate-standard-item';
import { demoDepartments, demoRegions } from '../demo-region';

// The demo catalogue is data the platform imports; these checks keep it importable and honest to the rules a
// real service guide follows (no local extra materials, limits within the statutory ones, and so on).

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
const catalogueRaw = load('demo-catalogue.json');
const implementationsRaw = load('demo-implementations.json');

/** The first schema errors as readable lines, so a failing check says where and why. */
function schemaErrors(schema: TSchema, value: unknown): string[] {
  return Value.Errors(schema, value)
    .slice(0, 10)
    .map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message}`);
}

describe('demo catalogue files', () => {
  it('match the exchange format', () => {
    expect(schemaErrors(CatalogueDocument, catalogueRaw)).toEqual([]);
    expect(schemaErrors(ImplementationDocument, implementationsRaw)).toEqual([]);
  });
});

if (!Value.Check(CatalogueDocument, catalogueRaw) || !Value.Check(ImplementationDocument, implementationsRaw)) {
  throw new Error(`demo catalogue does not match the exchange format: ${[...schemaErrors(CatalogueDocument, catalogueRaw), ...schemaErrors(ImplementationDocument, implementationsRaw)].join('; ')}`);
}
const catalogue = catalogueRaw;
const { implementations } = implementationsRaw;
const elements = new Map(catalogue.dataElements.map((e) => [e.code, e]));
const items = new Map(catalogue.items.map((i) => [i.code, i]));
const duplicates = (values: string[]) => [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];

const TYPE_OF_PREFIX: Record<string, string> = {
  XK: 'administrative_licensing',
  QR: 'administrative_confirmation',
  JF: 'administrative_payment',
  GG: 'public_service',
  QT: 'other',
};

/** Every form field (nested objects and array items included) with its path. */
function formFields(schema: Record<string, unknown>, path = 'form'): [string, Record<string, unknown>][] {
  const out: [string, Record<string, unknown>][] = [];
  for (const [name, raw] of Object.entries((schema.properties ?? {}) as Record<string, unknown>)) {
    const field = raw as Record<string, unknown>;
    out.push([`${path}.${name}`, field]);
    if (field.type === 'object') out.push(...formFields(field, `${path}.${name}`));
    if (field.type === 'array' && field.items && typeof field.items === 'object') {
      const inner = field.items as Record<string, unknown>;
      out.push([`${path}.${name}[]`, inner]);
      if (inner.type === 'object') out.push(...formFields(inner, `${path}.${name}[]`));
    }
  }
  return out;
}

/** The form type a field bound to an element of this type must have. */
function matchesElementType(field: Record<string, unknown>, elementType: string): boolean {
  if (elementType === 'date') return field.type === 'string' && field.format === 'date';
  return field.type === elementType;
}

function itemProblems(item: StandardItemContent): string[] {
  const problems: string[] = [];
  const add = (what: string) => problems.push(`${item.code}: ${what}`);
  const prefix = item.code.split('-')[0] ?? '';
  if (TYPE_OF_PREFIX[prefix] !== item.type) add(`code prefix ${prefix} does not match type ${item.type}`);
  for (const id of duplicates(item.materials.map((m) => m.id))) add(`material id ${id} repeated`);
  for (const id of duplicates(item.conditions.map((c) => c.id))) add(`condition id ${id} repeated`);
  for (const m of item.materials) {
    if (m.source === 'shared_data' && !elements.has(m.sourceRef ?? '')) add(`material ${m.id} names unknown data element ${m.sourceRef}`);
    if (m.source === 'elicence' && !m.sourceRef?.startsWith('elicence.')) add(`material ${m.id} has no e-licence type`);
    if (['elicence', 'shared_data'].includes(m.source) && m.trustLevel !== 'A') add(`fetched material ${m.id} should be trust level A`);
    if (m.source === 'commitment' && m.trustLevel !== 'D') add(`commitment ${m.id} should be trust level D`);
  }
  const topFields = Object.keys(item.form.properties).length;
  if (topFields < 4 || topFields > 12) add(`form has ${topFields} fields (4–12 expected)`);
  for (const [path, field] of formFields(item.form)) {
    if (path.endsWith('[]')) continue;
    if (typeof field.title !== 'string' || typeof field['x-title-en'] !== 'string') add(`${path} lacks a bilingual title`);
    const bound = field['x-element'];
    if (bound === undefined) continue;
    const element = typeof bound === 'string' ? elements.get(bound) : undefined;
    if (!element) add(`${path} is bound to unknown data element ${JSON.stringify(bound)}`);
    else if (!matchesElementType(field, element.type)) add(`${path} type does not fit data element ${element.code} (${element.type})`);
  }
  for (const name of item.form.required ?? []) if (!(name in item.form.properties)) add(`required field ${name} is not defined`);
  const first = item.workflow[0];
  const last = item.workflow[item.workflow.length - 1];
  if (first?.kind !== 'accept' || first.role !== 'window_clerk') add('workflow must start with acceptance by a window clerk');
  if (!last || !['decide', 'deliver'].includes(last.kind)) add('workflow must end with a decision or delivery');
  if (item.workflow.length > 5) add('workflow has more than 5 steps');
  const stepDays = item.workflow.reduce((n, s) => n + (s.limitDays ?? 0), 0);
  if (stepDays > item.statutoryDays) add(`step limits add up to ${stepDays} days, over the statutory ${item.statutoryDays}`);
  if (item.issuesElicence !== undefined && !item.issuesElicence.startsWith('elicence.')) add(`issues unknown e-licence type ${item.issuesElicence}`);
  for (const p of standardItemProblems(item, new Set(elements.keys()), 'en')) add(`publish check ${p.field}: ${p.message}`);
  return problems;
}

describe('standard items', () => {
  it('cover at least 32 items over at least 9 department kinds, with unique codes', () => {
    expect(catalogue.items.length).toBeGreaterThanOrEqual(32);
    expect(new Set(catalogue.items.map((i) => i.departmentKind)).size).toBeGreaterThanOrEqual(9);
    expect(duplicates(catalogue.items.map((i) => i.code))).toEqual([]);
  });

  it('use department kinds that exist', () => {
    const kinds = new Set(demoDepartments.map((d) => d.kind));
    expect(catalogue.items.filter((i) => !kinds.has(i.departmentKind)).map((i) => `${i.code}: ${i.departmentKind}`)).toEqual([]);
  });

  it('pass the cross-rules: ids, bindings, sources, forms and workflows', () => {
    expect(catalogue.items.flatMap(itemProblems)).toEqual([]);
  });
});

describe('data elements', () => {
  it('declare the shared vocabulary once each, with honest personal-information flags', () => {
    expect(duplicates(catalogue.dataElements.map((e) => e.code))).toEqual([]);
    const required = ['person.name', 'person.idNumber', 'person.mobile', 'person.householdAddress', 'person.birthDate', 'person.gender', 'person.maritalStatus',
      'enterprise.creditCode', 'enterprise.name', 'enterprise.legalRepresentative', 'enterprise.registeredAddress', 'enterprise.businessScope', 'enterprise.registeredCapital',
      'child.name', 'child.birthDate', 'child.gender', 'child.birthPlace', 'spouse.name', 'spouse.idNumber'];
    expect(required.filter((code) => !elements.has(code))).toEqual([]);
    expect(catalogue.dataElements.filter((e) => e.isSensitive && !e.isPersonalInformation).map((e) => e.code)).toEqual([]);
    const mustBeSensitive = ['person.idNumber', 'spouse.idNumber', 'person.bankAccount', 'child.name', 'child.birthDate'];
    expect(mustBeSensitive.filter((code) => !elements.get(code)?.isSensitive)).toEqual([]);
  });
});

describe('life events', () => {
  it('are at least 3, name existing items, and depend only inside themselves without cycles', () => {
    expect(catalogue.lifeEvents.length).toBeGreaterThanOrEqual(3);
    expect(duplicates(catalogue.lifeEvents.map((e) => e.id))).toEqual([]);
    const problems: string[] = [];
    for (const event of catalogue.lifeEvents) {
      const codes = event.items.map((i) => i.itemCode);
      for (const code of duplicates(codes)) problems.push(`${event.id}: ${code} listed twice`);
      for (const entry of event.items) {
        if (!items.has(entry.itemCode)) problems.push(`${event.id}: unknown item ${entry.itemCode}`);
        for (const d of entry.dependsOn) if (!codes.includes(d) || d === entry.itemCode) problems.push(`${event.id}: ${entry.itemCode} depends on ${d} outside the event`);
      }
      if (dependencyOrder(event.items) === null) problems.push(`${event.id}: dependency cycle`);
    }
    expect(problems).toEqual([]);
  });

  it('share data-element bindings so the merged form asks each thing once', () => {
    for (const event of catalogue.lifeEvents) {
      const contents = event.items.map((i) => items.get(i.itemCode)).filter((i): i is StandardItemContent => i !== undefined);
      const total = contents.reduce((n, c) => n + Object.keys(c.form.properties).length, 0);
      const merged = mergeForms(contents);
      expect(merged.length, event.id).toBeLessThan(total);
      expect(merged.some((f) => f.element !== null && f.itemCodes.length === contents.length), `${event.id}: a field common to all items`).toBe(true);
    }
  });
});

describe('implementations', () => {
  const departments = new Map(demoDepartments.map((d) => [d.code, d]));
  const regions = new Set(demoRegions.map((r) => r.code));

  it('claim every item in the city, once per region', () => {
    const cityCodes = new Set(implementations.filter((i) => i.regionCode === '339900').map((i) => i.itemCode));
    expect(catalogue.items.filter((i) => !cityCodes.has(i.code)).map((i) => i.code)).toEqual([]);
    expect(duplicates(implementations.map((i) => `${i.itemCode}@${i.regionCode}`))).toEqual([]);
  });

  it('only make the standard easier, with a department of the right kind in the right region', () => {
    const problems: string[] = [];
    for (const impl of implementations) {
      const where = `${impl.itemCode}@${impl.regionCode}`;
      const standard = items.get(impl.itemCode);
      if (!standard) {
        problems.push(`${where}: unknown item`);
        continue;
      }
      if (impl.promisedDays > standard.statutoryDays) problems.push(`${where}: promised ${impl.promisedDays} > statutory ${standard.statutoryDays}`);
      const materials = new Map(standard.materials.map((m) => [m.id, m]));
      const conditions = new Set(standard.conditions.map((c) => c.id));
      for (const id of impl.materialIds) if (!materials.has(id)) problems.push(`${where}: material ${id} not in the standard`);
      for (const id of impl.conditionIds) if (!conditions.has(id)) problems.push(`${where}: condition ${id} not in the standard`);
      for (const id of impl.commitmentMaterialIds) {
        if (!materials.get(id)?.allowsCommitment) problems.push(`${where}: commitment for ${id} not allowed by the standard`);
        if (!impl.materialIds.includes(id)) problems.push(`${where}: commitment for ${id}, which is not requested`);
      }
      for (const r of implementationRefusals(standard, impl, 'en')) problems.push(`${where}: ${r.message}`);
      const department = departments.get(impl.departmentCode);
      if (!department) problems.push(`${where}: unknown department ${impl.departmentCode}`);
      else {
        if (department.regionCode !== impl.regionCode) problems.push(`${where}: department ${department.code} is in region ${department.regionCode}`);
        if (department.kind !== standard.departmentKind) problems.push(`${where}: department kind ${department.kind} differs from ${standard.departmentKind}`);
      }
      if (!regions.has(impl.regionCode)) problems.push(`${where}: unknown region`);
      if (impl.visits === 0 && !impl.channels.includes('online')) problems.push(`${where}: zero visits needs the online channel`);
    }
    expect(problems).toEqual([]);
  });

  it('let two districts show local variation', () => {
    const count = (region: string) => implementations.filter((i) => i.regionCode === region).length;
    expect(count('339902')).toBeGreaterThanOrEqual(6);
    expect(count('339902')).toBeLessThanOrEqual(8);
    expect(count('339903')).toBeGreaterThanOrEqual(3);
    expect(count('339903')).toBeLessThanOrEqual(4);
  });
});
