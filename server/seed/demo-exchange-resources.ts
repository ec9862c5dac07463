import type { Classification, Grade, I18nText, ResourceField, SharingMethod, SharingType, SubjectKind, UpdateCycle } from '../modules/exchange/model';

// The demo region's data resources (政务数据资源目录). Codes:
//   PSB-HOUSEHOLD          户籍人口信息 (PSB, person, lookup, conditional, important)
//   PSB-NO-CRIMINAL-RECORD 无犯罪记录核查 (PSB, person, verify-only, conditional, core)
//   PSB-CASE-FILES         刑事案件侦查信息 (PSB, person, not shared — legal basis stated)
//   CIVIL-MARRIAGE         婚姻登记信息 (CIVIL, person, lookup, conditional, important)
//   CIVIL-DISABILITY       残疾人证信息 (CIVIL as the disabled persons' federation stand-in, sensitive health data)
//   CIVIL-DIBAO            最低生活保障对象信息 (CIVIL, person, lookup, conditional, important)
//   HEALTH-BIRTH-CERT      出生医学证明信息 (HEALTH, keyed by each parent's resident ID, important)
//   AMR-ENTERPRISE         市场主体登记信息 (AMR, enterprise, lookup, unconditional, general)
//   AMR-ENTERPRISE-OPEN    企业登记公示信息 (AMR, enterprise, bulk, open data, derived from AMR-ENTERPRISE)
//   HRSS-SOCIAL-INSURANCE  社会保险参保信息 (HRSS, person, lookup, conditional, important)
//   HOUSING-FUND           住房公积金缴存信息 (HOUSING, person, lookup, conditional, important)
//   TAX-CLEARANCE          清税信息 (TAX, enterprise, lookup, unconditional, general)

export interface DemoResource {
  code: string;
  provider: string;
  name: I18nText;
  description: I18nText;
  classification: Classification;
  subjectKind: SubjectKind;
  grade: Grade;
  sharingType: SharingType;
  notSharedBasis?: string;
  method: SharingMethod;
  openData?: boolean;
  updateCycle: UpdateCycle;
  derivedFrom?: string[];
  fields: ResourceField[];
}

const t = (zh: string, en: string): I18nText => ({ zh, en });

function f(key: string, zh: string, en: string, type: ResourceField['type'], opts: Partial<ResourceField> = {}): ResourceField {
  return { key, name: t(zh, en), type, personal: true, sensitive: false, ...opts };
}

const enterpriseFields: ResourceField[] = [
  f('enterpriseName', '企业名称', 'Enterprise name', 'string', { element: 'enterprise.name', personal: false, rules: { required: true } }),
  f('enterpriseType', '企业类型', 'Enterprise type', 'string', { element: 'enterprise.type', personal: false, rules: { enum: ['有限责任公司', '股份有限公司', '个体工商户', '个人独资企业', '合伙企业'] } }),
  f('registeredCapital', '注册资本（万元）', 'Registered capital (10k yuan)', 'number', { element: 'enterprise.registeredCapital', personal: false, rules: { min: 0 } }),
  f('establishedDate', '成立日期', 'Established on', 'date', { element: 'enterprise.establishedDate', personal: false, rules: { required: true } }),
  f('businessScope', '经营范围', 'Business scope', 'string', { element: 'enterprise.businessScope', personal: false }),
  f('legalRepresentative', '法定代表人', 'Legal representative', 'string', { element: 'enterprise.legalRepresentative' }),
  f('registeredAddress', '住所', 'Registered address', 'string', { element: 'enterprise.registeredAddress', personal: false }),
];

