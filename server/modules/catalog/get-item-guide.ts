import type { Executor } from '../../db/client';
import { findDepartmentsByIds } from '../identity/org-lookups';
import type { StandardItemContent } from './catalogue-format';
import { loadPublishedItem } from './load-item';
import { resolveImplementation, type ImplementationRow } from './resolve-implementation';

export interface GuideMaterial {
  id: string;
  name: { zh: string; en: string };
  isRequired: boolean;
  formats: string[];
  source: string;
  sourceRef: string | null;
  trustLevel: string;
  /** An e-licence or shared data: fetched by the office, the applicant submits nothing. */
  isFetched: boolean;
  /** The applicant may sign a commitment (告知承诺) instead, in this region. */
  mayCommit: boolean;
}

export interface ItemGuide {
  code: string;
  version: number;
  name: { zh: string; en: string };
  type: string;
  departmentKind: string;
  audience: string[];
  themes: string[];
  legalBasis: { law: string; article: string }[];
  statutoryDays: number;
  variants: string[];
  conditions: { id: string; text: { zh: string; en: string } }[];
  materials: GuideMaterial[];
  form: StandardItemContent['form'];
  workflow: StandardItemContent['workflow'];
  issuesElicence: string | null;
  appealRoute: { zh: string; en: string };
  implementation: null | {
    regionCode: string;
    inherited: boolean;
    department: { code: string; name: string; nameEn: string | null };
    promisedDays: number;
    fees: { name: { zh: string; en: string }; amountYuan: number }[];
    channels: string[];
    visits: number;
    hallAddress: string;
    hallHours: string;
    contactPhone: string;
    notes: string;
    needsReview: boolean;
  };
}

function guideMaterials(item: StandardItemContent, impl: ImplementationRow | null): GuideMaterial[] {
  const asked = impl ? new Set(impl.content.materialIds) : null;
  const commitments = new Set(impl?.content.commitmentMaterialIds ?? []);
  return item.materials
    .filter((m) => !asked || asked.has(m.id))
    .map((m) => ({
      id: m.id,
      name: m.name,
      isRequired: m.isRequired,
      formats: [...m.formats],
      source: m.source,
      sourceRef: m.sourceRef ?? null,
      trustLevel: m.trustLevel,
      isFetched: m.source === 'elicence' || m.source === 'shared_data',
      mayCommit: m.source === 'commitment' || commitments.has(m.id),
    }));
}

/** The service guide of an item as a region offers it (its own implementation or the nearest ancestor's). */
export async function getItemGuide(exec: Executor, code: string, regionCode?: string): Promise<ItemGuide> {
  const { version, content: item } = await loadPublishedItem(exec, code);
  const impl = regionCode ? await resolveImplementation(exec, code, regionCode) : null;
  const [department] = impl ? await findDepartmentsByIds(exec, [impl.departmentId]) : [];
  const conditionIds = impl ? new Set(impl.content.conditionIds) : null;
  return {
    code: item.code,
    version,
    name: item.name,
    type: item.type,
    departmentKind: item.departmentKind,
    audience: [...item.audience],
    themes: [...item.themes],
    legalBasis: item.legalBasis,
    statutoryDays: item.statutoryDays,
    variants: [...item.variants],
    conditions: item.conditions.filter((c) => !conditionIds || conditionIds.has(c.id)),
    materials: guideMaterials(item, impl),
    form: item.form,
    workflow: item.workflow,
    issuesElicence: item.issuesElicence ?? null,
    appealRoute: item.appealRoute,
    implementation:
      impl && department
        ? {
            regionCode: impl.regionCode,
            inherited: impl.regionCode !== regionCode,
            department: { code: department.code, name: department.name, nameEn: department.nameEn },
            promisedDays: impl.promisedDays,
            fees: impl.content.fees,
            channels: [...impl.content.channels],
            visits: impl.visits,
            hallAddress: impl.content.hallAddress,
            hallHours: impl.content.hallHours,
            contactPhone: impl.content.contactPhone,
            notes: impl.content.notes,
            needsReview: impl.needsReview,
          }
        : null,
  };
}
