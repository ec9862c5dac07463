import type { Static } from 'typebox';
import type { UseCaseContext } from '../../../platform/context';
import { AppError, validationError } from '../../../platform/errors/app-error';
import { withIdempotency } from '../../../platform/http/idempotency';
import { eq } from 'drizzle-orm';
import type { Channel, GeoPoint } from '../model';
import { grids } from '../tables';
import { getIncident, type Detail } from './get-incident';
import { registerIncident, type RegisterInput } from './register-incident';
import type { IntakeInput } from './schemas';

export type Intake = Static<typeof IntakeInput>;

/** Which channel a person files through: citizens the portal, dispatchers the 12345 line, grid workers a patrol. */
function channelOf(ctx: UseCaseContext): Channel {
  const actor = ctx.actor!;
  if (actor.kind !== 'staff') return 'citizen';
  if (actor.roles.has('dispatcher')) return 'hotline';
  if (actor.roles.has('grid_worker')) return 'grid';
  throw new AppError('auth.forbidden');
}

/** A grid worker's patrol report without a device fix: the centre of their first grid. */
async function patrolPoint(ctx: UseCaseContext): Promise<GeoPoint | undefined> {
  const [grid] = await ctx.db.select().from(grids).where(eq(grids.workerUserId, ctx.actor!.userId)).orderBy(grids.code).limit(1);
  if (!grid) return undefined;
  return { lat: (grid.minLat + grid.maxLat) / 2, lng: (grid.minLng + grid.maxLng) / 2 };
}

/**
 * `POST /governance/incidents`: the request's person and channel become the reporter; once per Idempotency-Key.
 * Hotline callers are not accounts: their name and phone are kept (encrypted) and the operator files it.
 */
export async function fileIntake(ctx: UseCaseContext, body: Intake, idempotencyKey: string | undefined): Promise<{ status: number; body: Detail }> {
  const actor = ctx.actor!;
  const channel = channelOf(ctx);
  if ((body.lat === undefined) !== (body.lng === undefined)) throw validationError([{ field: body.lat === undefined ? 'lat' : 'lng', rule: 'lat_lng_together', message: '' }]);
  if (channel === 'hotline' && !body.requestType) throw validationError([{ field: 'requestType', rule: 'required', message: '' }]);
  let point: GeoPoint | undefined = body.lat !== undefined && body.lng !== undefined ? { lat: body.lat, lng: body.lng } : undefined;
  if (!point && channel === 'grid' && !body.address) point = await patrolPoint(ctx);
  const input: RegisterInput = {
    channel,
    requestType: channel === 'hotline' ? body.requestType : (body.requestType ?? 'report'),
    description: body.description,
    categoryCode: body.categoryCode,
    urgency: body.urgency,
    point,
    address: body.address,
    photoFileIds: body.photoIds,
    reporter:
      channel === 'hotline'
        ? { userId: null, name: body.callerName ?? null, phone: body.callerPhone ?? null, contactPreference: body.contactPreference ?? (body.callerPhone ? 'phone' : 'none'), anonymous: body.anonymous ?? false }
        : { userId: actor.userId, name: actor.name, phone: null, contactPreference: body.contactPreference ?? 'none', anonymous: body.anonymous ?? false },
  };
  const result = await withIdempotency(ctx.db, { principal: actor.userId, scope: 'governance.incidents', key: idempotencyKey, body }, async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const row = await registerIncident(tx, txCtx, input);
    return { status: 201, body: await getIncident(txCtx, row.id) };
  });
  return { status: result.status, body: result.body };
}
