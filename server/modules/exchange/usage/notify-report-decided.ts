import { Type } from 'typebox';
import { noticeJob } from '../../notifications/notice-job';
import type { NoticeText } from '../../notifications/templates';
import { USAGE_REPORT_DECIDED } from './decide-usage-report';

export const NOTIFY_REPORT_DECIDED = 'exchange.notify_usage_report_decided';

const Payload = Type.Object({
  reportId: Type.String({ minLength: 1 }),
  reporterUserId: Type.String({ minLength: 1 }),
  outcome: Type.Union([Type.Literal('upheld'), Type.Literal('dismissed')]),
});

export function reportDecidedText(outcome: 'upheld' | 'dismissed'): NoticeText {
  return outcome === 'upheld'
    ? {
        titleZh: '您对数据使用的异议已成立',
        titleEn: 'Your report of a data use was upheld',
        bodyZh: '审计管理员审查了您提出异议的数据使用记录，认定该使用不当，已要求相关部门整改。详情见“谁用了我的数据”。',
        bodyEn: 'The audit admin reviewed the use of your data you reported, found it wrong and has told the department to put it right. See "Who used my data".',
      }
    : {
        titleZh: '您对数据使用的异议未被支持',
        titleEn: 'Your report of a data use was dismissed',
        bodyZh: '审计管理员审查了您提出异议的数据使用记录，认定该使用有合法依据。详情见“谁用了我的数据”。',
        bodyEn: 'The audit admin reviewed the use of your data you reported and found it had a lawful basis. See "Who used my data".',
      };
}

/** The reporter hears the outcome in their inbox (once per event: processed_events and the notice key). */
export const notifyReportDecided = noticeJob({
  name: NOTIFY_REPORT_DECIDED,
  topic: USAGE_REPORT_DECIDED,
  contract: Payload,
  notices: (event) => [{ userId: event.reporterUserId, kind: `data_usage.report_${event.outcome}`, text: reportDecidedText(event.outcome), link: '/me/data-usage' }],
});
