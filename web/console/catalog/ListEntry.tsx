import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One entry of an editable list (a material, a condition, a form field …) as a titled group with a remove button. */
export function ListEntry({ title, onRemove, children }: { title: string; onRemove: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <fieldset className="yw-list-entry">
      <legend className="yw-visually-hidden">{title}</legend>
      <div className="yw-list-entry-header">
        {/* The legend names the group for assistive technology; this is its visible twin beside the button. */}
        <span className="yw-list-entry-title" aria-hidden="true">
          {title}
        </span>
        <Button danger type="text" size="small" icon={<DeleteOutlined />} onClick={onRemove}>
          {t('console.itemEditor.remove', { entry: title })}
        </Button>
      </div>
      {children}
    </fieldset>
  );
}

/** The "add" button under a list, with the list's problems (duplicate ids, too few steps …) above it. */
export function ListFooter({ label, onAdd, errors }: { label: string; onAdd: () => void; errors: ReactNode[] }) {
  return (
    <div className="yw-list-footer">
      <Form.ErrorList errors={errors} />
      <Button type="dashed" icon={<PlusOutlined />} onClick={onAdd}>
        {label}
      </Button>
    </div>
  );
}
