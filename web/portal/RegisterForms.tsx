// The two registration forms. Field names match the API body, so server field errors land on the right field.
import { Alert, Button, Form, Input, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../shared/api';
import { login } from '../shared/auth';
import { applyApiError } from '../shared/form-errors';
import { useSession } from '../shared/session';
import { RegionPicker } from './RegionPicker';

const PASSWORD_PATTERN = /^(?=.*[A-Za-z])(?=.*\d).{8,}$/;

interface CitizenValues {
  name: string;
  idNumber: string;
  mobile: string;
  regionCode?: string;
  password: string;
  confirmPassword: string;
}

interface EnterpriseValues {
  name: string;
  creditCode: string;
  legalRepresentative: string;
  mobile: string;
  regionCode?: string;
  password: string;
  confirmPassword: string;
}

const CITIZEN_FIELDS = ['name', 'idNumber', 'mobile', 'regionCode', 'password'] as const;
const ENTERPRISE_FIELDS = ['name', 'creditCode', 'legalRepresentative', 'mobile', 'regionCode', 'password'] as const;

function useRequired() {
  const { t } = useTranslation();
  return (field: string): Rule[] => [{ required: true, whitespace: true, message: t('common.required', { field }) }];
}

/** Registers, then logs in with the identifier the user will use next time, then opens /me. */
function useRegistration(form: FormInstance, fields: readonly string[]) {
  const navigate = useNavigate();
  const { refresh } = useSession();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Once the account exists, a second press (after a failed login) must not register it again.
  const registeredPath = useRef<string | null>(null);

  async function register(path: string, body: Record<string, unknown>, identifier: string, password: string) {
    setIsSubmitting(true);
    setProblem(null);
    try {
      if (registeredPath.current !== path) {
        await api.post(path, body);
        registeredPath.current = path;
      }
      await login(identifier, password);
      await refresh();
      await navigate('/me');
    } catch (error) {
      setProblem(applyApiError(form, error, fields));
    } finally {
      setIsSubmitting(false);
    }
  }
  return { register, isSubmitting, problem };
}

function PasswordFields() {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <>
      <Form.Item
        name="password"
        label={t('fields.password')}
        extra={t('portal.register.passwordHelp')}
        rules={[...required(t('fields.password')), { pattern: PASSWORD_PATTERN, message: t('portal.register.passwordRule') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('fields.confirmPassword')}
        dependencies={['password']}
        rules={[
          ...required(t('fields.confirmPassword')),
          ({ getFieldValue }) => ({
            validator: (_rule, value: unknown) =>
              value === undefined || value === '' || value === getFieldValue('password')
                ? Promise.resolve()
                : Promise.reject(new Error(t('portal.register.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}

interface RegisterFormProps<T> {
  form: FormInstance<T>;
  name: string;
  onFinish: (values: T) => void;
  problem: string | null;
  isSubmitting: boolean;
  submitLabel: string;
  /** The fields that name the registrant; the mobile number, region and password follow them. */
  children: ReactNode;
}

/** The frame both registration forms share: the problem, the registrant's fields, contact, region, password, submit. */
function RegisterForm<T>({ form, name, onFinish, problem, isSubmitting, submitLabel, children }: RegisterFormProps<T>) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Form form={form} name={name} layout="vertical" requiredMark="optional" onFinish={onFinish}>
      {problem !== null && <Alert className="yw-form-alert" type="error" showIcon title={problem} />}
      {children}
      <Form.Item name="mobile" label={t('fields.mobile')} rules={required(t('fields.mobile'))}>
        <Input type="tel" autoComplete="tel-national" inputMode="numeric" maxLength={11} />
      </Form.Item>
      <Form.Item name="regionCode" label={t('fields.region')} extra={t('portal.register.regionHelp')}>
        <RegionPicker />
      </Form.Item>
      <PasswordFields />
      <Button type="primary" htmlType="submit" block size="large" loading={isSubmitting}>
        {submitLabel}
      </Button>
    </Form>
  );
}

export function CitizenRegisterForm() {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm<CitizenValues>();
  const { register, isSubmitting, problem } = useRegistration(form, CITIZEN_FIELDS);

  function submit(values: CitizenValues) {
    const mobile = values.mobile.trim();
    const body = {
      name: values.name.trim(),
      idNumber: values.idNumber.trim().toUpperCase(),
      mobile,
      password: values.password,
      ...(values.regionCode === undefined ? {} : { regionCode: values.regionCode }),
    };
    void register('/citizens', body, mobile, values.password);
  }

  return (
    <RegisterForm form={form} name="citizen" onFinish={submit} problem={problem} isSubmitting={isSubmitting} submitLabel={t('portal.register.submitCitizen')}>
      <Form.Item name="name" label={t('fields.name')} rules={required(t('fields.name'))}>
        <Input autoComplete="name" maxLength={50} />
      </Form.Item>
      <Form.Item name="idNumber" label={t('fields.idNumber')} rules={required(t('fields.idNumber'))}>
        <Input autoComplete="off" maxLength={18} spellCheck={false} />
      </Form.Item>
    </RegisterForm>
  );
}

export function EnterpriseRegisterForm() {
  const { t } = useTranslation();
  const required = useRequired();
  const [form] = Form.useForm<EnterpriseValues>();
  const { register, isSubmitting, problem } = useRegistration(form, ENTERPRISE_FIELDS);

  function submit(values: EnterpriseValues) {
    const creditCode = values.creditCode.trim().toUpperCase();
    const body = {
      name: values.name.trim(),
      creditCode,
      legalRepresentative: values.legalRepresentative.trim(),
      mobile: values.mobile.trim(),
      password: values.password,
      ...(values.regionCode === undefined ? {} : { regionCode: values.regionCode }),
    };
    void register('/enterprises', body, creditCode, values.password);
  }

  return (
    <RegisterForm form={form} name="enterprise" onFinish={submit} problem={problem} isSubmitting={isSubmitting} submitLabel={t('portal.register.submitEnterprise')}>
      <Form.Item name="name" label={t('fields.enterpriseName')} rules={required(t('fields.enterpriseName'))}>
        <Input autoComplete="organization" maxLength={100} />
      </Form.Item>
      <Form.Item name="creditCode" label={t('fields.creditCode')} rules={required(t('fields.creditCode'))}>
        <Input autoComplete="off" maxLength={18} spellCheck={false} />
      </Form.Item>
      <Form.Item
        name="legalRepresentative"
        label={t('fields.legalRepresentative')}
        rules={required(t('fields.legalRepresentative'))}
      >
        <Input autoComplete="off" maxLength={50} />
      </Form.Item>
    </RegisterForm>
  );
}
