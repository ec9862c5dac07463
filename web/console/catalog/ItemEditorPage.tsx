// /catalog/new and /catalog/items/{code}: edit a standard item's draft (or start one from the published version),
// with the item's version history.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import type { DataElement } from '../../shared/catalog-types';
import { NotFound, PageLoading, QueryError } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { formatDateTime } from '../labels';
import { PageHeading } from '../PageHeading';
import { SectionCard } from '../SectionCard';
import { EMPTY_ITEM, toFormValues, type ItemVersion } from './item-form-model';
import { ItemEditorForm } from './ItemEditorForm';
import { VersionStatusTag } from './VersionStatusTag';

function VersionHistory({ versions }: { versions: ItemVersion[] }) {
  const { t, i18n } = useTranslation();
  return (
    <SectionCard className="yw-version-history" title={t('console.itemEditor.history')}>
      <ul className="yw-version-list">
        {[...versions].reverse().map((version) => (
          <li key={version.version}>
            <span>
              {t('console.catalog.versionN', { version: version.version })} <VersionStatusTag status={version.status} />
            </span>
            {version.publishedAt !== null && <span className="yw-muted">{formatDateTime(version.publishedAt, i18n.language)}</span>}
          </li>
        ))}
      </ul>
    </SectionCard>
  );
}

export function ItemEditorPage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const { code } = useParams();
  const isNew = code === undefined;
  const versions = useApiQuery<{ items: ItemVersion[] }>(isNew ? null : `/catalog/items/${encodeURIComponent(code)}/versions`);
  const elements = useApiQuery<{ items: DataElement[] }>('/catalog/data-elements');
  const items = versions.data?.items ?? [];
  // The draft if there is one, else the newest version: editing a published item starts its next draft.
  const base = items.find((version) => version.status === 'draft') ?? items.at(-1);
  const title = isNew ? t('console.itemEditor.newTitle') : t('console.itemEditor.title', { name: base === undefined ? code : text(base.content.name) });

  if (versions.error?.status === 404) {
    return (
      <>
        <PageHeading title={t('console.itemEditor.newTitle')} />
        <NotFound />
      </>
    );
  }
  if (versions.error !== undefined && versions.data === undefined) {
    return (
      <>
        <PageHeading title={title} />
        <QueryError error={versions.error} onRetry={versions.reload} />
      </>
    );
  }
  const isLoaded = (isNew || versions.data !== undefined) && elements.data !== undefined;
  return (
    <>
      <PageHeading title={title} intro={t('console.itemEditor.intro')} />
      {elements.error !== undefined && <QueryError error={elements.error} onRetry={elements.reload} />}
      {!isLoaded && elements.error === undefined && <PageLoading />}
      {isLoaded && (
        <div className="yw-editor-layout">
          <ItemEditorForm
            key={code ?? 'new'}
            initialValues={base === undefined ? EMPTY_ITEM : toFormValues(base.content)}
            isNew={isNew}
            elements={elements.data?.items ?? []}
            onSaved={versions.reload}
          />
          {items.length > 0 && <VersionHistory versions={items} />}
        </div>
      )}
    </>
  );
}
