// A resource's quality: the overall score, its four dimensions and the rules that failed (with counts).
import { Progress, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../SectionCard';
import type { QualityReportView } from './resources-api';

type Failing = QualityReportView['failing'][number];
const DIMENSIONS = ['completeness', 'validity', 'timeliness', 'consistency'] as const;

export function QualityCard({ quality }: { quality: QualityReportView | null }) {
  const { t, i18n } = useTranslation();
  if (quality === null) {
    return (
      <SectionCard title={t('exchangeResources.qualityTitle')}>
        <p className="yw-muted">{t('exchangeResources.noQuality')}</p>
      </SectionCard>
    );
  }
  const ruleLabel = (rule: string) => (i18n.exists(`exchangeResources.ruleValue.${rule}`) ? t(`exchangeResources.ruleValue.${rule}`) : rule);
  return (
    <SectionCard title={t('exchangeResources.qualityTitle')}>
      <div className="yw-quality">
        <div className="yw-quality-score">
          <Progress type="circle" percent={quality.score} format={(value) => `${value ?? 0}`} aria-label={t('exchangeResources.qualityScore')} />
          <p>
            {t('exchangeResources.qualityScore')}: <strong data-testid="quality-score">{quality.score}</strong>
          </p>
        </div>
        <dl className="yw-quality-dimensions">
          {DIMENSIONS.map((dimension) => (
            <div key={dimension}>
              <dt>{t(`exchangeResources.${dimension}`)}</dt>
              <dd>
                <Progress percent={Math.round(quality[dimension] * 100)} size="small" aria-label={t(`exchangeResources.${dimension}`)} />
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <p className="yw-muted">{t('exchangeResources.qualityComputedAt', { time: new Date(quality.computedAt).toLocaleString(i18n.language), records: quality.records })}</p>
      <h3>{t('exchangeResources.failingRules')}</h3>
      {quality.failing.length === 0 ? (
        <p>{t('exchangeResources.noFailing')}</p>
      ) : (
        <Table<Failing>
          size="small"
          pagination={false}
          rowKey={(f) => `${f.field ?? ''}:${f.rule}`}
          dataSource={quality.failing}
          columns={[
            { key: 'field', title: t('exchangeResources.field'), render: (_: unknown, f: Failing) => <span className="yw-mono">{f.field ?? '—'}</span> },
            { key: 'rule', title: t('exchangeResources.rule'), render: (_: unknown, f: Failing) => ruleLabel(f.rule) },
            { key: 'count', title: t('exchangeResources.failingCount'), dataIndex: 'count', align: 'right' },
          ]}
        />
      )}
    </SectionCard>
  );
}
