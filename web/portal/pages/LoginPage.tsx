// Portal login: a citizen's mobile number or an enterprise's credit code, and the password.
import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { login, safeNextPath } from '../../shared/auth';
import { CurrentPasswordField } from '../../shared/CurrentPasswordField';
import { applyApiError } from '../../shared/form-errors';
import { useSession } from '../../shared/session';
import { useDocumentTitle } from '../../shared/useDocumentTitle';

interface LoginValues {
  identifier: string;
  password: string;
}

const FIELDS = ['identifier', 'password'] as const;

export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginValues>();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const { refresh } = useSession();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [isStaffAccount, setIsStaffAccount] = useState(false);
  useDocumentTitle(t('portal.login.title'), 'app.portalName');

  async function submit(values: LoginValues) {
    setIsSubmitting(true);
    setProblem(null);
    setIsStaffAccount(false);
    try {
      const status = await login(values.identifier.trim(), values.password);
      if (status === 'signed_in') {
        await refresh();
        await navigate(safeNextPath(search.get('next'), '/me'));
        return;
      }
      setIsStaffAccount(true);
    } catch (error) {
      setProblem(applyApiError(form, error, FIELDS));
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <div className="yw-container yw-narrow yw-section">
      <Card>
        <h1 className="yw-form-heading">{t('portal.login.heading')}</h1>
        {problem !== null && <Alert className="yw-form-alert" type="error" showIcon title={problem} />}
        {isStaffAccount && (
          <Alert
            className="yw-form-alert"
            type="info"
            showIcon
            title={t('portal.login.staffAccount')}
            action={<a href="/console/login">{t('portal.login.goConsole')}</a>}
          />
        )}
        <Form form={form} name="login" layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)}>
          <Form.Item
            name="identifier"
            label={t('portal.login.identifier')}
            extra={t('portal.login.identifierHelp')}
            rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('portal.login.identifier') }) }]}
          >
            <Input autoComplete="username" inputMode="text" />
          </Form.Item>
          <CurrentPasswordField />
          <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
            {t('portal.login.submit')}
          </Button>
        </Form>
        <p className="yw-form-footer">
          {t('portal.login.noAccount')} <Link to="/register">{t('portal.login.registerNow')}</Link>
        </p>
      </Card>
    </div>
  );
}
