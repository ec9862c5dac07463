import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { PgInsertValue } from 'drizzle-orm/pg-core';
import type { Executor, Tx } from '../../../db/client';
import { todayInChina } from '../../../platform/calendar/working-calendar';
import type { UseCaseContext } from '../../../platform/context';
import { classifyText } from '../classification/classify';
import type { Channel, ContactPreference, GeoPoint, RequestType, Urgency } from '../model';
import type { CategoryRow } from '../places/categories';
import { automaticDispatchTarget } from '../places/dispatch';
import { incidentParts, incidentPhotos, incidents } from '../tables';
import { dispatchOf } from './dispatch-incident';
import { findFusionParent } from './fusion';
import { checkAnonymous, checkedCategory, checkIntakeShape, claimPhotos } from './intake-checks';
import { placeOfIntake } from './intake-place';
import { journalIncident, type JournalStep } from './record-transition';
import { governanceSettings } from './settings';

export type IncidentRow = typeof incidents.$inferSelect;

export interface RegisterInput {
  channel: Channel;
  requestType?: RequestType;
  description: string;
  /** A leaf category; when absent the classifier's suggestion is used if confident, else the dispatcher decides. */
  categoryCode?: string;
  /** The leaf row of categoryCode when the caller has already checked it (Open311 looks its service up first). */
  checkedCategory?: CategoryRow;
  urgency?: Urgency;
  point?: GeoPoint;
  address?: string;
  /** Stored files (already content-checked) owned by the reporter, at most 3. */
  photoFileIds?: string[];
  reporter?: { userId: string | null; name: string | null; phone: string | null; contactPreference: ContactPreference; anonymous: boolean };
  intakeClientId?: string;
  attributes?: Record<string, unknown>;
}

export const REPORTER_PHONE_AAD = 'incidents.reporter_phone';

/**
 * Registers one incident in the caller's transaction: checks the input (422 naming the field), classifies the text,
 * resolves the place (grid → district), checks fusion (an open incident of the same category within 200 m and 72 h
 * → linked as its duplicate), writes the row, photos, timeline entry, audit record and outbox event, and dispatches
 * automatically when the dispatch rule and the classification are both confident.
 */
