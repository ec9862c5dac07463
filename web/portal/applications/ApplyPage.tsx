// /apply/item/:code and /apply/life-event/:id — loads what the application needs (PrepareView) in the region
// from the address or the remembered service region, offers to continue the latest draft for the same target, and
// runs the wizard. `?draft=` keeps the draft in the address, so a reload reopens it.
import { Alert, Breadcrumb, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, queryString } from '../../shared/api';
import type { Draft, DraftSummary, PrepareView } from '../../shared/application-types';
import { useBilingual } from '../../shared/bilingual';
import { ErrorNotice, PageLoading } from '../../shared/StatusViews';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { useServiceRegion } from '../service-region';
import { deleteDraft } from './applications-api';
import { ApplyWizard } from './ApplyWizard';
import { ConsentPrompt } from './ConsentPrompt';
import { formatMoment } from './case-labels';
import { SignedInOnly } from './SignedInOnly';
import type { WizardTarget } from './wizard-model';

export type ApplyKind = WizardTarget['kind'];

/** Does a saved draft belong to this wizard (same item or life event, same region)? */
function isForTarget(draft: DraftSummary, target: WizardTarget): boolean {
  const sameTarget = target.kind === 'item' ? draft.implementation === target.id : draft.lifeEvent === target.id;
  return sameTarget && draft.region === target.region;
}

function DraftOffer({ draft, onContinue, onStartOver }: { draft: DraftSummary; onContinue: () => void; onStartOver: () => Promise<void> }) {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<ApiError | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  return (
    <Card className="yw-draft-offer" title={<h2 className="yw-card-title">{t('portal.wizard.draftOffer.title')}</h2>}>
      <p>{t('portal.wizard.draftOffer.text', { time: formatMoment(draft.updatedAt, i18n.language) })}</p>
      {error !== null && <ErrorNotice error={error} />}
      <div className="yw-wizard-actions">
        <Button type="primary" onClick={onContinue}>
          {t('portal.wizard.draftOffer.continue')}
        </Button>
        <Button
          loading={isBusy}
          onClick={() => {
            setIsBusy(true);
            onStartOver().catch((cause: unknown) => {
              setIsBusy(false);
              setError(cause instanceof ApiError ? cause : new ApiError(0, 'client.failed', String(cause)));
            });
          }}
        >
          {t('portal.wizard.draftOffer.startOver')}
        </Button>
      </div>
    </Card>
  );
}

