import { Alert, Button, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../../shared/api';
import type { UsageReport } from './report-types';

/** Uphold or dismiss a report with the reasons; the reporter is told. */
export function DecideReportDialog({ report, onClose, onDecided }: { report: UsageReport; onClose: () => void; onDecided: () => void }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<'upheld' | 'dismissed' | null>(null);
  const decide = async (outcome: 'upheld' | 'dismissed') => {
    setBusy(outcome);
    setError(undefined);
    try {
      await api.post(`/exchange/usage-reports/${report.id}/decide`, { outcome, decision });
      onDecided();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : String(cause));
      setBusy(null);
    }
  };
  const isReady = decision.trim().length >= 2 && busy === null;
  return (
    <Modal
      open
      title={t('exchangeUsage.decide')}
      onCancel={onClose}
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('exchangeUsage.cancel')}
        </Button>,
        <Button key="dismiss" disabled={!isReady} loading={busy === 'dismissed'} onClick={() => void decide('dismissed')}>
          {t('exchangeUsage.dismiss')}
        </Button>,
        <Button key="uphold" type="primary" danger disabled={!isReady} loading={busy === 'upheld'} onClick={() => void decide('upheld')}>
          {t('exchangeUsage.uphold')}
        </Button>,
      ]}
    >
      <p>{report.reason}</p>
      <label htmlFor="usage-report-decision">{t('exchangeUsage.decision')}</label>
      <Input.TextArea id="usage-report-decision" rows={4} maxLength={2000} value={decision} onChange={(e) => setDecision(e.target.value)} aria-describedby="usage-report-decision-hint" />
      <p id="usage-report-decision-hint" className="yw-form-note">
        {t('exchangeUsage.decisionHint')}
      </p>
      {error !== undefined && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
