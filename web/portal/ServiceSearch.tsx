// The service search box (Chinese or English); submitting opens /services with the query and current filters.
import { SearchOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

interface ServiceSearchProps {
  initialQuery?: string;
  /** Other filters kept in the result URL (audience …). */
  extraParams?: Record<string, string | undefined>;
  isLarge?: boolean;
  className?: string;
}

export function ServiceSearch({ initialQuery = '', extraParams = {}, isLarge = false, className }: ServiceSearchProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState(initialQuery);
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const params = new URLSearchParams();
    const text = query.trim();
    if (text !== '') params.set('q', text);
    for (const [key, value] of Object.entries(extraParams)) if (value !== undefined && value !== '') params.set(key, value);
    const search = params.toString();
    void navigate(search === '' ? '/services' : `/services?${search}`);
  }

  return (
    <form role="search" className={['yw-service-search', className].filter(Boolean).join(' ')} onSubmit={submit}>
      <label htmlFor={id} className="yw-visually-hidden">
        {t('portal.search.label')}
      </label>
      <Input
        id={id}
        type="search"
        size={isLarge ? 'large' : 'middle'}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t('portal.search.placeholder')}
        prefix={<SearchOutlined aria-hidden="true" />}
        allowClear
        enterKeyHint="search"
        maxLength={100}
      />
      <Button type="primary" htmlType="submit" size={isLarge ? 'large' : 'middle'}>
        {t('portal.search.submit')}
      </Button>
    </form>
  );
}
