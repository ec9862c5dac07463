// Public verification (扫码核验): anyone who scans a licence's QR code sees whether it is valid, and why not.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Descriptions, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import { PageLoading, QueryError } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { LicenceStatusTag } from './LicenceStatusTag';
import type { LicenceVerification } from './licence-types';
import './licences.css';

function Verdict({ result }: { result: LicenceVerification }) {
  const { t } = useTranslation();
  const isValid = result.valid;
  return (
    <section role="status" aria-labelledby="yw-verdict-title" className={`yw-verdict ${isValid ? 'yw-verdict-valid' : 'yw-verdict-invalid'}`}>
      {isValid ? <CheckCircleFilled aria-hidden="true" className="yw-verdict-icon" /> : <CloseCircleFilled aria-hidden="true" className="yw-verdict-icon" />}
      <div>
        <h2 id="yw-verdict-title" className="yw-verdict-title">
          {isValid ? t('portal.verify.valid') : t('portal.verify.invalid')}
        </h2>
        <p className="yw-verdict-text">{isValid ? t('portal.verify.validText') : t(`portal.verify.reason.${result.reason ?? 'signature_invalid'}`)}</p>
      </div>
    </section>
  );
}

function Details({ result }: { result: LicenceVerification }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const { licence } = result;
  const items = [
    { key: 'type', label: t('portal.verify.type'), children: text(licence.typeName) },
    { key: 'number', label: t('portal.licences.number'), children: <span className="yw-mono">{licence.number}</span> },
    { key: 'holder', label: t('portal.licences.holder'), children: licence.holderName },
    { key: 'issuer', label: t('portal.licences.issuer'), children: licence.issuerName },
    { key: 'issuedOn', label: t('portal.licences.issuedOn'), children: licence.issuedOn },
    { key: 'validUntil', label: t('portal.licences.validUntil'), children: licence.validUntil ?? t('portal.licences.permanent') },
    { key: 'status', label: t('portal.verify.status'), children: <LicenceStatusTag status={licence.status} /> },
    { key: 'trust', label: t('portal.verify.trustLevel'), children: licence.trustLevel === 'A' ? t('portal.verify.trustLevelA') : licence.trustLevel },
    { key: 'checkedAt', label: t('portal.verify.checkedAt'), children: new Date(result.checkedAt).toLocaleString(i18n.language, { timeZone: 'Asia/Shanghai' }) },
  ];
  return (
    <section aria-labelledby="yw-verify-details">
      <h2 id="yw-verify-details" className="yw-card-title yw-verify-details-title">
        {t('portal.verify.details')}
      </h2>
      <Descriptions column={1} bordered items={items} />
    </section>
  );
}

export function VerifyPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, error, reload } = useApiQuery<LicenceVerification>(`/licences/${encodeURIComponent(id)}/verify`);
  useDocumentTitle(t('portal.verify.title'), 'app.portalName');
  if (error?.status === 404) {
    return (
      <div className="yw-container yw-section">
        <h1 className="yw-page-title">{t('portal.verify.title')}</h1>
        <div role="status">
          <Result status="404" title={t('portal.verify.notFoundTitle')} subTitle={t('portal.verify.notFoundText')} extra={<Link to="/">{t('portal.verify.backHome')}</Link>} />
        </div>
      </div>
    );
  }
  return (
    <div className="yw-container yw-section yw-verify">
      <h1 className="yw-page-title">{t('portal.verify.title')}</h1>
      {error !== undefined && <QueryError error={error} onRetry={reload} />}
      {error === undefined && data === undefined && <PageLoading />}
      {data !== undefined && error === undefined && (
        <>
          <Verdict result={data} />
          <Details result={data} />
        </>
      )}
    </div>
  );
}
