// Publish a data resource (a data steward, for their department): basics, sharing, and the fields editor.
import { Alert, App, Button, Checkbox, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../shared/api';
import { departmentName } from '../../../shared/bilingual';
import { NoAccess } from '../../../shared/StatusViews';
import { useSession } from '../../../shared/session';
import { PageHeading } from '../../PageHeading';
import { SectionCard } from '../../SectionCard';
import { EMPTY_FIELD, FieldEditor, type FieldDraft } from './FieldEditor';
import { CYCLES, GRADES, METHODS, SHARING_TYPES, SUBJECT_KINDS, publishResource, type ResourceInput } from './resources-api';
import './resources.css';

interface Values {
  code: string;
  providerDepartment?: string;
  nameZh: string;
  nameEn: string;
  descriptionZh?: string;
  descriptionEn?: string;
  classClass: string;
  classItem: string;
  classCategory: string;
  subjectKind: ResourceInput['subjectKind'];
  grade: ResourceInput['grade'];
  sharingType: ResourceInput['sharingType'];
  notSharedBasis?: string;
  method: ResourceInput['method'];
  openData?: boolean;
  updateCycle: ResourceInput['updateCycle'];
  releasedOn?: string;
  fields: FieldDraft[];
}

function toBody(v: Values): ResourceInput {
  return {
    code: v.code.trim(),
    ...(v.providerDepartment ? { providerDepartment: v.providerDepartment } : {}),
    name: { zh: v.nameZh.trim(), en: v.nameEn.trim() },
    description: { zh: v.descriptionZh?.trim() ?? '', en: v.descriptionEn?.trim() ?? '' },
    classification: { class: v.classClass.trim(), item: v.classItem.trim(), category: v.classCategory.trim() },
    subjectKind: v.subjectKind,
    grade: v.grade,
    sharingType: v.sharingType,
    notSharedBasis: v.sharingType === 'not_shared' ? (v.notSharedBasis?.trim() ?? '') : null,
    method: v.method,
    openData: v.openData === true,
    updateCycle: v.updateCycle,
    releasedOn: v.releasedOn || null,
    fields: v.fields.map((f) => ({
      key: f.key.trim(),
      name: { zh: f.nameZh.trim(), en: f.nameEn.trim() },
      type: f.type,
      ...(f.element ? { element: f.element } : {}),
      personal: f.personal === true,
      sensitive: f.sensitive === true,
      ...(f.required ? { rules: { required: true } } : {}),
    })),
  };
}

/** The server names fields by body path (fields.2.element, notSharedBasis); this form's names differ a little. */
function formPath(field: string): (string | number)[] | null {
  const parts = field.replace(/^body[./]/, '').split('.');
  const top: Record<string, string> = { code: 'code', notSharedBasis: 'notSharedBasis', openData: 'openData', providerDepartment: 'providerDepartment' };
  if (parts[0] === 'fields' && parts[1] !== undefined && parts[2] !== undefined) {
    const leaf: string = parts[2] === 'name' ? (parts[3] === 'en' ? 'nameEn' : 'nameZh') : parts[2] === 'rules' ? 'required' : parts[2];
    return ['fields', Number(parts[1]), leaf];
  }
  const name = parts[0] !== undefined ? top[parts[0]] : undefined;
  return name !== undefined ? [name] : null;
}

export function PublishResourcePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { state } = useSession();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const sharingType = Form.useWatch('sharingType', form);
  if (state.status !== 'signed_in' || !state.me.roles.includes('data_steward')) return <NoAccess />;
  const departments = state.me.scope.departments;
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field }) }];
  const options = (values: readonly string[], group: string) => values.map((value) => ({ value, label: t(`exchangeResources.${group}.${value}`) }));

  async function submit(values: Values) {
    setIsSaving(true);
    setProblem(null);
    try {
      const saved = await publishResource(toBody(values));
      void message.success(saved.gradeDerived ? `${t('exchangeResources.published', { code: saved.code })} · ${t('exchangeResources.gradeRaised', { grade: t(`exchangeResources.gradeValue.${saved.grade}`) })}` : t('exchangeResources.published', { code: saved.code }));
      void navigate(`/exchange/resources/${encodeURIComponent(saved.code)}`);
    } catch (cause) {
      const unplaced: string[] = [];
      if (cause instanceof ApiError && cause.fieldProblems.length > 0) {
        const placed = cause.fieldProblems.flatMap((p) => {
          const name = formPath(p.field);
          if (name === null) unplaced.push(`${p.field}: ${p.message}`);
          return name === null ? [] : [{ name, errors: [p.message] }];
        });
        form.setFields(placed as Parameters<typeof form.setFields>[0]);
        setProblem([cause.message, ...unplaced].join(' '));
      } else setProblem(cause instanceof Error ? cause.message : String(cause));
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <div className="yw-publish-resource">
      <PageHeading title={t('exchangeResources.publish')} intro={t('exchangeResources.publishIntro')} />
      {problem !== null && <Alert type="error" showIcon title={problem} />}
      <Form<Values>
        form={form}
        layout="vertical"
        name="publish-resource"
        initialValues={{ subjectKind: 'person', grade: 'general', sharingType: 'conditional', method: 'lookup', updateCycle: 'daily', openData: false, providerDepartment: departments[0]?.code, fields: [{ ...EMPTY_FIELD }] }}
        onFinish={(values) => void submit(values)}
      >
        <SectionCard title={t('exchangeResources.basics')}>
          <div className="yw-filters">
            <Form.Item name="code" label={t('exchangeResources.code')} extra={t('exchangeResources.codeHelp')} rules={required(t('exchangeResources.code'))}>
              <Input className="yw-mono" spellCheck={false} maxLength={64} />
            </Form.Item>
            {departments.length > 1 && (
              <Form.Item name="providerDepartment" label={t('exchangeResources.providerDepartment')}>
                <Select options={departments.map((d) => ({ value: d.code, label: departmentName(d, i18n.language) }))} />
              </Form.Item>
            )}
            <Form.Item name="nameZh" label={t('exchangeResources.nameZh')} rules={required(t('exchangeResources.nameZh'))}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="nameEn" label={t('exchangeResources.nameEn')} rules={required(t('exchangeResources.nameEn'))}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="classClass" label={t('exchangeResources.classClass')} rules={required(t('exchangeResources.classClass'))}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="classItem" label={t('exchangeResources.classItem')} rules={required(t('exchangeResources.classItem'))}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="classCategory" label={t('exchangeResources.classCategory')} rules={required(t('exchangeResources.classCategory'))}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="subjectKind" label={t('exchangeResources.subjectKind')}>
              <Select options={options(SUBJECT_KINDS, 'subjectValue')} />
            </Form.Item>
            <Form.Item name="grade" label={t('exchangeResources.grade')}>
              <Select options={options(GRADES, 'gradeValue')} />
            </Form.Item>
            <Form.Item name="sharingType" label={t('exchangeResources.sharingType')}>
              <Select options={options(SHARING_TYPES, 'sharingValue')} />
            </Form.Item>
            {sharingType === 'not_shared' && (
              <Form.Item name="notSharedBasis" label={t('exchangeResources.notSharedBasis')} rules={required(t('exchangeResources.notSharedBasis'))}>
                <Input maxLength={1000} />
              </Form.Item>
            )}
            <Form.Item name="method" label={t('exchangeResources.method')}>
              <Select options={options(METHODS, 'methodValue')} />
            </Form.Item>
            <Form.Item name="updateCycle" label={t('exchangeResources.updateCycle')}>
              <Select options={options(CYCLES, 'cycleValue')} />
            </Form.Item>
            <Form.Item name="releasedOn" label={t('exchangeResources.releasedOn')}>
              <Input type="date" />
            </Form.Item>
          </div>
          <Form.Item name="descriptionZh" label={t('exchangeResources.descriptionZh')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="descriptionEn" label={t('exchangeResources.descriptionEn')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Form.Item name="openData" valuePropName="checked">
            <Checkbox>{t('exchangeResources.openData')}</Checkbox>
          </Form.Item>
        </SectionCard>
        <SectionCard title={t('exchangeResources.fields')}>
          <FieldEditor />
        </SectionCard>
        <div className="yw-form-actions">
          <Button type="primary" htmlType="submit" loading={isSaving}>
            {t('exchangeResources.submitPublish')}
          </Button>
        </div>
      </Form>
    </div>
  );
}
