// Claim (认领) a standard item for a region: find the item, see whether the region has its own list, inherits
// one, or has none, and open the editor.
import { Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { queryString } from '../../shared/api';
import { useBilingual } from '../../shared/bilingual';
import type { ItemSummary } from '../../shared/catalog-types';
import { regionName } from '../../shared/regions';
import { StatusTag } from '../../shared/StatusTag';
import type { Region } from '../../shared/types';
import { useApiQuery } from '../../shared/useApiQuery';
import { useCursorList } from '../../shared/useCursorList';
import { LoadMore } from '../LoadMore';
import { SectionCard } from '../SectionCard';
import type { ImplementationListItem } from './implementation-model';

interface ClaimFilters {
  region?: string;
  q?: string;
}

export function ClaimItemCard({ regions }: { regions: Region[] }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<ClaimFilters>({});
  const region = filters.region ?? regions[0]?.code;
  const list = useCursorList<ItemSummary>(`/catalog/items${queryString({ q: filters.q, region, limit: 10 })}`);
  const existing = useApiQuery<{ items: ImplementationListItem[] }>('/catalog/implementations');
  const own = new Set((existing.data?.items ?? []).map((row) => `${row.itemCode}/${row.regionCode}`));

  const actionLabel = (item: ItemSummary) => (own.has(`${item.code}/${region ?? ''}`) ? t('console.implementations.edit') : t('console.implementations.claim'));

  function status(item: ItemSummary) {
    if (own.has(`${item.code}/${region ?? ''}`)) return <StatusTag tone="success">{t('console.implementations.ownList')}</StatusTag>;
    if (item.departmentName !== null) return <StatusTag tone="info">{t('console.implementations.inheritedList')}</StatusTag>;
    return <StatusTag tone="error">{t('console.implementations.noList')}</StatusTag>;
  }

  return (
    <SectionCard className="yw-claim-card" title={t('console.implementations.claimTitle')}>
      <p className="yw-muted">{t('console.implementations.claimIntro')}</p>
      <Form key={regions[0]?.code ?? 'none'} layout="vertical" className="yw-filters" name="claim-filters" onFinish={(values: ClaimFilters) => setFilters({ region: values.region, q: values.q?.trim() || undefined })}>
        <Form.Item name="region" label={t('console.implementations.claimRegion')} initialValue={regions[0]?.code}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={regions.map((candidate) => ({ value: candidate.code, label: `${regionName(candidate, i18n.language)} ${candidate.code}` }))} />
        </Form.Item>
        <Form.Item name="q" label={t('console.implementations.claimSearch')}>
          <Input allowClear maxLength={100} />
        </Form.Item>
        <div className="yw-filters-actions">
          <Button type="primary" htmlType="submit">
            {t('console.catalog.searchButton')}
          </Button>
        </div>
      </Form>
      <ul className="yw-claim-list" aria-busy={list.isLoading}>
        {list.items.map((item) => (
          <li key={item.code}>
            <span className="yw-item-cell">
              <span>{text(item.name)}</span>
              <span className="yw-mono yw-muted">{item.code}</span>
            </span>
            {status(item)}
            <Button
              onClick={() => void navigate(`/implementations/${encodeURIComponent(item.code)}/${region ?? ''}`)}
              aria-label={t('console.implementations.actionFor', { action: actionLabel(item), name: text(item.name) })}
            >
              {actionLabel(item)}
            </Button>
          </li>
        ))}
      </ul>
      {!list.isLoading && list.items.length === 0 && <p className="yw-muted">{t('common.empty')}</p>}
      <LoadMore list={list} />
    </SectionCard>
  );
}
