// 公共数据开放 (public): the open data resources, each with its CSV download, and the DCAT-AP catalogue link.
import { DownloadOutlined, LinkOutlined } from '@ant-design/icons';
import { Empty, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OpenDataItem, OpenDataList } from '../../../server/modules/exchange/catalogue/schemas';
import { pickText, useBilingual } from '../../shared/bilingual';
import { PageLoading, QueryError } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import './open-data.css';

function OpenDataCard({ item }: { item: OpenDataItem }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const name = text(item.name);
  return (
    <article className="yw-open-data-card" id={item.code} aria-labelledby={`${item.code}-title`}>
      <h2 id={`${item.code}-title`} className="yw-open-data-title">
        {name}
      </h2>
      <p className="yw-open-data-meta">
        <span>{pickText({ zh: item.provider.name, en: item.provider.nameEn }, i18n.language)}</span>
        <Tag>{t(`exchangeResources.cycleValue.${item.updateCycle}`)}</Tag>
        <span>{t('exchangeResources.records', { count: item.recordCount })}</span>
        <span>{t('exchangeResources.updated', { date: item.updatedAt.slice(0, 10) })}</span>
      </p>
      <p>{text(item.description)}</p>
      <p className="yw-open-data-columns">
        {t('exchangeResources.columns')}: {item.fields.map((f) => text(f.name)).join('、')}
      </p>
      <a className="yw-open-data-download" href={item.csvUrl} download={`${item.code}.csv`}>
        <DownloadOutlined aria-hidden="true" /> {t('exchangeResources.downloadCsv', { name })}
      </a>
    </article>
  );
}

export function OpenDataPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('exchangeResources.openDataTitle'), 'app.portalName');
  const { data, error, isLoading, reload } = useApiQuery<OpenDataList>('/exchange/open-data');
  return (
    <div className="yw-container yw-section">
      <h1 className="yw-page-title">{t('exchangeResources.openDataTitle')}</h1>
      <p className="yw-page-intro">{t('exchangeResources.openDataIntro')}</p>
      {error !== undefined && data === undefined ? (
        <QueryError error={error} onRetry={reload} />
      ) : isLoading && data === undefined ? (
        <PageLoading />
      ) : (
        <>
          <p>
            <a href={data?.dcatUrl ?? '/api/v1/exchange/dcat'} type="application/ld+json">
              <LinkOutlined aria-hidden="true" /> {t('exchangeResources.dcatLink')}
            </a>
          </p>
          {data === undefined || data.items.length === 0 ? (
            <Empty description={t('exchangeResources.noOpenData')} />
          ) : (
            <ul className="yw-open-data-list">
              {data.items.map((item) => (
                <li key={item.code}>
                  <OpenDataCard item={item} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
