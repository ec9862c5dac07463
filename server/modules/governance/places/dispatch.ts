import type { Executor } from '../../../db/client';
import type { Place } from '../model';

// OWNER: places helper. Contract used by intake; replace the body, keep the signature.

export interface DispatchTarget {
  leadDepartmentId: string;
  assistingDepartmentIds: string[];
  /** The rule allows dispatch without the dispatcher (if the classification is confident too). */
  automatic: boolean;
}

/**
 * Category × place → lead (+ assisting) departments: the dispatch rule of the most specific place that contains it
 * (grid, community, street, district, city); without a rule, the department of the category's kind in the nearest
 * region at or above the place, not automatic. Null when no department fits.
 */
export async function resolveDispatch(exec: Executor, categoryCode: string, place: Place): Promise<DispatchTarget | null> {
  void exec;
  void categoryCode;
  void place;
  throw new Error('resolveDispatch: not implemented yet');
}
