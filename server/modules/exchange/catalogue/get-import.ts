import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { dataImports, dataResources } from '../tables';
import { ruleMessage } from './messages';
import { isStewardOf } from './resource-access';
import type { ImportStatus } from './schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An import's progress and per-row error report, for the provider's stewards (anyone else: 404). */
export async function getImport(ctx: UseCaseContext, id: string): Promise<ImportStatus> {
  if (!UUID.test(id)) throw new AppError('exchange.import_not_found');
  const [row] = await ctx.db
    .select({ imp: dataImports, code: dataResources.code, providerDepartmentId: dataResources.providerDepartmentId })
    .from(dataImports)
    .innerJoin(dataResources, eq(dataResources.id, dataImports.resourceId))
    .where(eq(dataImports.id, id));
  if (!row || !isStewardOf(ctx.actor, row.providerDepartmentId)) throw new AppError('exchange.import_not_found');
  const imp = row.imp;
  return {
    id: imp.id,
    resource: row.code,
    fileName: imp.fileName,
    status: imp.status,
    totalRows: imp.totalRows,
    processedRows: imp.processedRows,
    acceptedRows: imp.acceptedRows,
    errors: imp.errors.map((e) => ({ row: e.row, ...(e.field !== undefined ? { field: e.field } : {}), rule: e.rule, message: ruleMessage(e.rule) })),
    createdAt: imp.createdAt.toISOString(),
    finishedAt: imp.finishedAt?.toISOString() ?? null,
  };
}
