// One sharing request: what was asked for and why, the open step and its deadline, the grant, the decision
// history, and the actions the caller's department may take now (sent with If-Match).
import { Alert, Button, Card, Descriptions, Empty, Space, Timeline } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import { useBilingual } from '../../../shared/bilingual';
import { PageLoading, QueryError } from '../../../shared/StatusViews';
import { useApiQuery } from '../../../shared/useApiQuery';
import { PageHeading } from '../../PageHeading';
import { DecisionDialog } from './DecisionDialogs';
import { actOnRequest, type ActionBody, type RequestDetail, type SharingAction } from './sharing-api';
import { DeadlineTag, RequestStatusTag } from './SharingTags';

export function RequestDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const text = useBilingual();
  const query = useApiQuery<RequestDetail>(`/exchange/requests/${encodeURIComponent(id)}`);
  const [action, setAction] = useState<SharingAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const request = query.data;
  if (request === undefined) return query.error !== undefined ? <QueryError error={query.error} onRetry={query.reload} /> : <PageLoading />;

  const dept = (d: RequestDetail['consumer']) => text({ zh: d.name, en: d.nameEn });
  const fieldName = (key: string) => {
    const f = request.resource.fields.find((x) => x.key === key);
    return f ? text(f.name) : key;
  };
  const fieldList = (keys: string[]) => (keys.length === 0 ? t('exchangeSharing.detail.none') : keys.map(fieldName).join('、'));

  async function send(body: ActionBody) {
    if (action === null || request === undefined) return;
    try {
      await actOnRequest(request.id, action, request.version, body);
      setNotice(null);
    } catch (cause) {
      if (!(cause instanceof ApiError) || cause.status !== 412) throw cause;
      setNotice(t('exchangeSharing.detail.conflict'));
    }
    setAction(null);
    query.reload();
  }

  const actionLabel: Record<SharingAction, string> = { approve: t('exchangeSharing.detail.approve'), refuse: t('exchangeSharing.detail.refuse'), revoke: t('exchangeSharing.detail.revoke') };
  return (
    <>
      <PageHeading
        title={t('exchangeSharing.detail.title', { number: request.number })}
        actions={<Link to="/exchange/sharing">{t('exchangeSharing.backToList')}</Link>}
      />
      {notice !== null && <Alert className="yw-form-alert" type="warning" showIcon title={notice} />}
      <Space orientation="vertical" size="middle" className="yw-full-width">
        {request.availableActions.length > 0 && (
          <Card title={<h2 className="yw-card-title">{t('exchangeSharing.detail.actions')}</h2>}>
            <Space wrap>
              {request.availableActions.map((a) => (
                <Button key={a} type={a === 'approve' ? 'primary' : 'default'} danger={a !== 'approve'} onClick={() => setAction(a)}>
                  {actionLabel[a]}
                </Button>
              ))}
            </Space>
          </Card>
        )}
        <Card title={<h2 className="yw-card-title">{t('exchangeSharing.detail.summary')}</h2>}>
          <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
            <Descriptions.Item label={t('exchangeSharing.detail.status')}>
              <RequestStatusTag status={request.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.due')}>
              <DeadlineTag dueOn={request.dueOn} deadline={request.deadline} />
            </Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.resource')}>
              {text(request.resource.name)} <span className="yw-mono">{request.resource.code}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.grade')}>{t(`exchangeSharing.grade.${request.resource.grade}`)}</Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.sharingType')}>{t(`exchangeSharing.sharingType.${request.resource.sharingType}`)}</Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.deciding')}>{request.decidingDepartments.map(dept).join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.consumer')}>{dept(request.consumer)}</Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.provider')}>{dept(request.provider)}</Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.purpose')}>{request.purpose}</Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.legalBasis')}>{request.legalBasis}</Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.period')}>
              {request.periodFrom} – {request.periodUntil}
            </Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.statutory')}>{request.statutory ? t('exchangeSharing.detail.yes') : t('exchangeSharing.detail.no')}</Descriptions.Item>
            <Descriptions.Item label={t('exchangeSharing.detail.requestedFields')} span={2}>
              {fieldList(request.requestedFields)}
            </Descriptions.Item>
            {request.refusalReason !== null && (
              <Descriptions.Item label={t('exchangeSharing.detail.refusalReason')} span={2}>
                {request.refusalReason}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        {request.grant !== null && (
          <Card title={<h2 className="yw-card-title">{t('exchangeSharing.detail.grant')}</h2>}>
            <Descriptions column={1} bordered size="small">
              <Descriptions.Item label={t('exchangeSharing.detail.grantedFields')}>{fieldList(request.grant.fields)}</Descriptions.Item>
              <Descriptions.Item label={t('exchangeSharing.detail.plainFields')}>{fieldList(request.grant.plainFields)}</Descriptions.Item>
              <Descriptions.Item label={t('exchangeSharing.detail.rate')}>{t('exchangeSharing.detail.perMinute', { count: request.grant.ratePerMinute })}</Descriptions.Item>
              <Descriptions.Item label={t('exchangeSharing.detail.expiresOn')}>{request.grant.expiresOn}</Descriptions.Item>
            </Descriptions>
          </Card>
        )}
        <Card title={<h2 className="yw-card-title">{t('exchangeSharing.detail.history')}</h2>}>
          {request.decisions.length === 0 ? (
            <Empty description={t('exchangeSharing.detail.noHistory')} />
          ) : (
            <Timeline
              items={request.decisions.map((d, i) => ({
                key: `${d.at}-${i}`,
                color: d.outcome === 'refused' || d.outcome === 'revoked' ? 'red' : 'green',
                content: (
                  <div>
                    <strong>
                      {t(`exchangeSharing.status.${d.step}`)} · {t(`exchangeSharing.detail.outcome.${d.outcome}`)}
                    </strong>
                    <div>{t('exchangeSharing.detail.decisionBy', { name: d.byName, department: dept(d.department) })}</div>
                    <div className="yw-muted">{new Date(d.at).toLocaleString()}</div>
                    {d.note !== null && <div>{d.note}</div>}
                  </div>
                ),
              }))}
            />
          )}
        </Card>
      </Space>
      {action !== null && <DecisionDialog request={request} action={action} onSubmit={send} onClose={() => setAction(null)} />}
    </>
  );
}
