// /applications: the staff inbox (办件受理) — cases of my departments within my regions, most urgent first.
import { Card, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { queryString } from '../../shared/api';
import type { CaseSummary } from '../../shared/application-types';
import { useBilingual } from '../../shared/bilingual';
import { useSession } from '../../shared/session';
import { useCursorList } from '../../shared/useCursorList';
import { CursorListPage, CursorTable } from '../CursorTable';
import { PageHeading } from '../PageHeading';
import { stepRoleLabel } from './case-labels';
import { CaseStatusTag } from './CaseStatusTag';
import { DeadlineText } from './DeadlineText';
import './applications.css';
import { InboxFilters, type InboxFilterValues } from './InboxFilters';

const PAGE_SIZE = 20;

function filtersFrom(params: URLSearchParams): InboxFilterValues {
  return {
    status: params.get('status') ?? undefined,
    item: params.get('item') ?? undefined,
    deadline: params.get('deadline') ?? undefined,
    isMine: params.get('assigned') === 'me',
    isEscalated: params.get('escalated') === 'true',
  };
}

function paramsFrom(filters: InboxFilterValues, canSeeEscalated: boolean) {
  return {
    status: filters.status,
    item: filters.item,
    deadline: filters.deadline,
    assigned: filters.isMine === true ? 'me' : undefined,
    escalated: canSeeEscalated && filters.isEscalated === true ? 'true' : undefined,
  };
}

export function ApplicationsPage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const { state } = useSession();
  const canSeeEscalated = state.status === 'signed_in' && state.me.roles.includes('department_head');
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFrom(searchParams);
  const query = paramsFrom(filters, canSeeEscalated);
  const list = useCursorList<CaseSummary>(`/applications${queryString({ ...query, limit: PAGE_SIZE })}`);

  function apply(next: InboxFilterValues) {
    const search = queryString(paramsFrom(next, canSeeEscalated));
    setSearchParams(new URLSearchParams(search));
  }

  const columns: TableColumnsType<CaseSummary> = [
    {
      key: 'caseNumber',
      title: t('console.applications.caseNumber'),
      render: (_: unknown, row: CaseSummary) => (
        <Link to={`/applications/${encodeURIComponent(row.id)}`} className="yw-mono" aria-label={t('console.applications.open', { number: row.caseNumber })}>
          {row.caseNumber}
        </Link>
      ),
    },
    { key: 'title', title: t('console.applications.caseTitle'), render: (_: unknown, row: CaseSummary) => text(row.title) },
    { key: 'applicant', title: t('console.applications.applicant'), dataIndex: 'applicantName' },
    {
      key: 'status',
      title: t('console.applications.status'),
      render: (_: unknown, row: CaseSummary) => (
        <span className="yw-case-tags">
          <CaseStatusTag status={row.status} />
          {row.escalated && <span className="yw-case-escalated">{t('console.applications.escalatedTag')}</span>}
        </span>
      ),
    },
    {
      key: 'step',
      title: t('console.applications.currentStep'),
      render: (_: unknown, row: CaseSummary) =>
        row.currentStep === null ? (
          '—'
        ) : (
          <span className="yw-cell-stack">
            <span>{text(row.currentStep.name)}</span>
            <span className="yw-muted">{stepRoleLabel(t, row.currentStep.role)}</span>
          </span>
        ),
    },
    { key: 'deadline', title: t('console.applications.dueDate'), render: (_: unknown, row: CaseSummary) => <DeadlineText deadline={row} /> },
    {
      key: 'assignee',
      title: t('console.applications.assignee'),
      render: (_: unknown, row: CaseSummary) => row.assignee?.name ?? <span className="yw-muted">{t('console.applications.unassigned')}</span>,
    },
  ];

  const heading = <PageHeading title={t('console.applications.title')} intro={t('console.applications.intro')} />;
  return (
    <CursorListPage heading={heading} list={list}>
      <Card className="yw-filters-card" title={<h2 className="yw-card-title">{t('console.applications.filters')}</h2>}>
        <InboxFilters key={searchParams.toString()} values={filters} canSeeEscalated={canSeeEscalated} onApply={apply} />
      </Card>
      <Card>
        <CursorTable<CaseSummary> list={list} columns={columns} rowKey="id" />
      </Card>
    </CursorListPage>
  );
}
