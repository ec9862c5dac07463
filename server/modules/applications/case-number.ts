import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';

/**
 * Case numbers: region code + date + sequence (e.g. 339902-20261127-0000042), unique and readable aloud. The
 * sequence (`case_number_seq`) is shared and never resets, so taking a number locks nothing.
 */
export async function nextCaseNumber(exec: Executor, regionCode: string, day: string): Promise<string> {
  const result = await exec.execute<{ n: string }>(sql`SELECT nextval('case_number_seq')::text AS n`);
  const rows = (Array.isArray(result) ? result : (result as { rows: { n: string }[] }).rows) as { n: string }[];
  return `${regionCode.slice(0, 6)}-${day.replaceAll('-', '')}-${(rows[0]?.n ?? '0').padStart(7, '0')}`;
}
