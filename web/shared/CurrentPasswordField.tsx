import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The password field of a login form (name "password"), which browsers fill with the saved password. */
export function CurrentPasswordField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="password" label={t('fields.password')} rules={[{ required: true, message: t('common.required', { field: t('fields.password') }) }]}>
      <Input.Password autoComplete="current-password" />
    </Form.Item>
  );
}
