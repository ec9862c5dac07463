// The standard item beside the local values: the statutory limit, conditions and materials a region may choose
// from, and — when the standard changed since the region confirmed it — what changed.
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useBilingual } from '../../shared/bilingual';
import { sourceLabel } from '../../shared/labels';
import { StatusTag } from '../../shared/StatusTag';
import type { StandardItemContent } from '../catalog/item-form-model';

function changes(previous: StandardItemContent, current: StandardItemContent, text: (value: { zh: string; en: string }) => string, t: (key: string, options?: Record<string, unknown>) => string): string[] {
  const lines: string[] = [];
  if (previous.statutoryDays !== current.statutoryDays) lines.push(t('console.implEditor.changedStatutory', { from: previous.statutoryDays, to: current.statutoryDays }));
  const before = new Map(previous.materials.map((material) => [material.id, material]));
  const after = new Map(current.materials.map((material) => [material.id, material]));
  for (const material of current.materials) if (!before.has(material.id)) lines.push(t('console.implEditor.addedMaterial', { name: text(material.name) }));
  for (const material of previous.materials) if (!after.has(material.id)) lines.push(t('console.implEditor.removedMaterial', { name: text(material.name) }));
  for (const material of current.materials) {
    if (before.get(material.id)?.allowsCommitment === true && material.allowsCommitment !== true) lines.push(t('console.implEditor.commitmentWithdrawn', { name: text(material.name) }));
  }
  const conditionsBefore = new Set(previous.conditions.map((condition) => condition.id));
  const conditionsAfter = new Set(current.conditions.map((condition) => condition.id));
  for (const condition of current.conditions) if (!conditionsBefore.has(condition.id)) lines.push(t('console.implEditor.addedCondition', { text: text(condition.text) }));
  for (const condition of previous.conditions) if (!conditionsAfter.has(condition.id)) lines.push(t('console.implEditor.removedCondition', { text: text(condition.text) }));
  return lines;
}

interface StandardColumnProps {
  standard: { version: number; content: StandardItemContent };
  previous: { version: number; content: StandardItemContent } | null;
}

export function StandardColumn({ standard, previous }: StandardColumnProps) {
  const { t } = useTranslation();
  const text = useBilingual();
  const item = standard.content;
  const changed = previous === null ? [] : changes(previous.content, item, text, t);
  return (
    <Card className="yw-standard-column" title={<h2 className="yw-card-title">{t('console.implEditor.standardTitle', { version: standard.version })}</h2>}>
      {previous !== null && (
        <section className="yw-standard-changes" aria-labelledby="standard-changes">
          <h3 id="standard-changes" className="yw-subheading">
            {t('console.implEditor.changesSince', { version: previous.version })}
          </h3>
          {changed.length === 0 ? <p className="yw-muted">{t('console.implEditor.noRelevantChanges')}</p> : <ul>{changed.map((line) => <li key={line}>{line}</li>)}</ul>}
        </section>
      )}
      <dl className="yw-standard-facts">
        <dt>{t('console.implEditor.statutoryDays')}</dt>
        <dd>{t('console.implEditor.workingDays', { count: item.statutoryDays })}</dd>
      </dl>
      <h3 className="yw-subheading">{t('console.implEditor.standardConditions')}</h3>
      {item.conditions.length === 0 ? (
        <p className="yw-muted">{t('console.catalog.none')}</p>
      ) : (
        <ol className="yw-standard-list">
          {item.conditions.map((condition) => (
            <li key={condition.id}>{text(condition.text)}</li>
          ))}
        </ol>
      )}
      <h3 className="yw-subheading">{t('console.implEditor.standardMaterials')}</h3>
      <ol className="yw-standard-list">
        {item.materials.map((material) => (
          <li key={material.id}>
            <span>{text(material.name)}</span>{' '}
            <Tag>{material.isRequired ? t('portal.guide.required') : t('portal.guide.optional')}</Tag>
            <Tag>{sourceLabel(t, material.source)}</Tag>
            {material.allowsCommitment === true && <StatusTag tone="info">{t('console.implEditor.commitmentAllowed')}</StatusTag>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
