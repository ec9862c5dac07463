import { eq } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import type { UseCaseContext } from '../../../platform/context';
import { AppError, ProblemList } from '../../../platform/errors/app-error';
import type { Lang } from '../../../platform/http/language';
import type { GeoPoint } from '../model';
import { knownLeafCategory } from '../incidents/intake-checks';
import { registerIncident, type IncidentRow } from '../incidents/register-incident';
import type { IntakeClientRow } from '../sensors/intake-client';
import { grids } from '../tables';
import { checkAttributeValues } from './check-attribute-values';
import { checkJurisdiction } from './jurisdiction';
import type { Open311Submission } from './read-submission';
import { serviceAttributes } from './service-attributes';
import { MEDIA_URL_KEY } from './service-request-view';
import { w3cChina } from './w3c-time';

// POST requests.json: an Open311 client files a service request, which becomes an incident through the same intake
// as every channel (classification, grid lookup, fusion, automatic dispatch) in the caller's transaction.
// The person's name and phone go to the incident (the phone encrypted); email and device_id are checked but not
// kept, since nothing in the platform would use them (the reporter is told by SMS, if at all).

export interface RequestCreatedView {
  service_request_id: string;
  service_notice: string | null;
  account_id: string | null;
}

const say = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);
const NUMBER = /^-?\d{1,3}(\.\d+)?$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;
const PHONE = /^[0-9+\- ]{5,20}$/;

function checkShape(s: Open311Submission, lang: Lang): { point?: GeoPoint } {
  const problems = new ProblemList();
  const required = say(lang, '此项为必填项', 'This field is required');
  if (!s.service_code) problems.add('service_code', 'required', required);
  let point: GeoPoint | undefined;
  if (s.lat !== undefined || s.long !== undefined) {
    // The spec: lat and long both need to be sent.
    if (s.lat === undefined) problems.add('lat', 'required', say(lang, '与 long 一起提供', 'Send it with long'));
    if (s.long === undefined) problems.add('long', 'required', say(lang, '与 lat 一起提供', 'Send it with lat'));
    const lat = s.lat !== undefined && NUMBER.test(s.lat) ? Number(s.lat) : NaN;
    const lng = s.long !== undefined && NUMBER.test(s.long) ? Number(s.long) : NaN;
    if (s.lat !== undefined && !(Math.abs(lat) <= 90)) problems.add('lat', 'range', say(lang, '应为 -90 到 90 之间的 WGS84 纬度', 'Must be a WGS84 latitude from -90 to 90'));
    if (s.long !== undefined && !(Math.abs(lng) <= 180)) problems.add('long', 'range', say(lang, '应为 -180 到 180 之间的 WGS84 经度', 'Must be a WGS84 longitude from -180 to 180'));
    if (Number.isFinite(lat) && Number.isFinite(lng)) point = { lat, lng };
  } else if (!s.address_string && !s.address_id) {
    problems.add('lat', 'required', say(lang, '请提供 lat 和 long、address_string 或 address_id 之一', 'Send lat and long, address_string or address_id'));
  }
  if (s.address_string && s.address_string.length > 200) problems.add('address_string', 'maxLength', say(lang, '不能超过 200 个字符', 'At most 200 characters'));
  if (s.description && s.description.length > 4000) problems.add('description', 'maxLength', say(lang, '不能超过 4000 个字符', 'At most 4,000 characters'));
  if (s.media_url && (s.media_url.length > 1000 || !/^https?:\/\/\S+$/i.test(s.media_url))) problems.add('media_url', 'format', say(lang, '应为 http(s) 网址', 'Must be an http(s) URL'));
  if (s.email && !EMAIL.test(s.email)) problems.add('email', 'format', say(lang, '邮箱格式不正确', 'Not an email address'));
  if (s.phone && !PHONE.test(s.phone)) problems.add('phone', 'pattern', say(lang, '电话号码格式不正确', 'Not a phone number'));
  for (const field of ['first_name', 'last_name'] as const) {
    if ((s[field]?.length ?? 0) > 30) problems.add(field, 'maxLength', say(lang, '不能超过 30 个字符', 'At most 30 characters'));
  }
  for (const field of ['device_id', 'account_id', 'address_id'] as const) {
    if ((s[field]?.length ?? 0) > 100) problems.add(field, 'maxLength', say(lang, '不能超过 100 个字符', 'At most 100 characters'));
  }
  problems.throwIfAny();
  return { point };
}

