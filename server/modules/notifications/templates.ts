// Notice texts in zh-CN and English: plain functions of the event's facts, so every wording is tested in one place.

/** What a notice says, in both languages (the inbox shows the reader's language; e-mail carries both). */
export interface NoticeText {
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}

/** The applicant-facing outcomes of an application's transitions. */
export const APPLICANT_NOTICES = [
  'submitted',
  'accepted',
  'not_accepted', // 不予受理
  'supplement_requested', // 补正 supplement request
  'approved',
  'denied', // 不予许可
  'extended', // 延期
  'withdrawn',
  'completed', // 办结
] as const;
export type ApplicantNotice = (typeof APPLICANT_NOTICES)[number];

export interface CaseFacts {
  caseNumber: string;
  titleZh: string;
  titleEn: string;
  reason?: string;
  /** YYYY-MM-DD */
  dueOn?: string;
}

const zhReason = (reason: string | undefined, label: string) => (reason ? `${label}：${reason}` : '');
const enReason = (reason: string | undefined, label: string) => (reason ? ` ${label}: ${reason}` : '');

/** Which notice an action sends the applicant; null for internal steps (claim, assign, review steps passed). */
export function applicantNoticeFor(action: string, toStatus: string): ApplicantNotice | null {
  switch (action) {
    case 'submit':
      return 'submitted';
    case 'accept':
      return 'accepted';
    case 'refuse':
      return 'not_accepted';
    case 'request-supplement':
      return 'supplement_requested';
    // An approval step that hands the case to the next reviewer is internal; the last one decides.
    case 'approve':
      return toStatus === 'approved' || toStatus === 'completed' ? 'approved' : null;
    case 'deny':
      return 'denied';
    case 'extend':
      return 'extended';
    case 'withdraw':
      return 'withdrawn';
    case 'complete':
      return 'completed';
    default:
      return null;
  }
}

/** The applicant's notice for one outcome of their application. */
export function applicantNoticeText(notice: ApplicantNotice, c: CaseFacts): NoticeText {
  const zhCase = `您申请的“${c.titleZh}”（办件编号 ${c.caseNumber}）`;
  const enCase = `Your application "${c.titleEn}" (case ${c.caseNumber})`;
  switch (notice) {
    case 'submitted':
      return {
        titleZh: `已提交：${c.titleZh}`,
        titleEn: `Submitted: ${c.titleEn}`,
        bodyZh: `${zhCase}已提交，等待窗口受理。`,
        bodyEn: `${enCase} was submitted and awaits acceptance.`,
      };
    case 'accepted':
      return {
        titleZh: `已受理：${c.titleZh}`,
        titleEn: `Accepted: ${c.titleEn}`,
        bodyZh: `${zhCase}已受理${c.dueOn ? `，承诺办结日期 ${c.dueOn}` : ''}。`,
        bodyEn: `${enCase} was accepted.${c.dueOn ? ` It will be decided by ${c.dueOn}.` : ''}`,
      };
    case 'not_accepted':
      return {
        titleZh: `不予受理：${c.titleZh}`,
        titleEn: `Not accepted: ${c.titleEn}`,
        bodyZh: `${zhCase}不予受理。${zhReason(c.reason, '理由')}`,
        bodyEn: `${enCase} was not accepted.${enReason(c.reason, 'Reason')}`,
      };
    case 'supplement_requested':
      return {
        titleZh: `请补正材料：${c.titleZh}`,
        titleEn: `Documents needed: ${c.titleEn}`,
        bodyZh: `${zhCase}需要补正材料，请一次性补齐后重新提交。${zhReason(c.reason, '需补正')}`,
        bodyEn: `${enCase} needs more documents; please provide them all and submit again.${enReason(c.reason, 'Missing')}`,
      };
    case 'approved':
      return {
        titleZh: `已准予许可：${c.titleZh}`,
        titleEn: `Approved: ${c.titleEn}`,
        bodyZh: `${zhCase}已审批通过。`,
        bodyEn: `${enCase} was approved.`,
      };
    case 'denied':
      return {
        titleZh: `不予许可：${c.titleZh}`,
        titleEn: `Refused: ${c.titleEn}`,
        bodyZh: `${zhCase}未获批准。${zhReason(c.reason, '理由')}`,
        bodyEn: `${enCase} was refused.${enReason(c.reason, 'Reason')}`,
      };
    case 'extended':
      return {
        titleZh: `办理期限延长：${c.titleZh}`,
        titleEn: `Time limit extended: ${c.titleEn}`,
        bodyZh: `${zhCase}的办理期限已延长${c.dueOn ? `至 ${c.dueOn}` : ''}。${zhReason(c.reason, '原因')}`,
        bodyEn: `The time limit of your application "${c.titleEn}" (case ${c.caseNumber}) was extended${c.dueOn ? ` to ${c.dueOn}` : ''}.${enReason(c.reason, 'Reason')}`,
      };
    case 'withdrawn':
      return {
        titleZh: `已撤回：${c.titleZh}`,
        titleEn: `Withdrawn: ${c.titleEn}`,
        bodyZh: `${zhCase}已撤回。`,
        bodyEn: `${enCase} was withdrawn.`,
      };
    case 'completed':
      return {
        titleZh: `已办结：${c.titleZh}`,
        titleEn: `Completed: ${c.titleEn}`,
        bodyZh: `${zhCase}已办结，欢迎对本次服务进行评价。`,
        bodyEn: `${enCase} is complete. Please rate the service.`,
      };
  }
}

