// The provider's import: upload one CSV/XLSX file, watch the progress bar until the import is done, then read the
// per-row error report.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Progress, Table, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../shared/api';
import { pickText } from '../../../shared/bilingual';
import { SectionCard } from '../../SectionCard';
import { startImport, type ImportStatus } from './resources-api';

type RowError = ImportStatus['errors'][number];
const POLL_MS = 500;

/** The refusal's message, with the columns or rows it names (an unknown header, a missing subject column). */
function errorText(cause: unknown): string {
  if (!(cause instanceof ApiError)) return cause instanceof Error ? cause.message : String(cause);
  const named = Array.isArray(cause.details)
    ? (cause.details as { field?: unknown; rule?: unknown }[]).filter((d) => typeof d.rule === 'string').map((d) => `${typeof d.field === 'string' ? d.field : ''} (${String(d.rule)})`)
    : [];
  return [cause.message, ...named].join('；');
}

export function ImportPanel({ code, onFinished }: { code: string; onFinished: () => void }) {
  const { t, i18n } = useTranslation();
  const [importId, setImportId] = useState<string | null>(null);
  const [status, setStatus] = useState<ImportStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isUploading, setIsUploading] = useState(false);

  useEffect(() => {
    if (importId === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const poll = () => {
      api
        .get<ImportStatus>(`/exchange/imports/${importId}`)
        .then((next) => {
          if (stopped) return;
          setStatus(next);
          if (next.status === 'running') timer = setTimeout(poll, POLL_MS);
          else onFinished();
        })
        .catch((cause: unknown) => {
          if (!stopped) setError(cause instanceof Error ? cause.message : String(cause));
        });
    };
    poll();
    return () => {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [importId, onFinished]);

  async function upload(file: File) {
    setIsUploading(true);
    setError(null);
    setStatus(null);
    try {
      setImportId((await startImport(code, file)).id);
    } catch (cause) {
      setError(errorText(cause));
    } finally {
      setIsUploading(false);
    }
  }

  const percent = status && status.totalRows > 0 ? Math.round((status.processedRows / status.totalRows) * 100) : status?.status === 'done' ? 100 : 0;
  const failed = status ? status.processedRows - status.acceptedRows : 0;
  return (
    <SectionCard title={t('exchangeResources.importTitle')}>
      <p>{t('exchangeResources.importIntro')}</p>
      <Upload
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button icon={<UploadOutlined />} loading={isUploading || status?.status === 'running'}>
          {t('exchangeResources.chooseFile')}
        </Button>
      </Upload>
      {error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} />}
      {status !== null && (
        <div className="yw-import-status" aria-live="polite">
          <Progress percent={percent} status={status.status === 'failed' ? 'exception' : status.status === 'done' ? 'success' : 'active'} aria-label={t('exchangeResources.importProgress')} />
          <p>
            {status.status === 'running' && t('exchangeResources.importRunning', { processed: status.processedRows, total: status.totalRows })}
            {status.status === 'done' && t('exchangeResources.importDone', { total: status.totalRows, accepted: status.acceptedRows, failed })}
            {status.status === 'failed' && t('exchangeResources.importFailed')}
          </p>
          {status.status !== 'running' && status.errors.length > 0 && (
            <>
              <h3>{t('exchangeResources.importErrors')}</h3>
              <Table<RowError>
                size="small"
                rowKey={(e) => `${e.row}:${e.field ?? ''}:${e.rule}`}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                dataSource={status.errors}
                columns={[
                  { key: 'row', title: t('exchangeResources.row'), dataIndex: 'row', align: 'right' },
                  { key: 'field', title: t('exchangeResources.field'), render: (_: unknown, e: RowError) => <span className="yw-mono">{e.field ?? '—'}</span> },
                  { key: 'rule', title: t('exchangeResources.rule'), dataIndex: 'rule', render: (rule: string) => <span className="yw-mono">{rule}</span> },
                  { key: 'message', title: t('exchangeResources.message'), render: (_: unknown, e: RowError) => pickText(e.message, i18n.language) },
                ]}
              />
            </>
          )}
        </div>
      )}
    </SectionCard>
  );
}
