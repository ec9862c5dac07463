import { and, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { todayInChina } from '../../../platform/calendar/working-calendar';
import { findDepartmentsByIds } from '../../identity/org-lookups';
import type { I18nText, ResourceField, SubjectKind } from '../model';
import { dataResources, sharingRequests } from '../tables';

/** A published resource the broker may read from, with the provider's name for the citizen. */
export interface BrokerResource {
  id: string;
  code: string;
  name: I18nText;
  provider: I18nText;
  providerDepartmentId: string;
  subjectKind: SubjectKind;
  fields: ResourceField[];
}

/** An active grant (approved, in its period today) of one consumer department on one resource. */
export interface BrokerGrant {
  id: string;
  resourceId: string;
  consumerDepartmentId: string;
  grantedFields: string[];
  plainFields: string[];
  statutory: boolean;
}

/** Published lookup resources whose fields carry any of the elements. */
export async function resourcesForElements(exec: Executor, elements: readonly string[]): Promise<BrokerResource[]> {
  if (elements.length === 0) return [];
  const rows = await exec
    .select({
      id: dataResources.id,
      code: dataResources.code,
      name: dataResources.name,
      providerDepartmentId: dataResources.providerDepartmentId,
      subjectKind: dataResources.subjectKind,
      fields: dataResources.fields,
    })
    .from(dataResources)
    .where(
      and(
        eq(dataResources.status, 'published'),
        ne(dataResources.method, 'verify'),
        ne(dataResources.sharingType, 'not_shared'),
        sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${dataResources.fields}) f WHERE f->>'element' IN (${sql.join(
          elements.map((e) => sql`${e}`),
          sql`, `,
        )}))`,
      ),
    )
    .orderBy(dataResources.code);
  const providers = new Map((await findDepartmentsByIds(exec, [...new Set(rows.map((r) => r.providerDepartmentId))])).map((d) => [d.id, d]));
  return rows.map((r) => {
    const d = providers.get(r.providerDepartmentId);
    return { ...r, provider: { zh: d?.name ?? '', en: d?.nameEn ?? d?.name ?? '' } };
  });
}

export async function activeGrants(exec: Executor, consumerDepartmentIds: readonly string[], resourceIds: readonly string[]): Promise<BrokerGrant[]> {
  if (consumerDepartmentIds.length === 0 || resourceIds.length === 0) return [];
  const today = todayInChina();
  const rows = await exec
    .select({
      id: sharingRequests.id,
      resourceId: sharingRequests.resourceId,
      consumerDepartmentId: sharingRequests.consumerDepartmentId,
      grantedFields: sharingRequests.grantedFields,
      plainFields: sharingRequests.plainFields,
      statutory: sharingRequests.statutory,
    })
    .from(sharingRequests)
    .where(
      and(
        eq(sharingRequests.status, 'approved'),
        inArray(sharingRequests.consumerDepartmentId, [...consumerDepartmentIds]),
        inArray(sharingRequests.resourceId, [...resourceIds]),
        lte(sharingRequests.periodFrom, today),
        gte(sql`COALESCE(${sharingRequests.expiresOn}, ${sharingRequests.periodUntil})`, today),
      ),
    );
  return rows.map((r) => ({ ...r, grantedFields: r.grantedFields ?? [], plainFields: r.plainFields ?? [] }));
}
