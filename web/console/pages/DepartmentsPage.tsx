// Departments in my scope (the server filters by department × region subtree).
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { departmentName, departmentRegionName } from '../../shared/bilingual';
import type { Department } from '../../shared/types';
import { useApiQuery } from '../../shared/useApiQuery';
import { PageHeading } from '../PageHeading';
import { QueryTable } from '../QueryTable';
import { departmentKindLabel } from '../../shared/labels';

export function DepartmentsPage() {
  const { t, i18n } = useTranslation();
  const query = useApiQuery<{ items: Department[] }>('/departments');
  const columns: TableColumnsType<Department> = [
    { key: 'code', title: t('console.departments.code'), dataIndex: 'code', render: (code: string) => <span className="yw-mono">{code}</span> },
    { key: 'name', title: t('console.departments.name'), render: (_: unknown, department: Department) => departmentName(department, i18n.language) },
    { key: 'kind', title: t('console.departments.kind'), dataIndex: 'kind', render: (kind?: string) => (kind === undefined ? '—' : departmentKindLabel(t, kind)) },
    { key: 'region', title: t('console.departments.region'), render: (_: unknown, department: Department) => departmentRegionName(department, i18n.language) },
  ];
  return (
    <>
      <PageHeading title={t('console.departments.title')} intro={t('console.departments.intro')} />
      <QueryTable query={query} columns={columns} rowKey="id" />
    </>
  );
}
