import type { I18nText } from '../model';
import type { Lang } from '../../../platform/http/language';
import { DATATYPES } from './schemas';

// A category's Open311 attributes are stored in GeoReport v2's own shape (incident_categories.attributes). The texts
// a person reads may be given in both languages, as { zh, en } or as one string `中文 / English`; each client gets
// its own language.

export type Datatype = (typeof DATATYPES)[number];

export interface ServiceAttributeView {
  variable: boolean;
  code: string;
  datatype: Datatype;
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values: { key: string; name: string }[];
}

const CJK = /[\u3400-\u9fff]/;
const BILINGUAL = /\s*\/\s+(?=[A-Za-z])/;

/** A text given as `中文 / English` (the demo seed's way of writing both) in the caller's language. */
function oneLanguage(value: string, lang: Lang): string {
  const match = BILINGUAL.exec(value);
  if (!match) return value;
  const zh = value.slice(0, match.index).trim();
  const en = value.slice(match.index + match[0].length).trim();
  if (!CJK.test(zh) || CJK.test(en)) return value;
  return lang === 'en' ? en : zh;
}

function text(value: unknown, lang: Lang): string | null {
  if (typeof value === 'string') return oneLanguage(value, lang);
  if (value && typeof value === 'object') {
    const t = value as Partial<I18nText>;
    return (lang === 'en' ? (t.en ?? t.zh) : (t.zh ?? t.en)) ?? null;
  }
  return null;
}

function isDatatype(value: unknown): value is Datatype {
  return typeof value === 'string' && (DATATYPES as readonly string[]).includes(value);
}

/** The stored attributes in the spec's shape and order (1 first); entries without a code or datatype are skipped. */
export function serviceAttributes(stored: readonly Record<string, unknown>[], lang: Lang): ServiceAttributeView[] {
  const out: ServiceAttributeView[] = [];
  stored.forEach((raw, index) => {
    const code = typeof raw.code === 'string' ? raw.code : null;
    if (!code || !isDatatype(raw.datatype)) return;
    const values = Array.isArray(raw.values) ? (raw.values as Record<string, unknown>[]) : [];
    out.push({
      variable: raw.variable !== false,
      code,
      datatype: raw.datatype,
      required: raw.required === true,
      datatype_description: text(raw.datatype_description, lang),
      order: typeof raw.order === 'number' && raw.order >= 1 ? Math.floor(raw.order) : index + 1,
      description: text(raw.description, lang) ?? code,
      values: values.filter((v) => v.key !== undefined && v.key !== null).map((v) => ({ key: String(v.key), name: text(v.name, lang) ?? String(v.key) })),
    });
  });
  return out.sort((a, b) => a.order - b.order);
}
