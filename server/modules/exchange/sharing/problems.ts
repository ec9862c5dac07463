import type { Lang } from '../../../platform/http/language';
import { AppError, type FieldProblem } from '../../../platform/errors/app-error';

// Field problems of sharing requests, grants and keys (422 with every problem at once), in the caller's language.

const MESSAGES: Record<string, { zh: string; en: string }> = {
  not_blank: { zh: '不能为空', en: 'must not be empty' },
  unknown_resource: { zh: '没有该已发布的数据资源', en: 'no published data resource has this code' },
  own_resource: { zh: '不能申请本部门提供的资源', en: 'a department does not request its own resource' },
  unknown_field: { zh: '资源中没有该字段', en: 'the resource has no such field' },
  duplicate: { zh: '有重复项', en: 'has duplicates' },
  not_requested: { zh: '只能是申请的字段', en: 'must be among the requested fields' },
  not_sensitive_granted: { zh: '只能是已授权的敏感字段', en: 'must be granted sensitive fields' },
  verify_only: { zh: '仅核验类资源不返回明文', en: 'a verify-only resource returns no values' },
  before_start: { zh: '结束日期不能早于开始日期', en: 'must not be before the start date' },
  in_past: { zh: '不能早于今天', en: 'must not be in the past' },
  after_period: { zh: '不能晚于申请的使用期限', en: 'must not be after the requested period' },
  required: { zh: '必须填写', en: 'is required' },
  not_own_grant: { zh: '只能选择本部门已批准的共享授权', en: 'must be approved grants of your department' },
};

export class SharingProblems {
  private readonly list: FieldProblem[] = [];

  constructor(private readonly lang: Lang) {}

  add(field: string, rule: keyof typeof MESSAGES, detail?: string): void {
    const m = MESSAGES[rule] ?? { zh: rule, en: rule };
    const text = this.lang === 'en' ? m.en : m.zh;
    this.list.push({ field, rule, message: detail ? `${text}: ${detail}` : text });
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }

  /** Throws `code` (422 by default: exchange.request_invalid) with every problem. */
  throwIfAny(code = 'exchange.request_invalid'): void {
    if (this.list.length > 0) throw new AppError(code, { details: this.list });
  }
}
