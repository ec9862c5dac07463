// /report — 随手拍: a citizen reports a problem in the city. One column for phones: what happened, an optional
// category (suggested by the classifier), the place by pin or address, up to three photos, how to be contacted.
// One Idempotency-Key per form, so a retry after a lost answer files nothing twice; input is kept on errors.
import { Alert, Button, Form, Input, Radio, Result, Switch } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONTACT_PREFERENCES, type ContactPreference } from '../../../server/modules/governance/model';
import { ApiError } from '../../shared/api';
import type { GeoPoint } from '../../shared/governance/GeoMap';
import { useApiQuery } from '../../shared/useApiQuery';
import { useDocumentTitle } from '../../shared/useDocumentTitle';
import { newIdempotencyKey } from '../applications/applications-api';
import { SignedInOnly } from '../applications/SignedInOnly';
import { CategoryField } from './CategoryField';
import { submitReport, type CategoryTreeView, type IncidentItem, type ReportInput } from './incidents-api';
import { LocationField } from './LocationField';
import { PhotoPicker, type PickedPhoto } from './PhotoPicker';
import { useGridLayer } from './useGridLayer';

interface ReportValues {
  description?: string;
  categoryCode?: string;
  address?: string;
  contactPreference: ContactPreference;
  anonymous?: boolean;
}

const FORM_FIELDS = ['description', 'categoryCode', 'address', 'contactPreference', 'anonymous'] as const;

/** The field a server problem names: JSON pointers (/lat), body paths (body.photoIds.0) and plain names. */
function fieldOf(field: string): string {
  return field.replace(/^\/+/, '').replace(/^body[./]/, '').split(/[./]/)[0] ?? field;
}

function Done({ incident, onAnother }: { incident: IncidentItem; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="success"
      title={t('governancePortal.report.doneTitle')}
      subTitle={
        <span>
          {t('governancePortal.report.doneNumber')} <strong className="yw-mono" data-testid="incident-number">{incident.number}</strong>
        </span>
      }
      extra={[
        <Link key="progress" className="yw-link-button" to={`/me/incidents/${encodeURIComponent(incident.id)}`}>
          {t('governancePortal.report.viewProgress')}
        </Link>,
        <Button key="another" size="large" onClick={onAnother}>
          {t('governancePortal.report.another')}
        </Button>,
      ]}
    />
  );
}

