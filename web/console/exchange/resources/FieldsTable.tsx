// A resource's fields: key, name, type, data element, personal / sensitive flags and quality rules.
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../shared/bilingual';
import type { ResourceFieldView } from './resources-api';
import './resources.css';

function rulesText(field: ResourceFieldView, t: (key: string) => string): string {
  const r = field.rules;
  if (!r) return '';
  const parts: string[] = [];
  if (r.required) parts.push(t('exchangeResources.ruleValue.required'));
  if (r.pattern !== undefined) parts.push(`${t('exchangeResources.ruleValue.pattern')} ${r.pattern}`);
  if (r.enum !== undefined) parts.push(`${t('exchangeResources.ruleValue.enum')} ${r.enum.join(' / ')}`);
  if (r.min !== undefined) parts.push(`${t('exchangeResources.ruleValue.min')} ${r.min}`);
  if (r.max !== undefined) parts.push(`${t('exchangeResources.ruleValue.max')} ${r.max}`);
  if (r.ref) parts.push(`${t('exchangeResources.ruleValue.ref')} ${r.ref.resource}${r.ref.field ? `.${r.ref.field}` : ''}`);
  return parts.join('；');
}

export function FieldsTable({ fields }: { fields: ResourceFieldView[] }) {
  const { t } = useTranslation();
  const text = useBilingual();
  return (
    <Table<ResourceFieldView>
      size="small"
      rowKey="key"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={fields}
      columns={[
        { key: 'key', title: t('exchangeResources.fieldKey'), dataIndex: 'key', render: (key: string) => <span className="yw-mono">{key}</span> },
        { key: 'name', title: t('exchangeResources.fieldName'), render: (_: unknown, f: ResourceFieldView) => text(f.name) },
        { key: 'type', title: t('exchangeResources.fieldType'), render: (_: unknown, f: ResourceFieldView) => t(`exchangeResources.typeValue.${f.type}`) },
        { key: 'element', title: t('exchangeResources.element'), render: (_: unknown, f: ResourceFieldView) => (f.element ? <span className="yw-mono">{f.element}</span> : '—') },
        {
          key: 'tags',
          title: t('exchangeResources.tags'),
          render: (_: unknown, f: ResourceFieldView) => (
            <>
              {f.personal && <Tag className="yw-tag yw-tag-personal">{t('exchangeResources.personalTag')}</Tag>}
              {f.sensitive && <Tag className="yw-tag yw-tag-sensitive">{t('exchangeResources.sensitiveTag')}</Tag>}
            </>
          ),
        },
        { key: 'rules', title: t('exchangeResources.rules'), render: (_: unknown, f: ResourceFieldView) => rulesText(f, t) || '—' },
      ]}
    />
  );
}
