// Audit log for the audit admin: filter, read, and verify the hash chain.
import { Alert, Button, Card, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, queryString } from '../../shared/api';
import { StatusTag } from '../../shared/StatusTag';
import { PageHeading } from '../PageHeading';
import { formatDateTime } from '../labels';
import { CursorListPage, CursorTable } from '../CursorTable';
import { useCursorList } from '../../shared/useCursorList';
import { AuditFilters, type AuditFilterValues } from './AuditFilters';

interface AuditRecord {
  id: number;
  seq: number | null;
  at: string;
  actorId: string | null;
  actorName: string;
  ip: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  result: string;
  details: Record<string, unknown> | null;
}

interface Verification {
  intact: boolean;
  checked: number;
  firstBadSeq: number | null;
  reason: string | null;
}

function VerifyResult({ result }: { result: Verification }) {
  const { t } = useTranslation();
  if (result.intact) {
    return (
      <Alert
        className="yw-list-alert"
        type="success"
        showIcon
        title={t('console.audit.verifyIntact')}
        description={t('console.audit.verifyIntactText', { checked: result.checked })}
      />
    );
  }
  return (
    <Alert
      className="yw-list-alert"
      type="error"
      showIcon
      title={t('console.audit.verifyBroken')}
      description={t('console.audit.verifyBrokenText', { checked: result.checked, seq: result.firstBadSeq ?? '—', reason: result.reason ?? '—' })}
    />
  );
}

export function AuditPage() {
  const { t, i18n } = useTranslation();
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const list = useCursorList<AuditRecord>(`/audit/records${queryString({ ...filters })}`);
  const [verification, setVerification] = useState<Verification | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const [isVerifying, setIsVerifying] = useState(false);

  function verify() {
    setIsVerifying(true);
    setVerifyError(null);
    setVerification(null);
    api
      .post<Verification>('/audit/verify')
      .then(setVerification)
      .catch((error: unknown) => setVerifyError(error instanceof ApiError ? error.message : String(error)))
      .finally(() => setIsVerifying(false));
  }

  const columns: TableColumnsType<AuditRecord> = [
    { key: 'seq', title: t('console.audit.seq'), dataIndex: 'seq', render: (seq: number | null) => seq ?? '—' },
    { key: 'at', title: t('console.audit.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at, i18n.language) },
    {
      key: 'actor',
      title: t('console.audit.actor'),
      render: (_: unknown, record: AuditRecord) => (
        <span className="yw-cell-stack">
          <span>{record.actorName}</span>
          {record.actorId !== null && <span className="yw-mono yw-muted">{record.actorId}</span>}
        </span>
      ),
    },
    { key: 'action', title: t('console.audit.action'), dataIndex: 'action', render: (action: string) => <span className="yw-mono">{action}</span> },
    {
      key: 'object',
      title: t('console.audit.object'),
      render: (_: unknown, record: AuditRecord) => (
        <span className="yw-cell-stack">
          <span>{record.objectType}</span>
          {record.objectId !== null && <span className="yw-mono yw-muted">{record.objectId}</span>}
        </span>
      ),
    },
    { key: 'ip', title: t('console.audit.ip'), dataIndex: 'ip', render: (ip: string | null) => <span className="yw-mono">{ip ?? '—'}</span> },
    {
      key: 'result',
      title: t('console.audit.result'),
      dataIndex: 'result',
      render: (result: AuditRecord['result']) =>
        result === 'success' ? (
          <StatusTag tone="success">{t('console.audit.success')}</StatusTag>
        ) : (
          <StatusTag tone="error">{t('console.audit.failure')}</StatusTag>
        ),
    },
  ];

  const heading = (
    <PageHeading
      title={t('console.audit.title')}
      intro={t('console.audit.intro')}
      actions={
        list.error?.isForbidden ? undefined : (
          <Button type="primary" onClick={verify} loading={isVerifying}>
            {t('console.audit.verify')}
          </Button>
        )
      }
    />
  );
  return (
    <CursorListPage heading={heading} list={list}>
      <div aria-live="polite">
        {verification !== null && <VerifyResult result={verification} />}
        {verifyError !== null && <Alert className="yw-list-alert" type="error" showIcon title={verifyError} />}
      </div>
      <Card className="yw-filters-card" title={<h2 className="yw-card-title">{t('console.audit.filters')}</h2>}>
        <AuditFilters onApply={setFilters} />
      </Card>
      <Card>
        <CursorTable
          list={list}
          columns={columns}
          rowKey="id"
          expandable={{
            rowExpandable: (record) => record.details !== null && Object.keys(record.details).length > 0,
            expandedRowRender: (record) => <pre className="yw-details">{JSON.stringify(record.details, null, 2)}</pre>,
          }}
        />
      </Card>
    </CursorListPage>
  );
}
