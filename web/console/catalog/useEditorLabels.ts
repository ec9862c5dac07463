import { useTranslation } from 'react-i18next';

/** The item editor's texts: `label` reads a console.itemEditor key, `required` builds the "X is required" rule. */
export function useEditorLabels() {
  const { t } = useTranslation();
  const label = (key: string, options?: Record<string, unknown>) => t(`console.itemEditor.${key}`, options);
  const required = (field: string) => [{ required: true, whitespace: true, message: t('common.required', { field }) }];
  return { t, label, required };
}
