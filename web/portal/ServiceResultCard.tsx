// One service in a result list: name, implementing department, promised vs statutory limit, visits.
import { BankOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText, useBilingual } from '../shared/bilingual';
import type { ItemSummary } from '../shared/catalog-types';
import { departmentKindLabel, itemTypeLabel } from '../shared/labels';
import { StatusTag } from '../shared/StatusTag';
import { VisitsTag } from './VisitsTag';

export function ServiceResultCard({ item }: { item: ItemSummary }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const department = item.departmentName === null ? departmentKindLabel(t, item.department) : pickText(item.departmentName, i18n.language);
  return (
    <article className="yw-result-card">
      <h2 className="yw-result-title">
        <Link to={`/services/${encodeURIComponent(item.code)}`}>{text(item.name)}</Link>
      </h2>
      <div className="yw-result-tags">
        <StatusTag tone="info">{itemTypeLabel(t, item.type)}</StatusTag>
        <VisitsTag visits={item.visits} />
      </div>
      <dl className="yw-result-facts">
        <div>
          <dt>
            <BankOutlined aria-hidden="true" /> {t('portal.services.department')}
          </dt>
          <dd>{department}</dd>
        </div>
        <div>
          <dt>
            <ClockCircleOutlined aria-hidden="true" /> {t('portal.services.limit')}
          </dt>
          <dd>
            {item.promisedDays === null
              ? t('portal.services.statutoryOnly', { count: item.statutoryDays })
              : t('portal.services.promisedAndStatutory', { count: item.promisedDays, statutory: item.statutoryDays })}
          </dd>
        </div>
      </dl>
    </article>
  );
}
