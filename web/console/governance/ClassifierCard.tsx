// The classifier in numbers: accuracy on the held-out split, when it was trained, on how much, per category; and
// a retrain that the job runs in the background.
import { Alert, Button, Descriptions, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../shared/api';
import { isEnglish } from '../../shared/bilingual';
import { ErrorNotice } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { formatDateTime } from '../labels';
import { SectionCard } from '../SectionCard';
import type { Text2 } from './governance-api';

interface PerCategory {
  code: string;
  name?: Text2;
  precision?: number;
  recall?: number;
  accuracy?: number;
  support?: number;
  count?: number;
}

export interface ClassifierView {
  modelId?: string | null;
  accuracy: number | null;
  trainedAt: string | null;
  trainingCount?: number;
  testCount?: number;
  heldOutCount?: number;
  categoryCount?: number;
  perCategory?: PerCategory[];
}

function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${Math.round(value * 1000) / 10}%`;
}

export function ClassifierCard() {
  const { t, i18n } = useTranslation();
  const query = useApiQuery<ClassifierView>('/governance/classifier');
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [isSending, setIsSending] = useState(false);
  const view = query.data;

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
            <Descriptions.Item label={t('governanceConsole.classifier.accuracy')}>{percent(view.accuracy)}</Descriptions.Item>
            <Descriptions.Item label={t('governanceConsole.classifier.trainedAt')}>{view.trainedAt === null ? t('governanceConsole.classifier.never') : formatDateTime(view.trainedAt, i18n.language)}</Descriptions.Item>
            <Descriptions.Item label={t('governanceConsole.classifier.trainingCount')}>{view.trainingCount ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('governanceConsole.classifier.testCount')}>{view.testCount ?? view.heldOutCount ?? '—'}</Descriptions.Item>
          </Descriptions>
          {(view.perCategory ?? []).length > 0 && (
            <Table<PerCategory>
              rowKey="code"
              size="small"
              pagination={false}
              scroll={{ y: 240 }}
              dataSource={view.perCategory}
              columns={[
                { key: 'name', title: t('governanceConsole.fields.category'), render: (_: unknown, row) => (row.name === undefined ? row.code : isEnglish(i18n.language) ? row.name.en : row.name.zh) },
                { key: 'precision', title: t('governanceConsole.classifier.precision'), render: (_: unknown, row) => percent(row.precision ?? row.accuracy) },
                { key: 'recall', title: t('governanceConsole.classifier.recall'), render: (_: unknown, row) => percent(row.recall) },
                { key: 'support', title: t('governanceConsole.classifier.support'), render: (_: unknown, row) => row.support ?? row.count ?? '—' },
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
