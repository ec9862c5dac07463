import { describe, expect, it } from 'vitest';
import { APPLICANT_NOTICES, applicantNoticeFor, applicantNoticeText, deadlineNoticeText, emailMessage, licenceIssuedText, smsText } from './templates';

const facts = { caseNumber: 'YW3399022026000123', titleZh: '食品经营许可', titleEn: 'Food business licence' };

describe('notice templates', () => {
  it('maps only the applicant-facing actions to notices', () => {
    expect(applicantNoticeFor('submit', 'submitted')).toBe('submitted');
    expect(applicantNoticeFor('accept', 'in_review')).toBe('accepted');
    expect(applicantNoticeFor('refuse', 'not_accepted')).toBe('not_accepted');
    expect(applicantNoticeFor('request-supplement', 'supplement_requested')).toBe('supplement_requested');
    expect(applicantNoticeFor('approve', 'approved')).toBe('approved');
    expect(applicantNoticeFor('approve', 'completed')).toBe('approved');
    expect(applicantNoticeFor('deny', 'denied')).toBe('denied');
    expect(applicantNoticeFor('extend', 'in_review')).toBe('extended');
    expect(applicantNoticeFor('withdraw', 'withdrawn')).toBe('withdrawn');
    expect(applicantNoticeFor('complete', 'completed')).toBe('completed');
    // Internal steps: the next reviewer's turn, claiming, assigning.
    expect(applicantNoticeFor('approve', 'approving')).toBeNull();
    expect(applicantNoticeFor('review', 'approving')).toBeNull();
    expect(applicantNoticeFor('claim', 'in_review')).toBeNull();
    expect(applicantNoticeFor('assign', 'in_review')).toBeNull();
  });

  it('names the case number and the item in both languages for every applicant notice', () => {
    for (const notice of APPLICANT_NOTICES) {
      const text = applicantNoticeText(notice, facts);
      expect(text.bodyZh, notice).toContain(facts.caseNumber);
      expect(text.bodyEn, notice).toContain(facts.caseNumber);
      expect(`${text.titleZh}${text.bodyZh}`, notice).toContain('食品经营许可');
      expect(`${text.titleEn}${text.bodyEn}`, notice).toContain('Food business licence');
      // Chinese text in the zh fields, none in the English ones (apart from the item title given in English).
      expect(text.titleZh, notice).toMatch(/[\u4e00-\u9fff]/);
      expect(`${text.titleEn}${text.bodyEn}`, notice).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives the reason of a refusal, a denial and the list of missing items', () => {
    const refused = applicantNoticeText('not_accepted', { ...facts, reason: '不属于本部门职权范围' });
    expect(refused.titleZh).toBe('不予受理：食品经营许可');
    expect(refused.bodyZh).toContain('理由：不属于本部门职权范围');
    expect(refused.bodyEn).toContain('Reason: 不属于本部门职权范围');
    const denied = applicantNoticeText('denied', { ...facts, reason: 'site inspection failed' });
    expect(denied.titleEn).toBe('Refused: Food business licence');
    expect(denied.bodyEn).toMatch(/was refused\. Reason: site inspection failed$/);
    const supplement = applicantNoticeText('supplement_requested', { ...facts, reason: '营业场所平面图；从业人员健康证明' });
    expect(supplement.bodyZh).toContain('需补正：营业场所平面图；从业人员健康证明');
    expect(supplement.bodyEn).toContain('Missing: 营业场所平面图；从业人员健康证明');
  });

  it('gives the new due date and the reason of an extension', () => {
    const text = applicantNoticeText('extended', { ...facts, reason: '需现场核查', dueOn: '2026-12-31' });
    expect(text.bodyZh).toBe('您申请的“食品经营许可”（办件编号 YW3399022026000123）的办理期限已延长至 2026-12-31。原因：需现场核查');
    expect(text.bodyEn).toBe('The time limit of your application "Food business licence" (case YW3399022026000123) was extended to 2026-12-31. Reason: 需现场核查');
  });

  it('leaves out a reason or date that the event does not carry', () => {
    const text = applicantNoticeText('not_accepted', facts);
    expect(text.bodyZh).not.toContain('理由');
    expect(text.bodyEn).not.toContain('Reason');
    expect(applicantNoticeText('accepted', { ...facts, dueOn: '2027-01-15' }).bodyEn).toContain('by 2027-01-15');
  });

  it('tells staff that a case is due soon or overdue', () => {
    const soon = deadlineNoticeText('approaching', { ...facts, dueOn: '2026-12-01' });
    expect(soon.titleZh).toBe('即将到期：YW3399022026000123');
    expect(soon.bodyEn).toBe('Case YW3399022026000123 (Food business licence) is due on 2026-12-01; please handle it in time.');
    const overdue = deadlineNoticeText('overdue', { ...facts, dueOn: '2026-12-01' });
    expect(overdue.titleEn).toBe('Overdue: YW3399022026000123');
    expect(overdue.bodyZh).toContain('已于 2026-12-01 到期未办结');
  });

  it('names the licence type and number', () => {
    const text = licenceIssuedText({ number: 'JY33990220260001', typeNameZh: '食品经营许可证', typeNameEn: 'Food business licence' });
    expect(text.titleZh).toBe('电子证照已签发：食品经营许可证');
    expect(text.bodyEn).toContain('"Food business licence" (number JY33990220260001)');
  });

  it('signs the SMS and puts both languages in the e-mail', () => {
    const text = applicantNoticeText('completed', facts);
    expect(smsText(text)).toBe(`【一网通办】${text.bodyZh}`);
    const mail = emailMessage(text);
    expect(mail.subject).toBe('已办结：食品经营许可 | Completed: Food business licence');
    expect(mail.text).toContain(text.bodyZh);
    expect(mail.text).toContain(text.bodyEn);
  });
});
