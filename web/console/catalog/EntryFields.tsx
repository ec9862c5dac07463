import { Form, Input } from 'antd';
import { useEditorLabels } from './useEditorLabels';

/** The machine id of a list entry (a material, a condition): lower-case letters, digits and underscores. */
export function EntryIdField({ name }: { name: number }) {
  const { label, required } = useEditorLabels();
  return (
    <Form.Item name={[name, 'id']} label={label('entryId')} rules={[...required(label('entryId')), { pattern: /^[a-z0-9_]+$/, message: label('idRule') }]}>
      <Input className="yw-mono" spellCheck={false} maxLength={40} />
    </Form.Item>
  );
}

/** The Chinese and English names of a list entry (a material, a workflow step). */
export function EntryNameFields({ name }: { name: number }) {
  const { label, required } = useEditorLabels();
  return (
    <>
      <Form.Item name={[name, 'nameZh']} label={label('nameZh')} rules={required(label('nameZh'))}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name={[name, 'nameEn']} label={label('nameEn')} rules={required(label('nameEn'))}>
        <Input maxLength={300} lang="en" />
      </Form.Item>
    </>
  );
}
