// 12345 热线受理: the operator records a call (type, caller, what was said, where, category with the classifier's
// live suggestion) and registers it, or answers an enquiry from the knowledge base and closes it on the spot.
// The form keeps everything on errors; one idempotency key per form files a double click once.
import { Alert, Button, Card, Form, Input, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBilingual } from '../../shared/bilingual';
import { applyApiError } from '../../shared/form-errors';
import { GeoMap } from '../../shared/governance/GeoMap';
import { useApiQuery } from '../../shared/useApiQuery';
import { PageHeading } from '../PageHeading';
import { REQUEST_TYPES, URGENCIES, actOnIncident, categoryOptions, newIdempotencyKey, registerIncident, type CategoryTreeView, type GridMap, type IncidentDetail, type IntakeBody, type KnowledgeItem, type RequestType, type Urgency } from './governance-api';
import { KnowledgePanel, knowledgeAnswer } from './KnowledgePanel';
import { gridLayer } from './map-data';
import { useSuggestion } from '../../shared/governance/useSuggestion';
import './governance.css';

interface Values {
  requestType: RequestType;
  callerName?: string;
  callerPhone?: string;
  description: string;
  address?: string;
  categoryCode?: string;
  urgency: Urgency;
  note?: string;
}

const FIELDS = ['requestType', 'callerName', 'callerPhone', 'description', 'address', 'categoryCode', 'urgency', 'lat', 'lng', 'note'];

