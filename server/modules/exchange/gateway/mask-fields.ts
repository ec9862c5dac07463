import { maskAddress, maskCreditCode, maskIdNumber, maskMobile } from '../../../platform/crypto/masking';
import type { ResourceField } from '../model';

export type FieldValue = string | number | boolean | null;

function maskString(field: ResourceField, value: string): string {
  const hint = `${field.key} ${field.element ?? ''}`.toLowerCase();
  if (/id_?number|resident_?id|idcard/.test(hint)) return maskIdNumber(value);
  if (/credit_?code/.test(hint)) return maskCreditCode(value);
  if (/mobile|phone/.test(hint)) return maskMobile(value);
  if (/address/.test(hint)) return maskAddress(value);
  if (field.type === 'date') return `${value.slice(0, 4)}-**-**`;
  // Names and other text: the first character, the rest hidden (张**).
  return value.length <= 1 ? '*' : `${value.slice(0, 1)}${'*'.repeat(Math.min(value.length - 1, 6))}`;
}

/** A sensitive value as shown to a consumer without a plain-value grant: never the value itself. */
export function maskValue(field: ResourceField, value: FieldValue): FieldValue {
  if (value === null) return null;
  if (typeof value === 'string') return maskString(field, value);
  return '***';
}

/**
 * Picks the requested fields from a record; sensitive ones are masked unless the grant allows plain values.
 * Returns the values and the keys that were masked.
 */
export function presentFields(byKey: ReadonlyMap<string, ResourceField>, requested: readonly string[], data: Record<string, unknown>, plainFields: readonly string[]): { values: Record<string, FieldValue>; masked: string[] } {
  const values: Record<string, FieldValue> = {};
  const masked: string[] = [];
  for (const key of requested) {
    const field = byKey.get(key);
    const raw = data[key];
    const value: FieldValue = typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean' ? raw : null;
    if (field?.sensitive && !plainFields.includes(key) && value !== null) {
      values[key] = maskValue(field, value);
      masked.push(key);
    } else {
      values[key] = value;
    }
  }
  return { values, masked };
}
