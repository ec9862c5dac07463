// The dialogs of the actions that need input: 不予受理 (reason), 不予批准 (reason + legal basis), 送达 (method),
// 延期 (days + reason) and 指派 (a member of the handling department).
import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../shared/application-types';
import { useApiQuery } from '../../shared/useApiQuery';
import { FormDialog } from '../FormDialog';
import type { ActionBody } from './case-api';
import { formatDate } from './case-labels';

export interface DialogProps {
  view: CaseView;
  onSubmit: (body: ActionBody) => Promise<void>;
  onClose: () => void;
}

export function RefuseDialog({ onSubmit, onClose }: DialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog<{ reason: string }, ActionBody>
      name="refuse-application"
      title={t('console.applications.refuseTitle')}
      okText={t('console.applications.confirmRefuse')}
      fields={['reason']}
      toBody={({ reason }) => ({ reason: reason.trim() })}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item
        name="reason"
        label={t('console.applications.refuseReason')}
        extra={t('console.applications.refuseReasonHelp')}
        rules={[{ required: true, whitespace: true, message: t('console.applications.reasonRequired') }]}
      >
        <Input.TextArea rows={4} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}

export function DenyDialog({ onSubmit, onClose }: DialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog<{ reason: string; legalBasis: string }, ActionBody>
      name="deny-application"
      title={t('console.applications.denyTitle')}
      okText={t('console.applications.confirmDeny')}
      fields={['reason', 'legalBasis']}
      toBody={({ reason, legalBasis }) => ({ reason: reason.trim(), legalBasis: legalBasis.trim() })}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item name="reason" label={t('console.applications.denyReason')} rules={[{ required: true, whitespace: true, message: t('console.applications.reasonRequired') }]}>
        <Input.TextArea rows={4} maxLength={1000} />
      </Form.Item>
      <Form.Item
        name="legalBasis"
        label={t('console.applications.legalBasis')}
        extra={t('console.applications.legalBasisHelp')}
        rules={[{ required: true, whitespace: true, message: t('console.applications.legalBasisRequired') }]}
      >
        <Input maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}

type DeliveryMethod = 'elicence' | 'mail' | 'counter';

export function DeliverDialog({ view, onSubmit, onClose }: DialogProps) {
  const { t } = useTranslation();
  const hasLicence = view.licence !== null;
  const methods: DeliveryMethod[] = ['elicence', 'mail', 'counter'];
  return (
    <FormDialog<{ method: DeliveryMethod }, ActionBody>
      name="deliver-application"
      title={t('console.applications.deliverTitle')}
      okText={t('console.applications.confirmDeliver')}
      fields={['method']}
      initialValues={{ method: hasLicence ? 'elicence' : 'counter' }}
      toBody={({ method }) => ({ method })}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <fieldset className="yw-case-fieldset">
        <legend>{t('console.applications.deliveryMethod')}</legend>
        <Form.Item name="method">
          <Radio.Group className="yw-case-radios">
            {methods.map((method) => (
              <Radio key={method} value={method} disabled={method === 'elicence' && !hasLicence}>
                {t(`console.applications.methods.${method}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        {!hasLicence && <p className="yw-muted">{t('console.applications.elicenceUnavailable')}</p>}
      </fieldset>
    </FormDialog>
  );
}

export function ExtendDialog({ view, onSubmit, onClose }: DialogProps) {
  const { t, i18n } = useTranslation();
  return (
    <FormDialog<{ days: number; reason: string }, ActionBody>
      name="extend-application"
      title={t('console.applications.extendTitle')}
      okText={t('console.applications.confirmExtend')}
      fields={['days', 'reason']}
      toBody={({ days, reason }) => ({ days, reason: reason.trim() })}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      {view.dueOn !== null && <p>{t('console.applications.extendCurrentDue', { date: formatDate(view.dueOn, i18n.language) })}</p>}
      <Form.Item
        name="days"
        label={t('console.applications.extendDays')}
        extra={t('console.applications.extendDaysHelp')}
        rules={[{ required: true, type: 'integer', min: 1, max: 60, message: t('console.applications.extendDaysHelp') }]}
      >
        <InputNumber min={1} max={60} precision={0} />
      </Form.Item>
      <Form.Item name="reason" label={t('console.applications.extendReason')} rules={[{ required: true, whitespace: true, message: t('console.applications.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}

export function AssignDialog({ view, onSubmit, onClose }: DialogProps) {
  const { t } = useTranslation();
  const assignees = useApiQuery<{ items: { id: string; name: string }[] }>(`/applications/${encodeURIComponent(view.id)}/assignees`);
  const options = (assignees.data?.items ?? []).map((person) => ({ value: person.id, label: person.name }));
  const isEmpty = assignees.data !== undefined && options.length === 0;
  return (
    <FormDialog<{ assigneeId: string }, ActionBody>
      name="assign-application"
      title={t('console.applications.assignTitle')}
      okText={t('console.applications.confirmAssign')}
      fields={['assigneeId']}
      initialValues={view.assignee === null ? {} : { assigneeId: view.assignee.id }}
      toBody={({ assigneeId }) => ({ assigneeId })}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item
        name="assigneeId"
        label={t('console.applications.assigneeLabel')}
        rules={[{ required: true, message: t('console.applications.assigneeRequired') }]}
        extra={isEmpty ? t('console.applications.assigneesEmpty') : assignees.error?.message}
      >
        <Select loading={assignees.isLoading} options={options} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
    </FormDialog>
  );
}
