import { Type, type Static } from 'typebox';
import { noticeJob } from '../../notifications/notice-job';
import type { Notice } from '../../notifications/create-notices';
import type { NoticeText } from '../../notifications/templates';
import { INCIDENT_TRANSITIONED } from './record-transition';
import { governanceSettings } from './settings';

export const NOTIFY_INCIDENT_REPORTER = 'governance.notify_incident_reporter';

const Maybe = Type.Union([Type.String(), Type.Null()]);
/** The fields of governance.incident_transitioned this job relies on (extra ones are ignored). */
const Payload = Type.Object({
  incidentId: Type.String({ minLength: 1 }),
  number: Type.String({ minLength: 1 }),
  action: Type.String({ minLength: 1 }),
  from: Maybe,
  to: Type.String({ minLength: 1 }),
  reporterUserId: Maybe,
  duplicateOf: Type.Optional(Maybe),
});
type Event = Static<typeof Payload>;

/** What the reporter hears at each step; null for steps they need not hear about (or took themselves). */
export function reporterText(event: Event): NoticeText | null {
  const n = event.number;
  if (event.from === event.to) return null;
  if (event.to === 'closed' && event.action === 'close' && event.duplicateOf) {
    return {
      titleZh: `您反映的问题已随同类事件一并办结（${n}）`,
      titleEn: `Your report was resolved with the same incident (${n})`,
      bodyZh: '附近已有人反映过相同的问题，该问题已处理完毕，您的反映随之办结。感谢您的参与。',
      bodyEn: 'Someone nearby had reported the same problem; it has been dealt with, so your report is closed too. Thank you.',
    };
  }
  if (event.to === 'dispatched' && event.action === 'dispatch') {
    return {
      titleZh: `您反映的问题已派单（${n}）`,
      titleEn: `Your report has been dispatched (${n})`,
      bodyZh: '您反映的问题已交由责任部门办理，可在“我的诉求”中查看进度。',
      bodyEn: 'Your report has been passed to the department responsible. Follow its progress under "My reports".',
    };
  }
  if (event.to === 'handled') {
    return {
      titleZh: `您反映的问题已处理（${n}）`,
      titleEn: `Your report has been dealt with (${n})`,
      bodyZh: `责任部门已完成处理，网格员或调度员将现场核查。如不满意，可在 ${governanceSettings().reopenDays} 天内申请重新办理。`,
      bodyEn: `The department has dealt with it; a grid worker or dispatcher will check on the spot. If you are not satisfied you may reopen it within ${governanceSettings().reopenDays} days.`,
    };
  }
  if (event.to === 'verified') {
    return {
      titleZh: `您反映的问题已核查办结，请评价（${n}）`,
      titleEn: `Your report was checked and resolved: please rate it (${n})`,
      bodyZh: '处理结果已经现场核查。请对办理情况进行评价，您的评价将结束本次诉求。',
      bodyEn: 'The result was checked on the spot. Please rate the handling; your rating closes the report.',
    };
  }
  if (event.to === 'closed' && event.action !== 'rate') {
    return {
      titleZh: `您反映的问题已办结（${n}）`,
      titleEn: `Your report is closed (${n})`,
      bodyZh: '您的诉求已办结，详情见“我的诉求”。',
      bodyEn: 'Your report is closed. See "My reports" for the details.',
    };
  }
  return null;
}

/** Whether an event has news for a reporter: the relay sends this job only for those. */
export function hasReporterNews(payload: Record<string, unknown>): boolean {
  return typeof payload.reporterUserId === 'string' && reporterText(payload as Event) !== null;
}

/** The reporter (not anonymous, not a system) hears about dispatch, handling, verification and closing. */
export const notifyIncidentReporter = noticeJob({
  name: NOTIFY_INCIDENT_REPORTER,
  topic: INCIDENT_TRANSITIONED,
  contract: Payload,
  notices: (event): Notice[] => {
    const text = event.reporterUserId ? reporterText(event) : null;
    return text && event.reporterUserId ? [{ userId: event.reporterUserId, kind: `governance.incident_${event.to}`, text, link: `/me/incidents/${event.incidentId}` }] : [];
  },
});
