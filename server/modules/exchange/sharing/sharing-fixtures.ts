import { findDepartmentByCode } from '../../identity/org-lookups';
import type { Database } from '../../../db/client';
import type { Grade, ResourceField, SharingMethod, SharingType } from '../model';
import { dataResources } from '../tables';
import type { Session } from '../../../testing/test-app';
import { addDays } from '../../../platform/calendar/iso-date';
import { todayInChina } from '../../../platform/calendar/working-calendar';

// Test fixtures of the sharing workflow: resources written straight into the catalogue table (the catalogue's own
// use cases belong to another part), and small request helpers.

export const FIELDS: ResourceField[] = [
  { key: 'name', name: { zh: '姓名', en: 'Name' }, type: 'string', personal: true, sensitive: false },
  { key: 'idNumber', name: { zh: '身份证号', en: 'ID number' }, type: 'string', personal: true, sensitive: true },
  { key: 'address', name: { zh: '住址', en: 'Address' }, type: 'string', personal: true, sensitive: false },
  { key: 'status', name: { zh: '状态', en: 'Status' }, type: 'string', personal: false, sensitive: false },
];

let counter = 0;

export interface ResourceOptions {
  provider?: string;
  sharingType?: SharingType;
  grade?: Grade;
  method?: SharingMethod;
  releasedOn?: string | null;
  status?: 'draft' | 'published' | 'withdrawn';
}

/** A published resource of a provider department (by code); returns its code and id. */
export async function createResource(database: Database, opts: ResourceOptions = {}): Promise<{ code: string; id: string }> {
  const provider = await findDepartmentByCode(database.db, opts.provider ?? 'D339900-PSB');
  if (!provider) throw new Error(`no department ${opts.provider}`);
  counter += 1;
  const code = `T-${process.pid}-${counter}`;
  const [row] = await database.db
    .insert(dataResources)
    .values({
      code,
      name: { zh: `测试资源${counter}`, en: `Test resource ${counter}` },
      description: { zh: '测试', en: 'Test' },
      classification: { class: '基础信息', item: '人口', category: '户籍' },
      providerDepartmentId: provider.id,
      subjectKind: 'person',
      fields: FIELDS,
      grade: opts.grade ?? 'general',
      sharingType: opts.sharingType ?? 'unconditional',
      notSharedBasis: opts.sharingType === 'not_shared' ? '《测试法》第一条' : null,
      method: opts.method ?? 'lookup',
      updateCycle: 'daily',
      releasedOn: opts.releasedOn === undefined ? '2026-01-01' : opts.releasedOn,
      status: opts.status ?? 'published',
    })
    .returning({ id: dataResources.id });
  if (!row) throw new Error('resource insert failed');
  return { code, id: row.id };
}

export function requestBody(resource: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const today = todayInChina();
  return { resource, purpose: '办理社会保障卡核验身份', legalBasis: '《社会保险法》第五十八条', fields: ['name', 'idNumber', 'status'], periodFrom: today, periodUntil: addDays(today, 365), ...overrides };
}

export interface DetailJson {
  id: string;
  number: string;
  status: string;
  version: number;
  dueOn: string | null;
  deadline: string | null;
  availableActions: string[];
  grant: { fields: string[]; plainFields: string[]; ratePerMinute: number; expiresOn: string } | null;
  decisions: { step: string; outcome: string; byName: string; department: { name: string }; note: string | null }[];
  refusalReason: string | null;
  periodUntil: string;
}

export async function newRequest(session: Session, resource: string, overrides: Record<string, unknown> = {}): Promise<DetailJson> {
  const res = await session.request('POST', '/api/v1/exchange/requests', requestBody(resource, overrides));
  if (res.statusCode !== 201) throw new Error(`request failed ${res.statusCode} ${res.body}`);
  return detail(session, res.json<{ id: string }>().id);
}

export async function detail(session: Session, id: string): Promise<DetailJson> {
  const res = await session.request('GET', `/api/v1/exchange/requests/${id}`);
  if (res.statusCode !== 200) throw new Error(`detail failed ${res.statusCode} ${res.body}`);
  return res.json<DetailJson>();
}

export function act(session: Session, id: string, action: string, body: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return session.request('POST', `/api/v1/exchange/requests/${id}/actions/${action}`, body, headers);
}

export const errorCode = (res: { json<T>(): T }) => res.json<{ error: { code: string } }>().error.code;
export const problemsOf = (res: { json<T>(): T }) => res.json<{ error: { details?: { field: string; rule: string }[] } }>().error.details?.map((p) => `${p.field}:${p.rule}`) ?? [];
