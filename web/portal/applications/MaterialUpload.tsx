// Upload of one material: the file's bytes go to the server as they are, with progress; the server checks the
// content (PDF, JPEG, PNG) and its answer — the file, or why it was refused — is shown right here.
import { CheckCircleFilled, PaperClipOutlined } from '@ant-design/icons';
import { Alert, Progress, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api';
import type { UploadedFile } from '../../shared/application-types';
import { uploadFile } from './applications-api';
import { rememberUploadName } from './wizard-model';

interface MaterialUploadProps {
  /** The material's name, read out with the picker: "选择文件：犬只照片". */
  label: string;
  accept: string;
  fileName: string | undefined;
  hasFile: boolean;
  onUploaded: (file: UploadedFile) => void;
}

export function MaterialUpload({ label, accept, fileName, hasFile, onUploaded }: MaterialUploadProps) {
  const { t } = useTranslation();
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const customRequest: UploadProps['customRequest'] = ({ file }) => {
    if (!(file instanceof File)) return;
    setError(null);
    setPercent(0);
    uploadFile(file, setPercent)
      .then((uploaded) => {
        rememberUploadName(uploaded.id, uploaded.fileName);
        setPercent(null);
        onUploaded(uploaded);
      })
      .catch((cause: unknown) => {
        setPercent(null);
        setError(cause instanceof ApiError ? cause.message : t('portal.wizard.upload.failed'));
      });
  };

  return (
    <div className="yw-material-upload">
      {hasFile && (
        <p className="yw-uploaded-file">
          <CheckCircleFilled aria-hidden="true" className="yw-ok-icon" /> {t('portal.wizard.upload.done', { name: fileName ?? t('portal.wizard.upload.unnamed') })}
        </p>
      )}
      <Upload accept={accept} customRequest={customRequest} showUploadList={false} maxCount={1}>
        <span className="yw-upload-trigger">
          <PaperClipOutlined aria-hidden="true" /> {hasFile ? t('portal.wizard.upload.replace') : t('portal.wizard.upload.choose')}
          <span className="yw-visually-hidden">{t('portal.wizard.upload.for', { name: label })}</span>
        </span>
      </Upload>
      <p className="yw-upload-hint">{t('portal.wizard.upload.hint', { formats: accept.replaceAll(',', ' ') })}</p>
      {percent !== null && (
        <div role="status" className="yw-upload-progress">
          <Progress percent={percent} size="small" aria-label={t('portal.wizard.upload.progress', { name: label })} />
          <span className="yw-visually-hidden">{t('portal.wizard.upload.uploading', { percent })}</span>
        </div>
      )}
      {error !== null && <Alert type="error" showIcon title={error} className="yw-upload-error" />}
    </div>
  );
}
