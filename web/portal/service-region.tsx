// The region whose local implementation (实施清单) the portal shows: the signed-in user's own region, else the
// one the visitor picked (remembered in this browser), else the whole city.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useSession } from '../shared/session';

const REGION_KEY = 'yw.serviceRegion';
export const DEFAULT_SERVICE_REGION = '339900';
const REGION_CODE = /^[0-9]{6,12}$/;

export type ServiceRegionSource = 'profile' | 'chosen' | 'default';

interface ServiceRegion {
  code: string;
  source: ServiceRegionSource;
  choose: (code: string) => void;
}

const ServiceRegionContext = createContext<ServiceRegion | null>(null);

function storedRegion(): string | null {
  try {
    const value = localStorage.getItem(REGION_KEY);
    return value !== null && REGION_CODE.test(value) ? value : null;
  } catch {
    return null;
  }
}

export function ServiceRegionProvider({ children }: { children: ReactNode }) {
  const { state } = useSession();
  // What the visitor picked on this page view; it wins over the profile until the page is left.
  const [picked, setPicked] = useState<string | null>(null);
  const [stored] = useState(storedRegion);
  const profileRegion = state.status === 'signed_in' ? state.me.profile.regionCode : undefined;

  const choose = useCallback((code: string) => {
    setPicked(code);
    try {
      localStorage.setItem(REGION_KEY, code);
    } catch {
      // Not remembered when storage is disabled; the choice still applies to this visit.
    }
  }, []);

  const value = useMemo((): ServiceRegion => {
    if (picked !== null) return { code: picked, source: 'chosen', choose };
    if (profileRegion !== undefined) return { code: profileRegion, source: 'profile', choose };
    if (stored !== null) return { code: stored, source: 'chosen', choose };
    return { code: DEFAULT_SERVICE_REGION, source: 'default', choose };
  }, [picked, profileRegion, stored, choose]);

  return <ServiceRegionContext.Provider value={value}>{children}</ServiceRegionContext.Provider>;
}

export function useServiceRegion(): ServiceRegion {
  const value = useContext(ServiceRegionContext);
  if (value === null) throw new Error('useServiceRegion must be used inside ServiceRegionProvider');
  return value;
}
