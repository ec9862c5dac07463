// The nationally fixed elements of a standard item: code, names, type, competent department, audience, limits.
import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../SectionCard';
import { AUDIENCES, HANDLING_VARIANTS, ITEM_TYPES, SERVICE_DEPARTMENT_KINDS, SERVICE_THEMES } from '../../shared/catalog-vocabulary';
import { atLeastOne } from '../../shared/form-errors';
import { audienceLabel, departmentKindLabel, itemTypeLabel, themeLabel, variantLabel } from '../../shared/labels';

export function BasicsSection({ isNew }: { isNew: boolean }) {
  const { t } = useTranslation();
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field }) }];
  const label = (key: string) => t(`console.itemEditor.${key}`);
  return (
    <SectionCard title={label('basics')}>
      <div className="yw-form-grid">
        <Form.Item name="code" label={label('code')} extra={label('codeHelp')} rules={[...required(label('code')), { pattern: /^[0-9A-Z-]{6,40}$/, message: label('codeRule') }]}>
          <Input className="yw-mono" disabled={!isNew} spellCheck={false} maxLength={40} />
        </Form.Item>
        <Form.Item name="type" label={label('type')} rules={[{ required: true, message: t('common.required', { field: label('type') }) }]}>
          <Select options={ITEM_TYPES.map((type) => ({ value: type, label: itemTypeLabel(t, type) }))} />
        </Form.Item>
        <Form.Item name="nameZh" label={label('nameZh')} rules={required(label('nameZh'))}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="nameEn" label={label('nameEn')} rules={required(label('nameEn'))}>
          <Input maxLength={300} lang="en" />
        </Form.Item>
        <Form.Item name="departmentKind" label={label('departmentKind')} rules={[{ required: true, message: t('common.required', { field: label('departmentKind') }) }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={SERVICE_DEPARTMENT_KINDS.map((kind) => ({ value: kind, label: departmentKindLabel(t, kind) }))} />
        </Form.Item>
        <Form.Item name="statutoryDays" label={label('statutoryDays')} extra={label('statutoryDaysHelp')} rules={[{ required: true, message: t('common.required', { field: label('statutoryDays') }) }]}>
          <InputNumber min={0} max={365} precision={0} className="yw-full-width" />
        </Form.Item>
        <Form.Item name="audience" label={label('audience')} rules={[atLeastOne(t('common.required', { field: label('audience') }))]}>
          <Checkbox.Group options={AUDIENCES.map((audience) => ({ value: audience, label: audienceLabel(t, audience) }))} />
        </Form.Item>
        <Form.Item name="variants" label={label('variants')} rules={[atLeastOne(t('common.required', { field: label('variants') }))]}>
          <Checkbox.Group options={HANDLING_VARIANTS.map((variant) => ({ value: variant, label: variantLabel(t, variant) }))} />
        </Form.Item>
        <Form.Item name="themes" label={label('themes')} extra={label('themesHelp')}>
          <Select mode="tags" options={SERVICE_THEMES.map((theme) => ({ value: theme, label: themeLabel(t, theme) }))} />
        </Form.Item>
        <Form.Item name="keywords" label={label('keywords')} extra={label('keywordsHelp')}>
          <Select mode="tags" open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item name="issuesElicence" label={label('issuesElicence')} extra={label('issuesElicenceHelp')}>
          <Input className="yw-mono" spellCheck={false} maxLength={80} />
        </Form.Item>
      </div>
    </SectionCard>
  );
}
