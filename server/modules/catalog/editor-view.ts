import type { UseCaseContext } from '../../platform/context';
import { findDepartmentsByIds } from '../identity/org-lookups';
import { loadItemVersion, loadPublishedItem } from './load-item';
import { resolveImplementation } from './resolve-implementation';

/**
 * What the local-implementation editor shows: the current standard beside the region's values — its own, or
 * those it inherits — and the standard version those values were confirmed against.
 */
export async function getImplementationEditor(ctx: UseCaseContext, itemCode: string, regionCode: string) {
  const standard = await loadPublishedItem(ctx.db, itemCode);
  const impl = await resolveImplementation(ctx.db, itemCode, regionCode);
  const [department] = impl ? await findDepartmentsByIds(ctx.db, [impl.departmentId]) : [];
  const confirmedAgainst = impl && impl.standardVersion !== standard.version ? await loadItemVersion(ctx.db, itemCode, impl.standardVersion) : null;
  return {
    standard: { version: standard.version, content: standard.content },
    local: impl
      ? {
          regionCode: impl.regionCode,
          inherited: impl.regionCode !== regionCode,
          departmentCode: department?.code ?? '',
          standardVersion: impl.standardVersion,
          needsReview: impl.needsReview,
          rowVersion: impl.version,
          content: impl.content,
        }
      : null,
    previousStandard: confirmedAgainst ? { version: confirmedAgainst.version, content: confirmedAgainst.content } : null,
  };
}
