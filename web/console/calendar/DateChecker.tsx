// Pick a date: is it a working day, which holiday or adjusted working day, is it provisional; optionally the date
// N working days after it, as application deadlines count them.
import { Button, DatePicker, Descriptions, Form, InputNumber, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, queryString } from '../../shared/api';
import { applyApiError } from '../../shared/form-errors';
import { StatusTag } from '../../shared/StatusTag';
import { OutcomeAlert, type Outcome } from '../OutcomeAlert';
import type { DayInfo, WorkingDaysAnswer } from './calendar-types';

/** What antd's DatePicker gives back (a dayjs value); only the ISO date is needed here. */
interface PickedDate {
  format(template: string): string;
}

interface FormValues {
  date: PickedDate;
  add?: number | null;
}

interface Answer {
  day: DayInfo;
  after: { count: number; result: WorkingDaysAnswer } | null;
}

// Amber with AA contrast (#873800 on #fff7e6 is about 8:1): provisional is a caution, not an error.
const PROVISIONAL_STYLE = { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' };

function Basis({ provisional }: { provisional: boolean }) {
  const { t } = useTranslation();
  if (!provisional) return <span>{t('console.calendar.official')}</span>;
  return (
    <span>
      <Tag style={PROVISIONAL_STYLE}>{t('console.calendar.provisional')}</Tag>
      {t('console.calendar.provisionalText')}
    </span>
  );
}

export function DateChecker() {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [failure, setFailure] = useState<Outcome | null>(null);
  const [isChecking, setIsChecking] = useState(false);

  async function check(values: FormValues) {
    const date = values.date.format('YYYY-MM-DD');
    const count = values.add ?? null;
    setIsChecking(true);
    setFailure(null);
    try {
      const [day, result] = await Promise.all([
        api.get<DayInfo>(`/calendar/days/${date}`),
        count === null ? Promise.resolve(null) : api.get<WorkingDaysAnswer>(`/calendar/working-days${queryString({ from: date, add: count })}`),
      ]);
      setAnswer({ day, after: result === null || count === null ? null : { count, result } });
    } catch (error) {
      setAnswer(null);
      const message = applyApiError(form, error, ['date', 'add']);
      if (message !== null) setFailure({ type: 'error', title: message, lines: [] });
    } finally {
      setIsChecking(false);
    }
  }

  return (
    <>
      <Form form={form} name="calendar-check" layout="vertical" className="yw-filters" onFinish={(values) => void check(values)}>
        <Form.Item name="date" label={t('console.calendar.date')} rules={[{ required: true, message: t('common.required', { field: t('console.calendar.date') }) }]}>
          <DatePicker format="YYYY-MM-DD" className="yw-full-width" />
        </Form.Item>
        <Form.Item name="add" label={t('console.calendar.addDays')} extra={t('console.calendar.addDaysHelp')}>
          <InputNumber min={0} max={365} precision={0} className="yw-full-width" />
        </Form.Item>
        <div className="yw-filters-actions">
          <Button type="primary" htmlType="submit" loading={isChecking}>
            {t('console.calendar.check')}
          </Button>
        </div>
      </Form>
      <OutcomeAlert outcome={failure} />
      <div aria-live="polite">
        {answer !== null && (
          <Descriptions
            className="yw-calendar-answer"
            column={1}
            bordered
            size="small"
            items={[
              { key: 'date', label: t('console.calendar.date'), children: <span className="yw-mono">{answer.day.date}</span> },
              {
                key: 'kind',
                label: t('console.calendar.dayKind'),
                children: <StatusTag tone={answer.day.working ? 'success' : 'error'}>{answer.day.working ? t('console.calendar.working') : t('console.calendar.dayOff')}</StatusTag>,
              },
              { key: 'name', label: t('console.calendar.name'), children: answer.day.name ?? t('console.calendar.noName') },
              { key: 'basis', label: t('console.calendar.source'), children: <Basis provisional={answer.day.provisional} /> },
              ...(answer.after === null
                ? []
                : [
                    {
                      key: 'after',
                      label: t('console.calendar.nDaysAfter', { count: answer.after.count }),
                      children: (
                        <span className="yw-calendar-after">
                          <span className="yw-mono">{answer.after.result.date}</span>
                          {answer.after.result.provisional && <Tag style={PROVISIONAL_STYLE}>{t('console.calendar.provisional')}</Tag>}
                        </span>
                      ),
                    },
                  ]),
            ]}
          />
        )}
      </div>
    </>
  );
}
