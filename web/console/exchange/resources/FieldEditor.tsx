// The publish form's fields editor: one fieldset per field (key, names, type, data element, PI flags, required).
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../../shared/bilingual';
import { useApiQuery } from '../../../shared/useApiQuery';
import { FIELD_TYPES } from './resources-api';

export interface FieldDraft {
  key: string;
  nameZh: string;
  nameEn: string;
  type: (typeof FIELD_TYPES)[number];
  element?: string;
  personal?: boolean;
  sensitive?: boolean;
  required?: boolean;
}

export const EMPTY_FIELD: Partial<FieldDraft> = { type: 'string', personal: false, sensitive: false, required: false };

export function FieldEditor() {
  const { t } = useTranslation();
  const text = useBilingual();
  const elements = useApiQuery<{ items: { code: string; name: { zh: string; en: string } }[] }>('/catalog/data-elements');
  const elementOptions = (elements.data?.items ?? []).map((e) => ({ value: e.code, label: `${e.code} · ${text(e.name)}` }));
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field }) }];
  return (
    <Form.List name="fields">
      {(rows, { add, remove }) => (
        <>
          {rows.map((row, index) => (
            <fieldset key={row.key} className="yw-field-editor">
              <legend>{t('exchangeResources.fieldN', { index: index + 1 })}</legend>
              <div className="yw-filters">
                <Form.Item name={[row.name, 'key']} label={t('exchangeResources.fieldKey')} rules={required(t('exchangeResources.fieldKey'))}>
                  <Input className="yw-mono" spellCheck={false} maxLength={64} />
                </Form.Item>
                <Form.Item name={[row.name, 'nameZh']} label={t('exchangeResources.nameZh')} rules={required(t('exchangeResources.nameZh'))}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name={[row.name, 'nameEn']} label={t('exchangeResources.nameEn')} rules={required(t('exchangeResources.nameEn'))}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name={[row.name, 'type']} label={t('exchangeResources.fieldType')}>
                  <Select options={FIELD_TYPES.map((type) => ({ value: type, label: t(`exchangeResources.typeValue.${type}`) }))} />
                </Form.Item>
                <Form.Item name={[row.name, 'element']} label={t('exchangeResources.element')}>
                  <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={elementOptions} />
                </Form.Item>
              </div>
              <Form.Item name={[row.name, 'personal']} valuePropName="checked" noStyle>
                <Checkbox>{t('exchangeResources.personal')}</Checkbox>
              </Form.Item>
              <Form.Item name={[row.name, 'sensitive']} valuePropName="checked" noStyle>
                <Checkbox>{t('exchangeResources.sensitive')}</Checkbox>
              </Form.Item>
              <Form.Item name={[row.name, 'required']} valuePropName="checked" noStyle>
                <Checkbox>{t('exchangeResources.required')}</Checkbox>
              </Form.Item>
              {rows.length > 1 && (
                <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(row.name)} aria-label={t('exchangeResources.removeField', { index: index + 1 })} />
              )}
            </fieldset>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ ...EMPTY_FIELD })}>
            {t('exchangeResources.addField')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
