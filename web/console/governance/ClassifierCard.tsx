// The classifier in numbers: the active model's accuracy on the held-out split, when it was trained, on how much,
// precision and recall per category; and a retrain that the job runs in the background.
import { Alert, Button, Descriptions, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../shared/api';
import { useBilingual } from '../../shared/bilingual';
import { ErrorNotice } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { formatDateTime } from '../labels';
import { SectionCard } from '../SectionCard';
import type { CategoryReportView, ClassifierView } from './governance-api';

function percent(value: number | null): string {
  return value === null ? '—' : `${Math.round(value * 1000) / 10}%`;
}

export function ClassifierCard() {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const query = useApiQuery<ClassifierView>('/governance/classifier');
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [isSending, setIsSending] = useState(false);
  const view = query.data;
  const active = view?.active ?? null;

  function retrain() {
    setIsSending(true);
    setMessage(null);
    api
      .post('/governance/classifier/retrain')
      .then(() => setMessage({ type: 'success', text: t('governanceConsole.classifier.retrainQueued') }))
      .catch((cause: unknown) => setMessage({ type: 'error', text: cause instanceof ApiError ? cause.message : String(cause) }))
      .finally(() => setIsSending(false));
  }

  return (
    <SectionCard title={t('governanceConsole.classifier.title')}>
      {query.error !== undefined && view === undefined && <ErrorNotice error={query.error} onRetry={query.reload} />}
      {view !== undefined && (
        <>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('governanceConsole.classifier.accuracy')}>{percent(active?.accuracy ?? null)}</Descriptions.Item>
            <Descriptions.Item label={t('governanceConsole.classifier.trainedAt')}>{active === null ? t('governanceConsole.classifier.never') : formatDateTime(active.trainedAt, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('governanceConsole.classifier.trainingCount')}>{active?.trainCount ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('governanceConsole.classifier.testCount')}>{active?.testCount ?? '—'}</Descriptions.Item>
          </Descriptions>
          {active !== null && active.categories.length > 0 && (
            <Table<CategoryReportView>
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={active.categories}
              columns={[
                { key: 'name', title: t('governanceConsole.fields.category'), render: (_: unknown, row) => (row.name === null ? row.code : text(row.name)) },
                { key: 'precision', title: t('governanceConsole.classifier.precision'), render: (_: unknown, row) => percent(row.precision) },
                { key: 'recall', title: t('governanceConsole.classifier.recall'), render: (_: unknown, row) => percent(row.recall) },
                { key: 'support', title: t('governanceConsole.classifier.support'), render: (_: unknown, row) => row.support },
              ]}
            />
          )}
        </>
      )}
      <div aria-live="polite">{message !== null && <Alert className="yw-form-alert" type={message.type} showIcon title={message.text} />}</div>
      <Button onClick={retrain} loading={isSending}>
        {t('governanceConsole.classifier.retrain')}
      </Button>
    </SectionCard>
  );
}
