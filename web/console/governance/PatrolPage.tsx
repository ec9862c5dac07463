// 网格巡查: a grid worker's report from the street in three screens — what (with category and photo), where (the
// device's location, or a pin; their grid chosen), then confirm and file. Made for a phone first.
import { Alert, Button, Form, Input, Select, Steps, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { queryString } from '../../shared/api';
import { useBilingual } from '../../shared/bilingual';
import { applyApiError } from '../../shared/form-errors';
import { GeoMap } from '../../shared/governance/GeoMap';
import { useSession } from '../../shared/session';
import { useApiQuery } from '../../shared/useApiQuery';
import { PageHeading } from '../PageHeading';
import { categoryOptions, newIdempotencyKey, registerIncident, uploadPhoto, type CategoryTreeView, type GridMap, type IncidentDetail } from './governance-api';
import { PatrolLocation, type PatrolPlace } from './PatrolLocation';
import { NO_GRIDS } from './map-data';
import './governance.css';

interface What {
  description: string;
  categoryCode?: string;
}

export function PatrolPage() {
  const { t } = useTranslation();
  const text = useBilingual();
  const { state } = useSession();
  // A grid worker's grids lie in their street office's street: only those are offered.
  const region = state.status === 'signed_in' ? state.me.scope.departments[0]?.regionCode : undefined;
  const [form] = Form.useForm<What>();
  const [step, setStep] = useState(0);
  const [what, setWhat] = useState<What | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [place, setPlace] = useState<PatrolPlace | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const [filed, setFiled] = useState<IncidentDetail | null>(null);
  const categories = useApiQuery<CategoryTreeView>('/governance/categories');
  const grids = useApiQuery<GridMap>(`/governance/grids${queryString({ region })}`);
  const collection = grids.data ?? NO_GRIDS;
  const categoryChoices = categoryOptions(categories.data, text);

  async function submit() {
    if (what === null || place === null) return;
    setError(null);
    setIsSending(true);
    try {
      const photoIds: string[] = [];
      for (const file of files) if (file.originFileObj !== undefined) photoIds.push((await uploadPhoto(file.originFileObj, file.name)).id);
      const incident = await registerIncident({ description: what.description.trim(), categoryCode: what.categoryCode, requestType: 'report', lat: place.lat, lng: place.lng, ...(photoIds.length > 0 ? { photoIds } : {}) }, key);
      setFiled(incident);
      setKey(newIdempotencyKey());
    } catch (cause) {
      const message = applyApiError(form, cause, ['description', 'categoryCode']);
      setError(message ?? t('governanceConsole.patrol.checkWhat'));
    } finally {
      setIsSending(false);
    }
  }

  function again() {
    form.resetFields();
    setWhat(null);
    setFiles([]);
    setPlace(null);
    setFiled(null);
    setStep(0);
  }

  const steps = [t('governanceConsole.patrol.stepWhat'), t('governanceConsole.patrol.stepWhere'), t('governanceConsole.patrol.stepConfirm')];
  return (
    <div className="yw-gov-patrol">
      <PageHeading title={t('governanceConsole.patrol.title')} intro={t('governanceConsole.patrol.intro')} />
      <Steps className="yw-gov-steps" current={step} size="small" direction="horizontal" responsive={false} items={steps.map((title) => ({ title }))} />
      <div aria-live="polite">
        {filed !== null && (
          <Alert
            className="yw-form-alert"
            type="success"
            showIcon
            title={t('governanceConsole.patrol.filed', { number: filed.number })}
            action={
              <span>
                <Link to={`/governance/incidents/${filed.id}`}>{t('governanceConsole.hotline.open')}</Link> <Button onClick={again}>{t('governanceConsole.patrol.another')}</Button>
              </span>
            }
          />
        )}
        {error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} />}
      </div>
      <Form<What>
        form={form}
        name="patrol-what"
        layout="vertical"
        hidden={step !== 0}
        onFinish={(values) => {
          setWhat(values);
          setStep(1);
        }}
      >
        <h2>{steps[0]}</h2>
        <Form.Item name="description" label={t('governanceConsole.patrol.whatLabel')} rules={[{ required: true, whitespace: true, min: 4, message: t('governanceConsole.hotline.descriptionRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item name="categoryCode" label={t('governanceConsole.fields.category')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={categoryChoices} />
        </Form.Item>
        <Form.Item label={t('governanceConsole.fields.photos')} extra={t('governanceConsole.photoHint')}>
          <Upload accept="image/png,image/jpeg" capture="environment" maxCount={3} multiple beforeUpload={() => false} fileList={files} onChange={({ fileList }) => setFiles(fileList)}>
            <Button>{t('governanceConsole.choosePhotos')}</Button>
          </Upload>
        </Form.Item>
        <Button type="primary" htmlType="submit" block>
          {t('governanceConsole.patrol.next')}
        </Button>
      </Form>
      {step === 1 && (
        <section aria-labelledby="yw-gov-where">
          <h2 id="yw-gov-where">{steps[1]}</h2>
          <PatrolLocation grids={collection} place={place} onChange={setPlace} />
          <div className="yw-gov-actions">
            <Button onClick={() => setStep(0)}>{t('governanceConsole.patrol.back')}</Button>
            <Button type="primary" disabled={place === null} onClick={() => setStep(2)}>
              {t('governanceConsole.patrol.next')}
            </Button>
          </div>
        </section>
      )}
      {step === 2 && what !== null && place !== null && (
        <section aria-labelledby="yw-gov-confirm">
          <h2 id="yw-gov-confirm">{steps[2]}</h2>
          <dl>
            <dt>{t('governanceConsole.patrol.whatLabel')}</dt>
            <dd>{what.description}</dd>
            <dt>{t('governanceConsole.fields.category')}</dt>
            <dd>{categoryChoices.find((option) => option.value === what.categoryCode)?.label ?? t('governanceConsole.patrol.categoryBySuggestion')}</dd>
            <dt>{t('governanceConsole.fields.photos')}</dt>
            <dd>{files.length}</dd>
            <dt>{t('governanceConsole.fields.place')}</dt>
            <dd>{place.label}</dd>
          </dl>
          <GeoMap ariaLabel={t('governanceConsole.patrol.confirmMap')} markers={[{ id: 'here', lat: place.lat, lng: place.lng, color: '#cf1322', label: place.label }]} fit="markers" height={200} />
          <div className="yw-gov-actions">
            <Button onClick={() => setStep(1)} disabled={filed !== null}>
              {t('governanceConsole.patrol.back')}
            </Button>
            <Button type="primary" loading={isSending} disabled={filed !== null} onClick={() => void submit()}>
              {t('governanceConsole.patrol.submit')}
            </Button>
          </div>
        </section>
      )}
    </div>
  );
}
