import { randomBytes } from 'node:crypto';
import type { CatalogueDocument, StandardItemContent } from './catalogue-format';

// Test fixtures for the catalogue: a small vocabulary and items with unique codes per call.

export const fixtureElements: CatalogueDocument['dataElements'] = [
  { code: 'person.name', name: { zh: '姓名', en: 'Name' }, subject: 'person', type: 'string', isPersonalInformation: true, isSensitive: false },
  { code: 'person.idNumber', name: { zh: '身份证号码', en: 'Resident ID number' }, subject: 'person', type: 'string', isPersonalInformation: true, isSensitive: true },
  { code: 'person.householdAddress', name: { zh: '户籍地址', en: 'Household address' }, subject: 'person', type: 'string', isPersonalInformation: true, isSensitive: false },
];

export function uniqueCode(prefix = 'QT-TST'): string {
  return `${prefix}-${randomBytes(4).toString('hex').toUpperCase()}`;
}

export function fixtureItem(overrides: Partial<StandardItemContent> = {}): StandardItemContent {
  return {
    code: uniqueCode(),
    name: { zh: '测试许可事项', en: 'Test licence item' },
    type: 'administrative_licensing',
    departmentKind: 'market_regulation',
    audience: ['person'],
    themes: ['business_startup'],
    keywords: [],
    legalBasis: [{ law: '《中华人民共和国行政许可法》', article: '第十二条' }],
    statutoryDays: 20,
    variants: ['new'],
    conditions: [
      { id: 'adult', text: { zh: '申请人年满十八周岁', en: 'The applicant is 18 or older' } },
      { id: 'premises', text: { zh: '有固定经营场所', en: 'Has fixed premises' } },
    ],
    materials: [
      { id: 'id_card', name: { zh: '居民身份证', en: 'Resident ID card' }, isRequired: true, formats: ['pdf'], source: 'elicence', sourceRef: 'elicence.resident_id_card', trustLevel: 'A' },
      { id: 'lease', name: { zh: '场所使用证明', en: 'Proof of premises' }, isRequired: true, formats: ['pdf', 'jpeg'], source: 'upload', trustLevel: 'C', allowsCommitment: true },
      { id: 'plan', name: { zh: '经营方案', en: 'Business plan' }, isRequired: false, formats: ['pdf'], source: 'upload', trustLevel: 'D' },
    ],
    form: {
      type: 'object',
      properties: {
        name: { type: 'string', title: '姓名', 'x-title-en': 'Name', 'x-element': 'person.name', maxLength: 50 },
        idNumber: { type: 'string', title: '身份证号码', 'x-title-en': 'ID number', 'x-element': 'person.idNumber', pattern: '^[0-9]{17}[0-9X]$' },
        startDate: { type: 'string', format: 'date', title: '开业日期', 'x-title-en': 'Opening date' },
      },
      required: ['name', 'idNumber'],
    },
    workflow: [
      { kind: 'accept', name: { zh: '受理', en: 'Accept' }, role: 'window_clerk' },
      { kind: 'review', name: { zh: '审查', en: 'Review' }, role: 'reviewer', limitDays: 10 },
      { kind: 'decide', name: { zh: '决定', en: 'Decide' }, role: 'approver' },
    ],
    appealRoute: { zh: '可在 60 日内申请行政复议', en: 'Administrative reconsideration within 60 days' },
    ...overrides,
  };
}

/** Local values (实施清单) for a fixture item that keep every rule. */
export function fixtureLocal(item: StandardItemContent, departmentCode: string, overrides: Record<string, unknown> = {}) {
  return {
    departmentCode,
    promisedDays: Math.min(10, item.statutoryDays),
    fees: [],
    channels: ['online', 'hall'],
    visits: 1,
    hallAddress: '明湖市市民中心 A 区',
    hallHours: '工作日 9:00-17:00',
    contactPhone: '000-12345678',
    notes: '',
    materialIds: item.materials.map((m) => m.id),
    conditionIds: item.conditions.map((c) => c.id),
    commitmentMaterialIds: [],
    ...overrides,
  };
}
