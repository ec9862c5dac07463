// The sections of a service guide below the materials: where and how to apply, legal basis, steps, appeal.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import type { ItemGuide } from '../../shared/catalog-types';
import { channelLabel, roleLabel, stepKindLabel } from '../../shared/labels';

export function GuideSection({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const headingId = useId();
  return (
    <section className="yw-guide-section" aria-labelledby={headingId} id={id}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

export function ConditionsSection({ guide }: { guide: ItemGuide }) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <GuideSection title={t('portal.guide.conditions')}>
      {guide.conditions.length === 0 ? (
        <p>{t('portal.guide.noConditions')}</p>
      ) : (
        <ol className="yw-numbered-list">
          {guide.conditions.map((condition) => (
            <li key={condition.id}>{text(condition.text)}</li>
          ))}
        </ol>
      )}
    </GuideSection>
  );
}

/** Channels, hall address and hours, contact phone: where to go when the applicant wants or needs to. */
export function WhereToApply({ guide }: { guide: ItemGuide }) {
  const { t } = useTranslation();
  const local = guide.implementation;
  if (local === null) return <p>{t('portal.guide.noLocalList')}</p>;
  const dash = t('portal.guide.none');
  return (
    <dl className="yw-guide-dl">
      <dt>{t('portal.guide.channels')}</dt>
      <dd>{local.channels.map((channel) => channelLabel(t, channel)).join(t('portal.guide.listSeparator')) || dash}</dd>
      <dt>{t('portal.guide.hallAddress')}</dt>
      <dd>{local.hallAddress || dash}</dd>
      <dt>{t('portal.guide.hallHours')}</dt>
      <dd>{local.hallHours || dash}</dd>
      <dt>{t('portal.guide.contactPhone')}</dt>
      <dd>{local.contactPhone === '' ? dash : <a href={`tel:${local.contactPhone.replace(/[^0-9+]/g, '')}`}>{local.contactPhone}</a>}</dd>
    </dl>
  );
}

export function ReferenceSections({ guide }: { guide: ItemGuide }) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <>
      <GuideSection title={t('portal.guide.steps')}>
        <ol className="yw-step-list">
          {guide.workflow.map((step, index) => (
            <li key={`${step.kind}-${index}`}>
              <span className="yw-step-name">{text(step.name)}</span>
              <span className="yw-step-meta">
                {text(step.name) !== stepKindLabel(t, step.kind) && (
                  <>
                    {stepKindLabel(t, step.kind)}
                    {t('portal.guide.metaSeparator')}
                  </>
                )}
                {roleLabel(t, step.role)}
                {step.limitDays !== undefined && (
                  <>
                    {t('portal.guide.metaSeparator')}
                    {t('portal.guide.workingDays', { count: step.limitDays })}
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
      </GuideSection>
      <GuideSection title={t('portal.guide.legalBasis')}>
        <ul className="yw-plain-list">
          {guide.legalBasis.map((basis) => (
            <li key={`${basis.law}-${basis.article}`}>
              {basis.law} {basis.article}
            </li>
          ))}
        </ul>
      </GuideSection>
      <GuideSection title={t('portal.guide.appeal')}>
        <p>{text(guide.appealRoute)}</p>
      </GuideSection>
    </>
  );
}