function ApplyLoader({ target }: { target: WizardTarget }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const [search, setSearch] = useSearchParams();
  const draftParam = search.get('draft');
  // The draft this page created itself is already on screen: putting its id in the address must not reload it.
  const [createdDraftId, setCreatedDraftId] = useState<string | null>(null);
  const [isOfferAnswered, setIsOfferAnswered] = useState(false);
  // Separate consent for sensitive data (asked before the form; declining keeps the manual way).
  const [consent, setConsent] = useState<string[]>([]);
  const [isConsentAnswered, setIsConsentAnswered] = useState(false);
  const draftToLoad = draftParam !== null && draftParam !== createdDraftId ? draftParam : null;
  const targetQuery = target.kind === 'item' ? { implementation: target.id } : { lifeEvent: target.id };
  const prepare = useApiQuery<PrepareView>(`/applications/prepare${queryString({ ...targetQuery, region: target.region, consent: consent.join(',') })}`);
  const draft = useApiQuery<Draft>(draftToLoad === null ? null : `/applications/drafts/${encodeURIComponent(draftToLoad)}`);
  const drafts = useApiQuery<{ items: DraftSummary[] }>(draftParam === null && !isOfferAnswered ? '/applications/drafts' : null);
  const title = prepare.data === undefined ? t('portal.wizard.title') : text(prepare.data.target.title);
  useDocumentTitle(title, 'app.portalName');

  const guideLink = target.kind === 'item' ? `/services/${encodeURIComponent(target.id)}` : `/life-events/${encodeURIComponent(target.id)}`;
  if (prepare.error !== undefined) {
    return (
      <>
        <h1 className="yw-page-title">{t('portal.wizard.title')}</h1>
        {prepare.error.status === 404 || prepare.error.code === 'applications.not_offered' ? (
          <Alert type="warning" showIcon title={t('portal.wizard.notOffered')} description={prepare.error.message} action={<Link to={guideLink}>{t('portal.wizard.toGuide')}</Link>} />
        ) : (
          <ErrorNotice error={prepare.error} onRetry={prepare.reload} />
        )}
      </>
    );
  }
  const isDraftMissing = draft.error?.status === 404;
  if (draft.error !== undefined && !isDraftMissing) return <ErrorNotice error={draft.error} onRetry={draft.reload} />;
  if (prepare.data === undefined || (draftToLoad !== null && draft.data === undefined && !isDraftMissing) || (drafts.isLoading && drafts.data === undefined)) {
    return <PageLoading />;
  }

  const latest = draftParam === null && !isOfferAnswered ? drafts.data?.items.filter((item) => isForTarget(item, target)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] : undefined;
  if (latest !== undefined) {
    return (
      <>
        <h1 className="yw-page-title">{text(prepare.data.target.title)}</h1>
        <DraftOffer
          draft={latest}
          onContinue={() => setSearch((previous) => ({ ...Object.fromEntries(previous), draft: latest.id }), { replace: true })}
          onStartOver={async () => {
            await deleteDraft(latest.id);
            setIsOfferAnswered(true);
          }}
        />
      </>
    );
  }
  if (!isConsentAnswered && prepare.data.consentNeeded.length > 0) {
    const needed = prepare.data.consentNeeded;
    return (
      <>
        <h1 className="yw-page-title">{text(prepare.data.target.title)}</h1>
        <ConsentPrompt
          needed={needed}
          onAgree={() => {
            setConsent((previous) => [...new Set([...previous, ...needed.map((entry) => entry.resource)])]);
            setIsConsentAnswered(true);
          }}
          onDecline={() => setIsConsentAnswered(true)}
        />
      </>
    );
  }
  if (prepare.isLoading) return <PageLoading />;
  const loadedDraft = draftToLoad === null || isDraftMissing ? null : (draft.data ?? null);
  return (
    <>
      {isDraftMissing && <Alert className="yw-form-alert" type="info" showIcon title={t('portal.wizard.draftGone')} />}
      <ApplyWizard
        key={loadedDraft?.id ?? 'new'}
        prepare={prepare.data}
        target={target}
        draft={loadedDraft}
        consent={consent}
        onDraftCreated={(id) => {
          setCreatedDraftId(id);
          setSearch((previous) => ({ ...Object.fromEntries(previous), draft: id }), { replace: true });
        }}
      />
    </>
  );
}

export function ApplyPage({ kind }: { kind: ApplyKind }) {
  const { t } = useTranslation();
  const params = useParams();
  const [search] = useSearchParams();
  const serviceRegion = useServiceRegion();
  const id = (kind === 'item' ? params.code : params.id) ?? '';
  const region = search.get('region') ?? serviceRegion.code;
  const back = kind === 'item' ? { to: '/services', label: t('portal.nav.services') } : { to: '/life-events', label: t('portal.nav.lifeEvents') };
  return (
    <div className="yw-container yw-narrow-wide yw-section yw-apply">
      <Breadcrumb className="yw-breadcrumb" items={[{ title: <Link to="/">{t('portal.nav.home')}</Link> }, { title: <Link to={back.to}>{back.label}</Link> }, { title: t('portal.wizard.title') }]} />
      <SignedInOnly>
        <ApplyLoader key={`${kind}:${id}:${region}`} target={{ kind, id, region }} />
      </SignedInOnly>
    </div>
  );
}
