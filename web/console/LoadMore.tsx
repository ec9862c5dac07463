import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CursorList } from '../shared/useCursorList';

/** Under a cursor-paginated table: the error of the last page, then "load more" or "everything is loaded". */
export function LoadMore<T>({ list }: { list: CursorList<T> }) {
  const { t } = useTranslation();
  return (
    <>
      {list.error !== undefined && <Alert className="yw-list-alert" type="error" showIcon title={list.error.message} />}
      <div className="yw-load-more">
        {list.hasMore ? (
          <Button onClick={list.loadMore} loading={list.isLoading}>
            {t('common.loadMore')}
          </Button>
        ) : (
          list.items.length > 0 && <span className="yw-muted">{t('common.allLoaded')}</span>
        )}
      </div>
    </>
  );
}
