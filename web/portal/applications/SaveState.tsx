// "已保存 14:05": tells the person, politely to screen readers, that their answers are kept.
import { CloudSyncOutlined, CheckOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatClock } from './case-labels';
import type { DraftAutosave } from './useDraftAutosave';

export function SaveState({ autosave }: { autosave: Pick<DraftAutosave, 'isSaving' | 'savedAt' | 'error'> }) {
  const { t, i18n } = useTranslation();
  let content = null;
  if (autosave.isSaving) {
    content = (
      <>
        <CloudSyncOutlined aria-hidden="true" /> {t('portal.wizard.saving')}
      </>
    );
  } else if (autosave.error !== null) {
    content = (
      <>
        <ExclamationCircleOutlined aria-hidden="true" /> {t('portal.wizard.saveFailed', { message: autosave.error.message })}
      </>
    );
  } else if (autosave.savedAt !== null) {
    const time = formatClock(autosave.savedAt, i18n.language);
    content = (
      <>
        <CheckOutlined aria-hidden="true" /> {t('portal.wizard.savedAt', { time })}
      </>
    );
  }
  return (
    <p className={`yw-save-state${autosave.error === null ? '' : ' yw-save-state-error'}`} role="status" aria-live="polite">
      {content}
    </p>
  );
}
