// Legal basis, conditions and appeal route of a standard item.
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../SectionCard';
import { ListEntry, ListFooter } from './ListEntry';

const ID_PATTERN = /^[a-z0-9_]+$/;

export function RulesSection() {
  const { t } = useTranslation();
  const label = (key: string, options?: Record<string, unknown>) => t(`console.itemEditor.${key}`, options);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field }) }];
  return (
    <SectionCard title={label('rules')}>
      <h3 className="yw-subheading">{label('legalBasis')}</h3>
      <Form.List name="legalBasis">
        {(entries, { add, remove }, { errors }) => (
          <>
            {entries.map((entry, index) => (
              <ListEntry key={entry.key} title={label('legalBasisEntry', { n: index + 1 })} onRemove={() => remove(entry.name)}>
                <div className="yw-form-grid">
                  <Form.Item name={[entry.name, 'law']} label={label('law')} rules={required(label('law'))}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'article']} label={label('article')}>
                    <Input maxLength={100} />
                  </Form.Item>
                </div>
              </ListEntry>
            ))}
            <ListFooter label={label('addLegalBasis')} onAdd={() => add({ law: '', article: '' })} errors={errors} />
          </>
        )}
      </Form.List>
      <h3 className="yw-subheading">{label('conditions')}</h3>
      <Form.List name="conditions">
        {(entries, { add, remove }, { errors }) => (
          <>
            {entries.map((entry, index) => (
              <ListEntry key={entry.key} title={label('conditionEntry', { n: index + 1 })} onRemove={() => remove(entry.name)}>
                <div className="yw-form-grid yw-form-grid-3">
                  <Form.Item name={[entry.name, 'id']} label={label('entryId')} rules={[...required(label('entryId')), { pattern: ID_PATTERN, message: label('idRule') }]}>
                    <Input className="yw-mono" spellCheck={false} maxLength={40} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'zh']} label={label('textZh')} rules={required(label('textZh'))}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'en']} label={label('textEn')} rules={required(label('textEn'))}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} lang="en" />
                  </Form.Item>
                </div>
              </ListEntry>
            ))}
            <ListFooter label={label('addCondition')} onAdd={() => add({ id: '', zh: '', en: '' })} errors={errors} />
          </>
        )}
      </Form.List>
      <h3 className="yw-subheading">{label('appealRoute')}</h3>
      <div className="yw-form-grid">
        <Form.Item name="appealZh" label={label('appealZh')} rules={required(label('appealZh'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} />
        </Form.Item>
        <Form.Item name="appealEn" label={label('appealEn')} rules={required(label('appealEn'))}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} lang="en" />
        </Form.Item>
      </div>
    </SectionCard>
  );
}
