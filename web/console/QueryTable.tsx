import { Card, Table, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../shared/StatusViews';
import type { ApiQuery } from '../shared/useApiQuery';

interface QueryTableProps<T> {
  query: ApiQuery<{ items: T[] }>;
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
  cardClassName?: string;
  rowClassName?: TableProps<T>['rowClassName'];
}

/** A list fetched whole, in a card as a table of 20 rows a page — or the error with a retry. */
export function QueryTable<T extends object>({ query, columns, rowKey, cardClassName, rowClassName }: QueryTableProps<T>) {
  const { t } = useTranslation();
  if (query.error !== undefined) return <QueryError error={query.error} onRetry={query.reload} />;
  return (
    <Card className={cardClassName}>
      <Table<T>
        rowKey={rowKey}
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isLoading}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('common.empty') }}
        rowClassName={rowClassName}
      />
    </Card>
  );
}
