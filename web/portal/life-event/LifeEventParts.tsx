// The parts of a life event: its services in dependency order, the one merged form, the one set of materials.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import type { LifeEventView } from '../../shared/catalog-types';
import { formFields } from '../../shared/form-schema';
import { departmentKindLabel, fieldKindLabel, sourceLabel } from '../../shared/labels';
import { StatusTag } from '../../shared/StatusTag';

export function LifeEventItems({ event }: { event: LifeEventView }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const nameOf = new Map(event.items.map((item) => [item.code, text(item.name)]));
  const separator = t('portal.guide.listSeparator');
  return (
    <ol className="yw-event-items">
      {event.items.map((item) => (
        <li key={item.code}>
          <Link to={`/services/${encodeURIComponent(item.code)}`} className="yw-event-item-name">
            {text(item.name)}
          </Link>
          <span className="yw-event-item-meta">
            {departmentKindLabel(t, item.departmentKind)}
            {t('portal.guide.metaSeparator')}
            {item.promisedDays === null
              ? t('portal.services.statutoryOnly', { count: item.statutoryDays })
              : t('portal.services.promisedAndStatutory', { count: item.promisedDays, statutory: item.statutoryDays })}
          </span>
          <span className="yw-event-item-dependency">
            {item.dependsOn.length === 0
              ? t('portal.lifeEvent.noDependency')
              : t('portal.lifeEvent.dependsOn', { names: item.dependsOn.map((code) => nameOf.get(code) ?? code).join(separator) })}
          </span>
        </li>
      ))}
    </ol>
  );
}

export function MergedForm({ event }: { event: LifeEventView }) {
  const { t, i18n } = useTranslation();
  const fields = formFields(event.form, i18n.language);
  return (
    <ul className="yw-field-list">
      {fields.map((field) => (
        <li key={field.key}>
          <span className="yw-field-title">{field.title}</span>
          <span className="yw-field-tags">
            <Tag>{fieldKindLabel(t, field.kind)}</Tag>
            {new Set(field.itemCodes).size > 1 && <StatusTag tone="success">{t('portal.lifeEvent.sharedBy', { count: new Set(field.itemCodes).size })}</StatusTag>}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function MergedMaterials({ event }: { event: LifeEventView }) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <ul className="yw-field-list">
      {event.materials.map((material) => (
        <li key={material.key} className={material.isFetched ? 'yw-material-fetched' : undefined}>
          <span className="yw-field-title">{text(material.name)}</span>
          <span className="yw-field-tags">
            {material.isFetched ? <StatusTag tone="success">{t('portal.guide.fetched')}</StatusTag> : <Tag>{sourceLabel(t, material.source)}</Tag>}
            {/* One item may list a merged material twice (two materials from the same source): count items once. */}
            {new Set(material.itemCodes).size > 1 && <StatusTag tone="info">{t('portal.lifeEvent.usedBy', { count: new Set(material.itemCodes).size })}</StatusTag>}
          </span>
        </li>
      ))}
    </ul>
  );
}