export async function registerIncident(tx: Tx, ctx: UseCaseContext, input: RegisterInput): Promise<IncidentRow> {
  const description = checkIntakeShape(input);
  const settings = governanceSettings();
  const given = input.checkedCategory ?? (input.categoryCode ? await checkedCategory(tx, input.categoryCode) : null);
  const suggestion = await classifyText(tx, description);
  const suggested = !given && suggestion && suggestion.confidence >= settings.autoDispatchConfidence ? await leafOrNull(tx, suggestion.categoryCode) : null;
  const category: CategoryRow | null = given ?? suggested;
  const anonymous = input.reporter?.anonymous ?? false;
  checkAnonymous(anonymous, category);

  const reporterUserId = input.reporter?.userId ?? null;
  const place = await placeOfIntake(tx, ctx, input.point, reporterUserId);
  const parent = category && input.point ? await findFusionParent(tx, category.code, input.point) : null;
  const now = new Date();
  const id = randomUUID();
  const requestType = input.requestType ?? 'report';

  // Automatic dispatch only for a new case (not a duplicate, not an enquiry answered on the line) whose category a
  // person gave or the classifier is confident of, and whose dispatch rule allows it: the row is then inserted
  // dispatched, and the registration and the dispatch are journalled together, in order.
  const target = category && !parent && requestType !== 'enquiry' ? await automaticDispatchTarget(tx, category, place) : null;
  const system: UseCaseContext = { ...ctx, actor: null, origin: 'auto-dispatch' };
  const dispatch =
    category && target
      ? dispatchOf(system, id, { category, leadDepartmentId: target.leadDepartmentId, assistingDepartmentIds: target.assistingDepartmentIds, urgency: input.urgency ?? 'normal', details: { automatic: true } }, now)
      : null;

  const values = {
    id,
    number: incidentNumber(place.districtCode, now),
    channel: input.channel,
    requestType,
    status: 'registered',
    urgency: input.urgency ?? 'normal',
    categoryCode: category?.code ?? null,
    suggestedCategoryCode: suggestion?.categoryCode ?? null,
    suggestionConfidence: suggestion?.confidence ?? null,
    classifierModelId: suggestion?.modelId ?? null,
    description,
    lat: input.point?.lat ?? null,
    lng: input.point?.lng ?? null,
    address: input.address?.trim() || null,
    gridCode: place.gridCode,
    communityCode: place.communityCode,
    streetCode: place.streetCode,
    districtCode: place.districtCode,
    reporterUserId,
    reporterName: input.reporter?.name?.trim() || null,
    reporterPhoneEnc: ctx.cipher.encryptOptional(input.reporter?.phone?.trim(), REPORTER_PHONE_AAD),
    contactPreference: input.reporter?.contactPreference ?? 'none',
    anonymous,
    intakeClientId: input.intakeClientId ?? null,
    attributes: input.attributes ?? null,
    duplicateOf: parent?.id ?? null,
    createdAt: now,
    updatedAt: now,
  } satisfies PgInsertValue<typeof incidents>;
  const [row] = await tx
    .insert(incidents)
    .values(dispatch ? { ...values, ...dispatch.transition.changes, status: 'dispatched', version: 2 } : values)
    .returning();

  const photoIds = await claimPhotos(tx, reporterUserId ?? ctx.actor?.userId ?? null, input.photoFileIds ?? [], id);
  const photos = photoIds.length ? [tx.insert(incidentPhotos).values(photoIds.map((fileId) => ({ incidentId: id, fileId, kind: 'report' as const })))] : [];

  const registered: JournalStep = {
    ctx,
    from: null,
    after: dispatch ? asRegistered(row!, values, dispatch.transition.changes) : row!,
    t: {
      action: 'register',
      to: 'registered',
      note: parent ? `Same as ${parent.number} (${Math.round(parent.metres)} m): linked as its duplicate` : null,
      details: {
        channel: input.channel,
        requestType,
        categoryCode: category?.code ?? null,
        categorySource: given ? 'reporter' : suggested ? 'classifier' : null,
        ...(parent ? { duplicateOf: parent.id, duplicateOfNumber: parent.number } : {}),
      },
    },
  };
  if (!dispatch) {
    await journalIncident(tx, [registered], photos);
    return row!;
  }
  const dispatched: JournalStep = { ctx: system, from: 'registered', after: row!, t: dispatch.transition };
  await journalIncident(tx, [registered, dispatched], [...photos, tx.insert(incidentParts).values(dispatch.parts)]);
  return row!;
}

/** The row as its registration left it, before the dispatch's changes (for the register step's journal). */
function asRegistered(row: IncidentRow, registered: Record<string, unknown>, changes: Partial<IncidentRow>): IncidentRow {
  const before = Object.fromEntries(Object.keys(changes).map((key) => [key, registered[key] ?? null]));
  return { ...row, ...before, status: 'registered', version: 1 };
}

async function leafOrNull(exec: Executor, code: string): Promise<CategoryRow | null> {
  return checkedCategory(exec, code).catch(() => null);
}

/**
 * `<district>-<yyyymmdd>-G<7 digits>`: the China date, and a sequence that never resets (takes no lock). An SQL
 * expression for the INSERT itself, so drawing the number costs no round trip of its own; at least 7 digits, more
 * once the sequence outgrows them.
 */
export function incidentNumber(districtCode: string, now: Date): SQL<string> {
  const prefix = `${districtCode.slice(0, 6)}-${todayInChina(now).replaceAll('-', '')}-G`;
  return sql<string>`(SELECT ${prefix} || lpad(n::text, greatest(7, length(n::text)), '0') FROM nextval('incident_number_seq') AS n)`;
}
