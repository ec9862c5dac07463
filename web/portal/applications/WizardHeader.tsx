// The top of the apply wizard: what is being applied for, which departments handle it, the (joint) promised limit,
// and how much of the application came from government data already.
import { DatabaseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { departmentName, useBilingual } from '../../shared/bilingual';
import type { PrepareView } from '../../shared/application-types';

export function limitText(t: (key: string, options?: Record<string, unknown>) => string, days: number): string {
  return days === 0 ? t('portal.wizard.onTheSpot') : t('portal.wizard.workingDays', { count: days });
}

export function WizardHeader({ prepare }: { prepare: PrepareView }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const { target, counts } = prepare;
  const isBundle = target.kind === 'lifeEvent';
  const departments = [...new Map(target.items.map((item) => [item.department.code, departmentName(item.department, i18n.language)])).values()];
  const nameOf = new Map(target.items.map((item) => [item.itemCode, text(item.name)]));
  return (
    <header className="yw-wizard-header">
      <p className="yw-wizard-kicker">{isBundle ? t('portal.wizard.kickerLifeEvent') : t('portal.wizard.kickerItem')}</p>
      <h1 className="yw-page-title">{text(target.title)}</h1>
      <dl className="yw-inline-facts yw-wizard-facts">
        <div>
          <dt>{t('portal.wizard.departments', { count: departments.length })}</dt>
          <dd>{departments.join(t('portal.guide.listSeparator'))}</dd>
        </div>
        <div>
          <dt>{isBundle ? t('portal.wizard.jointLimit') : t('portal.wizard.promisedLimit')}</dt>
          <dd>
            <strong>{limitText(t, isBundle ? target.jointDays : (target.items[0]?.promisedDays ?? target.jointDays))}</strong>
          </dd>
        </div>
      </dl>
      <p className="yw-reuse-note">
        <DatabaseOutlined aria-hidden="true" />{' '}
        {t('portal.wizard.reused', {
          fields: counts.fieldsFetched,
          fieldsTotal: counts.fieldsTotal,
          materials: counts.materialsFetched,
          materialsTotal: counts.materialsTotal,
        })}
      </p>
      {isBundle && (
        <details className="yw-wizard-items">
          <summary>{t('portal.wizard.bundleItems', { count: target.items.length })}</summary>
          <ol>
            {target.items.map((item) => (
              <li key={item.itemCode}>
                <strong>{text(item.name)}</strong>
                {t('portal.guide.metaSeparator')}
                {departmentName(item.department, i18n.language)}
                {t('portal.guide.metaSeparator')}
                {limitText(t, item.promisedDays)}
                {item.dependsOn.length > 0 && (
                  <span className="yw-muted-text">
                    {t('portal.guide.metaSeparator')}
                    {t('portal.wizard.after', { names: item.dependsOn.map((code) => nameOf.get(code) ?? code).join(t('portal.guide.listSeparator')) })}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </header>
  );
}
