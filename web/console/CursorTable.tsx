import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../shared/StatusViews';
import type { CursorList } from '../shared/useCursorList';
import { LoadMore } from './LoadMore';

interface CursorTableProps<T> {
  list: CursorList<T>;
  columns: TableColumnsType<T>;
  rowKey: keyof T & string;
  expandable?: TableProps<T>['expandable'];
}

/** A table of a cursor-paginated list, without page numbers: "load more" under it fetches the next page. */
export function CursorTable<T extends object>({ list, columns, rowKey, expandable }: CursorTableProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      <Table<T>
        rowKey={rowKey}
        columns={columns}
        dataSource={list.items}
        loading={list.isLoading && list.items.length === 0}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('common.empty') }}
        expandable={expandable}
      />
      <LoadMore list={list} />
    </>
  );
}

/** A list page: its heading, then the page's body, or the error with a retry when not even the first page came. */
export function CursorListPage<T>({ heading, list, children }: { heading: ReactNode; list: CursorList<T>; children: ReactNode }) {
  return (
    <>
      {heading}
      {list.error !== undefined && list.items.length === 0 ? <QueryError error={list.error} onRetry={list.reload} /> : children}
    </>
  );
}
