// Filters of the exchange records: resource code, result, method and a date range, applied on Search.
import { Button, DatePicker, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECORD_METHODS, RECORD_RESULTS, type RecordMethod, type RecordResult } from './record-labels';

export interface RecordFilterValues {
  resource?: string;
  result?: RecordResult;
  method?: RecordMethod;
  from?: string;
  to?: string;
}

/** What antd's DatePicker gives back (a dayjs value); only the calendar date is needed here. */
interface PickedDate {
  format(template: string): string;
}

interface FormValues {
  resource?: string;
  result?: RecordResult;
  method?: RecordMethod;
  from?: PickedDate | null;
  to?: PickedDate | null;
}

export function RecordFilters({ onApply }: { onApply: (filters: RecordFilterValues) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();

  function apply(values: FormValues) {
    onApply({
      resource: values.resource?.trim() || undefined,
      result: values.result,
      method: values.method,
      from: values.from?.format('YYYY-MM-DD'),
      to: values.to?.format('YYYY-MM-DD'),
    });
  }

  return (
    <Form form={form} name="exchange-record-filters" layout="vertical" className="yw-filters" onFinish={apply}>
      <Form.Item name="resource" label={t('exchangeRecords.resource')} extra={t('exchangeRecords.resourceHelp')}>
        <Input allowClear spellCheck={false} />
      </Form.Item>
      <Form.Item name="result" label={t('exchangeRecords.result')}>
        <Select allowClear options={RECORD_RESULTS.map((value) => ({ value, label: t(`exchangeRecords.results.${value}`) }))} />
      </Form.Item>
      <Form.Item name="method" label={t('exchangeRecords.method')}>
        <Select allowClear options={RECORD_METHODS.map((value) => ({ value, label: t(`exchangeRecords.methods.${value}`) }))} />
      </Form.Item>
      <Form.Item name="from" label={t('exchangeRecords.from')}>
        <DatePicker className="yw-full-width" />
      </Form.Item>
      <Form.Item name="to" label={t('exchangeRecords.to')}>
        <DatePicker className="yw-full-width" />
      </Form.Item>
      <div className="yw-filters-actions">
        <Button type="primary" htmlType="submit">
          {t('exchangeRecords.search')}
        </Button>
        <Button
          onClick={() => {
            form.resetFields();
            onApply({});
          }}
        >
          {t('exchangeRecords.reset')}
        </Button>
      </div>
    </Form>
  );
}
