// Filters of the audit log: actor, object and a time range, applied when the user presses Search.
import { Button, DatePicker, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

export interface AuditFilterValues {
  actor?: string;
  object?: string;
  from?: string;
  to?: string;
}

/** What antd's DatePicker gives back (a dayjs value); only the ISO form is needed here. */
interface PickedTime {
  toISOString(): string;
}

interface FormValues {
  actor?: string;
  object?: string;
  from?: PickedTime | null;
  to?: PickedTime | null;
}

export function AuditFilters({ onApply }: { onApply: (filters: AuditFilterValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();

  function apply(values: FormValues) {
    onApply({
      actor: values.actor?.trim() || undefined,
      object: values.object?.trim() || undefined,
      from: values.from?.toISOString(),
      to: values.to?.toISOString(),
    });
  }

  return (
    <Form form={form} name="audit-filters" layout="vertical" className="yw-filters" onFinish={apply}>
      <Form.Item name="actor" label={t('console.audit.actor')} extra={t('console.audit.actorHelp')}>
        <Input allowClear spellCheck={false} />
      </Form.Item>
      <Form.Item name="object" label={t('console.audit.object')} extra={t('console.audit.objectHelp')}>
        <Input allowClear spellCheck={false} />
      </Form.Item>
      <Form.Item name="from" label={t('console.audit.from')}>
        <DatePicker showTime className="yw-full-width" />
      </Form.Item>
      <Form.Item name="to" label={t('console.audit.to')}>
        <DatePicker showTime className="yw-full-width" />
      </Form.Item>
      <div className="yw-filters-actions">
        <Button type="primary" htmlType="submit">
          {t('console.audit.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('console.audit.reset')}
        </Button>
      </div>
    </Form>
  );
}
