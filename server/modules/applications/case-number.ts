import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { caseCounters } from './tables';

/** Case numbers: region code + date + sequence (e.g. 339900-20261127-000042), unique and readable aloud. */
export async function nextCaseNumber(exec: Executor, regionCode: string, day: string): Promise<string> {
  const prefix = regionCode.slice(0, 6);
  const compactDay = day.replaceAll('-', '');
  const [row] = await exec
    .insert(caseCounters)
    .values({ prefix, day: compactDay, last: 1 })
    .onConflictDoUpdate({ target: [caseCounters.prefix, caseCounters.day], set: { last: sql`${caseCounters.last} + 1` } })
    .returning({ last: caseCounters.last });
  return `${prefix}-${compactDay}-${String(row?.last ?? 1).padStart(6, '0')}`;
}
