// What bundling saves: "3 项申请 → 1 次; 27 个字段 → 12 个; 15 份材料 → 6 份", and the joint time limit.
import { ArrowRightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LifeEventView } from '../../shared/catalog-types';

function Saving({ label, before, after }: { label: string; before: string; after: string }) {
  return (
    <li className="yw-saving">
      <span className="yw-saving-label">{label}</span>
      <span className="yw-saving-numbers">
        <span className="yw-saving-before">{before}</span>
        <ArrowRightOutlined aria-hidden="true" className="yw-saving-arrow" />
        <span className="yw-visually-hidden"> → </span>
        <strong className="yw-saving-after">{after}</strong>
      </span>
    </li>
  );
}

export function LifeEventSavings({ event }: { event: LifeEventView }) {
  const { t } = useTranslation();
  return (
    <section className="yw-savings" aria-labelledby="savings-title">
      <h2 id="savings-title">{t('portal.lifeEvent.savingsTitle')}</h2>
      <ul>
        <Saving
          label={t('portal.lifeEvent.applications')}
          before={t('portal.lifeEvent.applicationsCount', { count: event.replaces.applications })}
          after={t('portal.lifeEvent.applicationsMerged', { count: event.merged.applications })}
        />
        <Saving
          label={t('portal.lifeEvent.fields')}
          before={t('portal.lifeEvent.fieldsCount', { count: event.replaces.fields })}
          after={t('portal.lifeEvent.fieldsCount', { count: event.merged.fields })}
        />
        <Saving
          label={t('portal.lifeEvent.materials')}
          before={t('portal.lifeEvent.materialsCount', { count: event.replaces.materials })}
          after={t('portal.lifeEvent.materialsCount', { count: event.merged.materials })}
        />
        <li className="yw-saving">
          <span className="yw-saving-label">{t('portal.lifeEvent.jointDays')}</span>
          <span className="yw-saving-numbers">
            <strong className="yw-saving-after">{t('portal.guide.workingDays', { count: event.jointDays })}</strong>
          </span>
        </li>
      </ul>
    </section>
  );
}
