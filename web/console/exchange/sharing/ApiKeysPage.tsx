// API keys of the department's systems: create one for approved grants (the key is shown once, with a copy button
// and a warning), the list by prefix with its grants, and revocation after a confirmation.
import { Alert, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { applyApiError } from '../../../shared/form-errors';
import { StatusTag } from '../../../shared/StatusTag';
import { QueryError } from '../../../shared/StatusViews';
import { useApiQuery } from '../../../shared/useApiQuery';
import { PageHeading } from '../../PageHeading';
import { createKey, revokeKey, type ApiKeyView, type CreatedKey, type RequestSummary } from './sharing-api';

export function ApiKeysPage() {
  const { t } = useTranslation();
  const keys = useApiQuery<{ items: ApiKeyView[] }>('/exchange/api-keys');
  const [isCreating, setIsCreating] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [error, setError] = useState<string | null>(null);

  function revoke(key: ApiKeyView) {
    setError(null);
    revokeKey(key.id)
      .then(() => keys.reload())
      .catch((cause: unknown) => setError(cause instanceof Error ? cause.message : String(cause)));
  }

  const columns: TableColumnsType<ApiKeyView> = [
    { key: 'name', title: t('exchangeSharing.keys.name'), dataIndex: 'name' },
    { key: 'prefix', title: t('exchangeSharing.keys.prefix'), render: (_: unknown, k) => <span className="yw-mono">ywk_{k.prefix}_…</span> },
    {
      key: 'grants',
      title: t('exchangeSharing.keys.grants'),
      render: (_: unknown, k) => (
        <Space wrap size={4}>
          {k.grants.map((g) => (
            <Link key={g.id} to={`/exchange/sharing/requests/${encodeURIComponent(g.id)}`} className="yw-mono">
              {g.number}
            </Link>
          ))}
        </Space>
      ),
    },
    { key: 'createdAt', title: t('exchangeSharing.keys.createdAt'), render: (_: unknown, k) => new Date(k.createdAt).toLocaleString() },
    { key: 'lastUsedAt', title: t('exchangeSharing.keys.lastUsedAt'), render: (_: unknown, k) => (k.lastUsedAt === null ? t('exchangeSharing.keys.never') : new Date(k.lastUsedAt).toLocaleString()) },
    {
      key: 'state',
      title: t('exchangeSharing.keys.state'),
      render: (_: unknown, k) => (k.revokedAt === null ? <StatusTag tone="success">{t('exchangeSharing.keys.active')}</StatusTag> : <Tag>{t('exchangeSharing.keys.revoked')}</Tag>),
    },
    {
      key: 'actions',
      title: t('exchangeSharing.detail.actions'),
      render: (_: unknown, k) =>
        k.revokedAt === null ? (
          <Popconfirm title={t('exchangeSharing.keys.revokeConfirm', { name: k.name })} okText={t('exchangeSharing.keys.revoke')} cancelText={t('common.cancel')} onConfirm={() => revoke(k)}>
            <Button danger size="small">
              {t('exchangeSharing.keys.revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeading
        title={t('exchangeSharing.keys.title')}
        intro={t('exchangeSharing.keys.intro')}
        actions={
          <Space wrap>
            <Link to="/exchange/sharing">{t('exchangeSharing.backToList')}</Link>
            <Button type="primary" onClick={() => setIsCreating(true)}>
              {t('exchangeSharing.keys.create')}
            </Button>
          </Space>
        }
      />
      {error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} />}
      <Card>
        {keys.error !== undefined ? (
          <QueryError error={keys.error} onRetry={keys.reload} />
        ) : (
          <Table<ApiKeyView> rowKey="id" columns={columns} dataSource={keys.data?.items ?? []} loading={keys.isLoading} pagination={false} scroll={{ x: 'max-content' }} locale={{ emptyText: t('common.empty') }} />
        )}
      </Card>
      {isCreating && (
        <CreateKeyDialog
          onClose={() => setIsCreating(false)}
          onCreated={(key) => {
            setIsCreating(false);
            setCreated(key);
            keys.reload();
          }}
        />
      )}
      {created !== null && <ShownOnce created={created} onClose={() => setCreated(null)} />}
    </>
  );
}

function CreateKeyDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (key: CreatedKey) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; grantIds: string[] }>();
  const grants = useApiQuery<{ items: RequestSummary[] }>('/exchange/requests?role=consumer&status=approved&limit=100');
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);
  const options = (grants.data?.items ?? []).map((g) => ({ value: g.id, label: `${g.number} · ${g.resource.code}` }));

  function finish(values: { name: string; grantIds: string[] }) {
    setError(null);
    setIsSending(true);
    createKey(values)
      .then(onCreated)
      .catch((cause: unknown) => setError(applyApiError(form, cause, ['name', 'grantIds'])))
      .finally(() => setIsSending(false));
  }

  return (
    <Modal open title={t('exchangeSharing.keys.createTitle')} okText={t('exchangeSharing.keys.create')} cancelText={t('common.cancel')} confirmLoading={isSending} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden maskClosable={false}>
      <Form form={form} name="api-key" layout="vertical" initialValues={{ grantIds: [] }} onFinish={finish}>
        <Form.Item name="name" label={t('exchangeSharing.keys.name')} rules={[{ required: true, whitespace: true, message: t('exchangeSharing.form.required') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="grantIds" label={t('exchangeSharing.keys.grants')} rules={[{ required: true, type: 'array', min: 1, message: t('exchangeSharing.form.required') }]}>
          <Select mode="multiple" loading={grants.isLoading} options={options} placeholder={t('exchangeSharing.keys.grantsPlaceholder')} notFoundContent={t('exchangeSharing.keys.noGrants')} />
        </Form.Item>
        <div aria-live="polite">{error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} />}</div>
      </Form>
    </Modal>
  );
}

function ShownOnce({ created, onClose }: { created: CreatedKey; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('exchangeSharing.keys.shownOnceTitle')}
      closable={false}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('exchangeSharing.keys.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('exchangeSharing.keys.shownOnce')} />
      <p className="yw-muted">{created.name}</p>
      <Typography.Paragraph copyable={{ text: created.key, tooltips: [t('exchangeSharing.keys.copy'), t('exchangeSharing.keys.copied')] }} className="yw-mono" aria-label={t('exchangeSharing.keys.keyLabel')}>
        {created.key}
      </Typography.Paragraph>
    </Modal>
  );
}
