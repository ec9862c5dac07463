// Search results and browsing: /services?q=&department=&theme=&audience=&lifeEvent=, in the chosen region.
import { Alert, Button, Select, Tag } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { queryString } from '../../shared/api';
import { useBilingual } from '../../shared/bilingual';
import type { Audience, ItemSummary, LifeEventSummary } from '../../shared/catalog-types';
import { SERVICE_DEPARTMENT_KINDS, SERVICE_THEMES } from '../../shared/catalog-vocabulary';
import { departmentKindLabel, themeLabel } from '../../shared/labels';
import { ErrorNotice, PageLoading } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { useCursorList } from '../../shared/useCursorList';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { AudienceSwitch } from '../AudienceSwitch';
import { ServiceRegionSelect } from '../ServiceRegionSelect';
import { ServiceResultCard } from '../ServiceResultCard';
import { ServiceSearch } from '../ServiceSearch';
import { useServiceRegion } from '../service-region';

const PAGE_SIZE = 10;

function asAudience(value: string | null): Audience | undefined {
  return value === 'person' || value === 'enterprise' ? value : undefined;
}

function FilterSelect({ label, value, options, onChange }: { label: string; value: string | null; options: { value: string; label: string }[]; onChange: (value: string | undefined) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="yw-filter">
      <label htmlFor={id}>{label}</label>
      <Select id={id} value={value ?? undefined} options={options} allowClear placeholder={t('portal.services.any')} onChange={(next?: string) => onChange(next)} className="yw-filter-select" />
    </div>
  );
}

function LifeEventFilter({ id, onClear }: { id: string; onClear: () => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const { data } = useApiQuery<{ items: LifeEventSummary[] }>('/catalog/life-events');
  const event = data?.items.find((candidate) => candidate.id === id);
  return (
    <span className="yw-active-filter">
      <Tag>{t('portal.services.lifeEventFilter', { name: event === undefined ? id : text(event.name) })}</Tag>
      <Button type="link" size="small" onClick={onClear}>
        {t('portal.services.clearLifeEvent')}
      </Button>
    </span>
  );
}

export function ServicesPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const region = useServiceRegion();
  const q = search.get('q') ?? '';
  const audience = asAudience(search.get('audience'));
  const department = search.get('department');
  const theme = search.get('theme');
  const lifeEvent = search.get('lifeEvent');
  useDocumentTitle(q === '' ? t('portal.services.title') : t('portal.services.resultsFor', { q }), 'app.portalName');

  const list = useCursorList<ItemSummary>(
    `/catalog/items${queryString({ q, audience, department, theme, lifeEvent, region: region.code, limit: PAGE_SIZE })}`,
  );

  function setParam(key: string, value: string | undefined) {
    const next = new URLSearchParams(search);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, value);
    setSearch(next, { replace: true });
  }

  const departments = SERVICE_DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: departmentKindLabel(t, kind) }));
  const themes = SERVICE_THEMES.map((code) => ({ value: code, label: themeLabel(t, code) }));
  const isFirstLoad = list.isLoading && list.items.length === 0;

  return (
    <div className="yw-container yw-section">
      <h1 className="yw-page-title">{q === '' ? t('portal.services.title') : t('portal.services.resultsFor', { q })}</h1>
      <ServiceSearch key={q} initialQuery={q} extraParams={{ audience, department: department ?? undefined, theme: theme ?? undefined }} />
      <section className="yw-filters-bar" aria-label={t('portal.services.filters')}>
        <AudienceSwitch hasAll value={audience} onChange={(next) => setParam('audience', next)} />
        <FilterSelect label={t('portal.services.byDepartment')} value={department} options={departments} onChange={(next) => setParam('department', next)} />
        <FilterSelect label={t('portal.services.byTheme')} value={theme} options={themes} onChange={(next) => setParam('theme', next)} />
        <ServiceRegionSelect />
        {lifeEvent !== null && <LifeEventFilter id={lifeEvent} onClear={() => setParam('lifeEvent', undefined)} />}
      </section>
      <div aria-live="polite" aria-busy={list.isLoading}>
        {isFirstLoad && <PageLoading />}
        {list.error !== undefined && <ErrorNotice error={list.error} onRetry={list.reload} />}
        {!list.isLoading && list.error === undefined && list.items.length === 0 && (
          <Alert className="yw-empty-result" type="info" showIcon title={t('portal.services.noResults')} description={t('portal.services.noResultsHint')} />
        )}
        <ol className="yw-result-list">
          {list.items.map((item) => (
            <li key={item.code}>
              <ServiceResultCard item={item} />
            </li>
          ))}
        </ol>
      </div>
      <div className="yw-load-more">
        {list.hasMore && (
          <Button size="large" onClick={list.loadMore} loading={list.isLoading}>
            {t('common.loadMore')}
          </Button>
        )}
        {!list.hasMore && list.items.length > 0 && <span className="yw-muted-text">{t('common.allLoaded')}</span>}
      </div>
    </div>
  );
}
