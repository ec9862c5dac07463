import type { I18nText } from '../model';

// Messages for the catalogue's own rules (resource definitions, rejected records, import rows), in both languages.
const MESSAGES: Record<string, I18nText> = {
  pattern: { zh: '格式不正确', en: 'The format is not valid' },
  unique: { zh: '不能重复', en: 'Must not repeat' },
  required: { zh: '必须填写', en: 'Is required' },
  unknown_element: { zh: '数据元不在共享词汇表中', en: 'The data element is not in the shared vocabulary' },
  sensitive_requires_personal: { zh: '敏感个人信息必须同时标记为个人信息', en: 'Sensitive personal information must also be marked personal' },
  not_in_open_data: { zh: '开放数据不得包含个人信息字段', en: 'Open data must not contain personal information fields' },
  not_shared_open: { zh: '不予共享的资源不能开放', en: 'A resource that is not shared cannot be open data' },
  open_data_grade: { zh: '只有一般数据可以开放', en: 'Only general-grade data may be open data' },
  unknown_resource: { zh: '引用的数据资源不存在', en: 'The referenced data resource does not exist' },
  self_reference: { zh: '资源不能由自身派生', en: 'A resource cannot be derived from itself' },
  unknown_field: { zh: '不是该资源的字段', en: 'Not a field of this resource' },
  invalid_pattern: { zh: '正则表达式无效', en: 'The regular expression is not valid' },
  range: { zh: '最小值不能大于最大值', en: 'The minimum must not exceed the maximum' },
  rule_type: { zh: '该规则不适用于此字段类型', en: 'This rule does not apply to the field type' },
  reserved: { zh: '字段名 subject 为主体标识保留', en: 'The key "subject" is reserved for the subject' },
  subject_invalid: { zh: '主体标识不是有效的身份证号或统一社会信用代码', en: 'The subject is not a valid resident ID or credit code' },
  type: { zh: '值与字段类型不符', en: 'The value does not match the field type' },
  enum: { zh: '不在允许的取值范围内', en: 'Not one of the allowed values' },
  min: { zh: '小于最小值', en: 'Below the minimum' },
  max: { zh: '大于最大值', en: 'Above the maximum' },
  ref: { zh: '在引用的资源中找不到', en: 'Not found in the referenced resource' },
  stale: { zh: '数据未按更新周期更新', en: 'Not updated within the update cycle' },
  unknown_column: { zh: '表头不是该资源的字段', en: 'The column header is not a field of this resource' },
  records_exist: { zh: '已有归集数据，不能更改主体类型', en: 'Records are loaded, so the subject kind cannot change' },
  missing_subject_column: { zh: '第一列必须是 subject（主体标识）', en: 'The first column must be "subject"' },
};

export function ruleMessage(rule: string): I18nText {
  return MESSAGES[rule] ?? { zh: '不符合规则', en: 'Breaks a rule' };
}

export function ruleText(rule: string, lang: 'zh' | 'en'): string {
  return ruleMessage(rule)[lang];
}
