// One timeline for the applicant: a single case's events, or a life event's own events with every item's events
// merged in time order, each labelled with its item.
import { Timeline } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../shared/application-types';
import { useBilingual } from '../../shared/bilingual';
import { formatMoment, statusLabel } from './case-labels';

type TimelineEntry = CaseView['timeline'][number];

/** The parent's and the children's events, once each, oldest first. */
export function mergedTimeline(parent: CaseView, children: CaseView[]): TimelineEntry[] {
  const seen = new Set<string>();
  const out: TimelineEntry[] = [];
  for (const entry of [...parent.timeline, ...children.flatMap((child) => child.timeline)]) {
    const key = `${entry.caseNumber}|${entry.at}|${entry.action}|${entry.toStatus}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(entry);
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

function actionText(t: TFunction, entry: TimelineEntry): string {
  return t(`portal.timeline.${entry.action}`, { defaultValue: statusLabel(t, entry.toStatus) });
}

const COLOURS: Record<string, string> = { deny: 'red', refuse: 'red', 'request-supplement': 'red', withdraw: 'gray', complete: 'green', approve: 'green', deliver: 'green' };

export function CaseTimeline({ view, childViews }: { view: CaseView; childViews: CaseView[] }) {
  const { t, i18n } = useTranslation();
  const text = useBilingual();
  const entries = mergedTimeline(view, childViews);
  const itemOf = new Map<string, string>([[view.caseNumber, text(view.title)], ...childViews.map((child) => [child.caseNumber, text(child.title)] as const)]);
  const isBundle = view.kind === 'bundle';
  if (entries.length === 0) return <p className="yw-muted-text">{t('common.empty')}</p>;
  return (
    <Timeline
      className="yw-case-timeline"
      items={entries.map((entry) => ({
        key: `${entry.caseNumber}|${entry.at}|${entry.action}`,
        color: COLOURS[entry.action] ?? 'blue',
        content: (
          <div className="yw-timeline-entry">
            <p className="yw-timeline-head">
              <time dateTime={entry.at}>{formatMoment(entry.at, i18n.language)}</time>
              {isBundle && <span className="yw-timeline-item">{itemOf.get(entry.caseNumber) ?? entry.caseNumber}</span>}
            </p>
            <p className="yw-timeline-action">
              <strong>{actionText(t, entry)}</strong>
              {entry.actorName !== '' && <span className="yw-muted-text">{t('portal.case.by', { name: entry.actorName })}</span>}
            </p>
            {entry.note !== null && entry.note !== '' && <p className="yw-timeline-note">{entry.note}</p>}
          </div>
        ),
      }))}
    />
  );
}
