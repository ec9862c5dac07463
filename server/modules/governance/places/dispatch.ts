import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { TtlCache } from '../../../platform/cache/ttl-cache';
import { departmentsOfKindIn } from '../../identity/department-queries';
import { regionLineage } from '../../identity/org-lookups';
import type { Place } from '../model';
import { dispatchRules } from '../tables';
import { leafCategory, type CategoryRow } from './categories';

// Contract used by intake.

export interface DispatchTarget {
  leadDepartmentId: string;
  assistingDepartmentIds: string[];
  /** The rule allows dispatch without the dispatcher (if the classification is confident too). */
  automatic: boolean;
}

/** The place's codes from the most specific (grid) to the city, as far as they are known. */
export function placeCodesOf(place: Place, lineage: readonly string[]): string[] {
  const codes = [place.gridCode, place.communityCode, place.streetCode, place.districtCode].filter((c): c is string => Boolean(c));
  // The lineage (root first) adds the city above the district; regions already listed keep their place.
  for (const code of [...lineage].reverse()) if (!codes.includes(code)) codes.push(code);
  return codes;
}

// Region paths never change once a region exists (no use case moves one), so a path read once serves every later
// intake in the process. Only found paths are kept: a region created later is read when first asked for.
const lineages = new Map<string, string[]>();
const MAX_LINEAGES = 10_000;

async function lineageOf(exec: Executor, code: string): Promise<string[] | null> {
  const known = lineages.get(code);
  if (known) return known;
  const lineage = await regionLineage(exec, code);
  if (!lineage) return null;
  if (lineages.size >= MAX_LINEAGES) lineages.clear();
  lineages.set(code, lineage);
  return lineage;
}

/**
 * Category × place → lead (+ assisting) departments: the dispatch rule of the most specific place that contains it
 * (grid, community, street, district, city); without a rule, the department of the category's kind in the nearest
 * region at or above the place, not automatic. Null when no department fits (or the category is not a leaf).
 */
export async function resolveDispatch(exec: Executor, categoryOrCode: string | CategoryRow, place: Place): Promise<DispatchTarget | null> {
  // A caller that has read the leaf already passes it, which saves reading it again.
  const category = typeof categoryOrCode === 'string' ? await leafCategory(exec, categoryOrCode) : categoryOrCode;
  if (!category?.departmentKind) return null;
  const { rule, codes, lineage } = await ruleOfPlace(exec, category.code, place);
  if (rule) return targetOf(rule);

  // No rule: the department of the leaf's kind nearest above the place (a street office only if its kind is asked).
  const regionCodes = codes.filter((c) => lineage.includes(c));
  const candidates = await departmentsOfKindIn(exec, [category.departmentKind], regionCodes);
  const nearest = regionCodes.map((code) => candidates.filter((d) => d.regionCode === code).sort((a, b) => a.id.localeCompare(b.id))[0]).find(Boolean);
  return nearest ? { leadDepartmentId: nearest.id, assistingDepartmentIds: [], automatic: false } : null;
}

/**
 * What automatic dispatch needs of resolveDispatch, without the fallback it never uses: the target of the rule for
 * category × place when that rule allows dispatch without the dispatcher; null otherwise (no rule — the fallback
 * department is never automatic — a rule that is not automatic, or a category that is not a leaf).
 */
export async function automaticDispatchTarget(exec: Executor, category: CategoryRow, place: Place): Promise<DispatchTarget | null> {
  if (!category.departmentKind) return null;
  const { rule } = await ruleOfPlace(exec, category.code, place);
  return rule?.automatic ? targetOf(rule) : null;
}

type DispatchRuleRow = typeof dispatchRules.$inferSelect;

// A category's rules (a few places each), kept per process: rules come with the seed or a release (no use case edits
// them), and every intake of a category with a classification asks for them.
export const RULE_CACHE_TTL_MS = 30_000;
const rulesOf = new TtlCache<DispatchRuleRow[]>(RULE_CACHE_TTL_MS);

/** Drops the cached rules (a process that changes rules, and tests that add some). */
export function forgetDispatchRules(): void {
  rulesOf.clear();
}

/** The rule of the most specific place that has one for the category, with the place's codes and region lineage. */
async function ruleOfPlace(exec: Executor, categoryCode: string, place: Place): Promise<{ rule: DispatchRuleRow | undefined; codes: string[]; lineage: string[] }> {
  const lowestRegion = place.communityCode ?? place.streetCode ?? place.districtCode;
  const lineage = (await lineageOf(exec, lowestRegion)) ?? (await lineageOf(exec, place.districtCode)) ?? [place.districtCode];
  const codes = placeCodesOf(place, lineage);
  const rules = await rulesOf.get(categoryCode, () => exec.select().from(dispatchRules).where(eq(dispatchRules.categoryCode, categoryCode)));
  const rule = codes.map((code) => rules.find((r) => r.placeCode === code)).find(Boolean);
  return { rule, codes, lineage };
}

function targetOf(rule: DispatchRuleRow): DispatchTarget {
  return { leadDepartmentId: rule.leadDepartmentId, assistingDepartmentIds: rule.assistingDepartmentIds, automatic: rule.automatic };
}
