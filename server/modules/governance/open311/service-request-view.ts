import { aliasedTable, desc, eq, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { Lang } from '../../../platform/http/language';
import { departmentNames, regionNamesByCode } from '../../identity/org-lookups';
import { OPEN_STATUSES, type I18nText, type IncidentStatus } from '../model';
import { incidentCategories, incidents } from '../tables';
import { w3cChina, w3cChinaOrNull } from './w3c-time';

// One incident as a GeoReport v2 service request. The Open311 read endpoints are public, so they never carry the
// reporter, and an incident that came through another channel (a citizen's or caller's own words, an exact spot
// that may be a home) shows only its category, its regions and a point rounded to about 100 m — as the public map.

export const MEDIA_URL_KEY = '_media_url';

const parent = aliasedTable(incidents, 'parent');

const columns = {
  number: incidents.number,
  channel: incidents.channel,
  status: incidents.status,
  categoryCode: incidents.categoryCode,
  categoryName: incidentCategories.name,
  description: incidents.description,
  lat: incidents.lat,
  lng: incidents.lng,
  address: incidents.address,
  gridCode: incidents.gridCode,
  communityCode: incidents.communityCode,
  streetCode: incidents.streetCode,
  districtCode: incidents.districtCode,
  attributes: incidents.attributes,
  deadlineAt: incidents.deadlineAt,
  verifiedAt: incidents.verifiedAt,
  closedAt: incidents.closedAt,
  createdAt: incidents.createdAt,
  updatedAt: incidents.updatedAt,
  agencyName: departmentNames.name,
  agencyNameEn: departmentNames.nameEn,
  duplicateOfNumber: parent.number,
};

export interface RequestRow {
  number: string;
  channel: string;
  status: IncidentStatus;
  categoryCode: string | null;
  categoryName: I18nText;
  description: string;
  lat: number | null;
  lng: number | null;
  address: string | null;
  gridCode: string | null;
  communityCode: string | null;
  streetCode: string | null;
  districtCode: string;
  attributes: Record<string, unknown> | null;
  deadlineAt: Date | null;
  verifiedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  agencyName: string | null;
  agencyNameEn: string | null;
  duplicateOfNumber: string | null;
}

/** Incidents Open311 may show (public categories, or filed through Open311) matching `where`, newest first. */
export async function selectServiceRequests(exec: Executor, where: SQL | undefined, limit: number): Promise<RequestRow[]> {
  return exec
    .select(columns)
    .from(incidents)
    .innerJoin(incidentCategories, eq(incidentCategories.code, incidents.categoryCode))
    .leftJoin(departmentNames, eq(departmentNames.id, incidents.leadDepartmentId))
    .leftJoin(parent, eq(parent.id, incidents.duplicateOf))
    .where(where)
    .orderBy(desc(incidents.createdAt), desc(incidents.number))
    .limit(limit);
}

const STATUS_NOTES: Record<IncidentStatus, I18nText> = {
  registered: { zh: '已登记，等待派遣', en: 'Registered, awaiting dispatch' },
  returned: { zh: '已退回，等待重新派遣', en: 'Returned for re-dispatch' },
  dispatched: { zh: '已派遣至责任部门', en: 'Dispatched to the responsible department' },
  accepted: { zh: '责任部门已受理', en: 'Accepted by the responsible department' },
  in_progress: { zh: '正在处置', en: 'Being handled' },
  handled: { zh: '已处置，等待核查', en: 'Handled, awaiting verification' },
  verified: { zh: '已核查办结', en: 'Verified as resolved' },
  closed: { zh: '已办结', en: 'Closed' },
};

/** Open while the loop runs; closed once verified or closed (GeoReport v2 knows only these two). */
export function open311Status(status: IncidentStatus): 'open' | 'closed' {
  return OPEN_STATUSES.includes(status) ? 'open' : 'closed';
}

/** Names of the regions the rows lie in (community, street, district), for addresses. */
export async function regionNames(exec: Executor, rows: readonly RequestRow[]): Promise<Map<string, I18nText>> {
  const codes = [...new Set(rows.flatMap((r) => [r.communityCode, r.streetCode, r.districtCode]).filter((c): c is string => Boolean(c)))];
  return regionNamesByCode(exec, codes);
}

const round3 = (n: number | null) => (n === null ? null : Math.round(n * 1000) / 1000);

export function toServiceRequest(row: RequestRow, names: Map<string, I18nText>, lang: Lang) {
  const fromOpen311 = row.channel === 'open311';
  const serviceName = row.categoryName[lang];
  const place = [row.communityCode, row.streetCode, row.districtCode].map((c) => (c ? names.get(c)?.[lang] : undefined)).filter((n): n is string => Boolean(n));
  const regionAddress = place.length > 0 ? place.join(lang === 'en' ? ', ' : '，') : null;
  const notes = STATUS_NOTES[row.status][lang];
  const duplicateNote = row.duplicateOfNumber ? (lang === 'en' ? `Duplicate of ${row.duplicateOfNumber}, handled with it. ` : `与 ${row.duplicateOfNumber} 重复，合并办理。`) : '';
  const media = fromOpen311 ? row.attributes?.[MEDIA_URL_KEY] : undefined;
  return {
    service_request_id: row.number,
    status: open311Status(row.status),
    status_notes: `${duplicateNote}${notes}`,
    service_name: serviceName,
    service_code: row.categoryCode,
    description: fromOpen311 ? row.description : serviceName,
    agency_responsible: row.agencyName ? (lang === 'en' ? (row.agencyNameEn ?? row.agencyName) : row.agencyName) : null,
    service_notice: null,
    requested_datetime: w3cChina(row.createdAt),
    // For a closed request the spec wants the time it was closed.
    updated_datetime: w3cChina(open311Status(row.status) === 'closed' ? (row.closedAt ?? row.verifiedAt ?? row.updatedAt) : row.updatedAt),
    expected_datetime: w3cChinaOrNull(row.deadlineAt),
    address: fromOpen311 ? (row.address ?? regionAddress) : regionAddress,
    address_id: row.gridCode,
    zipcode: null,
    lat: fromOpen311 ? row.lat : round3(row.lat),
    long: fromOpen311 ? row.lng : round3(row.lng),
    media_url: typeof media === 'string' ? media : null,
  };
}

export type ServiceRequestView = ReturnType<typeof toServiceRequest>;
