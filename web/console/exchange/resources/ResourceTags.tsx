// Grade, sharing type and quality score as tags: the words always say it, the colour only helps.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResourceSummary } from './resources-api';

import './resources.css';

// Own classes, not antd's preset colours: those light tints fail the 4.5:1 contrast of small text.

export function GradeTag({ grade }: { grade: ResourceSummary['grade'] }) {
  const { t } = useTranslation();
  return <Tag className={`yw-tag yw-tag-grade-${grade}`}>{t(`exchangeResources.gradeValue.${grade}`)}</Tag>;
}

export function SharingTag({ sharingType }: { sharingType: ResourceSummary['sharingType'] }) {
  const { t } = useTranslation();
  return <Tag className={`yw-tag yw-tag-sharing-${sharingType}`}>{t(`exchangeResources.sharingValue.${sharingType}`)}</Tag>;
}

export function ScoreText({ score }: { score: number | null }) {
  const { t } = useTranslation();
  if (score === null) return <span className="yw-muted">{t('exchangeResources.noScore')}</span>;
  const level = score >= 90 ? 'good' : score >= 70 ? 'fair' : 'poor';
  return <Tag className={`yw-tag yw-tag-score-${level}`}>{score}</Tag>;
}
