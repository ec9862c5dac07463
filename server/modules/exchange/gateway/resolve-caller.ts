import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { hashApiKey, isWellFormedApiKey } from '../api-key-format';
import { gatewayState } from './gateway-cache';
import type { GatewayCaller } from './gateway';

/**
 * Who calls the gateway: `Authorization: Bearer ywk_…` (a consumer system's key; revocation and scope are
 * judged per call so a revoked key's calls are refused and recorded), or a signed-in staff member of any role
 * (the consumer is their department: the one holding an approved grant for the resource when they have
 * several). Anything else is 401 exchange.unauthenticated; a citizen or enterprise session is 403.
 */
export async function resolveCaller(ctx: UseCaseContext, header: string | undefined, resourceCode: string | undefined): Promise<GatewayCaller> {
  const state = gatewayState(ctx.db);
  if (header !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const key = match?.[1];
    if (!key || !isWellFormedApiKey(key)) throw new AppError('exchange.unauthenticated');
    const found = await state.keyByHash(hashApiKey(key));
    if (!found) throw new AppError('exchange.unauthenticated');
    if (!found.isRevoked) await state.touchKey(found.id);
    return { kind: 'api_key', departmentId: found.departmentId, apiKeyId: found.id };
  }
  const { actor } = ctx;
  if (!actor || actor.sessionState !== 'active') throw new AppError('exchange.unauthenticated');
  if (actor.kind !== 'staff' || actor.departmentIds.length === 0) throw new AppError('auth.forbidden');
  let departmentId = actor.departmentIds[0]!;
  if (actor.departmentIds.length > 1 && resourceCode) {
    const resource = await state.resource(resourceCode);
    for (const id of resource ? actor.departmentIds : []) {
      if ((await state.grantsOf(id, resource!.id)).some((g) => g.status === 'approved')) {
        departmentId = id;
        break;
      }
    }
  }
  return { kind: 'staff', departmentId, actorId: actor.userId };
}
