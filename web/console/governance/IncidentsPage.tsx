// 事件列表: the dispatcher's queue (registered and returned), my department's incidents, and everything in scope.
import { Alert, Button, Input, Select, Tabs, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { queryString } from '../../shared/api';
import { useBilingual } from '../../shared/bilingual';
import { useApiQuery } from '../../shared/useApiQuery';
import { useCursorList } from '../../shared/useCursorList';
import { useSession } from '../../shared/session';
import { CursorListPage, CursorTable } from '../CursorTable';
import { PageHeading } from '../PageHeading';
import { DEADLINE_STATES, INCIDENT_STATUSES, categoryOptions, type CategoryTreeView, type DeadlineState, type IncidentStatus, type IncidentSummary } from './governance-api';
import { DeadlineCell, IncidentStatusTag, UrgencyText, escalationText } from './incident-labels';
import './governance.css';

type View = 'queue' | 'mine' | 'all';

interface Filters {
  status?: IncidentStatus;
  category?: string;
  deadline?: DeadlineState;
  q?: string;
}

export function IncidentsPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const roles = state.status === 'signed_in' ? state.me.roles : [];
  const isDispatcher = roles.includes('dispatcher');
  const [view, setView] = useState<View>(isDispatcher ? 'queue' : 'mine');
  const [filters, setFilters] = useState<Filters>({});
  const views: View[] = isDispatcher ? ['queue', 'mine', 'all'] : ['mine', 'all'];
  // An action that took the incident out of sight (退单) comes back here with what was done.
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  return (
    <>
      <PageHeading title={t('governanceConsole.incidents.title')} intro={t('governanceConsole.incidents.intro')} />
      <div aria-live="polite">{notice !== undefined && <Alert className="yw-form-alert" type="success" showIcon title={notice} />}</div>
      <IncidentFilters onApply={setFilters} />
      <Tabs
        activeKey={view}
        onChange={(key) => setView(key as View)}
        items={views.map((key) => ({ key, label: t(`governanceConsole.incidents.views.${key}`), children: key === view ? <IncidentList view={view} filters={filters} /> : null }))}
      />
    </>
  );
}

function IncidentFilters({ onApply }: { onApply: (filters: Filters) => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const categories = useApiQuery<CategoryTreeView>('/governance/categories');
  const [draft, setDraft] = useState<Filters>({});
  const options = categoryOptions(categories.data, text);
  return (
    <form
      className="yw-gov-filters"
      aria-label={t('governanceConsole.incidents.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ ...draft, q: draft.q?.trim() === '' ? undefined : draft.q?.trim() });
      }}
    >
      <label>
        <div>{t('governanceConsole.fields.status')}</div>
        <Select
          allowClear
          aria-label={t('governanceConsole.fields.status')}
          placeholder={t('governanceConsole.incidents.any')}
          value={draft.status}
          onChange={(status?: IncidentStatus) => setDraft({ ...draft, status })}
          options={INCIDENT_STATUSES.map((status) => ({ value: status, label: t(`governanceConsole.statuses.${status}`) }))}
        />
      </label>
      <label>
        <div>{t('governanceConsole.fields.category')}</div>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('governanceConsole.fields.category')}
          placeholder={t('governanceConsole.incidents.any')}
          value={draft.category}
          onChange={(category?: string) => setDraft({ ...draft, category })}
          options={options}
        />
      </label>
      <label>
        <div>{t('governanceConsole.fields.deadline')}</div>
        <Select
          allowClear
          aria-label={t('governanceConsole.fields.deadline')}
          placeholder={t('governanceConsole.incidents.any')}
          value={draft.deadline}
          onChange={(deadline?: DeadlineState) => setDraft({ ...draft, deadline })}
          options={DEADLINE_STATES.map((state) => ({ value: state, label: t(`governanceConsole.deadlineStates.${state}`) }))}
        />
      </label>
      <label>
        <div>{t('governanceConsole.incidents.search')}</div>
        <Input value={draft.q ?? ''} maxLength={100} onChange={(event) => setDraft({ ...draft, q: event.target.value })} />
      </label>
      <Button type="primary" htmlType="submit">
        {t('governanceConsole.incidents.apply')}
      </Button>
      <Button
        onClick={() => {
          setDraft({});
          onApply({});
        }}
      >
        {t('governanceConsole.incidents.clear')}
      </Button>
    </form>
  );
}

function IncidentList({ view, filters }: { view: View; filters: Filters }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const list = useCursorList<IncidentSummary>(`/governance/incidents${queryString({ view, ...filters, limit: 20 })}`);
  const columns: TableColumnsType<IncidentSummary> = [
    { key: 'number', title: t('governanceConsole.fields.number'), render: (_: unknown, row) => <Link to={`/governance/incidents/${row.id}`}>{row.number}</Link> },
    { key: 'category', title: t('governanceConsole.fields.category'), render: (_: unknown, row) => (row.category === null ? t('governanceConsole.uncategorised') : text(row.category.name)) },
    { key: 'description', title: t('governanceConsole.fields.description'), render: (_: unknown, row) => <span className="yw-muted">{row.description.length > 60 ? `${row.description.slice(0, 60)}…` : row.description}</span> },
    { key: 'place', title: t('governanceConsole.fields.place'), render: (_: unknown, row) => row.address ?? (row.grid === null ? '—' : text(row.grid.name)) },
    { key: 'status', title: t('governanceConsole.fields.status'), render: (_: unknown, row) => <IncidentStatusTag status={row.status} t={t} /> },
    { key: 'urgency', title: t('governanceConsole.fields.urgency'), render: (_: unknown, row) => <UrgencyText urgency={row.urgency} t={t} /> },
    { key: 'deadline', title: t('governanceConsole.fields.deadline'), render: (_: unknown, row) => <DeadlineCell at={row.deadlineAt} state={row.deadlineState} t={t} language={i18n.language} /> },
    { key: 'escalation', title: t('governanceConsole.fields.escalation'), render: (_: unknown, row) => escalationText(row.escalationLevel, t) },
  ];
  return (
    <CursorListPage heading={<h2 className="yw-visually-hidden">{t(`governanceConsole.incidents.views.${view}`)}</h2>} list={list}>
      <CursorTable list={list} columns={columns} rowKey="id" />
    </CursorListPage>
  );
}
