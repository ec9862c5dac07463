import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { FieldCipher } from '../../../platform/crypto/field-cipher';
import type { QualityReport, ResourceField, UpdateCycle } from '../model';
import { dataRecords, dataResources } from '../tables';
import { failedValueRules, type Problem, type Value } from './record-values';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long data stays fresh for each update cycle (realtime data is expected at least daily). */
const CYCLE_DAYS: Record<UpdateCycle, number> = { realtime: 1, daily: 1, weekly: 7, monthly: 31, quarterly: 92, yearly: 366 };

export interface QualityInput {
  fields: readonly ResourceField[];
  uniqueFields: readonly string[];
  updateCycle: UpdateCycle;
  lastLoadedAt: Date | null;
  /** Each record's values and the issues stored at its load (the ref results come from there). */
  records: readonly { data: Record<string, Value>; issues: readonly Problem[] }[];
  now: Date;
}

const share = (passed: number, checked: number) => (checked === 0 ? 1 : passed / checked);
const round4 = (n: number) => Math.round(n * 10000) / 10000;

/** Freshness: 1 within the update cycle, then decaying as cycle / age (twice the cycle late → 0.5); never loaded → 0. */
export function timeliness(updateCycle: UpdateCycle, lastLoadedAt: Date | null, now: Date): number {
  if (!lastLoadedAt) return 0;
  const age = Math.max(0, now.getTime() - lastLoadedAt.getTime());
  const cycle = CYCLE_DAYS[updateCycle] * DAY_MS;
  return age <= cycle ? 1 : cycle / age;
}

/**
 * 数据质量: completeness (required values present), validity (present values passing pattern/enum/range; the type
 * was checked on load), timeliness (last load against the update cycle) and consistency (ref rules and the
 * uniqueness of uniqueFields); the score is their mean × 100, rounded. Failing rules are counted per field.
 */
export function computeQuality(input: QualityInput): QualityReport {
  const failing = new Map<string, { field?: string; rule: string; count: number }>();
  const fail = (rule: string, field?: string, n = 1) => {
    const key = `${field ?? ''}\u0000${rule}`;
    const entry = failing.get(key) ?? { ...(field !== undefined ? { field } : {}), rule, count: 0 };
    entry.count += n;
    failing.set(key, entry);
  };
  let required = 0;
  let present = 0;
  let values = 0;
  let valid = 0;
  let refChecks = 0;
  let refFailures = 0;
  for (const record of input.records) {
    for (const field of input.fields) {
      const value = record.data[field.key];
      if (field.rules?.required) {
        required += 1;
        if (value !== undefined) present += 1;
        else fail('required', field.key);
      }
      if (value === undefined) continue;
      values += 1;
      const failed = failedValueRules(field, value);
      if (failed.length === 0) valid += 1;
      for (const rule of failed) fail(rule, field.key);
      if (field.rules?.ref) {
        refChecks += 1;
        if (record.issues.some((i) => i.field === field.key && i.rule === 'ref')) {
          refFailures += 1;
          fail('ref', field.key);
        }
      }
    }
  }
  const duplicates = duplicateCount(input);
  if (duplicates > 0) fail('unique', input.uniqueFields.join(','), duplicates);
  const uniqueChecks = input.uniqueFields.length > 0 ? input.records.length : 0;
  const fresh = timeliness(input.updateCycle, input.lastLoadedAt, input.now);
  if (fresh < 1) fail('stale');
  const completeness = share(present, required);
  const validity = share(valid, values);
  const consistency = share(refChecks + uniqueChecks - refFailures - duplicates, refChecks + uniqueChecks);
  return {
    score: Math.round(((completeness + validity + fresh + consistency) / 4) * 100),
    completeness: round4(completeness),
    validity: round4(validity),
    timeliness: round4(fresh),
    consistency: round4(consistency),
    records: input.records.length,
    failing: [...failing.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule)),
    computedAt: input.now.toISOString(),
  };
}

/** Records whose uniqueFields values repeat an earlier record's (records missing one of them are not compared). */
function duplicateCount(input: QualityInput): number {
  if (input.uniqueFields.length === 0) return 0;
  const seen = new Set<string>();
  let duplicates = 0;
  for (const record of input.records) {
    const parts = input.uniqueFields.map((k) => record.data[k]);
    if (parts.some((p) => p === undefined)) continue;
    const key = JSON.stringify(parts);
    if (seen.has(key)) duplicates += 1;
    else seen.add(key);
  }
  return duplicates;
}

/** Recomputes and stores a resource's quality after a load (in the load's transaction); sets last_loaded_at. */
export async function refreshQuality(exec: Executor, cipher: FieldCipher, resourceId: string, now = new Date()): Promise<QualityReport> {
  const [resource] = await exec.select().from(dataResources).where(eq(dataResources.id, resourceId));
  if (!resource) throw new Error(`no resource ${resourceId}`);
  const rows = await exec.select({ dataEnc: dataRecords.dataEnc, issues: dataRecords.issues }).from(dataRecords).where(eq(dataRecords.resourceId, resourceId));
  const records = rows.map((r) => ({ data: JSON.parse(cipher.decrypt(r.dataEnc, 'data_records.data')) as Record<string, Value>, issues: r.issues }));
  const quality = computeQuality({ fields: resource.fields, uniqueFields: resource.uniqueFields, updateCycle: resource.updateCycle, lastLoadedAt: now, records, now });
  await exec.update(dataResources).set({ quality, lastLoadedAt: now }).where(eq(dataResources.id, resourceId));
  return quality;
}

/** A stored report with timeliness (and so the score) as of now: freshness decays between loads. */
export function qualityAsOf(report: QualityReport, updateCycle: UpdateCycle, lastLoadedAt: Date | null, now = new Date()): QualityReport {
  const fresh = round4(timeliness(updateCycle, lastLoadedAt, now));
  if (fresh === report.timeliness) return report;
  const failing = report.failing.filter((f) => f.rule !== 'stale');
  if (fresh < 1) failing.push({ rule: 'stale', count: 1 });
  return { ...report, timeliness: fresh, failing, score: Math.round(((report.completeness + report.validity + fresh + report.consistency) / 4) * 100) };
}
