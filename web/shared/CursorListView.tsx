// A card list read page by page (useCursorList): the cards, the error of the last page, and "load more" while
// there is more. The portal's my applications and my incidents share it.
import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CursorList } from './useCursorList';

export function CursorListView<T>({ list, items = list.items, render }: { list: CursorList<T>; items?: T[]; render: (item: T) => ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <ul className="yw-case-list">{items.map(render)}</ul>
      {list.error !== undefined && <Alert type="error" showIcon title={list.error.message} />}
      {list.hasMore && (
        <div className="yw-load-more">
          <Button onClick={list.loadMore} loading={list.isLoading}>
            {t('common.loadMore')}
          </Button>
        </div>
      )}
    </>
  );
}