export const demoResources: DemoResource[] = [
  {
    code: 'PSB-HOUSEHOLD',
    provider: 'D339900-PSB',
    name: t('户籍人口信息', 'Household registration'),
    description: t('常住户口登记的人口基本信息', 'Basic facts of registered residents'),
    classification: { class: '基础信息', item: '人口', category: '户籍' },
    subjectKind: 'person',
    grade: 'important',
    sharingType: 'conditional',
    method: 'lookup',
    updateCycle: 'daily',
    fields: [
      f('name', '姓名', 'Name', 'string', { element: 'person.name', rules: { required: true } }),
      f('gender', '性别', 'Gender', 'string', { element: 'person.gender', rules: { enum: ['男', '女'] } }),
      f('birthDate', '出生日期', 'Date of birth', 'date', { element: 'person.birthDate', rules: { required: true } }),
      f('ethnicity', '民族', 'Ethnicity', 'string'),
      f('householdAddress', '户籍地址', 'Household address', 'string', { element: 'person.householdAddress', rules: { required: true } }),
      f('maritalStatus', '婚姻状况', 'Marital status', 'string', { element: 'person.maritalStatus', rules: { enum: ['未婚', '已婚', '离婚', '丧偶'] } }),
    ],
  },
  {
    code: 'PSB-NO-CRIMINAL-RECORD',
    provider: 'D339900-PSB',
    name: t('无犯罪记录核查', 'No-criminal-record check'),
    description: t('只回答“是否有犯罪记录”，不返回记录内容', 'Answers only whether a criminal record exists, never its content'),
    classification: { class: '主题信息', item: '社会治安', category: '核查' },
    subjectKind: 'person',
    grade: 'core',
    sharingType: 'conditional',
    method: 'verify',
    updateCycle: 'realtime',
    fields: [f('noCriminalRecord', '无犯罪记录', 'No criminal record', 'boolean', { element: 'person.noCriminalRecord', sensitive: true })],
  },
  {
    code: 'PSB-CASE-FILES',
    provider: 'D339900-PSB',
    name: t('刑事案件侦查信息', 'Criminal investigation files'),
    description: t('侦查中的案件信息', 'Files of investigations in progress'),
    classification: { class: '部门信息', item: '公安', category: '侦查' },
    subjectKind: 'person',
    grade: 'core',
    sharingType: 'not_shared',
    notSharedBasis: '《中华人民共和国刑事诉讼法》第一百五十二条：侦查中知悉的个人信息应当保密；《公安机关办理刑事案件程序规定》',
    method: 'lookup',
    updateCycle: 'realtime',
    fields: [f('openCases', '在办案件数', 'Open cases', 'number', { sensitive: true })],
  },
  {
    code: 'CIVIL-MARRIAGE',
    provider: 'D339900-CIVIL',
    name: t('婚姻登记信息', 'Marriage registration'),
    description: t('结婚、离婚登记记录，按当事人身份证号查询', 'Marriage and divorce records, looked up by either party'),
    classification: { class: '基础信息', item: '人口', category: '婚姻' },
    subjectKind: 'person',
    grade: 'important',
    sharingType: 'conditional',
    method: 'lookup',
    updateCycle: 'daily',
    fields: [
      f('maritalStatus', '婚姻状况', 'Marital status', 'string', { element: 'person.maritalStatus', rules: { enum: ['未婚', '已婚', '离婚', '丧偶'] } }),
      f('spouseName', '配偶姓名', 'Spouse name', 'string', { element: 'spouse.name' }),
      f('spouseIdNumber', '配偶身份证号', 'Spouse ID number', 'string', { element: 'spouse.idNumber', sensitive: true, rules: { pattern: '^[0-9]{17}[0-9X]$' } }),
      f('registeredOn', '登记日期', 'Registered on', 'date'),
    ],
  },
  {
    code: 'CIVIL-DISABILITY',
    provider: 'D339900-CIVIL',
    name: t('残疾人证信息', 'Disability certificates'),
    description: t('残疾人证号与残疾等级（健康信息，敏感个人信息）', 'Disability certificate number and level (health data, sensitive)'),
    classification: { class: '主题信息', item: '社会救助', category: '残疾人' },
    subjectKind: 'person',
    grade: 'important',
    sharingType: 'conditional',
    method: 'lookup',
    updateCycle: 'monthly',
    fields: [
      f('disabilityCertificateNumber', '残疾人证号', 'Disability certificate number', 'string', { element: 'person.disabilityCertificateNumber', sensitive: true, rules: { pattern: '^[0-9]{17}[0-9X][1-7][1-4]$' } }),
      f('disabilityLevel', '残疾等级', 'Disability level', 'string', { element: 'person.disabilityLevel', sensitive: true, rules: { enum: ['一级', '二级', '三级', '四级'] } }),
    ],
  },
  {
    code: 'CIVIL-DIBAO',
    provider: 'D339900-CIVIL',
    name: t('最低生活保障对象信息', 'Minimum living allowance recipients'),
    description: t('是否为最低生活保障对象', 'Whether the person receives the minimum living allowance'),
    classification: { class: '主题信息', item: '社会救助', category: '低保' },
    subjectKind: 'person',
    grade: 'important',
    sharingType: 'conditional',
    method: 'lookup',
    updateCycle: 'monthly',
    fields: [f('isDibaoRecipient', '是否低保对象', 'Allowance recipient', 'boolean', { element: 'person.isDibaoRecipient', sensitive: true })],
  },
  {
    code: 'HEALTH-BIRTH-CERT',
    provider: 'D339900-HEALTH',
    name: t('出生医学证明信息', 'Birth medical certificates'),
    description: t('新生儿出生医学证明，按父母任一方身份证号查询', 'Newborns\' birth medical certificates, looked up by either parent'),
    classification: { class: '主题信息', item: '卫生健康', category: '出生' },
    subjectKind: 'person',
    grade: 'important',
    sharingType: 'conditional',
    method: 'lookup',
    updateCycle: 'realtime',
    fields: [
      f('childName', '新生儿姓名', 'Child name', 'string', { element: 'child.name', sensitive: true, rules: { required: true } }),
      f('childGender', '新生儿性别', 'Child gender', 'string', { element: 'child.gender', sensitive: true, rules: { enum: ['男', '女'] } }),
      f('childBirthDate', '出生日期', 'Date of birth', 'date', { element: 'child.birthDate', sensitive: true, rules: { required: true } }),
      f('childBirthPlace', '出生地点', 'Place of birth', 'string', { element: 'child.birthPlace', sensitive: true }),
      f('birthCertificateNumber', '出生医学证明编号', 'Certificate number', 'string', { element: 'child.birthCertificateNumber', sensitive: true, rules: { required: true, pattern: '^[A-Z][0-9]{9}$' } }),
    ],
  },
  {
    code: 'AMR-ENTERPRISE',
    provider: 'D339900-AMR',
    name: t('市场主体登记信息', 'Enterprise registration'),
    description: t('企业、个体工商户登记的基本信息', 'Registered facts of enterprises and sole traders'),
    classification: { class: '基础信息', item: '法人', category: '登记' },
    subjectKind: 'enterprise',
    grade: 'general',
    sharingType: 'unconditional',
    method: 'lookup',
    updateCycle: 'realtime',
    fields: enterpriseFields,
  },
  {
    code: 'AMR-ENTERPRISE-OPEN',
    provider: 'D339900-AMR',
    name: t('企业登记公示信息', 'Enterprise register (open data)'),
    description: t('向社会开放的企业登记信息（不含个人信息）', 'The public part of the enterprise register (no personal data)'),
    classification: { class: '基础信息', item: '法人', category: '公示' },
    subjectKind: 'enterprise',
    grade: 'general',
    sharingType: 'unconditional',
    method: 'bulk',
    openData: true,
    updateCycle: 'daily',
    derivedFrom: ['AMR-ENTERPRISE'],
    fields: enterpriseFields.filter((x) => !x.personal),
  },
  {
    code: 'HRSS-SOCIAL-INSURANCE',
    provider: 'D339900-HRSS',
    name: t('社会保险参保信息', 'Social insurance'),
    description: t('参保状态、退休日期与社会保障卡金融账户', 'Insured status, retirement date and the social security card account'),
    classification: { class: '主题信息', item: '社会保障', category: '参保' },
    subjectKind: 'person',
    grade: 'important',
    sharingType: 'conditional',
    method: 'lookup',
    updateCycle: 'daily',
    fields: [
      f('insuredStatus', '参保状态', 'Insured status', 'string', { rules: { required: true, enum: ['参保缴费', '暂停缴费', '已退休'] } }),
      f('insuredSince', '参保日期', 'Insured since', 'date'),
      f('retirementDate', '退休日期', 'Retirement date', 'date', { element: 'person.retirementDate' }),
      f('bankAccount', '社会保障卡金融账户', 'Card bank account', 'string', { element: 'person.bankAccount', sensitive: true, rules: { pattern: '^[0-9]{16,19}$' } }),
    ],
  },
  {
    code: 'HOUSING-FUND',
    provider: 'D339900-HOUSING',
    name: t('住房公积金缴存信息', 'Housing provident fund'),
    description: t('公积金账户、余额与本市住房情况', 'Fund account, balance and home ownership in the city'),
    classification: { class: '主题信息', item: '住房保障', category: '公积金' },
    subjectKind: 'person',
    grade: 'important',
    sharingType: 'conditional',
    method: 'lookup',
    updateCycle: 'monthly',
    fields: [
      f('fundAccount', '公积金账号', 'Fund account', 'string', { rules: { required: true, pattern: '^[0-9]{12}$' } }),
      f('accountStatus', '账户状态', 'Account status', 'string', { rules: { enum: ['正常', '封存', '销户'] } }),
      f('balance', '账户余额（元）', 'Balance (yuan)', 'number', { sensitive: true, rules: { min: 0 } }),
      f('hasNoOwnedHome', '本人及配偶在本市无自有住房', 'No owned home in the city', 'boolean', { element: 'person.hasNoOwnedHome', sensitive: true }),
    ],
  },
  {
    code: 'TAX-CLEARANCE',
    provider: 'D339900-TAX',
    name: t('清税信息', 'Tax clearance'),
    description: t('纳税人是否已结清应纳税款', 'Whether the taxpayer has settled all taxes due'),
    classification: { class: '主题信息', item: '税收', category: '清税' },
    subjectKind: 'enterprise',
    grade: 'general',
    sharingType: 'unconditional',
    method: 'lookup',
    updateCycle: 'daily',
    fields: [f('isTaxCleared', '清税完毕', 'Taxes cleared', 'boolean', { element: 'enterprise.isTaxCleared', personal: false })],
  },
];
