// The applications pages are personal: a visitor is sent to log in and brought back to the same address.
import type { ReactNode } from 'react';
import { RequireSignIn } from '../../shared/RequireSignIn';

export function SignedInOnly({ children }: { children: ReactNode }) {
  return <RequireSignIn frame={(content) => <div className="yw-container yw-section">{content}</div>}>{() => children}</RequireSignIn>;
}
