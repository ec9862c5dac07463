// The form builder: the application form as a list of fields — name, titles, type, required, limits, choices and
// the data element a field is bound to (so life events can merge it and data can be fetched).
import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import type { DataElement } from '../../shared/catalog-types';
import { fieldKindLabel } from '../../shared/labels';
import { SectionCard } from '../SectionCard';
import { ListEntry, ListFooter } from './ListEntry';

const KINDS = ['string', 'number', 'integer', 'boolean', 'date', 'enum', 'object', 'array'] as const;

function FieldEntry({ name, index, elements, onRemove }: { name: number; index: number; elements: DataElement[]; onRemove: () => void }) {
  const { t } = useTranslation();
  const text = useBilingual();
  const form = Form.useFormInstance();
  const kind: unknown = Form.useWatch(['fields', name, 'kind'], form);
  const fieldName: unknown = Form.useWatch(['fields', name, 'name'], form);
  const label = (key: string, options?: Record<string, unknown>) => t(`console.itemEditor.${key}`, options);
  const isText = kind === 'string' || kind === 'enum' || kind === 'date';
  const hasLimits = kind === 'string' || kind === 'number' || kind === 'integer';
  const title = typeof fieldName === 'string' && fieldName !== '' ? label('fieldEntryNamed', { n: index + 1, name: fieldName }) : label('fieldEntry', { n: index + 1 });
  return (
    <ListEntry title={title} onRemove={onRemove}>
      <div className="yw-form-grid yw-form-grid-3">
        <Form.Item name={[name, 'name']} label={label('fieldName')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: label('fieldName') }) }]}>
          <Input className="yw-mono" spellCheck={false} maxLength={60} />
        </Form.Item>
        <Form.Item name={[name, 'titleZh']} label={label('titleZh')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: label('titleZh') }) }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name={[name, 'titleEn']} label={label('titleEn')}>
          <Input maxLength={150} lang="en" />
        </Form.Item>
        <Form.Item name={[name, 'kind']} label={label('fieldKind')}>
          <Select options={KINDS.map((value) => ({ value, label: fieldKindLabel(t, value) }))} />
        </Form.Item>
        <Form.Item name={[name, 'element']} label={label('element')} extra={label('elementHelp')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={label('noElement')}
            options={elements.map((element) => ({ value: element.code, label: `${text(element.name)} · ${element.code}` }))}
          />
        </Form.Item>
        <Form.Item name={[name, 'isRequired']} label={label('fieldRequired')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {kind === 'string' && (
          <Form.Item name={[name, 'pattern']} label={label('pattern')} extra={label('patternHelp')}>
            <Input className="yw-mono" spellCheck={false} maxLength={200} />
          </Form.Item>
        )}
        {hasLimits && (
          <>
            <Form.Item name={[name, 'min']} label={isText ? label('minLength') : label('minimum')}>
              <InputNumber className="yw-full-width" min={isText ? 0 : undefined} />
            </Form.Item>
            <Form.Item name={[name, 'max']} label={isText ? label('maxLength') : label('maximum')}>
              <InputNumber className="yw-full-width" min={isText ? 0 : undefined} />
            </Form.Item>
          </>
        )}
        {kind === 'enum' && (
          <Form.Item name={[name, 'enumValues']} label={label('enumValues')} extra={label('enumValuesHelp')} rules={[{ required: true, message: t('common.required', { field: label('enumValues') }) }]}>
            <Select mode="tags" open={false} suffixIcon={null} />
          </Form.Item>
        )}
      </div>
    </ListEntry>
  );
}

export function FormFieldsSection({ elements }: { elements: DataElement[] }) {
  const { t } = useTranslation();
  const label = (key: string) => t(`console.itemEditor.${key}`);
  return (
    <SectionCard title={label('form')}>
      <p className="yw-muted">{label('formIntro')}</p>
      <Form.List name="fields">
        {(entries, { add, remove }, { errors }) => (
          <>
            {entries.map((entry, index) => (
              <FieldEntry key={entry.key} name={entry.name} index={index} elements={elements} onRemove={() => remove(entry.name)} />
            ))}
            <ListFooter
              label={label('addField')}
              onAdd={() => add({ name: '', titleZh: '', titleEn: '', kind: 'string', isRequired: false, enumValues: [], min: null, max: null, rest: {} })}
              errors={errors}
            />
          </>
        )}
      </Form.List>
    </SectionCard>
  );
}
