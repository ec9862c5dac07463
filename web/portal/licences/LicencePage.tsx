// One licence in the holder's wallet: its typed fields, and a QR code of the public verification address.
import { Alert, Breadcrumb, Card, Descriptions, QRCode } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import { PageLoading, QueryError } from '../../shared/StatusViews';
import { useSession } from '../../shared/session';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { NotFoundSection } from '../NotFoundSection';
import { LicenceFacts } from './LicenceFacts';
import { LicenceStatusTag } from './LicenceStatusTag';
import { verifyUrl, type LicenceDetail } from './licence-types';
import './licences.css';

function FieldsCard({ licence }: { licence: LicenceDetail }) {
  const { t } = useTranslation();
  const label = (key: string) => t(`portal.licences.fields.${key}`, { defaultValue: key });
  const holderId = licence.holder.idNumberMasked ?? licence.holder.creditCode;
  const items = [
    { key: 'holder', label: t('portal.licences.holder'), children: licence.holder.name },
    ...(holderId === undefined ? [] : [{ key: 'holderId', label: t('portal.licences.holderId'), children: <span className="yw-mono">{holderId}</span> }]),
    ...Object.entries(licence.fields).map(([key, value]) => ({ key: `field-${key}`, label: label(key), children: String(value) })),
  ];
  return (
    <Card title={<h2 className="yw-card-title">{t('portal.licences.fieldsTitle')}</h2>}>
      <Descriptions column={1} bordered items={items} />
    </Card>
  );
}

function VerifyCard({ id }: { id: string }) {
  const { t } = useTranslation();
  const url = verifyUrl(id);
  return (
    <Card className="yw-licence-qr-card" title={<h2 className="yw-card-title">{t('portal.licences.qrTitle')}</h2>}>
      <div className="yw-licence-qr">
        <QRCode value={url} size={176} bordered={false} aria-label={t('portal.licences.qrLabel', { url })} />
      </div>
      <p className="yw-form-note">{t('portal.licences.qrHint')}</p>
      <Link to={`/verify/${id}`} className="yw-licence-verify-link">
        {t('portal.licences.verifyNow')}
      </Link>
    </Card>
  );
}

function LicenceView({ id }: { id: string }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const { data: licence, error, reload } = useApiQuery<LicenceDetail>(`/licences/${encodeURIComponent(id)}`);
  useDocumentTitle(licence === undefined ? t('portal.licences.title') : text(licence.typeName), 'app.portalName');
  if (error?.status === 404) return <NotFoundSection backTo="/licences" backLabel={t('portal.licences.backToWallet')} />;
  if (error !== undefined) return <QueryError error={error} onRetry={reload} />;
  if (licence === undefined) return <PageLoading />;
  return (
    <div className="yw-container yw-section">
      <Breadcrumb items={[{ title: <Link to="/licences">{t('portal.licences.title')}</Link> }, { title: text(licence.typeName) }]} />
      <div className="yw-licence-heading">
        <h1 className="yw-page-title">{text(licence.typeName)}</h1>
        <LicenceStatusTag status={licence.status} />
      </div>
      {licence.status === 'revoked' && licence.revokedAt !== null && (
        <Alert className="yw-form-alert" type="error" showIcon title={t('portal.licences.revokedNote', { date: licence.revokedAt.slice(0, 10), reason: licence.revokedReason ?? '' })} />
      )}
      <LicenceFacts licence={licence} />
      <div className="yw-licence-columns">
        <FieldsCard licence={licence} />
        <VerifyCard id={licence.id} />
      </div>
    </div>
  );
}

export function LicencePage() {
  const { id = '' } = useParams();
  const { state } = useSession();
  if (state.status === 'loading') return <PageLoading />;
  if (state.status !== 'signed_in') return <Navigate to={`/login?next=${encodeURIComponent(`/licences/${id}`)}`} replace />;
  return <LicenceView id={id} />;
}
