import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { elicences } from './tables';

/** Number, type and issuer of licences by id (case pages showing which licence a material or a decision is). */
export async function findLicenceSummaries(exec: Executor, ids: string[]): Promise<Map<string, { number: string; type: string; issuerName: string; status: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await exec
    .select({ id: elicences.id, number: elicences.number, type: elicences.type, payload: elicences.payload, status: elicences.status })
    .from(elicences)
    .where(inArray(elicences.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, { number: r.number, type: r.type, issuerName: r.payload.issuer.name, status: r.status }]));
}
