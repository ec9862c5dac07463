// Number, issuer and dates of a licence as a definition list (wallet cards and the licence view).
import { useTranslation } from 'react-i18next';

interface Facts {
  number: string;
  issuerName: string;
  issuedOn: string;
  validUntil: string | null;
}

export function LicenceFacts({ licence }: { licence: Facts }) {
  const { t } = useTranslation();
  return (
    <dl className="yw-licence-facts">
      <div>
        <dt>{t('portal.licences.number')}</dt>
        <dd className="yw-mono">{licence.number}</dd>
      </div>
      <div>
        <dt>{t('portal.licences.issuer')}</dt>
        <dd>{licence.issuerName}</dd>
      </div>
      <div>
        <dt>{t('portal.licences.issuedOn')}</dt>
        <dd>{licence.issuedOn}</dd>
      </div>
      <div>
        <dt>{t('portal.licences.validUntil')}</dt>
        <dd>{licence.validUntil ?? t('portal.licences.permanent')}</dd>
      </div>
    </dl>
  );
}
