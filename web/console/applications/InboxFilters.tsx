// Filters of the inbox: status, item code, deadline state, "assigned to me" and — for department heads — escalated
// cases (升级督办). Applied with the Search button; kept in the address so Back returns to the same list.
import { Button, Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, DeadlineState } from '../../shared/application-types';
import { statusLabel } from './case-labels';

export interface InboxFilterValues {
  status?: string;
  item?: string;
  deadline?: string;
  isMine?: boolean;
  isEscalated?: boolean;
}

const STATUSES: ApplicationStatus[] = ['submitted', 'supplement_requested', 'in_review', 'approved', 'delivered', 'completed', 'not_accepted', 'denied', 'withdrawn', 'waiting'];
const DEADLINES: DeadlineState[] = ['overdue', 'approaching', 'on_time'];

export function InboxFilters({ values, canSeeEscalated, onApply }: { values: InboxFilterValues; canSeeEscalated: boolean; onApply: (values: InboxFilterValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<InboxFilterValues>();

  return (
    <Form
      form={form}
      name="application-filters"
      layout="vertical"
      className="yw-filters"
      initialValues={values}
      onFinish={(next) => onApply({ ...next, item: next.item?.trim() || undefined })}
    >
      <Form.Item name="status" label={t('console.applications.status')}>
        <Select allowClear placeholder={t('console.applications.allStatuses')} options={STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) }))} />
      </Form.Item>
      <Form.Item name="item" label={t('console.applications.itemCode')} extra={t('console.applications.itemCodeHelp')}>
        <Input allowClear spellCheck={false} autoComplete="off" />
      </Form.Item>
      <Form.Item name="deadline" label={t('console.applications.deadline')}>
        <Select
          allowClear
          placeholder={t('console.applications.allDeadlines')}
          options={DEADLINES.map((state) => ({ value: state, label: t(`console.applications.deadlineStates.${state}`) }))}
        />
      </Form.Item>
      <Form.Item name="isMine" valuePropName="checked" label={t('console.applications.mine')}>
        <Checkbox>{t('console.applications.assignedToMe')}</Checkbox>
      </Form.Item>
      {canSeeEscalated && (
        <Form.Item name="isEscalated" valuePropName="checked" label={t('console.applications.escalation')}>
          <Checkbox>{t('console.applications.escalatedOnly')}</Checkbox>
        </Form.Item>
      )}
      <div className="yw-filters-actions">
        <Button type="primary" htmlType="submit">
          {t('console.applications.search')}
        </Button>
        <Button
          onClick={() => {
            form.setFieldsValue({ status: undefined, item: undefined, deadline: undefined, isMine: false, isEscalated: false });
            onApply({});
          }}
        >
          {t('console.applications.reset')}
        </Button>
      </div>
    </Form>
  );
}
