// Load (or replace) a year's official arrangement by pasting JSON or choosing a file; the server's refusals are
// listed by field (holidays.2027-02-30: not a real date), and the year's own problems appear on the year field.
import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../shared/api';
import { OutcomeAlert, type Outcome } from '../OutcomeAlert';
import type { LoadedYear } from './calendar-types';

interface FormValues {
  year: number;
  arrangement: string;
}

type Parsed = { ok: true; value: Record<string, unknown> } | { ok: false; reason: 'notJson' | 'notObject' };

function parseArrangement(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'notObject' };
  return { ok: true, value: value as Record<string, unknown> };
}

export function LoadYearForm({ onLoaded }: { onLoaded: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isSaving, setIsSaving] = useState(false);

  async function chooseFile(file: File) {
    const text = await file.text();
    form.setFieldValue('arrangement', text);
    const parsed = parseArrangement(text);
    if (!parsed.ok) {
      form.setFields([{ name: 'arrangement', errors: [t('console.calendar.fileNotJson', { name: file.name })] }]);
      return;
    }
    // A file may say which year it is for; use it unless a year was typed already.
    const { year } = parsed.value;
    const typed = form.getFieldValue('year') as number | null | undefined;
    if (typeof year === 'number' && (typed === undefined || typed === null)) form.setFieldValue('year', year);
    await form.validateFields(['arrangement']).catch(() => undefined);
  }

  async function load(values: FormValues) {
    const parsed = parseArrangement(values.arrangement);
    if (!parsed.ok) return;
    setIsSaving(true);
    setOutcome(null);
    try {
      const { holidays, workdays } = parsed.value;
      const loaded = await api.put<LoadedYear>(`/calendar/years/${values.year}`, { holidays, workdays });
      setOutcome({ type: 'success', title: t('console.calendar.loadedTitle', { year: loaded.year, holidays: loaded.holidays, workdays: loaded.workdays }), lines: [] });
      onLoaded();
    } catch (error) {
      setOutcome(refusal(error));
    } finally {
      setIsSaving(false);
    }
  }

  function refusal(error: unknown): Outcome {
    if (!(error instanceof ApiError)) return { type: 'error', title: error instanceof Error ? error.message : String(error), lines: [] };
    const problems = error.fieldProblems;
    if (problems.length === 0) return { type: 'error', title: error.message, lines: [] };
    const onYear = problems.filter((problem) => problem.field === 'year');
    if (onYear.length > 0) form.setFields([{ name: 'year', errors: onYear.map((problem) => problem.message) }]);
    return { type: 'error', title: t('console.calendar.refusedTitle'), lines: problems.map((problem) => `${problem.field}：${problem.message}`) };
  }

  return (
    <Form form={form} name="calendar-load" layout="vertical" onFinish={(values) => void load(values)}>
      <OutcomeAlert outcome={outcome} />
      <Form.Item name="year" label={t('console.calendar.year')} rules={[{ required: true, message: t('common.required', { field: t('console.calendar.year') }) }]}>
        <InputNumber min={1900} max={2099} precision={0} />
      </Form.Item>
      <Form.Item
        name="arrangement"
        label={t('console.calendar.arrangement')}
        rules={[
          { required: true, message: t('common.required', { field: t('console.calendar.arrangement') }) },
          {
            validator: async (_rule, value: string | undefined) => {
              if (value === undefined || value.trim() === '') return;
              const parsed = parseArrangement(value);
              if (!parsed.ok) throw new Error(t(`console.calendar.${parsed.reason}`));
            },
          },
        ]}
      >
        <Input.TextArea rows={10} spellCheck={false} className="yw-mono" />
      </Form.Item>
      <div className="yw-filters-actions">
        <Upload
          accept="application/json,.json"
          showUploadList={false}
          beforeUpload={(file) => {
            void chooseFile(file);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>{t('console.calendar.chooseFile')}</Button>
        </Upload>
        <Button type="primary" htmlType="submit" loading={isSaving}>
          {t('console.calendar.submit')}
        </Button>
      </div>
    </Form>
  );
}
