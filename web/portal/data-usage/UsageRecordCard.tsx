import { Alert, Button, Input } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, api } from '../../shared/api';
import { useBilingual } from '../../shared/bilingual';
import { StatusTag } from '../../shared/StatusTag';
import type { MyUsageItem } from './usage-types';

function ReportForm({ recordId, onSent, onCancel }: { recordId: number; onSent: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [isSending, setIsSending] = useState(false);
  const send = async () => {
    setIsSending(true);
    setError(undefined);
    try {
      await api.post(`/me/data-usage/${recordId}/reports`, { reason });
      onSent();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
    } finally {
      setIsSending(false);
    }
  };
  return (
    <div className="yw-usage-report-form">
      <label htmlFor={`${id}-reason`}>{t('exchangeUsage.reason')}</label>
      <Input.TextArea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} rows={3} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="yw-form-note">
        {t('exchangeUsage.reasonHint')}
      </p>
      {error !== undefined && <Alert type="error" showIcon title={error} />}
      <div className="yw-usage-filter-actions">
        <Button type="primary" loading={isSending} disabled={reason.trim().length < 2} onClick={() => void send()}>
          {t('exchangeUsage.submitReport')}
        </Button>
        <Button onClick={onCancel}>{t('exchangeUsage.cancel')}</Button>
      </div>
    </div>
  );
}

/** One use of my data: what, who, why, on which basis — and "report a wrong use". */
export function UsageRecordCard({ item }: { item: MyUsageItem }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const [isReporting, setIsReporting] = useState(false);
  const [isReported, setIsReported] = useState(item.reported);
  const [justSent, setJustSent] = useState(false);
  const when = new Date(item.at).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai' });
  return (
    <article className="yw-usage-card" aria-labelledby={`usage-${item.id}`}>
      <header className="yw-usage-card-header">
        <h2 id={`usage-${item.id}`} className="yw-usage-card-title">
          {text(item.resource.name)}
        </h2>
        <StatusTag tone="info">{t(`exchangeUsage.methods.${item.method}`)}</StatusTag>
        <StatusTag tone={item.result === 'allowed' ? 'success' : 'error'}>{t(`exchangeUsage.results.${item.result}`)}</StatusTag>
        {isReported && <StatusTag tone="error">{t('exchangeUsage.reported')}</StatusTag>}
      </header>
      <dl className="yw-inline-facts">
        <div>
          <dt>{t('exchangeUsage.at')}</dt>
          <dd>
            <time dateTime={item.at}>{when}</time>
          </dd>
        </div>
        <div>
          <dt>{t('exchangeUsage.usedBy')}</dt>
          <dd>{item.department ? text(item.department.name) : '—'}</dd>
        </div>
        {item.provider && (
          <div>
            <dt>{t('exchangeUsage.provider')}</dt>
            <dd>{text(item.provider.name)}</dd>
          </div>
        )}
        <div>
          <dt>{t('exchangeUsage.fields')}</dt>
          <dd>{item.fields.map((f) => text(f.name)).join('、')}</dd>
        </div>
        <div>
          <dt>{t('exchangeUsage.purpose')}</dt>
          <dd>{item.purpose}</dd>
        </div>
        {item.basis && (
          <div>
            <dt>{t('exchangeUsage.basis')}</dt>
            <dd>{t(`exchangeUsage.bases.${item.basis}`)}</dd>
          </div>
        )}
        {item.case && (
          <div>
            <dt>{t('exchangeUsage.case')}</dt>
            <dd>
              <Link to={`/applications/${item.case.id}`}>{item.case.caseNumber}</Link>
            </dd>
          </div>
        )}
      </dl>
      {justSent && <Alert type="success" showIcon title={t('exchangeUsage.reportSent')} />}
      {!isReported && !isReporting && (
        <Button onClick={() => setIsReporting(true)} aria-describedby={`usage-${item.id}`}>
          {t('exchangeUsage.report')}
        </Button>
      )}
      {isReporting && (
        <ReportForm
          recordId={item.id}
          onCancel={() => setIsReporting(false)}
          onSent={() => {
            setIsReporting(false);
            setIsReported(true);
            setJustSent(true);
          }}
        />
      )}
    </article>
  );
}