/** address_id: the city's addressing system is its grids, so an address id is a grid code; its centre is the point. */
async function gridCentre(tx: Tx, code: string, lang: Lang): Promise<GeoPoint> {
  const [grid] = await tx.select({ minLat: grids.minLat, maxLat: grids.maxLat, minLng: grids.minLng, maxLng: grids.maxLng }).from(grids).where(eq(grids.code, code));
  if (!grid) throw new AppError('validation.failed', { details: [{ field: 'address_id', rule: 'unknown', message: say(lang, '找不到该网格编号', 'No grid has this code') }] });
  return { lat: (grid.minLat + grid.maxLat) / 2, lng: (grid.minLng + grid.maxLng) / 2 };
}

/** 张 + 三 → 张三; John + Smith → John Smith. */
function personName(first: string | undefined, last: string | undefined): string | null {
  if (!first && !last) return null;
  const cjk = /[\u3400-\u9fff]/.test(`${first ?? ''}${last ?? ''}`);
  return cjk ? `${last ?? ''}${first ?? ''}` : [first, last].filter(Boolean).join(' ');
}

function noticeOf(row: IncidentRow, lang: Lang): string {
  if (row.duplicateOf) {
    return say(lang, `已登记为 ${row.number}。附近已有同类事件正在办理，本件与其合并办理，办结时一并告知。`, `Registered as ${row.number}. The same problem nearby is already being handled; this request follows it and is closed with it.`);
  }
  const due = row.deadlineAt ? w3cChina(row.deadlineAt).slice(0, 10) : null;
  if (due) return say(lang, `已登记为 ${row.number} 并派遣至责任部门，预计 ${due} 前办结。`, `Registered as ${row.number} and dispatched to the responsible department; expected to be resolved by ${due}.`);
  return say(lang, `已登记为 ${row.number}，12345 调度员将尽快派遣至责任部门。`, `Registered as ${row.number}; a 12345 dispatcher will send it to the responsible department shortly.`);
}

/** Checks the submission against the spec and the service definition, registers the incident, answers in the spec's shape. */
export async function createServiceRequest(tx: Tx, ctx: UseCaseContext, client: IntakeClientRow, s: Open311Submission): Promise<RequestCreatedView[]> {
  const lang = ctx.lang;
  checkJurisdiction(s.jurisdiction_id);
  const shape = checkShape(s, lang);
  const category = await knownLeafCategory(tx, s.service_code!);
  if (!category) throw new AppError('governance.open311_service_not_found', { details: { service_code: s.service_code } });
  const values = checkAttributeValues(serviceAttributes(category.attributes, lang), s.attributes, lang);
  const point = shape.point ?? (s.address_id ? await gridCentre(tx, s.address_id, lang) : undefined);
  const name = personName(s.first_name, s.last_name);
  const row = await registerIncident(tx, { ...ctx, actor: null, origin: `open311:${client.name}` }, {
    channel: 'open311',
    requestType: 'report',
    // The spec makes description optional; the incident needs words, so the service's name stands in.
    description: s.description ?? `${category.name.zh}（Open311）`,
    categoryCode: category.code,
    checkedCategory: category,
    ...(point ? { point } : {}),
    ...(s.address_string ? { address: s.address_string } : {}),
    ...(name || s.phone ? { reporter: { userId: null, name, phone: s.phone ?? null, contactPreference: s.phone ? 'sms' : 'none', anonymous: false } } : {}),
    intakeClientId: client.id,
    attributes: { ...values, ...(s.media_url ? { [MEDIA_URL_KEY]: s.media_url } : {}) },
  });
  return [{ service_request_id: row.number, service_notice: noticeOf(row, lang), account_id: null }];
}
