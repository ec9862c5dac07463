// The dialogs of the incident actions; each form holds exactly the fields its action reads (see schemas.ts).
import { Button, Form, Input, Radio, Select, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { departmentName, departmentRegionName, useBilingual } from '../../shared/bilingual';
import type { Department } from '../../shared/types';
import { useApiQuery } from '../../shared/useApiQuery';
import { FormDialog } from '../FormDialog';
import { URGENCIES, categoryOptions, uploadPhoto, type ActionBody, type CategoryTreeView, type IncidentDetail, type Urgency } from './governance-api';

export interface ActionDialogProps {
  action: string;
  incident: IncidentDetail;
  onSubmit: (body: ActionBody) => Promise<void>;
  onClose: () => void;
}

const NOTE_ONLY = new Set(['accept', 'start', 'close', 'answer']);

/** The dialog of one action, or null for actions without input (unlink). */
export function ActionDialog(props: ActionDialogProps) {
  if (props.action === 'dispatch') return <DispatchDialog {...props} />;
  if (props.action === 'handle') return <HandleDialog {...props} />;
  if (props.action === 'verify') return <VerifyDialog {...props} />;
  if (props.action === 'return') return <TextDialog {...props} field="reason" required />;
  if (props.action === 'link') return <LinkDialog {...props} />;
  if (props.action === 'unlink') return <TextDialog {...props} field={null} required={false} />;
  return <TextDialog {...props} field="note" required={props.action === 'close' || props.action === 'answer' || !NOTE_ONLY.has(props.action)} />;
}

function DispatchDialog({ incident, onSubmit, onClose }: ActionDialogProps) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const departments = useApiQuery<{ items: Department[] }>('/departments');
  const categories = useApiQuery<CategoryTreeView>('/governance/categories');
  const departmentOptions = (departments.data?.items ?? []).map((department) => ({
    value: department.id,
    label: `${departmentName(department, i18n.language)} (${department.code} · ${departmentRegionName(department, i18n.language)})`,
  }));
  const categoryChoices = categoryOptions(categories.data, text);
  interface Values {
    leadDepartmentId: string;
    assistingDepartmentIds?: string[];
    categoryCode?: string;
    urgency: Urgency;
    note?: string;
  }
  const suggested = incident.suggestion?.department?.id;
  return (
    <FormDialog<Values, ActionBody>
      name="dispatch-incident"
      title={t('governanceConsole.actions.dispatch')}
      okText={t('governanceConsole.actions.dispatch')}
      fields={['leadDepartmentId', 'assistingDepartmentIds', 'categoryCode', 'urgency', 'note']}
      initialValues={{ leadDepartmentId: suggested, categoryCode: incident.category?.code ?? incident.suggestion?.category?.code, urgency: incident.urgency }}
      toBody={(values) => ({
        leadDepartmentId: values.leadDepartmentId,
        ...(values.assistingDepartmentIds !== undefined && values.assistingDepartmentIds.length > 0 ? { assistingDepartmentIds: values.assistingDepartmentIds } : {}),
        ...(values.categoryCode !== undefined ? { categoryCode: values.categoryCode } : {}),
        urgency: values.urgency,
        ...(values.note !== undefined && values.note.trim() !== '' ? { note: values.note.trim() } : {}),
      })}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item name="leadDepartmentId" label={t('governanceConsole.fields.leadDepartment')} rules={[{ required: true, message: t('governanceConsole.required') }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={departmentOptions} loading={departments.isLoading} />
      </Form.Item>
      <Form.Item name="assistingDepartmentIds" label={t('governanceConsole.fields.assistingDepartments')}>
        <Select mode="multiple" maxCount={5} showSearch={{ optionFilterProp: 'label' }} options={departmentOptions} />
      </Form.Item>
      <Form.Item name="categoryCode" label={t('governanceConsole.fields.category')}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={categoryChoices} allowClear />
      </Form.Item>
      <Form.Item name="urgency" label={t('governanceConsole.fields.urgency')}>
        <Radio.Group options={URGENCIES.map((value) => ({ value, label: t(`governanceConsole.urgencies.${value}`) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('governanceConsole.fields.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}

function HandleDialog({ onSubmit, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  const [files, setFiles] = useState<UploadFile[]>([]);
  return (
    <FormDialog<{ note: string }, { note: string }>
      name="handle-incident"
      title={t('governanceConsole.actions.handle')}
      okText={t('governanceConsole.actions.handle')}
      fields={['note', 'photoIds']}
      toBody={({ note }) => ({ note: note.trim() })}
      onSubmit={async ({ note }) => {
        // The evidence photos go up first; their ids travel with the action.
        const photoIds: string[] = [];
        for (const file of files) {
          if (file.originFileObj !== undefined) photoIds.push((await uploadPhoto(file.originFileObj, file.name)).id);
        }
        await onSubmit({ note, photoIds });
      }}
      onClose={onClose}
    >
      <Form.Item name="note" label={t('governanceConsole.fields.handlingNote')} rules={[{ required: true, whitespace: true, message: t('governanceConsole.required') }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
      <Form.Item
        name="photoIds"
        label={t('governanceConsole.fields.evidencePhotos')}
        extra={t('governanceConsole.photoHint')}
        // The server needs at least one photo of the place as it is now; the files live in this dialog's state.
        rules={[{ required: true, validator: () => (files.length > 0 ? Promise.resolve() : Promise.reject(new Error(t('governanceConsole.evidencePhotoRequired')))) }]}
      >
        <Upload accept="image/png,image/jpeg" maxCount={3} multiple beforeUpload={() => false} fileList={files} onChange={({ fileList }) => setFiles(fileList)} listType="text">
          <Button>{t('governanceConsole.choosePhotos')}</Button>
        </Upload>
      </Form.Item>
    </FormDialog>
  );
}

function VerifyDialog({ onSubmit, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog<{ passed: boolean; note?: string }, ActionBody>
      name="verify-incident"
      title={t('governanceConsole.actions.verify')}
      okText={t('governanceConsole.actions.verify')}
      fields={['passed', 'note']}
      initialValues={{ passed: true }}
      toBody={({ passed, note }) => ({ passed, ...(note !== undefined && note.trim() !== '' ? { note: note.trim() } : {}) })}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item name="passed" label={t('governanceConsole.fields.verifyResult')}>
        <Radio.Group
          options={[
            { value: true, label: t('governanceConsole.verifyPassed') },
            { value: false, label: t('governanceConsole.verifyFailed') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('governanceConsole.fields.note')}>
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormDialog>
  );
}

function LinkDialog({ onSubmit, onClose }: ActionDialogProps) {
  const { t } = useTranslation();
  return (
    <FormDialog<{ parentId: string }, ActionBody>
      name="link-incident"
      title={t('governanceConsole.actions.link')}
      okText={t('governanceConsole.actions.link')}
      fields={['parentId']}
      toBody={({ parentId }) => ({ parentId: parentId.trim() })}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      <Form.Item
        name="parentId"
        label={t('governanceConsole.fields.parentId')}
        extra={t('governanceConsole.parentIdHint')}
        rules={[{ required: true, whitespace: true, pattern: /^\s*[0-9a-f-]{36}\s*$/i, message: t('governanceConsole.parentIdInvalid') }]}
      >
        <Input maxLength={36} />
      </Form.Item>
    </FormDialog>
  );
}

function TextDialog({ action, onSubmit, onClose, field, required }: ActionDialogProps & { field: 'note' | 'reason' | null; required: boolean }) {
  const { t } = useTranslation();
  return (
    <FormDialog<Record<string, string | undefined>, ActionBody>
      name={`${action}-incident`}
      title={t(`governanceConsole.actions.${action}`)}
      okText={t(`governanceConsole.actions.${action}`)}
      fields={field === null ? [] : [field]}
      toBody={(values) => {
        const value = field === null ? undefined : values[field]?.trim();
        return field !== null && value !== undefined && value !== '' ? { [field]: value } : {};
      }}
      onSubmit={onSubmit}
      onClose={onClose}
    >
      {field === null ? (
        <p>{t('governanceConsole.confirmAction')}</p>
      ) : (
        <Form.Item name={field} label={t(`governanceConsole.fields.${field}`)} rules={required ? [{ required: true, whitespace: true, message: t('governanceConsole.required') }] : []}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      )}
    </FormDialog>
  );
}
