import { inArray } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { Actor } from '../../../platform/access/actor';
import { AppError } from '../../../platform/errors/app-error';
import { findVisibleCase } from '../../applications/case-access';
import { findDepartmentsByIds } from '../../identity/org-lookups';
import { licenceType } from '../../licences/licence-types';
import type { I18nText, ResourceField, UsageBasis, UsageMethod, UsageResult } from '../model';
import type { exchangeRecords } from '../tables';
import { dataResources } from '../tables';

// One exchange record as its subject reads it: department and resource names, field names, the case when it is theirs.

/** Resource code of an unmask: the verified account's own fields (identity module). */
export const ACCOUNT_RESOURCE = 'identity.account';
const ACCOUNT = { zh: '一网通办实名账户', en: 'Verified account' };
const ACCOUNT_FIELDS: Record<string, I18nText> = {
  idNumber: { zh: '身份证号', en: 'ID number' },
  mobile: { zh: '手机号码', en: 'Mobile' },
  address: { zh: '地址', en: 'Address' },
  creditCode: { zh: '统一社会信用代码', en: 'Credit code' },
};

export interface UsageItem {
  id: number;
  at: string;
  method: UsageMethod;
  result: UsageResult;
  basis: UsageBasis | null;
  department: { id: string; name: I18nText } | null;
  provider: { id: string; name: I18nText } | null;
  resource: { code: string; name: I18nText };
  fields: { key: string; name: I18nText }[];
  purpose: string;
  caseRef: string | null;
  case: { id: string; caseNumber: string } | null;
}

type Row = typeof exchangeRecords.$inferSelect;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function presentUsage(exec: Executor, actor: Actor | null, rows: Row[]): Promise<UsageItem[]> {
  const departmentIds = [...new Set(rows.flatMap((r) => [r.callerDepartmentId, r.providerDepartmentId]).filter((x): x is string => Boolean(x)))];
  const departments = new Map((await findDepartmentsByIds(exec, departmentIds)).map((d) => [d.id, { id: d.id, name: { zh: d.name, en: d.nameEn ?? d.name } }]));
  const codes = [...new Set(rows.map((r) => r.resourceCode))];
  const resources = codes.length
    ? new Map((await exec.select({ code: dataResources.code, name: dataResources.name, fields: dataResources.fields }).from(dataResources).where(inArray(dataResources.code, codes))).map((r) => [r.code, r]))
    : new Map<string, { code: string; name: I18nText; fields: ResourceField[] }>();
  const cases = new Map<string, { id: string; caseNumber: string } | null>();
  if (actor) {
    for (const ref of new Set(rows.map((r) => r.caseRef).filter((x): x is string => Boolean(x && UUID.test(x))))) {
      cases.set(ref, await findVisibleCase(exec, actor, ref).then(
        (c) => ({ id: c.id, caseNumber: c.caseNumber ?? '' }),
        (error: unknown) => {
          if (error instanceof AppError) return null;
          throw error;
        },
      ));
    }
  }
  return rows.map((r) => {
    const resource = resources.get(r.resourceCode);
    const isAccount = r.resourceCode === ACCOUNT_RESOURCE;
    const isLicence = r.method === 'licence';
    const resourceName = resource?.name ?? (isAccount ? ACCOUNT : isLicence ? licenceType(r.resourceCode).name : { zh: r.resourceCode, en: r.resourceCode });
    const fieldName = (key: string): I18nText => resource?.fields.find((f) => f.key === key)?.name ?? (isAccount ? ACCOUNT_FIELDS[key] : undefined) ?? (isLicence ? licenceType(key).name : { zh: key, en: key });
    return {
      id: r.id,
      at: r.at.toISOString(),
      method: r.method,
      result: r.result,
      basis: r.basis,
      department: (r.callerDepartmentId && departments.get(r.callerDepartmentId)) || null,
      provider: (r.providerDepartmentId && departments.get(r.providerDepartmentId)) || null,
      resource: { code: r.resourceCode, name: resourceName },
      fields: r.fields.map((key) => ({ key, name: fieldName(key) })),
      purpose: r.purpose,
      caseRef: r.caseRef,
      case: (r.caseRef && cases.get(r.caseRef)) || null,
    };
  });
}
