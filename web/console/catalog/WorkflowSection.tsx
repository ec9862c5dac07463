// The workflow template: ordered steps, each with its kind, name, acting role and optional step limit. The server
// checks that it starts with acceptance and ends with a decision or delivery.
import { Form, InputNumber, Select } from 'antd';
import { STEP_KINDS, STEP_ROLES } from '../../shared/catalog-vocabulary';
import { roleLabel, stepKindLabel } from '../../shared/labels';
import { SectionCard } from '../SectionCard';
import { EntryNameFields } from './EntryFields';
import { EntryList } from './EntryList';
import { useEditorLabels } from './useEditorLabels';

export function WorkflowSection() {
  const { t, label } = useEditorLabels();
  return (
    <SectionCard title={label('workflow')}>
      <p className="yw-muted">{label('workflowIntro')}</p>
      <EntryList
        name="workflow"
        entryTitle={(index) => label('stepEntry', { n: index + 1 })}
        addLabel={label('addStep')}
        newEntry={() => ({ kind: 'review', nameZh: '', nameEn: '', role: 'reviewer', limitDays: null })}
      >
        {(name) => (
          <>
            <Form.Item name={[name, 'kind']} label={label('stepKind')}>
              <Select options={STEP_KINDS.map((kind) => ({ value: kind, label: stepKindLabel(t, kind) }))} />
            </Form.Item>
            <EntryNameFields name={name} />
            <Form.Item name={[name, 'role']} label={label('stepRole')}>
              <Select options={STEP_ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }))} />
            </Form.Item>
            <Form.Item name={[name, 'limitDays']} label={label('stepLimit')} extra={label('stepLimitHelp')}>
              <InputNumber min={1} max={365} precision={0} className="yw-full-width" />
            </Form.Item>
          </>
        )}
      </EntryList>
    </SectionCard>
  );
}
