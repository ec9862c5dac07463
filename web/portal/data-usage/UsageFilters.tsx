import { Button } from 'antd';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import { USAGE_METHOD_OPTIONS, type UsageFilterValues } from './usage-types';

const EMPTY: UsageFilterValues = { from: '', to: '', department: '', method: '' };

/** Date range, department and kind of use; applied on submit so typing a date does not reload the list. */
export function UsageFilters({ departments, onApply }: { departments: { id: string; name: { zh: string; en: string } }[]; onApply: (values: UsageFilterValues) => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const [values, setValues] = useState<UsageFilterValues>(EMPTY);
  const set = (key: keyof UsageFilterValues) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <form className="yw-usage-filters" aria-label={t('exchangeUsage.filters')} onSubmit={submit}>
      <label>
        <span>{t('exchangeUsage.from')}</span>
        <input type="date" value={values.from} onChange={set('from')} />
      </label>
      <label>
        <span>{t('exchangeUsage.to')}</span>
        <input type="date" value={values.to} onChange={set('to')} />
      </label>
      <label>
        <span>{t('exchangeUsage.department')}</span>
        <select value={values.department} onChange={set('department')}>
          <option value="">{t('exchangeUsage.any')}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {text(d.name)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('exchangeUsage.method')}</span>
        <select value={values.method} onChange={set('method')}>
          <option value="">{t('exchangeUsage.any')}</option>
          {USAGE_METHOD_OPTIONS.map((m) => (
            <option key={m} value={m}>
              {t(`exchangeUsage.methods.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="yw-usage-filter-actions">
        <Button type="primary" htmlType="submit">
          {t('exchangeUsage.apply')}
        </Button>
        <Button
          onClick={() => {
            setValues(EMPTY);
            onApply(EMPTY);
          }}
        >
          {t('exchangeUsage.clear')}
        </Button>
      </div>
    </form>
  );
}
