// The applicant's own actions on a case besides 补正: withdraw before a decision (confirmed, with an optional
// reason) and confirm receipt once delivered. Both send the version the person saw.
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api';
import type { CaseAction, CaseView } from '../../shared/application-types';
import { actOnCase } from './applications-api';

interface CaseActionsProps {
  view: CaseView;
  onDone: (message: string) => void;
  onConflict: (message: string) => void;
}

export function CaseActions({ view, onDone, onConflict }: CaseActionsProps) {
  const { t } = useTranslation();
  const [isWithdrawOpen, setIsWithdrawOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<CaseAction | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canWithdraw = view.availableActions.includes('withdraw');
  const canComplete = view.availableActions.includes('complete');
  if (!canWithdraw && !canComplete) return null;

  const act = async (action: CaseAction, body: unknown, doneMessage: string) => {
    setBusy(action);
    setError(null);
    try {
      await actOnCase(view.id, action, view.version, body);
      setIsWithdrawOpen(false);
      onDone(doneMessage);
    } catch (cause) {
      setIsWithdrawOpen(false);
      if (cause instanceof ApiError && cause.status === 412) onConflict(t('portal.case.changedMeanwhile'));
      else setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="yw-case-actions">
      {error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} />}
      <div className="yw-wizard-actions">
        {canComplete && (
          <Button type="primary" loading={busy === 'complete'} onClick={() => void act('complete', {}, t('portal.case.completed'))}>
            {t('portal.case.complete')}
          </Button>
        )}
        {canWithdraw && (
          <Button danger onClick={() => setIsWithdrawOpen(true)}>
            {t('portal.case.withdraw')}
          </Button>
        )}
      </div>
      <Modal
        open={isWithdrawOpen}
        title={t('portal.case.withdrawTitle')}
        okText={t('portal.case.withdrawConfirm')}
        okButtonProps={{ danger: true, loading: busy === 'withdraw' }}
        cancelText={t('common.cancel')}
        onCancel={() => setIsWithdrawOpen(false)}
        onOk={() => void act('withdraw', reason.trim() === '' ? {} : { reason: reason.trim() }, t('portal.case.withdrawn'))}
      >
        <p>{t('portal.case.withdrawText')}</p>
        <Form layout="vertical">
          <Form.Item label={t('portal.case.withdrawReason')} htmlFor="withdraw-reason">
            <Input.TextArea id="withdraw-reason" rows={3} maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
