import { and, desc, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/context';
import { AppError, validationError } from '../../../platform/errors/app-error';
import { incidentAccess, staffScope } from '../incidents/access';
import { INCIDENT_STATUSES, OPEN_STATUSES, type IncidentStatus } from '../model';
import { incidentCategories, incidents } from '../tables';
import type { MapIncidentListView } from './schemas';

// The console map's open incidents: what the person may see (a dispatcher's region, a handler's parts), with a
// place, inside the box if one is given, newest first, at most 2,000 so the map stays light.

export const MAP_LIMIT = 2000;

export async function listMapIncidents(ctx: UseCaseContext, query: { bbox?: string; status?: string }): Promise<MapIncidentListView> {
  if (!ctx.actor) throw new AppError('auth.unauthenticated');
  const where = [inArray(incidents.status, [...OPEN_STATUSES]), isNotNull(incidents.lat), isNotNull(incidents.lng)];
  if (query.bbox !== undefined) {
    const box = query.bbox.split(',').map(Number);
    if (box.length !== 4 || box.some((n) => !Number.isFinite(n)) || box[0]! > box[2]! || box[1]! > box[3]!) {
      throw validationError([{ field: 'bbox', rule: 'format', message: 'minLng,minLat,maxLng,maxLat' }]);
    }
    const [minLng, minLat, maxLng, maxLat] = box as [number, number, number, number];
    where.push(gte(incidents.lng, minLng), lte(incidents.lng, maxLng), gte(incidents.lat, minLat), lte(incidents.lat, maxLat));
  }
  if (query.status !== undefined) {
    const statuses = query.status.split(',').filter(Boolean);
    if (statuses.length === 0 || statuses.some((s) => !INCIDENT_STATUSES.includes(s as IncidentStatus))) {
      throw validationError([{ field: 'status', rule: 'enum', message: `One or more of ${OPEN_STATUSES.join(', ')}` }]);
    }
    where.push(inArray(incidents.status, statuses as IncidentStatus[]));
  }
  const access = await incidentAccess(ctx.db, ctx.actor);
  const rows = await ctx.db
    .select({
      id: incidents.id,
      number: incidents.number,
      status: incidents.status,
      categoryCode: incidents.categoryCode,
      categoryName: incidentCategories.name,
      lat: incidents.lat,
      lng: incidents.lng,
      urgency: incidents.urgency,
      deadlineState: incidents.deadlineState,
    })
    .from(incidents)
    .leftJoin(incidentCategories, sql`${incidentCategories.code} = ${incidents.categoryCode}`)
    .where(and(...where, staffScope(access)))
    .orderBy(desc(incidents.createdAt))
    .limit(MAP_LIMIT);
  return {
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      status: r.status,
      category: r.categoryCode && r.categoryName ? { code: r.categoryCode, name: r.categoryName } : null,
      lat: r.lat!,
      lng: r.lng!,
      urgency: r.urgency,
      deadlineState: r.deadlineState ?? 'on_time',
    })),
  };
}
