// Exchange records (交换记录): every gateway call, allowed or refused. Data stewards see the calls on their
// department's resources and by their department; the audit admin sees all and verifies the signed chain.
import { Alert, Button, Card, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, queryString } from '../../../shared/api';
import { useSession } from '../../../shared/session';
import { StatusTag } from '../../../shared/StatusTag';
import { useCursorList } from '../../../shared/useCursorList';
import { CursorListPage, CursorTable } from '../../CursorTable';
import { formatDateTime } from '../../labels';
import { PageHeading } from '../../PageHeading';
import type { ChainVerification, ExchangeRecord } from './record-labels';
import { RecordFilters, type RecordFilterValues } from './RecordFilters';

function ChainResult({ result }: { result: ChainVerification }) {
  const { t } = useTranslation();
  return result.intact ? (
    <Alert className="yw-list-alert" type="success" showIcon title={t('exchangeRecords.verifyIntact')} description={t('exchangeRecords.verifyIntactText', { checked: result.checked })} />
  ) : (
    <Alert
      className="yw-list-alert"
      type="error"
      showIcon
      title={t('exchangeRecords.verifyBroken')}
      description={t('exchangeRecords.verifyBrokenText', { checked: result.checked, seq: result.firstBadSeq ?? '—', record: result.firstBadRecordId ?? '—', reason: result.reason ?? '—' })}
    />
  );
}

/** The ids that tie a record to its request, grant and key (for following a call up in the logs). */
function RecordIds({ record }: { record: ExchangeRecord }) {
  const { t } = useTranslation();
  const ids: [string, string | number | null][] = [
    [t('exchangeRecords.recordId'), record.id],
    [t('exchangeRecords.requestId'), record.requestId],
    [t('exchangeRecords.grantId'), record.grantId],
    [t('exchangeRecords.apiKeyId'), record.apiKeyId],
  ];
  return (
    <dl className="yw-details">
      {ids.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className="yw-mono">{value ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

function resultTag(result: ExchangeRecord['result'], label: string) {
  return <StatusTag tone={result === 'allowed' ? 'success' : result === 'refused' ? 'error' : 'info'}>{label}</StatusTag>;
}

export function ExchangeRecordsPage() {
  const { t, i18n } = useTranslation();
  const { state } = useSession();
  const isAuditAdmin = state.status === 'signed_in' && state.me.roles.includes('audit_admin');
  const [filters, setFilters] = useState<RecordFilterValues>({});
  const list = useCursorList<ExchangeRecord>(`/exchange/records${queryString({ ...filters })}`);
  const [verification, setVerification] = useState<ChainVerification | null>(null);
  const [verifyError, setVerifyError] = useState<string | null>(null);
  const [isVerifying, setIsVerifying] = useState(false);
  const isEnglish = i18n.language.startsWith('en');
  const department = (d: ExchangeRecord['callerDepartment']) => (d ? (isEnglish && d.nameEn ? d.nameEn : d.name) : '—');

  function verify() {
    setIsVerifying(true);
    setVerifyError(null);
    setVerification(null);
    api
      .get<ChainVerification>('/exchange/records/verify')
      .then(setVerification)
      .catch((error: unknown) => setVerifyError(error instanceof ApiError ? error.message : String(error)))
      .finally(() => setIsVerifying(false));
  }

  const columns: TableColumnsType<ExchangeRecord> = [
    { key: 'seq', title: t('exchangeRecords.seq'), dataIndex: 'sealedSeq', render: (seq: number | null) => seq ?? '—' },
    { key: 'at', title: t('exchangeRecords.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at, i18n.language) },
    { key: 'method', title: t('exchangeRecords.method'), dataIndex: 'method', render: (method: ExchangeRecord['method']) => t(`exchangeRecords.methods.${method}`) },
    {
      key: 'caller',
      title: t('exchangeRecords.caller'),
      render: (_: unknown, r: ExchangeRecord) => (
        <span className="yw-cell-stack">
          <span>{department(r.callerDepartment)}</span>
          <span className="yw-muted">{t(`exchangeRecords.callerKinds.${r.callerKind}`)}</span>
        </span>
      ),
    },
    { key: 'provider', title: t('exchangeRecords.provider'), render: (_: unknown, r: ExchangeRecord) => department(r.providerDepartment) },
    {
      key: 'resource',
      title: t('exchangeRecords.resource'),
      render: (_: unknown, r: ExchangeRecord) => (
        <span className="yw-cell-stack">
          <span className="yw-mono">{r.resourceCode}</span>
          <span className="yw-muted">{r.fields.join(', ')}</span>
        </span>
      ),
    },
    { key: 'subject', title: t('exchangeRecords.subject'), dataIndex: 'subjectRef', render: (ref: string | null) => <span className="yw-mono">{ref ? `${ref}…` : '—'}</span> },
    {
      key: 'purpose',
      title: t('exchangeRecords.purpose'),
      render: (_: unknown, r: ExchangeRecord) => (
        <span className="yw-cell-stack">
          <span>{r.purpose}</span>
          {r.caseRef !== null && <span className="yw-mono yw-muted">{r.caseRef}</span>}
        </span>
      ),
    },
    {
      key: 'result',
      title: t('exchangeRecords.result'),
      render: (_: unknown, r: ExchangeRecord) => (
        <span className="yw-cell-stack">
          {resultTag(r.result, t(`exchangeRecords.results.${r.result}`))}
          {r.reason !== null && <span className="yw-mono yw-muted">{r.reason}</span>}
        </span>
      ),
    },
  ];

  const heading = (
    <PageHeading
      title={t('exchangeRecords.title')}
      intro={t(isAuditAdmin ? 'exchangeRecords.introAuditor' : 'exchangeRecords.introSteward')}
      actions={
        isAuditAdmin ? (
          <Button type="primary" onClick={verify} loading={isVerifying}>
            {t('exchangeRecords.verify')}
          </Button>
        ) : undefined
      }
    />
  );
  return (
    <CursorListPage heading={heading} list={list}>
      <div aria-live="polite">
        {verification !== null && <ChainResult result={verification} />}
        {verifyError !== null && <Alert className="yw-list-alert" type="error" showIcon title={verifyError} />}
      </div>
      <Card className="yw-filters-card" title={<h2 className="yw-card-title">{t('exchangeRecords.filters')}</h2>}>
        <RecordFilters onApply={setFilters} />
      </Card>
      <Card>
        <CursorTable list={list} columns={columns} rowKey="id" expandable={{ expandedRowRender: (r) => <RecordIds record={r} /> }} />
      </Card>
    </CursorListPage>
  );
}
