// The materials of a standard item: name, required, formats, source (e-licence, shared data, upload,
// commitment) with its reference, trust level, and whether a region may accept a commitment instead.
import { Checkbox, Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { FILE_FORMATS, MATERIAL_SOURCES, TRUST_LEVELS } from '../../shared/catalog-vocabulary';
import { atLeastOne } from '../../shared/form-errors';
import { sourceLabel, trustLevelLabel } from '../../shared/labels';
import { SectionCard } from '../SectionCard';
import { ListEntry, ListFooter } from './ListEntry';

export function MaterialsSection() {
  const { t } = useTranslation();
  const label = (key: string, options?: Record<string, unknown>) => t(`console.itemEditor.${key}`, options);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field }) }];
  return (
    <SectionCard title={label('materials')}>
      <p className="yw-muted">{label('materialsIntro')}</p>
      <Form.List name="materials">
        {(entries, { add, remove }, { errors }) => (
          <>
            {entries.map((entry, index) => (
              <ListEntry key={entry.key} title={label('materialEntry', { n: index + 1 })} onRemove={() => remove(entry.name)}>
                <div className="yw-form-grid yw-form-grid-3">
                  <Form.Item name={[entry.name, 'id']} label={label('entryId')} rules={[...required(label('entryId')), { pattern: /^[a-z0-9_]+$/, message: label('idRule') }]}>
                    <Input className="yw-mono" spellCheck={false} maxLength={40} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'nameZh']} label={label('nameZh')} rules={required(label('nameZh'))}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'nameEn']} label={label('nameEn')} rules={required(label('nameEn'))}>
                    <Input maxLength={300} lang="en" />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'source']} label={label('source')}>
                    <Select options={MATERIAL_SOURCES.map((source) => ({ value: source, label: sourceLabel(t, source) }))} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'sourceRef']} label={label('sourceRef')} extra={label('sourceRefHelp')}>
                    <Input className="yw-mono" spellCheck={false} maxLength={80} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'trustLevel']} label={label('trustLevel')}>
                    <Select options={TRUST_LEVELS.map((level) => ({ value: level, label: trustLevelLabel(t, level) }))} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'formats']} label={label('formats')} rules={[atLeastOne(t('common.required', { field: label('formats') }))]}>
                    <Checkbox.Group options={FILE_FORMATS.map((format) => ({ value: format, label: format.toUpperCase() }))} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'isRequired']} label={label('isRequired')} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'allowsCommitment']} label={label('allowsCommitment')} valuePropName="checked" extra={label('allowsCommitmentHelp')}>
                    <Switch />
                  </Form.Item>
                </div>
              </ListEntry>
            ))}
            <ListFooter
              label={label('addMaterial')}
              onAdd={() => add({ id: '', nameZh: '', nameEn: '', isRequired: true, formats: ['pdf'], source: 'upload', trustLevel: 'C', allowsCommitment: false })}
              errors={errors}
            />
          </>
        )}
      </Form.List>
    </SectionCard>
  );
}
