import { asc, eq } from 'drizzle-orm';
import type { Static } from 'typebox';
import type { UseCaseContext } from '../../../platform/context';
import { maskMobile } from '../../../platform/crypto/masking';
import { departmentsByIds } from '../../identity/department-queries';
import { resolveDispatch } from '../places/dispatch';
import { incidentEvents, incidentParts, incidentPhotos, incidents } from '../tables';
import { findVisibleIncident, incidentAccess, standingOn, type Standing } from './access';
import { allowedActions } from './lifecycle';
import { REPORTER_PHONE_AAD, type IncidentRow } from './register-incident';
import { reopenUntil } from './resolution-actions';
import type { IncidentDetail } from './schemas';
import { loadNames, summarise, type Names } from './summaries';

export type Detail = Static<typeof IncidentDetail>;

/** Staff see a name by its first character only. */
const maskName = (name: string) => (name.length <= 1 ? '*' : `${name.slice(0, 1)}${'*'.repeat(Math.min(name.length - 1, 3))}`);

/**
 * One incident for a person who may see it. Staff in scope see everything (the reporter masked, nothing for an
 * anonymous report); the reporter alone sees the public timeline, their own contact data and no other report.
 */
export async function getIncident(ctx: UseCaseContext, id: string): Promise<Detail> {
  const access = await incidentAccess(ctx.db, ctx.actor!);
  const { row, standing } = await findVisibleIncident(ctx.db, access, id);
  const staff = [...standing.relations].some((r) => r !== 'reporter') || (row.gridCode !== null && access.gridCodes.includes(row.gridCode));
  const [names, parts, photos, events, duplicates] = await Promise.all([
    loadNames(ctx.db, [row]),
    ctx.db.select().from(incidentParts).where(eq(incidentParts.incidentId, row.id)).orderBy(asc(incidentParts.createdAt)),
    ctx.db.select().from(incidentPhotos).where(eq(incidentPhotos.incidentId, row.id)).orderBy(asc(incidentPhotos.createdAt)),
    ctx.db.select().from(incidentEvents).where(eq(incidentEvents.incidentId, row.id)).orderBy(asc(incidentEvents.id)),
    staff ? ctx.db.select({ id: incidents.id, number: incidents.number, createdAt: incidents.createdAt }).from(incidents).where(eq(incidents.duplicateOf, row.id)).orderBy(asc(incidents.createdAt)) : [],
  ]);
  const departments = await departmentsByIds(ctx.db, parts.map((p) => p.departmentId));
  const until = reopenUntil(row);
  return {
    ...summarise(row, names),
    suggestion: staff ? await suggestionOf(ctx, row, names) : null,
    parts: parts.map((p) => {
      const d = departments.get(p.departmentId);
      return { id: p.id, department: { id: p.departmentId, name: { zh: d?.name ?? '', en: d?.nameEn ?? d?.name ?? '' } }, role: p.role, status: p.status, note: staff ? p.note : null, handledAt: p.handledAt?.toISOString() ?? null };
    }),
    photos: photos.map((p) => ({ id: p.fileId, kind: p.kind, url: `/api/v1/governance/photos/${p.fileId}`, partId: p.partId })),
    timeline: events
      .filter((e) => staff || e.public)
      .map((e) => ({ at: e.at.toISOString(), action: e.action, actor: staff || e.actorId === row.reporterUserId ? e.actorName : '', fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note })),
    reporter: reporterView(ctx, row, standing, staff),
    anonymous: row.anonymous,
    rating: row.rating,
    reopenUntil: until && ['handled', 'verified', 'closed'].includes(row.status) ? until.toISOString() : null,
    duplicates: duplicates.map((d) => ({ id: d.id, number: d.number, createdAt: d.createdAt.toISOString() })),
    allowedActions: allowedActions(row, standing.relations, (action) => {
      if (action === 'handle') return parts.some((p) => standing.partDepartmentIds.includes(p.departmentId) && p.status !== 'handled');
      if (action === 'reopen') return until !== null && until.getTime() >= Date.now();
      return true;
    }),
  };
}

/**
 * What the person who just acted sees: the incident as usual, or — when the action took it out of their sight (退单:
 * the lead department gave it back) — its summary only, so a move that was made is never answered with a 404.
 */
export async function incidentAfterAction(ctx: UseCaseContext, row: IncidentRow): Promise<Detail> {
  const standing = await standingOn(ctx.db, await incidentAccess(ctx.db, ctx.actor!), row);
  if (standing.visible) return getIncident(ctx, row.id);
  const names = await loadNames(ctx.db, [row]);
  return { ...summarise(row, names), suggestion: null, parts: [], photos: [], timeline: [], reporter: null, anonymous: row.anonymous, rating: null, reopenUntil: null, duplicates: [], allowedActions: [] };
}

function reporterView(ctx: UseCaseContext, row: IncidentRow, standing: Standing, staff: boolean): Detail['reporter'] {
  const own = standing.relations.has('reporter');
  if (!own && (row.anonymous || !staff)) return null;
  if (!row.reporterName && !row.reporterPhoneEnc && !row.reporterUserId) return null;
  const phone = ctx.cipher.decryptOptional(row.reporterPhoneEnc, REPORTER_PHONE_AAD);
  return {
    name: row.reporterName ? (own ? row.reporterName : maskName(row.reporterName)) : null,
    phone: phone ? (own ? phone : maskMobile(phone)) : null,
    contactPreference: row.contactPreference,
  };
}

async function suggestionOf(ctx: UseCaseContext, row: IncidentRow, names: Names): Promise<Detail['suggestion']> {
  if (!row.suggestedCategoryCode) return null;
  const target = await resolveDispatch(ctx.db, row.suggestedCategoryCode, {
    gridCode: row.gridCode,
    communityCode: row.communityCode,
    streetCode: row.streetCode,
    districtCode: row.districtCode,
    outside: row.gridCode === null,
  }).catch(() => null);
  const department = target ? (await departmentsByIds(ctx.db, [target.leadDepartmentId])).get(target.leadDepartmentId) : undefined;
  return {
    category: { code: row.suggestedCategoryCode, name: names.categories.get(row.suggestedCategoryCode) ?? { zh: row.suggestedCategoryCode, en: row.suggestedCategoryCode } },
    department: department ? { id: department.id, name: { zh: department.name, en: department.nameEn ?? department.name } } : null,
    confidence: row.suggestionConfidence ?? 0,
  };
}
