// What the reporter may do once the work is done: rate it (好差评, which closes it) or, within the window, ask for
// it to be handled again with a reason. Only the actions the server allows now are offered; after one, the page
// reads the incident again.
import { Alert, Button, Card, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../applications/case-labels';
import { actOnIncident, type IncidentView, type ReporterAction } from './incidents-api';

const SCORES = [5, 4, 3, 2, 1] as const;

interface RateValues {
  rating?: number;
  comment?: string;
}

function useAction(incident: IncidentView, onChanged: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const run = async (action: ReporterAction, body: Record<string, unknown>) => {
    setSending(true);
    setError(null);
    try {
      await actOnIncident(incident.id, action, body);
      onChanged();
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setSending(false);
    }
  };
  return { error, sending, run };
}

function RateForm({ incident, onChanged }: { incident: IncidentView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RateValues>();
  const { error, sending, run } = useAction(incident, onChanged);
  const send = (values: RateValues) => {
    const comment = values.comment?.trim() ?? '';
    void run('rate', { rating: values.rating, ...(comment === '' ? {} : { comment }) });
  };
  return (
    <Card className="yw-rating" role="region" aria-labelledby="incident-rate-title" title={<h2 id="incident-rate-title" className="yw-card-title">{t('governancePortal.rate.title')}</h2>}>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={send}>
        <p>{t('governancePortal.rate.intro')}</p>
        <fieldset className="yw-fieldset">
          <legend>{t('governancePortal.rate.scoreLabel')}</legend>
          <Form.Item name="rating" rules={[{ required: true, message: t('governancePortal.rate.scoreRequired') }]}>
            <Radio.Group className="yw-rating-scores" aria-label={t('governancePortal.rate.scoreLabel')} options={SCORES.map((value) => ({ value, label: t(`governancePortal.rate.scores.${value}`) }))} />
          </Form.Item>
        </fieldset>
        <Form.Item name="comment" label={t('governancePortal.rate.comment')} htmlFor="incident-rate-comment">
          <Input.TextArea id="incident-rate-comment" rows={3} maxLength={500} showCount />
        </Form.Item>
        {error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} role="alert" />}
        <Button type="primary" htmlType="submit" size="large" loading={sending}>
          {t('governancePortal.rate.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function ReopenForm({ incident, onChanged }: { incident: IncidentView; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { error, sending, run } = useAction(incident, onChanged);
  return (
    <Card className="yw-reopen" role="region" aria-labelledby="incident-reopen-title" title={<h2 id="incident-reopen-title" className="yw-card-title">{t('governancePortal.reopen.title')}</h2>}>
      <Form layout="vertical" requiredMark={false} onFinish={(values: { reason?: string }) => void run('reopen', { reason: values.reason?.trim() ?? '' })}>
        <p>{incident.reopenUntil === null ? t('governancePortal.reopen.intro') : t('governancePortal.reopen.until', { date: formatMoment(incident.reopenUntil, i18n.language) })}</p>
        <Form.Item name="reason" label={t('governancePortal.reopen.reason')} htmlFor="incident-reopen-reason" rules={[{ required: true, whitespace: true, message: t('governancePortal.reopen.reasonRequired') }]}>
          <Input.TextArea id="incident-reopen-reason" rows={3} maxLength={1000} showCount />
        </Form.Item>
        {error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} role="alert" />}
        <Button htmlType="submit" size="large" loading={sending}>
          {t('governancePortal.reopen.submit')}
        </Button>
      </Form>
    </Card>
  );
}

export function ReporterActions({ incident, onChanged }: { incident: IncidentView; onChanged: () => void }) {
  const { t } = useTranslation();
  const canRate = incident.allowedActions.includes('rate');
  const canReopen = incident.allowedActions.includes('reopen');
  return (
    <>
      {incident.rating !== null && (
        <p className="yw-stored-rating" data-testid="incident-rating">
          <strong>{t('governancePortal.rate.yours')}</strong> {t(`governancePortal.rate.scores.${incident.rating}`)}
        </p>
      )}
      {canRate && <RateForm incident={incident} onChanged={onChanged} />}
      {canReopen && <ReopenForm incident={incident} onChanged={onChanged} />}
    </>
  );
}
