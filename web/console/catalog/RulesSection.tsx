// Legal basis, conditions and appeal route of a standard item.
import { Form, Input } from 'antd';
import { SectionCard } from '../SectionCard';
import { EntryIdField } from './EntryFields';
import { EntryList } from './EntryList';
import { useEditorLabels } from './useEditorLabels';

export function RulesSection() {
  const { label, required } = useEditorLabels();
  return (
    <SectionCard title={label('rules')}>
      <h3 className="yw-subheading">{label('legalBasis')}</h3>
      <EntryList
        name="legalBasis"
        entryTitle={(index) => label('legalBasisEntry', { n: index + 1 })}
        addLabel={label('addLegalBasis')}
        newEntry={() => ({ law: '', article: '' })}
        gridClassName="yw-form-grid"
      >
        {(name) => (
          <>
            <Form.Item name={[name, 'law']} label={label('law')} rules={required(label('law'))}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name={[name, 'article']} label={label('article')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
      </EntryList>
      <h3 className="yw-subheading">{label('conditions')}</h3>
      <EntryList
        name="conditions"
        entryTitle={(index) => label('conditionEntry', { n: index + 1 })}
        addLabel={label('addCondition')}
        newEntry={() => ({ id: '', zh: '', en: '' })}
      >
        {(name) => (
          <>
            <EntryIdField name={name} />
            <Form.Item name={[name, 'zh']} label={label('textZh')} rules={required(label('textZh'))}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />
            </Form.Item>
            <Form.Item name={[name, 'en']} label={label('textEn')} rules={required(label('textEn'))}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={300} lang="en" />
            </Form.Item>
          </>
        )}
      </EntryList>
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
