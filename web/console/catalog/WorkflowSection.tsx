// The workflow template: ordered steps, each with its kind, name, acting role and optional step limit. The server
// checks that it starts with acceptance and ends with a decision or delivery.
import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { STEP_KINDS, STEP_ROLES } from '../../shared/catalog-vocabulary';
import { roleLabel, stepKindLabel } from '../../shared/labels';
import { SectionCard } from '../SectionCard';
import { ListEntry, ListFooter } from './ListEntry';

export function WorkflowSection() {
  const { t } = useTranslation();
  const label = (key: string, options?: Record<string, unknown>) => t(`console.itemEditor.${key}`, options);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field }) }];
  return (
    <SectionCard title={label('workflow')}>
      <p className="yw-muted">{label('workflowIntro')}</p>
      <Form.List name="workflow">
        {(entries, { add, remove }, { errors }) => (
          <>
            {entries.map((entry, index) => (
              <ListEntry key={entry.key} title={label('stepEntry', { n: index + 1 })} onRemove={() => remove(entry.name)}>
                <div className="yw-form-grid yw-form-grid-3">
                  <Form.Item name={[entry.name, 'kind']} label={label('stepKind')}>
                    <Select options={STEP_KINDS.map((kind) => ({ value: kind, label: stepKindLabel(t, kind) }))} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'nameZh']} label={label('nameZh')} rules={required(label('nameZh'))}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'nameEn']} label={label('nameEn')} rules={required(label('nameEn'))}>
                    <Input maxLength={300} lang="en" />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'role']} label={label('stepRole')}>
                    <Select options={STEP_ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }))} />
                  </Form.Item>
                  <Form.Item name={[entry.name, 'limitDays']} label={label('stepLimit')} extra={label('stepLimitHelp')}>
                    <InputNumber min={1} max={365} precision={0} className="yw-full-width" />
                  </Form.Item>
                </div>
              </ListEntry>
            ))}
            <ListFooter label={label('addStep')} onAdd={() => add({ kind: 'review', nameZh: '', nameEn: '', role: 'reviewer', limitDays: null })} errors={errors} />
          </>
        )}
      </Form.List>
    </SectionCard>
  );
}
