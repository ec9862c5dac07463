import { useTranslation } from 'react-i18next';
import { StatusTag } from '../../shared/StatusTag';
import type { LicenceStatus } from './licence-types';

export function LicenceStatusTag({ status }: { status: LicenceStatus }) {
  const { t } = useTranslation();
  return <StatusTag tone={status === 'valid' ? 'success' : 'error'}>{t(`portal.licences.status.${status}`)}</StatusTag>;
}
