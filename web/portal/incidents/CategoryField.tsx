// The category is optional: while the person writes, the classifier suggests one ("建议：占道经营（86%）") which
// they can accept with one tap, or they choose from the tree themselves.
import { Button, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import { useSuggestion } from '../../shared/governance/useSuggestion';
import type { CategoryTreeView } from './incidents-api';

interface CategoryFieldProps {
  id: string;
  tree: CategoryTreeView | undefined;
  description: string;
  value: string | undefined;
  onChange: (code: string | undefined) => void;
}

export function CategoryField({ id, tree, description, value, onChange }: CategoryFieldProps) {
  const { t } = useTranslation();
  const text = useBilingual();
  const suggestion = useSuggestion(description);
  const options = useMemo(
    () =>
      (tree?.items ?? []).map((group) => ({
        label: text(group.name),
        title: text(group.name),
        options: group.children.map((leaf) => ({ value: leaf.code, label: text(leaf.name) })),
      })),
    [tree, text],
  );
  const suggested = suggestion?.category ?? null;
  return (
    <div className="yw-category-field">
      {suggested !== null && suggested.code !== value && (
        <p className="yw-suggestion" role="status">
          <span>{t('governancePortal.report.suggested', { name: text(suggested.name), percent: Math.round((suggestion?.confidence ?? 0) * 100) })}</span>
          <Button size="large" onClick={() => onChange(suggested.code)}>
            {t('governancePortal.report.acceptSuggestion')}
          </Button>
        </p>
      )}
      <Select
        id={id}
        size="large"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('governancePortal.report.categoryPlaceholder')}
        options={options}
        value={value}
        onChange={(code: string | undefined) => onChange(code ?? undefined)}
      />
    </div>
  );
}
