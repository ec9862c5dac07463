import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { keyDepartmentOf, listKeysOf, presentKeys } from './api-keys';
import type { ApiKeyView } from './schemas';

/** The steward's department's keys: name, prefix, grants, dates — never the secret or its hash. */
export async function listApiKeys(ctx: UseCaseContext): Promise<{ items: ApiKeyView[] }> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  const departmentId = await keyDepartmentOf(ctx.db, actor);
  return { items: await presentKeys(ctx.db, await listKeysOf(ctx.db, departmentId)) };
}
