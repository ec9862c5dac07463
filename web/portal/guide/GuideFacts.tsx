// The facts a citizen decides on first: who handles it, how long it may take, visits, fees; and the Apply button.
import { FormOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { departmentName, useBilingual } from '../../shared/bilingual';
import type { Fee, ItemGuide } from '../../shared/catalog-types';
import { departmentKindLabel } from '../../shared/labels';
import { VisitsTag } from '../VisitsTag';

export function FeeList({ fees }: { fees: Fee[] }) {
  const { t } = useTranslation();
  const text = useBilingual();
  if (fees.length === 0) return <>{t('portal.guide.free')}</>;
  return (
    <ul className="yw-plain-list">
      {fees.map((fee) => (
        <li key={`${fee.name.zh}-${fee.amountYuan}`}>{t('portal.guide.fee', { name: text(fee.name), amount: fee.amountYuan })}</li>
      ))}
    </ul>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="yw-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function GuideFacts({ guide }: { guide: ItemGuide }) {
  const { t, i18n } = useTranslation();
  const local = guide.implementation;
  return (
    <aside className="yw-guide-facts" aria-labelledby="guide-facts-title">
      <h2 id="guide-facts-title" className="yw-visually-hidden">
        {t('portal.guide.facts')}
      </h2>
      <dl>
        <Fact label={t('portal.guide.department')}>
          {local === null ? departmentKindLabel(t, guide.departmentKind) : departmentName(local.department, i18n.language)}
        </Fact>
        <Fact label={t('portal.guide.promisedDays')}>
          {local === null ? t('portal.guide.notAnnounced') : <strong className="yw-fact-number">{t('portal.guide.workingDays', { count: local.promisedDays })}</strong>}
        </Fact>
        <Fact label={t('portal.guide.statutoryDays')}>{t('portal.guide.workingDays', { count: guide.statutoryDays })}</Fact>
        <Fact label={t('portal.guide.visits')}>{local === null ? t('portal.guide.notAnnounced') : <VisitsTag visits={local.visits} />}</Fact>
        <Fact label={t('portal.guide.fees')}>{local === null ? t('portal.guide.notAnnounced') : <FeeList fees={local.fees} />}</Fact>
      </dl>
      {/* Without a local implementation list there is nothing to apply to online: that page says where to go instead. */}
      <Link className="yw-apply-button" to={local === null ? `/apply/${encodeURIComponent(guide.code)}` : `/apply/item/${encodeURIComponent(guide.code)}`}>
        <FormOutlined aria-hidden="true" /> {t('portal.guide.apply')}
      </Link>
    </aside>
  );
}
