import type { UseCaseContext } from '../../../platform/context';
import { AppError } from '../../../platform/errors/app-error';
import { findResource } from './resource-access';
import { toDetail } from './resource-view';
import type { ResourceDetail } from './schemas';

/** One catalogue entry for staff: the catalogue is shared across departments (that is how consumers find data). */
export async function getResource(ctx: UseCaseContext, code: string): Promise<ResourceDetail> {
  const row = await findResource(ctx.db, code);
  if (!row) throw new AppError('exchange.resource_not_found');
  return toDetail(ctx.db, row, ctx.actor);
}
