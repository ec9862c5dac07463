// The facts of a case at a glance: number, applicant, department, dates, time limit, current step and assignee.
import { Descriptions, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseView } from '../../shared/application-types';
import { departmentName, useBilingual } from '../../shared/bilingual';
import { formatDateTime } from '../labels';
import { SectionCard } from '../SectionCard';
import { formatDate, stepRoleLabel } from './case-labels';

export function CaseOverview({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const limit =
    t('console.applications.promisedDaysValue', { count: view.promisedDays }) +
    (view.extensionDays > 0 ? t('console.applications.extensionValue', { count: view.extensionDays }) : '');
  const items: DescriptionsProps['items'] = [
    { key: 'number', label: t('console.applications.caseNumber'), children: <span className="yw-mono">{view.caseNumber}</span> },
    { key: 'applicant', label: t('console.applications.applicant'), children: view.applicantName },
    ...(view.itemCode === null ? [] : [{ key: 'item', label: t('console.applications.itemCode'), children: <span className="yw-mono">{view.itemCode}</span> }]),
    ...(view.department === null ? [] : [{ key: 'department', label: t('console.applications.department'), children: departmentName(view.department, i18n.language) }]),
    ...(view.submittedAt === null ? [] : [{ key: 'submitted', label: t('console.applications.submittedAt'), children: formatDateTime(view.submittedAt, i18n.language) }]),
    ...(view.acceptedOn === null ? [] : [{ key: 'accepted', label: t('console.applications.acceptedOn'), children: formatDate(view.acceptedOn, i18n.language) }]),
    { key: 'limit', label: t('console.applications.promisedDays'), children: limit },
    {
      key: 'step',
      label: t('console.applications.currentStep'),
      children: view.currentStep === null ? '—' : `${text(view.currentStep.name)} · ${stepRoleLabel(t, view.currentStep.role)}`,
    },
    { key: 'assignee', label: t('console.applications.assignee'), children: view.assignee?.name ?? t('console.applications.unassigned') },
    ...(view.parent === null
      ? []
      : [
          {
            key: 'parent',
            label: t('console.applications.parent'),
            children: (
              <Link to={`/applications/${encodeURIComponent(view.parent.id)}`}>
                {t('console.applications.parentLink', { number: view.parent.caseNumber, title: text(view.parent.title) })}
              </Link>
            ),
          },
        ]),
  ];
  return (
    <SectionCard title={t('console.applications.summary')}>
      <Descriptions column={{ xs: 1, md: 2 }} items={items} />
    </SectionCard>
  );
}
