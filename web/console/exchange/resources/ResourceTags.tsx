// Grade, sharing type and quality score as tags: the words always say it, the colour only helps.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResourceSummary } from './resources-api';

const GRADE_COLOURS: Record<ResourceSummary['grade'], string> = { general: 'default', important: 'orange', core: 'red' };
const SHARING_COLOURS: Record<ResourceSummary['sharingType'], string> = { unconditional: 'green', conditional: 'blue', not_shared: 'default' };

export function GradeTag({ grade }: { grade: ResourceSummary['grade'] }) {
  const { t } = useTranslation();
  return <Tag color={GRADE_COLOURS[grade]}>{t(`exchangeResources.gradeValue.${grade}`)}</Tag>;
}

export function SharingTag({ sharingType }: { sharingType: ResourceSummary['sharingType'] }) {
  const { t } = useTranslation();
  return <Tag color={SHARING_COLOURS[sharingType]}>{t(`exchangeResources.sharingValue.${sharingType}`)}</Tag>;
}

export function ScoreText({ score }: { score: number | null }) {
  const { t } = useTranslation();
  if (score === null) return <span className="yw-muted">{t('exchangeResources.noScore')}</span>;
  const colour = score >= 90 ? 'green' : score >= 70 ? 'gold' : 'red';
  return <Tag color={colour}>{score}</Tag>;
}
