// Up to three photos: each is sent to the server as soon as it is chosen (which checks the content and the size),
// previewed from the person's own file, and can be removed. A refusal is shown with the file's name.
import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { Alert, Button, Spin } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../shared/api';
import { uploadPhoto } from './incidents-api';

export const MAX_PHOTOS = 3;

export interface PickedPhoto {
  id: string;
  name: string;
  /** An object URL of the person's own file, for the preview. */
  previewUrl: string;
}

interface PhotoPickerProps {
  value: PickedPhoto[];
  onChange: (photos: PickedPhoto[]) => void;
  error: string | null;
}

export function PhotoPicker({ value, onChange, error }: PhotoPickerProps) {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])].slice(0, MAX_PHOTOS - value.length);
    event.target.value = '';
    if (files.length === 0) return;
    setUploading(true);
    setRefusal(null);
    const added: PickedPhoto[] = [];
    for (const file of files) {
      try {
        const stored = await uploadPhoto(file);
        added.push({ id: stored.id, name: file.name, previewUrl: URL.createObjectURL(file) });
      } catch (cause) {
        const message = cause instanceof ApiError ? cause.message : t('governancePortal.report.photoFailed');
        setRefusal(t('governancePortal.report.photoRefused', { name: file.name, message }));
      }
    }
    setUploading(false);
    if (added.length > 0) onChange([...value, ...added]);
  };

  const remove = (photo: PickedPhoto) => {
    URL.revokeObjectURL(photo.previewUrl);
    onChange(value.filter((p) => p.id !== photo.id));
  };

  return (
    <div className="yw-photo-picker">
      {value.length > 0 && (
        <ul className="yw-photo-list">
          {value.map((photo, index) => (
            <li key={photo.id} className="yw-photo-item">
              <img src={photo.previewUrl} alt={t('governancePortal.report.photoPreview', { n: index + 1, name: photo.name })} />
              <Button icon={<DeleteOutlined aria-hidden="true" />} onClick={() => remove(photo)} size="large">
                {t('governancePortal.report.removePhoto')}
                <span className="yw-visually-hidden">{photo.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      {value.length < MAX_PHOTOS && (
        <>
          <input ref={inputRef} id="incident-photos" className="yw-visually-hidden" type="file" accept="image/jpeg,image/png" multiple onChange={(event) => void choose(event)} tabIndex={-1} aria-hidden="true" />
          <Button icon={<CameraOutlined aria-hidden="true" />} size="large" onClick={() => inputRef.current?.click()} disabled={uploading}>
            {t('governancePortal.report.addPhoto', { left: MAX_PHOTOS - value.length })}
          </Button>
        </>
      )}
      {uploading && (
        <span role="status" className="yw-photo-uploading">
          <Spin size="small" /> {t('governancePortal.report.photoUploading')}
        </span>
      )}
      <p className="yw-muted-text yw-photo-hint">{t('governancePortal.report.photoHint')}</p>
      {refusal !== null && <Alert type="error" showIcon title={refusal} role="alert" />}
      {error !== null && (
        <div className="ant-form-item-explain-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
