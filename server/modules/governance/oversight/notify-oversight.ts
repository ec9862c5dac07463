import { Type } from 'typebox';
import { noticeJob } from '../../notifications/notice-job';
import type { NoticeText } from '../../notifications/templates';
import { OVERSIGHT_NOTICE } from './apply-step';

// The inbox notices of the oversight steps: the lead department's handlers hear that an incident is nearly due or
// overdue; the dispatchers and heads of the level it was escalated to hear that it is now theirs to push.

export const NOTIFY_OVERSIGHT = 'governance.notify_oversight';

const Payload = Type.Object({
  incidentId: Type.String({ minLength: 1 }),
  number: Type.String({ minLength: 1 }),
  kind: Type.Union([Type.Literal('approaching'), Type.Literal('overdue'), Type.Literal('escalate')]),
  level: Type.Union([Type.Literal('street'), Type.Literal('district'), Type.Literal('city'), Type.Null()]),
  deadlineAt: Type.String({ minLength: 1 }),
  recipientIds: Type.Array(Type.String({ minLength: 1 })),
  link: Type.String({ minLength: 1 }),
});

const LEVEL_ZH = { street: '街道', district: '区', city: '市' } as const;
const LEVEL_EN = { street: 'street', district: 'district', city: 'city' } as const;

/** The deadline as people read it: China time, minutes. */
function chinaTime(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export function oversightText(kind: 'approaching' | 'overdue' | 'escalate', number: string, deadlineAt: string, level: 'street' | 'district' | 'city' | null): NoticeText {
  const due = chinaTime(deadlineAt);
  if (kind === 'approaching') {
    return {
      titleZh: `事件 ${number} 即将到期`,
      titleEn: `Incident ${number} is nearly due`,
      bodyZh: `事件 ${number} 的办理时限为 ${due}（北京时间），请抓紧办理。`,
      bodyEn: `Incident ${number} is due by ${due} (China time). Please finish it in time.`,
    };
  }
  if (kind === 'overdue') {
    return {
      titleZh: `事件 ${number} 已超期`,
      titleEn: `Incident ${number} is overdue`,
      bodyZh: `事件 ${number} 已超过办理时限 ${due}（北京时间），将按规定逐级升级督办。`,
      bodyEn: `Incident ${number} passed its deadline of ${due} (China time) and is being escalated up the hierarchy.`,
    };
  }
  const zh = LEVEL_ZH[level ?? 'street'];
  const en = LEVEL_EN[level ?? 'street'];
  return {
    titleZh: `事件 ${number} 已升级至${zh}级督办`,
    titleEn: `Incident ${number} escalated to the ${en} level`,
    bodyZh: `事件 ${number}（办理时限 ${due}，北京时间）未按时办结，已升级至${zh}级，请督促承办部门办理。`,
    bodyEn: `Incident ${number} (due ${due}, China time) is not done in time and was escalated to the ${en} level. Please push the handling department.`,
  };
}

export const notifyOversight = noticeJob({
  name: NOTIFY_OVERSIGHT,
  topic: OVERSIGHT_NOTICE,
  contract: Payload,
  notices: (event) =>
    [...new Set(event.recipientIds)].map((userId) => ({
      userId,
      kind: event.kind === 'escalate' ? `incident.escalated_${event.level ?? 'street'}` : `incident.deadline_${event.kind}`,
      text: oversightText(event.kind, event.number, event.deadlineAt, event.level),
      link: event.link,
    })),
});
