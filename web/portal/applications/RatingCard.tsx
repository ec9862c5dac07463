// 好差评: five levels from 非常满意 (5) to 非常不满意 (1); for a bad rating (≤ 2) the person can say what went wrong.
// After sending, the stored rating is shown.
import { Alert, Button, Card, Checkbox, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api';
import { RATING_TAGS, type CaseView } from '../../shared/application-types';
import { rateCase } from './applications-api';
import { formatDay } from './case-labels';

const SCORES = [5, 4, 3, 2, 1] as const;
const BAD_AT_MOST = 2;

interface RatingValues {
  score?: number;
  tags?: string[];
  comment?: string;
}

function StoredRating({ rating }: { rating: NonNullable<CaseView['rating']> }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="yw-stored-rating">
      <p>
        <strong>{t(`portal.rating.scores.${rating.score}`)}</strong>
        <span className="yw-muted-text">{t('portal.rating.ratedOn', { date: formatDay(rating.createdAt, i18n.language) })}</span>
      </p>
      {rating.tags.length > 0 && <p>{rating.tags.map((tag) => t(`portal.rating.tags.${tag}`, { defaultValue: tag })).join(t('portal.guide.listSeparator'))}</p>}
      {rating.comment !== null && rating.comment !== '' && <p className="yw-pre-line">{rating.comment}</p>}
    </div>
  );
}

function RatingForm({ caseId, onRated }: { caseId: string; onRated: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RatingValues>();
  const score = Form.useWatch('score', form);
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);

  const send = async (values: RatingValues) => {
    if (values.score === undefined) return;
    setIsSending(true);
    setError(null);
    try {
      const isBad = values.score <= BAD_AT_MOST;
      const comment = values.comment?.trim() ?? '';
      await rateCase(caseId, { score: values.score, ...(isBad && values.tags !== undefined && values.tags.length > 0 ? { tags: values.tags } : {}), ...(comment === '' ? {} : { comment }) });
      onRated();
    } catch (cause) {
      setIsSending(false);
      setError(cause instanceof ApiError || cause instanceof Error ? cause.message : String(cause));
    }
  };

  return (
        <Form form={form} layout="vertical" onFinish={(values) => void send(values)} requiredMark={false}>
          <p>{t('portal.rating.intro')}</p>
          <fieldset className="yw-fieldset">
            <legend>{t('portal.rating.scoreLabel')}</legend>
            <Form.Item name="score" rules={[{ required: true, message: t('portal.rating.scoreRequired') }]}>
              <Radio.Group className="yw-rating-scores" aria-label={t('portal.rating.scoreLabel')} options={SCORES.map((value) => ({ value, label: t(`portal.rating.scores.${value}`) }))} />
            </Form.Item>
          </fieldset>
          {score !== undefined && score <= BAD_AT_MOST && (
            <fieldset className="yw-fieldset">
              <legend>{t('portal.rating.tagsLabel')}</legend>
              <Form.Item name="tags">
                <Checkbox.Group aria-label={t('portal.rating.tagsLabel')} options={RATING_TAGS.map((tag) => ({ value: tag, label: t(`portal.rating.tags.${tag}`) }))} />
              </Form.Item>
            </fieldset>
          )}
          <Form.Item name="comment" label={t('portal.rating.comment')} htmlFor="rating-comment">
            <Input.TextArea id="rating-comment" rows={3} maxLength={500} showCount />
          </Form.Item>
          {error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} />}
          <Button type="primary" htmlType="submit" loading={isSending}>
            {t('portal.rating.submit')}
          </Button>
        </Form>
  );
}

export function RatingCard({ view, onRated }: { view: CaseView; onRated: () => void }) {
  const { t } = useTranslation();
  if (view.rating === null && !view.canRate) return null;
  return (
    <Card className="yw-rating" role="region" aria-labelledby="case-rating" title={<h2 id="case-rating" className="yw-card-title">{t('portal.rating.title')}</h2>}>
      {view.rating !== null ? <StoredRating rating={view.rating} /> : <RatingForm caseId={view.id} onRated={onRated} />}
    </Card>
  );
}