function optional(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

export function HotlinePage() {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const [form] = Form.useForm<Values>();
  const requestType = Form.useWatch('requestType', form) ?? 'complaint';
  const description = Form.useWatch('description', form) ?? '';
  const suggestion = useSuggestion(description);
  const categories = useApiQuery<CategoryTreeView>('/governance/categories');
  const grids = useApiQuery<GridMap>('/governance/grids');
  const layers = useMemo(() => (grids.data === undefined ? [] : [gridLayer(grids.data, text)]), [grids.data, text]);
  const [pin, setPin] = useState<{ lat: number; lng: number } | null>(null);
  const [picked, setPicked] = useState<KnowledgeItem | null>(null);
  const [key, setKey] = useState(newIdempotencyKey);
  // An enquiry registered but not yet answered (the answer failed): retrying answers it, it is not filed again.
  const [pending, setPending] = useState<IncidentDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ incident: IncidentDetail; answered: boolean } | null>(null);
  const [isSending, setIsSending] = useState(false);
  const isEnquiry = requestType === 'enquiry';

  async function finish(values: Values) {
    setError(null);
    setDone(null);
    if (isEnquiry && picked === null && optional(values.note) === undefined) {
      form.setFields([{ name: 'note', errors: [t('governanceConsole.hotline.answerRequired')] }]);
      return;
    }
    setIsSending(true);
    try {
      const body: IntakeBody = {
        description: values.description.trim(),
        requestType: values.requestType,
        urgency: values.urgency,
        categoryCode: values.categoryCode,
        address: optional(values.address),
        callerName: optional(values.callerName),
        callerPhone: optional(values.callerPhone),
        ...(pin === null ? {} : pin),
      };
      let incident = pending ?? (await registerIncident(body, key));
      if (isEnquiry) {
        setPending(incident);
        const note = optional(values.note) ?? (picked === null ? '' : knowledgeAnswer(picked, i18n.language));
        incident = await actOnIncident(incident.id, 'answer', incident.version, { note: note.slice(0, 1000), ...(picked === null ? {} : { itemCode: picked.code }) });
      }
      setDone({ incident, answered: isEnquiry });
      setPending(null);
      setPicked(null);
      setPin(null);
      setKey(newIdempotencyKey());
      form.resetFields();
    } catch (cause) {
      const message = applyApiError(form, cause, FIELDS);
      if (message !== null) setError(message);
    } finally {
      setIsSending(false);
    }
  }

  const categoryChoices = categoryOptions(categories.data, text);
  return (
    <>
      <PageHeading title={t('governanceConsole.hotline.title')} intro={t('governanceConsole.hotline.intro')} />
      <div aria-live="polite">
        {done !== null && (
          <Alert
            className="yw-form-alert"
            type="success"
            showIcon
            title={t(done.answered ? 'governanceConsole.hotline.answered' : 'governanceConsole.hotline.registered', { number: done.incident.number })}
            action={<Link to={`/governance/incidents/${done.incident.id}`}>{t('governanceConsole.hotline.open')}</Link>}
          />
        )}
        {error !== null && <Alert className="yw-form-alert" type="error" showIcon title={t('governanceConsole.hotline.failed', { message: error })} />}
      </div>
      <div className="yw-gov-grid">
        <Card>
          <Form<Values> form={form} name="hotline-call" layout="vertical" initialValues={{ requestType: 'complaint', urgency: 'normal' }} onFinish={(values) => void finish(values)}>
            <Form.Item name="requestType" label={t('governanceConsole.fields.requestType')} rules={[{ required: true }]}>
              <Select options={REQUEST_TYPES.map((type) => ({ value: type, label: t(`governanceConsole.requestTypes.${type}`) }))} />
            </Form.Item>
            <Form.Item name="callerName" label={t('governanceConsole.fields.callerName')}>
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
            <Form.Item name="callerPhone" label={t('governanceConsole.fields.callerPhone')} rules={[{ pattern: /^[0-9+\- ]{5,20}$/, message: t('governanceConsole.hotline.phoneInvalid') }]}>
              <Input maxLength={20} inputMode="tel" autoComplete="off" />
            </Form.Item>
            <Form.Item name="description" label={t('governanceConsole.fields.description')} rules={[{ required: true, whitespace: true, min: 4, message: t('governanceConsole.hotline.descriptionRequired') }]}>
              <Input.TextArea rows={4} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item name="address" label={t('governanceConsole.fields.address')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item
              name="categoryCode"
              label={t('governanceConsole.fields.category')}
              extra={
                suggestion?.category ? (
                  <span aria-live="polite">
                    {t('governanceConsole.suggestionText', { category: text(suggestion.category.name), department: suggestion.department === null ? '—' : text(suggestion.department.name), confidence: Math.round(suggestion.confidence * 100) })}{' '}
                    <Button type="link" size="small" onClick={() => form.setFieldValue('categoryCode', suggestion.category?.code)}>
                      {t('governanceConsole.hotline.useSuggestion')}
                    </Button>
                  </span>
                ) : undefined
              }
            >
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={categoryChoices} />
            </Form.Item>
            <Form.Item name="urgency" label={t('governanceConsole.fields.urgency')}>
              <Select options={URGENCIES.map((value) => ({ value, label: t(`governanceConsole.urgencies.${value}`) }))} />
            </Form.Item>
            {isEnquiry && (
              <Form.Item name="note" label={t('governanceConsole.fields.answerNote')} extra={t('governanceConsole.hotline.answerHint')}>
                <Input.TextArea rows={3} maxLength={1000} />
              </Form.Item>
            )}
            <Button type="primary" htmlType="submit" loading={isSending}>
              {isEnquiry ? t('governanceConsole.hotline.answerAndClose') : t('governanceConsole.hotline.register')}
            </Button>
          </Form>
        </Card>
        <div>
          <GeoMap
            ariaLabel={t('governanceConsole.hotline.mapLabel')}
            layers={layers}
            onPick={(lat, lng) => setPin({ lat, lng })}
            picked={pin}
            textAlternative={<p>{pin === null ? t('governanceConsole.hotline.noPin') : t('governanceConsole.hotline.pinAt', { lat: pin.lat, lon: pin.lng })}</p>}
          />
          {pin !== null && <Button onClick={() => setPin(null)}>{t('governanceConsole.hotline.clearPin')}</Button>}
          {isEnquiry && <KnowledgePanel question={description} picked={picked} onPick={setPicked} />}
        </div>
      </div>
    </>
  );
}
