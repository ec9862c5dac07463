// People (individuals and legal persons) in my region subtree, masked; "load more" follows the cursor.
import { Button, Card, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionName, useRegions } from '../../shared/regions';
import { useSession } from '../../shared/session';
import { PageHeading } from '../PageHeading';
import { kindLabel } from '../../shared/labels';
import { canUnmask } from '../labels';
import { CursorListPage, CursorTable } from '../CursorTable';
import { useCursorList } from '../../shared/useCursorList';
import { UnmaskDialog, type Person } from './UnmaskDialog';

const PAGE_SIZE = 10;

export function PeoplePage() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const list = useCursorList<Person>(`/people?limit=${PAGE_SIZE}`);
  const { regions } = useRegions();
  const [unmasking, setUnmasking] = useState<Person | null>(null);
  const regionLabel = (code: string) => {
    const region = regions?.find((candidate) => candidate.code === code);
    return region === undefined ? code : regionName(region, i18n.language);
  };
  const mayUnmask = state.status === 'signed_in' && canUnmask(state.me.roles);

  const columns: TableColumnsType<Person> = [
    { key: 'name', title: t('fields.name'), dataIndex: 'name' },
    { key: 'kind', title: t('fields.kind'), dataIndex: 'kind', render: (kind: string) => kindLabel(t, kind) },
    {
      key: 'identifier',
      title: t('fields.identifier'),
      render: (_: unknown, person: Person) => <span className="yw-mono">{person.idNumber ?? person.creditCode ?? '—'}</span>,
    },
    { key: 'mobile', title: t('fields.mobile'), dataIndex: 'mobile', render: (value: string | null) => <span className="yw-mono">{value ?? '—'}</span> },
    { key: 'region', title: t('console.people.region'), dataIndex: 'regionCode', render: (code: string | null) => (code === null ? '—' : regionLabel(code)) },
    ...(mayUnmask
      ? [
          {
            key: 'actions',
            title: t('console.people.actions'),
            render: (_: unknown, person: Person) => (
              <Button size="small" aria-label={t('console.people.unmaskFor', { name: person.name })} onClick={() => setUnmasking(person)}>
                {t('console.people.unmask')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <CursorListPage heading={<PageHeading title={t('console.people.title')} intro={t('console.people.intro')} />} list={list}>
      <Card>
        <CursorTable list={list} columns={columns} rowKey="id" />
      </Card>
      {unmasking !== null && <UnmaskDialog person={unmasking} onClose={() => setUnmasking(null)} />}
    </CursorListPage>
  );
}