/** Staff notice: a case they handle or supervise is close to, or past, its time limit. */
export function deadlineNoticeText(state: 'approaching' | 'overdue', c: CaseFacts & { dueOn: string }): NoticeText {
  if (state === 'approaching') {
    return {
      titleZh: `即将到期：${c.caseNumber}`,
      titleEn: `Due soon: ${c.caseNumber}`,
      bodyZh: `办件 ${c.caseNumber}（${c.titleZh}）将于 ${c.dueOn} 到期，请及时办理。`,
      bodyEn: `Case ${c.caseNumber} (${c.titleEn}) is due on ${c.dueOn}; please handle it in time.`,
    };
  }
  return {
    titleZh: `已超期：${c.caseNumber}`,
    titleEn: `Overdue: ${c.caseNumber}`,
    bodyZh: `办件 ${c.caseNumber}（${c.titleZh}）已于 ${c.dueOn} 到期未办结，请立即处理。`,
    bodyEn: `Case ${c.caseNumber} (${c.titleEn}) was due on ${c.dueOn} and is not complete; please handle it now.`,
  };
}

export interface LicenceFacts {
  number: string;
  /** The licence type's name; the type code when no name is known. */
  typeNameZh: string;
  typeNameEn: string;
}

/** Holder notice: an e-licence is in their wallet. */
export function licenceIssuedText(l: LicenceFacts): NoticeText {
  return {
    titleZh: `电子证照已签发：${l.typeNameZh}`,
    titleEn: `E-licence issued: ${l.typeNameEn}`,
    bodyZh: `您的电子证照“${l.typeNameZh}”（编号 ${l.number}）已签发，可在“我的证照”中查看和出示。`,
    bodyEn: `Your e-licence "${l.typeNameEn}" (number ${l.number}) was issued; view and present it under "My licences".`,
  };
}

/** The SMS text: Chinese, short, signed with the platform's name as SMS gateways require. */
export function smsText(text: NoticeText): string {
  return `【一网通办】${text.bodyZh}`;
}

/** The e-mail: both languages in subject and body (no public base URL is configured, so no link). */
export function emailMessage(text: NoticeText): { subject: string; text: string } {
  return {
    subject: `${text.titleZh} | ${text.titleEn}`,
    text: `${text.bodyZh}\n请登录一网通办查看详情。\n\n${text.bodyEn}\nSign in to Yiwang for the details.`,
  };
}

export interface SharingStepFacts {
  number: string;
  resourceZh: string;
  resourceEn: string;
  /** YYYY-MM-DD */
  dueOn: string;
}

/** Data stewards (and, when overdue, the department head) of the department deciding a sharing request's step. */
export function sharingDeadlineText(state: 'approaching' | 'overdue', s: SharingStepFacts): NoticeText {
  if (state === 'approaching') {
    return {
      titleZh: `共享申请即将到期：${s.number}`,
      titleEn: `Sharing request due soon: ${s.number}`,
      bodyZh: `数据共享申请 ${s.number}（${s.resourceZh}）须于 ${s.dueOn} 前处理，请及时审核。`,
      bodyEn: `Sharing request ${s.number} (${s.resourceEn}) must be decided by ${s.dueOn}; please review it in time.`,
    };
  }
  return {
    titleZh: `共享申请已超期：${s.number}`,
    titleEn: `Sharing request overdue: ${s.number}`,
    bodyZh: `数据共享申请 ${s.number}（${s.resourceZh}）已于 ${s.dueOn} 到期仍未处理，已提请部门负责人督办。`,
    bodyEn: `Sharing request ${s.number} (${s.resourceEn}) was due on ${s.dueOn} and is still undecided; it was escalated to the department head.`,
  };
}

export const SHARING_CHANGE_NOTICES = ['to_decide', 'approved', 'refused', 'revoked'] as const;
export type SharingChangeNotice = (typeof SHARING_CHANGE_NOTICES)[number];

/** A sharing request waits for the reader's department, or the consumer hears the outcome. */
export function sharingChangedText(notice: SharingChangeNotice, s: Omit<SharingStepFacts, 'dueOn'> & { dueOn?: string | null; reason?: string | null }): NoticeText {
  const zh = `数据共享申请 ${s.number}（${s.resourceZh}）`;
  const en = `Sharing request ${s.number} (${s.resourceEn})`;
  switch (notice) {
    case 'to_decide':
      return {
        titleZh: `待审核共享申请：${s.number}`,
        titleEn: `Sharing request to decide: ${s.number}`,
        bodyZh: `${zh}等待本部门审核${s.dueOn ? `，请于 ${s.dueOn} 前处理` : ''}。`,
        bodyEn: `${en} waits for your department's decision${s.dueOn ? ` by ${s.dueOn}` : ''}.`,
      };
    case 'approved':
      return { titleZh: `共享申请已批准：${s.number}`, titleEn: `Sharing request approved: ${s.number}`, bodyZh: `${zh}已批准，可为其创建接口密钥。`, bodyEn: `${en} was approved; you can create an API key for it.` };
    case 'refused':
      return {
        titleZh: `共享申请未通过：${s.number}`,
        titleEn: `Sharing request refused: ${s.number}`,
        bodyZh: `${zh}未通过${zhReason(s.reason ?? undefined, '原因')}。`,
        bodyEn: `${en} was refused.${enReason(s.reason ?? undefined, 'Reason')}`,
      };
    case 'revoked':
      return {
        titleZh: `共享授权已撤销：${s.number}`,
        titleEn: `Sharing grant revoked: ${s.number}`,
        bodyZh: `${zh}的授权已被提供部门撤销${zhReason(s.reason ?? undefined, '原因')}。`,
        bodyEn: `The grant of ${en} was revoked by the provider.${enReason(s.reason ?? undefined, 'Reason')}`,
      };
  }
}
