import { eq } from 'drizzle-orm';
import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { exchangeApiKeys } from '../tables';
import { activeKeyOf, keyDepartmentOf, presentKeys } from './api-keys';
import type { ApiKeyView } from './schemas';

/** Revokes one of the department's keys at once (the gateway refuses it from then on). Other departments' keys: 404. */
export async function revokeApiKey(ctx: UseCaseContext, id: string): Promise<ApiKeyView> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('exchange.api_key_not_found');
  const departmentId = await keyDepartmentOf(ctx.db, actor);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx.select().from(exchangeApiKeys).where(eq(exchangeApiKeys.id, id)).for('update');
    if (!existing || existing.consumerDepartmentId !== departmentId) throw new AppError('exchange.api_key_not_found');
    if (existing.revokedAt) throw new AppError('exchange.action_not_allowed');
    const [row] = await tx.update(exchangeApiKeys).set({ revokedAt: new Date() }).where(activeKeyOf(departmentId, id)).returning();
    if (!row) throw new AppError('exchange.action_not_allowed');
    await appendAudit(tx, ctx, { action: 'exchange.api_key_revoke', objectType: 'exchange_api_key', objectId: row.id, details: { name: row.name, prefix: row.prefix } });
    const [view] = await presentKeys(tx, [row]);
    if (!view) throw new Error('key view missing');
    return view;
  });
}
