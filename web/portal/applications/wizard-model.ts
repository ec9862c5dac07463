// The apply wizard without React: pages of the form ("one thing per page"), material choices, the body sent to
// the API, and where a server problem belongs.
import type { ApplicationInput, Draft, MaterialChoice, PrepareView } from '../../shared/application-types';
import { isEnglish } from '../../shared/bilingual';
import { fieldKind, type FieldKind } from '../../shared/form-schema';

export type PreparedField = PrepareView['fields'][number];
export type PreparedMaterial = PrepareView['materials'][number];

/** At most this many fields on one page of the wizard. */
export const FIELDS_PER_PAGE = 6;

export interface WizardField {
  key: string;
  title: string;
  description: string | null;
  kind: FieldKind;
  options: string[];
  required: boolean;
  schema: Record<string, unknown>;
  prefill: PreparedField['prefill'];
  isLocked: boolean;
  /** Fetched through the data exchange (not the account profile): the applicant may type it instead. */
  isExchange: boolean;
  /** The applicant chose to type this field instead of the fetched value (the manual alternative). */
  isManual: boolean;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/**
 * The fields as the wizard shows them: what government data filled in (the applicant's own details) first, then the
 * rest, each group in the order the server sent.
 */
export function wizardFields(fields: PreparedField[], language: string, manual: ReadonlySet<string> = new Set()): WizardField[] {
  const ordered = [...fields.filter((field) => field.prefill !== null), ...fields.filter((field) => field.prefill === null)];
  return ordered.map((field) => {
    const titleZh = text(field.schema.title) ?? field.key;
    const titleEn = text(field.schema['x-title-en']);
    const descriptionEn = text(field.schema['x-description-en']);
    return {
      key: field.key,
      title: isEnglish(language) && titleEn !== null ? titleEn : titleZh,
      description: isEnglish(language) ? descriptionEn : text(field.schema.description),
      kind: fieldKind(field.schema),
      options: Array.isArray(field.schema.enum) ? field.schema.enum.map(String) : [],
      required: field.required,
      schema: field.schema,
      prefill: field.prefill,
      isLocked: field.prefill !== null && !field.prefill.editable && !(manual.has(field.key) && field.prefill.resource !== null),
      isExchange: field.prefill !== null && field.prefill.resource !== null,
      isManual: manual.has(field.key) && (field.prefill?.resource ?? null) !== null,
    };
  });
}

/** Splits the fields into pages of at most FIELDS_PER_PAGE, balanced (13 fields → 5, 4, 4 rather than 6, 6, 1). */
export function pageFields<T>(fields: T[]): T[][] {
  if (fields.length === 0) return [];
  const pages = Math.ceil(fields.length / FIELDS_PER_PAGE);
  const size = Math.ceil(fields.length / pages);
  const out: T[][] = [];
  for (let i = 0; i < fields.length; i += size) out.push(fields.slice(i, i + size));
  return out;
}

/** What the applicant chose for one material in the wizard. `signed` is the commitment checkbox. */
export interface MaterialState {
  provision: MaterialChoice['provision'] | 'none';
  fileId?: string;
  fileName?: string;
  signed?: boolean;
}

export type MaterialStates = Record<string, MaterialState>;

function defaultState(material: PreparedMaterial): MaterialState {
  if (material.producedInBundle) return { provision: 'none' };
  if (material.fetchable !== null || material.shared !== null) return { provision: 'fetched' };
  if (material.source === 'commitment') return { provision: 'commitment', signed: false };
  return { provision: 'upload' };
}

/** Starting choices: the defaults, overridden by what a draft saved. */
export function initialMaterialStates(materials: PreparedMaterial[], saved: MaterialChoice[] = [], fileNames: Record<string, string> = {}): MaterialStates {
  const states: MaterialStates = {};
  for (const material of materials) {
    const choice = saved.find((candidate) => candidate.key === material.key);
    if (material.producedInBundle || choice === undefined) states[material.key] = defaultState(material);
    else if (choice.provision === 'fetched' && material.fetchable === null && material.shared === null) states[material.key] = defaultState(material);
    else if (choice.provision === 'commitment') states[material.key] = { provision: 'commitment', signed: true };
    else if (choice.provision === 'upload') {
      states[material.key] = { provision: 'upload', fileId: choice.fileId, fileName: choice.fileId === undefined ? undefined : fileNames[choice.fileId] };
    } else states[material.key] = { provision: choice.provision };
  }
  return states;
}

/** The choices sent to the API: nothing for bundle-produced materials, unsigned commitments or missing files. */
export function materialChoices(states: MaterialStates): MaterialChoice[] {
  const choices: MaterialChoice[] = [];
  for (const [key, state] of Object.entries(states)) {
    if (state.provision === 'fetched') choices.push({ key, provision: 'fetched' });
    else if (state.provision === 'commitment' && state.signed === true) choices.push({ key, provision: 'commitment' });
    else if (state.provision === 'upload' && state.fileId !== undefined) choices.push({ key, provision: 'upload', fileId: state.fileId });
  }
  return choices;
}

export type MaterialProblem = 'upload_required' | 'sign_required';

/** Client-side check of the materials page: every required material is provided somehow. */
export function materialProblems(materials: PreparedMaterial[], states: MaterialStates): Record<string, MaterialProblem> {
  const problems: Record<string, MaterialProblem> = {};
  for (const material of materials) {
    const state = states[material.key];
    if (!material.required || material.producedInBundle || state === undefined) continue;
    if (state.provision === 'upload' && state.fileId === undefined) problems[material.key] = 'upload_required';
    if (state.provision === 'commitment' && state.signed !== true) problems[material.key] = 'sign_required';
  }
  return problems;
}

/** Form values as the API takes them: empty answers left out, numbers as numbers. */
export function cleanFormValues(fields: WizardField[], values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined || value === null || value === '') continue;
    if ((field.kind === 'integer' || field.kind === 'number') && typeof value === 'string') {
      const number = Number(value);
      out[field.key] = Number.isFinite(number) ? number : value;
    } else out[field.key] = typeof value === 'string' ? value.trim() : value;
  }
  return out;
}

