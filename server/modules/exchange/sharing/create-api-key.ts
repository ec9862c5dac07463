import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { generateApiKey } from '../api-key-format';
import { exchangeApiKeys } from '../tables';
import { approvedGrantsOf, keyDepartmentOf, presentKeys } from './api-keys';
import { SharingProblems } from './problems';
import type { CreateKeyBody, CreatedKey } from './schemas';

/**
 * 接口密钥: a consumer steward creates a key for their system, limited to approved grants of their department. The
 * key is returned once; only its SHA-256 is stored (exchange_api_keys.secret_hash) and never audited.
 */
export async function createApiKey(ctx: UseCaseContext, input: CreateKeyBody): Promise<CreatedKey> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  const departmentId = await keyDepartmentOf(ctx.db, actor);
  const name = input.name.trim();
  const problems = new SharingProblems(ctx.lang);
  if (name === '') problems.add('name', 'not_blank');
  const grantIds = [...new Set(input.grantIds)];
  if (grantIds.length === 0) problems.add('grantIds', 'required');
  const own = await approvedGrantsOf(ctx.db, departmentId, grantIds);
  const foreign = grantIds.filter((id) => !own.includes(id));
  if (foreign.length > 0) problems.add('grantIds', 'not_own_grant', foreign.join(', '));
  problems.throwIfAny();
  const { key, prefix, hash } = generateApiKey();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.insert(exchangeApiKeys).values({ consumerDepartmentId: departmentId, name, prefix, secretHash: hash, grantIds, createdBy: actor.userId }).returning();
    if (!row) throw new Error('insert returned no row');
    await appendAudit(tx, ctx, { action: 'exchange.api_key_create', objectType: 'exchange_api_key', objectId: row.id, details: { name, prefix, grantIds, departmentId } });
    const [view] = await presentKeys(tx, [row]);
    if (!view) throw new Error('key view missing');
    return { ...view, key };
  });
}
