import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { FieldCipher } from '../../../platform/crypto/field-cipher';
import type { ResourceField } from '../model';
import { dataRecords, dataResources } from '../tables';
import { parseRecord, qualityIssues, subjectKey, type Problem, type RawValue, type RefCheck, type Value } from './record-values';
import type { ResourceRow } from './resource-access';

export interface IncomingRecord {
  subject: string;
  data: Record<string, RawValue>;
}

export interface PreparedRow {
  subjectBidx: string;
  dataEnc: string;
  issues: Problem[];
}

/** Rows ready to write and the rejected ones (by their index in the batch), each rejection with its field and rule. */
export interface PreparedBatch {
  rows: PreparedRow[];
  rejected: { index: number; field?: string; rule: string }[];
}

/**
 * Validates a whole batch before anything is written: a record with an invalid subject, an unknown key or a
 * value of the wrong type is rejected; the others are encrypted with their quality issues (ref rules included).
 */
export async function prepareRecords(exec: Executor, cipher: FieldCipher, resource: ResourceRow, records: readonly IncomingRecord[]): Promise<PreparedBatch> {
  const refs = await refChecks(exec, cipher, resource.fields);
  const rows: PreparedRow[] = [];
  const rejected: PreparedBatch['rejected'] = [];
  records.forEach((record, index) => {
    const subject = subjectKey(resource.subjectKind, String(record.subject ?? ''));
    const parsed = parseRecord(resource.fields, record.data);
    const problems = [...(subject ? [] : [{ field: 'subject', rule: 'subject_invalid' }]), ...('problems' in parsed ? parsed.problems : [])];
    if (problems.length > 0 || !subject || !('data' in parsed)) {
      for (const p of problems) rejected.push({ index, ...p });
      return;
    }
    rows.push({
      subjectBidx: cipher.blindIndex(subject.purpose, subject.value),
      dataEnc: cipher.encrypt(JSON.stringify(parsed.data), 'data_records.data'),
      issues: qualityIssues(resource.fields, parsed.data, refs),
    });
  });
  return { rows, rejected };
}

/** Upserts prepared rows by (resource, subject); a subject repeated in the batch keeps its last row. */
export async function writeRecords(exec: Executor, resourceId: string, rows: readonly PreparedRow[]): Promise<void> {
  const last = new Map(rows.map((r) => [r.subjectBidx, r]));
  if (last.size === 0) return;
  const now = new Date();
  await exec
    .insert(dataRecords)
    .values([...last.values()].map((r) => ({ resourceId, subjectBidx: r.subjectBidx, dataEnc: r.dataEnc, issues: r.issues, updatedAt: now })))
    .onConflictDoUpdate({
      target: [dataRecords.resourceId, dataRecords.subjectBidx],
      set: { dataEnc: sql`excluded.data_enc`, issues: sql`excluded.issues`, updatedAt: now },
    });
}

/** For each field with a ref rule: does a value exist in the target (its subjects, or one of its field's values)? */
async function refChecks(exec: Executor, cipher: FieldCipher, fields: readonly ResourceField[]): Promise<Map<string, RefCheck>> {
  const checks = new Map<string, RefCheck>();
  const withRef = fields.filter((f) => f.rules?.ref);
  if (withRef.length === 0) return checks;
  const codes = [...new Set(withRef.map((f) => f.rules!.ref!.resource))];
  const targets = new Map((await exec.select({ id: dataResources.id, code: dataResources.code, subjectKind: dataResources.subjectKind }).from(dataResources).where(inArray(dataResources.code, codes))).map((t) => [t.code, t]));
  for (const field of withRef) {
    const ref = field.rules!.ref!;
    const target = targets.get(ref.resource);
    if (!target) {
      checks.set(field.key, () => false);
      continue;
    }
    const rows = await exec.select({ subjectBidx: dataRecords.subjectBidx, dataEnc: dataRecords.dataEnc }).from(dataRecords).where(eq(dataRecords.resourceId, target.id));
    if (ref.field === undefined) {
      const subjects = new Set(rows.map((r) => r.subjectBidx));
      checks.set(field.key, (value) => {
        const key = subjectKey(target.subjectKind, String(value));
        return key !== null && subjects.has(cipher.blindIndex(key.purpose, key.value));
      });
    } else {
      const refField = ref.field;
      const values = new Set(rows.map((r) => (JSON.parse(cipher.decrypt(r.dataEnc, 'data_records.data')) as Record<string, Value>)[refField]).filter((v) => v !== undefined).map(String));
      checks.set(field.key, (value) => values.has(String(value)));
    }
  }
  return checks;
}
