import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { dataRecords } from '../tables';
import { openFields } from './list-open-data';
import { findResource } from './resource-access';
import type { Value } from './record-values';

/** One CSV cell: quoted when needed; text that a spreadsheet would run as a formula is defused with a quote mark. */
function cell(value: Value | undefined, isText: boolean): string {
  if (value === undefined) return '';
  let text = String(value);
  if (isText && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * An open resource's records as CSV (public): the non-personal fields only, a header of field keys, UTF-8 with a
 * BOM so Excel shows Chinese. Subjects are never exported (only their blind index is stored).
 */
export async function exportOpenDataCsv(ctx: UseCaseContext, code: string): Promise<{ fileName: string; body: string }> {
  const resource = await findResource(ctx.db, code);
  if (!resource || !resource.openData || resource.status !== 'published') throw new AppError('exchange.resource_not_found');
  const fields = openFields(resource);
  const rows = await ctx.db.select({ dataEnc: dataRecords.dataEnc }).from(dataRecords).where(eq(dataRecords.resourceId, resource.id)).orderBy(dataRecords.updatedAt, dataRecords.id);
  const lines = [fields.map((f) => cell(f.key, true)).join(',')];
  for (const row of rows) {
    const data = JSON.parse(ctx.cipher.decrypt(row.dataEnc, 'data_records.data')) as Record<string, Value>;
    lines.push(fields.map((f) => cell(data[f.key], f.type === 'string')).join(','));
  }
  return { fileName: `${resource.code}.csv`, body: `\uFEFF${lines.join('\r\n')}\r\n` };
}
