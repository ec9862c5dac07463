import type { Lang } from '../../platform/http/language';
import type { ImplementationContent, StandardItemContent } from './catalogue-format';
import { refusal, type Refusal } from './refusals';

/**
 * The rules that stop a locality adding burden: a promised limit within the statutory one, materials and
 * conditions only from the standard, commitments only where the standard allows them. Making things easier —
 * fewer materials, a shorter limit, a commitment instead of a material — is always accepted.
 */
export function implementationRefusals(standard: StandardItemContent, local: ImplementationContent, lang: Lang): Refusal[] {
  const refusals: Refusal[] = [];
  if (local.promisedDays > standard.statutoryDays) {
    refusals.push(refusal('catalog.promised_exceeds_statutory', 'promisedDays', { promised: local.promisedDays, statutory: standard.statutoryDays }, lang));
  }
  const materials = new Map(standard.materials.map((m) => [m.id, m]));
  local.materialIds.forEach((id, i) => {
    if (!materials.has(id)) refusals.push(refusal('catalog.material_not_in_standard', `materialIds.${i}`, { id }, lang));
  });
  const conditions = new Set(standard.conditions.map((c) => c.id));
  local.conditionIds.forEach((id, i) => {
    if (!conditions.has(id)) refusals.push(refusal('catalog.condition_not_in_standard', `conditionIds.${i}`, { id }, lang));
  });
  local.commitmentMaterialIds.forEach((id, i) => {
    const material = materials.get(id);
    if (!material) refusals.push(refusal('catalog.material_not_in_standard', `commitmentMaterialIds.${i}`, { id }, lang));
    else if (!material.allowsCommitment) refusals.push(refusal('catalog.commitment_not_allowed', `commitmentMaterialIds.${i}`, { id }, lang));
    else if (!local.materialIds.includes(id)) refusals.push(refusal('catalog.commitment_not_requested', `commitmentMaterialIds.${i}`, { id }, lang));
  });
  return refusals;
}