function ReportForm({ tree, onDone }: { tree: CategoryTreeView | undefined; onDone: (incident: IncidentItem) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ReportValues>();
  const description = Form.useWatch('description', form) ?? '';
  const categoryCode = Form.useWatch('categoryCode', form);
  const { layers, query: grids } = useGridLayer();
  const [point, setPoint] = useState<GeoPoint | null>(null);
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [locationError, setLocationError] = useState<string | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  // One key for this form: every retry of the same report carries it, so the server files it at most once.
  const keyRef = useRef(newIdempotencyKey());

  const leaf = useMemo(() => tree?.items.flatMap((group) => group.children).find((c) => c.code === categoryCode), [tree, categoryCode]);
  const anonymousAllowed = leaf?.anonymousAllowed === true;

  const showProblems = (error: unknown) => {
    if (!(error instanceof ApiError) || error.fieldProblems.length === 0) {
      setFormError(error instanceof Error ? error.message : String(error));
      return;
    }
    const unplaced: string[] = [];
    const byField = new Map<string, string[]>();
    for (const problem of error.fieldProblems) {
      const name = fieldOf(problem.field);
      if (name === 'lat' || name === 'lng') setLocationError(problem.message);
      else if (name === 'photoIds') setPhotoError(problem.message);
      else if ((FORM_FIELDS as readonly string[]).includes(name)) byField.set(name, [...(byField.get(name) ?? []), problem.message]);
      else unplaced.push(problem.message);
    }
    form.setFields([...byField].map(([name, errors]) => ({ name: name as keyof ReportValues, errors })));
    setFormError(unplaced.length > 0 ? unplaced.join(' ') : null);
  };

  const send = async (values: ReportValues) => {
    setFormError(null);
    setLocationError(null);
    setPhotoError(null);
    const address = values.address?.trim() ?? '';
    if (point === null && address === '') {
      setLocationError(t('governancePortal.report.locationRequired'));
      return;
    }
    const input: ReportInput = {
      description: (values.description ?? '').trim(),
      contactPreference: values.contactPreference,
      ...(values.categoryCode ? { categoryCode: values.categoryCode } : {}),
      ...(point !== null ? { lat: point.lat, lng: point.lng } : {}),
      ...(address !== '' ? { address } : {}),
      ...(photos.length > 0 ? { photoIds: photos.map((photo) => photo.id) } : {}),
      ...(anonymousAllowed && values.anonymous === true ? { anonymous: true } : {}),
    };
    setSending(true);
    try {
      onDone(await submitReport(input, keyRef.current));
    } catch (error) {
      showProblems(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Form form={form} layout="vertical" requiredMark="optional" initialValues={{ contactPreference: 'sms' }} onFinish={(values) => void send(values)} className="yw-report-form">
      <Form.Item
        name="description"
        label={t('governancePortal.report.description')}
        htmlFor="incident-description"
        rules={[
          { required: true, whitespace: true, message: t('governancePortal.report.descriptionRequired') },
          { min: 4, message: t('governancePortal.report.descriptionShort') },
        ]}
      >
        <Input.TextArea id="incident-description" rows={4} maxLength={2000} showCount placeholder={t('governancePortal.report.descriptionPlaceholder')} />
      </Form.Item>
      <Form.Item name="categoryCode" label={t('governancePortal.report.category')} htmlFor="incident-category" extra={t('governancePortal.report.categoryHint')}>
        <CategoryField id="incident-category" tree={tree} description={description} value={categoryCode} onChange={(code) => form.setFieldValue('categoryCode', code)} />
      </Form.Item>
      <fieldset className="yw-fieldset yw-report-location">
        <legend>{t('governancePortal.report.location')}</legend>
        <LocationField
          layers={layers}
          grids={grids.data}
          value={point}
          onChange={(next) => {
            setPoint(next);
            setLocationError(null);
          }}
          error={locationError}
        />
        <Form.Item name="address" label={t('governancePortal.report.address')} htmlFor="incident-address" extra={t('governancePortal.report.addressHint')}>
          <Input id="incident-address" size="large" maxLength={200} autoComplete="street-address" />
        </Form.Item>
      </fieldset>
      <fieldset className="yw-fieldset">
        <legend>{t('governancePortal.report.photos')}</legend>
        <PhotoPicker value={photos} onChange={setPhotos} error={photoError} />
      </fieldset>
      <fieldset className="yw-fieldset">
        <legend>{t('governancePortal.report.contact')}</legend>
        <Form.Item name="contactPreference">
          <Radio.Group className="yw-contact-options" aria-label={t('governancePortal.report.contact')} options={CONTACT_PREFERENCES.map((value) => ({ value, label: t(`governancePortal.contact.${value}`) }))} />
        </Form.Item>
      </fieldset>
      {anonymousAllowed && (
        <Form.Item name="anonymous" valuePropName="checked" label={t('governancePortal.report.anonymous')} htmlFor="incident-anonymous" extra={t('governancePortal.report.anonymousHint')}>
          <Switch id="incident-anonymous" />
        </Form.Item>
      )}
      {formError !== null && <Alert className="yw-form-alert" type="error" showIcon title={formError} role="alert" />}
      <Button type="primary" htmlType="submit" size="large" block loading={sending}>
        {t('governancePortal.report.submit')}
      </Button>
    </Form>
  );
}

export function ReportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('governancePortal.report.title'), 'app.portalName');
  const tree = useApiQuery<CategoryTreeView>('/governance/categories');
  const [done, setDone] = useState<IncidentItem | null>(null);
  const [formKey, setFormKey] = useState(0);
  return (
    <div className="yw-container yw-section yw-incident-page">
      <h1 className="yw-page-title">{t('governancePortal.report.title')}</h1>
      <SignedInOnly>
        {done !== null ? (
          <Done
            incident={done}
            onAnother={() => {
              setDone(null);
              setFormKey((n) => n + 1);
            }}
          />
        ) : (
          <>
            <p className="yw-page-intro">{t('governancePortal.report.intro')}</p>
            <ReportForm key={formKey} tree={tree.data} onDone={setDone} />
          </>
        )}
      </SignedInOnly>
    </div>
  );
}
