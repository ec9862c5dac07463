// The regions a staff member may pick for implementation lists: their scope regions and everything below them
// (a system admin: every region).
import { useMemo } from 'react';
import { regionPath, useRegions } from '../../shared/regions';
import { useSession } from '../../shared/session';
import type { Region } from '../../shared/types';

export function useScopeRegions(): Region[] | undefined {
  const { regions } = useRegions();
  const { state } = useSession();
  return useMemo(() => {
    if (regions === undefined || state.status !== 'signed_in') return undefined;
    const { me } = state;
    if (me.roles.includes('system_admin')) return regions;
    const scope = me.scope.regionCodes;
    return regions.filter((region) => regionPath(regions, region.code).some((code) => scope.includes(code)));
  }, [regions, state]);
}
