import type { ReactNode } from 'react';
import { useDocumentTitle } from '../shared/useDocumentTitle';

/** The page's h1, its one-line purpose and optional actions; also sets the document title. */
export function PageHeading({ title, intro, actions }: { title: string; intro?: string; actions?: ReactNode }) {
  useDocumentTitle(title, 'app.consoleName');
  return (
    <div className="yw-page-heading">
      <div>
        <h1>{title}</h1>
        {intro !== undefined && <p>{intro}</p>}
      </div>
      {actions !== undefined && <div className="yw-page-heading-actions">{actions}</div>}
    </div>
  );
}
