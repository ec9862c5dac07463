// The materials of a standard item: name, required, formats, source (e-licence, shared data, upload,
// commitment) with its reference, trust level, and whether a region may accept a commitment instead.
import { Checkbox, Form, Input, Select, Switch } from 'antd';
import { FILE_FORMATS, MATERIAL_SOURCES, TRUST_LEVELS } from '../../shared/catalog-vocabulary';
import { atLeastOne } from '../../shared/form-errors';
import { sourceLabel, trustLevelLabel } from '../../shared/labels';
import { SectionCard } from '../SectionCard';
import { EntryIdField, EntryNameFields } from './EntryFields';
import { EntryList } from './EntryList';
import { useEditorLabels } from './useEditorLabels';

export function MaterialsSection() {
  const { t, label } = useEditorLabels();
  return (
    <SectionCard title={label('materials')}>
      <p className="yw-muted">{label('materialsIntro')}</p>
      <EntryList
        name="materials"
        entryTitle={(index) => label('materialEntry', { n: index + 1 })}
        addLabel={label('addMaterial')}
        newEntry={() => ({ id: '', nameZh: '', nameEn: '', isRequired: true, formats: ['pdf'], source: 'upload', trustLevel: 'C', allowsCommitment: false })}
      >
        {(name) => (
          <>
            <EntryIdField name={name} />
            <EntryNameFields name={name} />
            <Form.Item name={[name, 'source']} label={label('source')}>
              <Select options={MATERIAL_SOURCES.map((source) => ({ value: source, label: sourceLabel(t, source) }))} />
            </Form.Item>
            <Form.Item name={[name, 'sourceRef']} label={label('sourceRef')} extra={label('sourceRefHelp')}>
              <Input className="yw-mono" spellCheck={false} maxLength={80} />
            </Form.Item>
            <Form.Item name={[name, 'trustLevel']} label={label('trustLevel')}>
              <Select options={TRUST_LEVELS.map((level) => ({ value: level, label: trustLevelLabel(t, level) }))} />
            </Form.Item>
            <Form.Item name={[name, 'formats']} label={label('formats')} rules={[atLeastOne(t('common.required', { field: label('formats') }))]}>
              <Checkbox.Group options={FILE_FORMATS.map((format) => ({ value: format, label: format.toUpperCase() }))} />
            </Form.Item>
            <Form.Item name={[name, 'isRequired']} label={label('isRequired')} valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item name={[name, 'allowsCommitment']} label={label('allowsCommitment')} valuePropName="checked" extra={label('allowsCommitmentHelp')}>
              <Switch />
            </Form.Item>
          </>
        )}
      </EntryList>
    </SectionCard>
  );
}
