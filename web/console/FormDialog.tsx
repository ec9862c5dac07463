// The frame of every console action that needs input (case actions, sharing decisions): a modal with a form, the
// server's refusal placed on its fields (or in words under them), and the action sent only when the form is valid.
import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../shared/form-errors';

export interface FormDialogProps<V, B> {
  name: string;
  title: string;
  okText: string;
  /** Field names of the form, where the server's per-field problems go. */
  fields: readonly string[];
  initialValues?: Partial<V>;
  toBody: (values: V) => B;
  /** Sends the action; resolves when done (or when a conflict was handled), throws the error to show. */
  onSubmit: (body: B) => Promise<void>;
  onClose: () => void;
  children: ReactNode | ((form: FormInstance<V>) => ReactNode);
}

export function FormDialog<V extends object, B>({ name, title, okText, fields, initialValues, toBody, onSubmit, onClose, children }: FormDialogProps<V, B>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const [error, setError] = useState<string | null>(null);
  const [isSending, setIsSending] = useState(false);

  function finish(values: V) {
    setError(null);
    setIsSending(true);
    onSubmit(toBody(values))
      .catch((cause: unknown) => {
        const message = applyApiError(form, cause, fields);
        if (message !== null) setError(t('console.applications.dialogError', { message }));
      })
      .finally(() => setIsSending(false));
  }

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      confirmLoading={isSending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      maskClosable={false}
    >
      <Form<V> form={form} name={name} layout="vertical" initialValues={initialValues} onFinish={finish}>
        {typeof children === 'function' ? children(form) : children}
        <div aria-live="polite">{error !== null && <Alert className="yw-form-alert" type="error" showIcon title={error} />}</div>
      </Form>
    </Modal>
  );
}
