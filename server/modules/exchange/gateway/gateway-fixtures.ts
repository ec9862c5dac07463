import { randomUUID } from 'node:crypto';
import type { TestApp } from '../../../testing/test-app';
import { todayInChina } from '../../../platform/calendar/working-calendar';
import { creditCodeCheckChar } from '../../../platform/ids/credit-code';
import { residentIdCheckChar } from '../../../platform/ids/resident-id';
import { findDepartmentByCode } from '../../identity/org-lookups';
import { generateApiKey } from '../api-key-format';
import type { RequestStatus, ResourceField, SharingMethod, SubjectKind } from '../model';
import { dataRecords, dataResources, exchangeApiKeys, sharingRequests } from '../tables';
import { forgetGatewayCache } from './gateway-cache';

// Test data for the gateway, inserted directly (the catalogue and sharing APIs are other parts' concern).

/** A valid resident ID (GB 11643) born on `birth` (YYYYMMDD), unique by `serial`. */
export function residentId(birth: string, serial: number): string {
  const first17 = `339900${birth}${String(serial % 1000).padStart(3, '0')}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

/** A valid unified social credit code, unique by `serial`. */
export function creditCode(serial: number): string {
  const first17 = `91339900MA${String(serial % 10_000_000).padStart(7, '0')}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}

export function daysFromToday(days: number): string {
  const d = new Date(`${todayInChina()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export async function departmentId(t: TestApp, code: string): Promise<string> {
  const department = await findDepartmentByCode(t.database.db, code);
  if (!department) throw new Error(`no department ${code}`);
  return department.id;
}

export const PERSON_FIELDS: ResourceField[] = [
  { key: 'name', name: { zh: '姓名', en: 'Name' }, type: 'string', personal: true, sensitive: false },
  { key: 'birth_date', name: { zh: '出生日期', en: 'Birth date' }, type: 'date', personal: true, sensitive: false },
  { key: 'address', name: { zh: '住址', en: 'Address' }, type: 'string', personal: true, sensitive: true },
  { key: 'disabled', name: { zh: '残疾', en: 'Disabled' }, type: 'boolean', personal: true, sensitive: true },
  { key: 'household_size', name: { zh: '户内人数', en: 'Household size' }, type: 'number', personal: false, sensitive: false },
];

export async function createResource(
  t: TestApp,
  input: { provider?: string; subjectKind?: SubjectKind; fields?: ResourceField[]; method?: SharingMethod; status?: 'draft' | 'published' | 'withdrawn' } = {},
): Promise<{ id: string; code: string; providerDepartmentId: string }> {
  const code = `T-${randomUUID().slice(0, 8).toUpperCase()}`;
  const providerDepartmentId = await departmentId(t, input.provider ?? 'D339900-PSB');
  const [row] = await t.database.db
    .insert(dataResources)
    .values({
      code,
      name: { zh: '测试资源', en: 'Test resource' },
      description: { zh: '测试', en: 'Test' },
      classification: { class: '基础', item: '人口', category: '户籍' },
      providerDepartmentId,
      subjectKind: input.subjectKind ?? 'person',
      fields: input.fields ?? PERSON_FIELDS,
      grade: 'general',
      sharingType: 'conditional',
      method: input.method ?? 'lookup',
      updateCycle: 'daily',
      status: input.status ?? 'published',
    })
    .returning({ id: dataResources.id });
  return { id: row!.id, code, providerDepartmentId };
}

export async function putRecord(t: TestApp, resourceId: string, subject: string, data: Record<string, unknown>, kind: SubjectKind = 'person'): Promise<void> {
  const { cipher } = t.services;
  const subjectBidx = cipher.blindIndex(kind === 'person' ? 'id_number' : 'credit_code', subject);
  await t.database.db.insert(dataRecords).values({ resourceId, subjectBidx, dataEnc: cipher.encrypt(JSON.stringify(data), 'data_records.data') });
}

export interface GrantInput {
  consumer: string;
  resourceId: string;
  status?: RequestStatus;
  fields: string[];
  plainFields?: string[];
  ratePerMinute?: number | null;
  periodFrom?: string;
  expiresOn?: string;
}

export async function createGrant(t: TestApp, input: GrantInput): Promise<string> {
  const [row] = await t.database.db
    .insert(sharingRequests)
    .values({
      number: `GX-${randomUUID().slice(0, 12)}`,
      consumerDepartmentId: await departmentId(t, input.consumer),
      resourceId: input.resourceId,
      purpose: 'test',
      legalBasis: 'test basis',
      requestedFields: input.fields,
      periodFrom: input.periodFrom ?? daysFromToday(-10),
      periodUntil: input.expiresOn ?? daysFromToday(30),
      status: input.status ?? 'approved',
      grantedFields: input.fields,
      plainFields: input.plainFields ?? [],
      ratePerMinute: input.ratePerMinute ?? null,
      expiresOn: input.expiresOn ?? daysFromToday(30),
    })
    .returning({ id: sharingRequests.id });
  forgetGatewayCache(t.database.db);
  return row!.id;
}

export async function createApiKey(t: TestApp, input: { consumer: string; grantIds: string[]; isRevoked?: boolean }): Promise<{ id: string; key: string }> {
  const { key, prefix, hash } = generateApiKey();
  const [row] = await t.database.db
    .insert(exchangeApiKeys)
    .values({ consumerDepartmentId: await departmentId(t, input.consumer), name: 'test system', prefix, secretHash: hash, grantIds: input.grantIds, revokedAt: input.isRevoked ? new Date() : null })
    .returning({ id: exchangeApiKeys.id });
  forgetGatewayCache(t.database.db);
  return { id: row!.id, key };
}
