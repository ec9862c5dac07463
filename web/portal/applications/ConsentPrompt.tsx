// 单独同意: sensitive personal information a department may fetch only with the applicant's consent given now.
import { Button, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PrepareView } from '../../shared/application-types';
import { useBilingual } from '../../shared/bilingual';

export function ConsentPrompt({ needed, onAgree, onDecline }: { needed: PrepareView['consentNeeded']; onAgree: () => void; onDecline: () => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <Card className="yw-consent" title={<h2 className="yw-card-title">{t('portal.wizard.consent.title')}</h2>}>
      <p>{t('portal.wizard.consent.intro')}</p>
      <ul className="yw-consent-list">
        {needed.map((entry) => (
          <li key={entry.resource}>
            <strong>{text(entry.resourceName)}</strong>
            <div>{t('portal.wizard.consent.provider', { name: text(entry.provider) })}</div>
            <div>{t('portal.wizard.consent.fields', { names: entry.fields.map((f) => text(f.name)).join('、') })}</div>
          </li>
        ))}
      </ul>
      <div className="yw-wizard-actions">
        <Button type="primary" onClick={onAgree}>
          {t('portal.wizard.consent.agree')}
        </Button>
        <Button onClick={onDecline}>{t('portal.wizard.consent.decline')}</Button>
      </div>
    </Card>
  );
}
