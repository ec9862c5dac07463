// The official working-day calendar (工作日历): check a date and a deadline, see which years have an official
// arrangement, and load a year's arrangement (system admins).
import { Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../shared/useApiQuery';
import { useSession } from '../../shared/session';
import { NoAccess, PageLoading, QueryError } from '../../shared/StatusViews';
import { formatDateTime } from '../labels';
import { PageHeading } from '../PageHeading';
import { SectionCard } from '../SectionCard';
import { yearRanges, type CalendarYears, type LoadedYear } from './calendar-types';
import { DateChecker } from './DateChecker';
import { LoadYearForm } from './LoadYearForm';
import './calendar.css';

function YearsList({ years }: { years: CalendarYears }) {
  const { t, i18n } = useTranslation();
  const bundled = yearRanges(years.bundled)
    .map((range) => (range.first === range.last ? String(range.first) : t('console.calendar.bundledRange', range)))
    .join(t('console.header.listSeparator'));
  return (
    <>
      <Descriptions column={1} size="small" items={[{ key: 'bundled', label: t('console.calendar.bundled'), children: bundled }]} />
      <h3 className="yw-subheading">{t('console.calendar.loaded')}</h3>
      <Table<LoadedYear>
        rowKey="year"
        size="small"
        pagination={false}
        dataSource={years.loaded}
        locale={{ emptyText: <span className="yw-muted">{t('console.calendar.noneLoaded')}</span> }}
        columns={[
          { key: 'year', title: t('console.calendar.year'), dataIndex: 'year' },
          { key: 'holidays', title: t('console.calendar.holidays'), dataIndex: 'holidays' },
          { key: 'workdays', title: t('console.calendar.workdays'), dataIndex: 'workdays' },
          { key: 'loadedBy', title: t('console.calendar.loadedBy'), dataIndex: 'loadedBy' },
          { key: 'loadedAt', title: t('console.calendar.loadedAt'), dataIndex: 'loadedAt', render: (value: string) => formatDateTime(value, i18n.language) },
        ]}
      />
    </>
  );
}

export function CalendarPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const isSystemAdmin = state.status === 'signed_in' && state.me.roles.includes('system_admin');
  const years = useApiQuery<CalendarYears>(isSystemAdmin ? '/calendar/years' : null);

  return (
    <>
      <PageHeading title={t('console.calendar.title')} intro={t('console.calendar.intro')} />
      {!isSystemAdmin ? (
        <NoAccess />
      ) : (
        <div className="yw-calendar-sections">
          <SectionCard title={t('console.calendar.checker')}>
            <DateChecker />
          </SectionCard>
          <SectionCard title={t('console.calendar.years')}>
            {years.error !== undefined && <QueryError error={years.error} onRetry={years.reload} />}
            {years.error === undefined && years.data === undefined && <PageLoading />}
            {years.data !== undefined && <YearsList years={years.data} />}
          </SectionCard>
          <SectionCard title={t('console.calendar.load')}>
            <p className="yw-muted">{t('console.calendar.loadIntro')}</p>
            <LoadYearForm onLoaded={years.reload} />
          </SectionCard>
        </div>
      )}
    </>
  );
}