/** Starting values: the prefilled ones, then the draft's (except locked fields, which always show the source). */
export function initialFormValues(fields: WizardField[], draft?: Pick<Draft, 'form'>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.prefill !== null) values[field.key] = field.prefill.value;
    const saved = draft?.form[field.key];
    if (!field.isLocked && saved !== undefined) values[field.key] = saved;
  }
  return values;
}

export interface WizardTarget {
  kind: 'item' | 'lifeEvent';
  id: string;
  region: string;
}

export function applicationInput(target: WizardTarget, form: Record<string, unknown>, materials: MaterialChoice[]): Omit<ApplicationInput, 'draftId'> {
  const base = { region: target.region, form, materials };
  return target.kind === 'item' ? { implementation: target.id, ...base } : { lifeEvent: target.id, ...base };
}

/**
 * `form.childName` → that field, `materials.photo` → that material; keys may themselves hold dots (`child.name`),
 * so the longest known key that the rest starts with wins. Anything else → null.
 */
export function problemTarget(field: string, fieldKeys: readonly string[], materialKeys: readonly string[]): { kind: 'field' | 'material'; key: string } | null {
  const match = /^\/?(form|materials)[./](.+)$/.exec(field);
  if (match === null) return null;
  const kind = match[1] === 'form' ? 'field' : 'material';
  const rest = match[2] ?? '';
  const keys = kind === 'field' ? fieldKeys : materialKeys;
  const found = keys.filter((key) => rest === key || rest.startsWith(`${key}.`) || rest.startsWith(`${key}/`)).sort((a, b) => b.length - a.length)[0];
  return found === undefined ? null : { kind, key: found };
}

const UPLOAD_NAMES_KEY = 'yw.uploadNames';

/** File names of this browser's uploads by file id: a draft keeps only the id, the person knows the name. */
export function rememberedUploadNames(): Record<string, string> {
  try {
    const parsed = JSON.parse(sessionStorage.getItem(UPLOAD_NAMES_KEY) ?? '{}') as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberUploadName(fileId: string, name: string): void {
  try {
    sessionStorage.setItem(UPLOAD_NAMES_KEY, JSON.stringify({ ...rememberedUploadNames(), [fileId]: name }));
  } catch {
    // Storage disabled: a restored draft shows "uploaded file" without its name.
  }
}

/** The file-picker filter for a material's formats. */
export function acceptFor(formats: PreparedMaterial['formats']): string {
  const extensions = formats.flatMap((format) => (format === 'pdf' ? ['.pdf'] : format === 'jpeg' ? ['.jpg', '.jpeg'] : ['.png']));
  return (extensions.length > 0 ? extensions : ['.pdf', '.jpg', '.jpeg', '.png']).join(',');
}
