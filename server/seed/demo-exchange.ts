import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import type { Services } from '../platform/context';
import type { FieldCipher } from '../platform/crypto/field-cipher';
import { todayInChina } from '../platform/calendar/working-calendar';
import { birthDateOf } from '../platform/ids/resident-id';
import { hashApiKey } from '../modules/exchange/api-key-format';
import { refreshQuality } from '../modules/exchange/catalogue/compute-quality';
import { dataRecords, dataResources, exchangeApiKeys, sharingRequests } from '../modules/exchange/tables';
import { findDepartmentByCode } from '../modules/identity/org-lookups';
import { demoCitizens, demoEnterprises } from './demo-accounts';
import { demoResources } from './demo-exchange-resources';

// Demo data exchange (明湖市 only): the resources listed in demo-exchange-resources.ts, encrypted records for every
// demo citizen and enterprise, the grants (approved sharing requests) the once-only journeys use, and one API key.
// 李娜 and 张明 (demo citizens 1–2) are the parents of a newborn, 张小满, so the newborn life event fetches the
// child's facts from the birth medical certificate. Idempotent: resources, records, grants and the key are keyed by
// code / subject / number / hash and skipped when present.

/** The demo API key of D339900-HRSS (demo region only; printed in the README). */
export const DEMO_HRSS_API_KEY = 'ywk_demohrss_MinghuDemoHrssKeyOnlyForFictionalRegion2026';

type Data = Record<string, string | number | boolean | null>;

const couples: [number, number, string][] = [
  [0, 1, '2012-10-08'],
  [2, 3, '2023-05-20'],
];
const newborn = { childName: '张小满', childGender: '女', childBirthDate: '2026-11-02', childBirthPlace: '明湖市妇幼保健院', birthCertificateNumber: 'Q339900217' };
const disabled: Record<number, string> = { 2: '三级', 13: '二级' };

function genderOf(idNumber: string): string {
  return Number(idNumber.charAt(16)) % 2 === 1 ? '男' : '女';
}

function retirementDateOf(idNumber: string): string | null {
  const birth = birthDateOf(idNumber);
  const age = 60 - (genderOf(idNumber) === '女' ? 5 : 0);
  const date = `${Number(birth.slice(0, 4)) + age}${birth.slice(4)}`;
  return date <= todayInChina() ? date : null;
}

function citizenRecords(): { resource: string; subject: ['id_number', string]; data: Data }[] {
  const out: { resource: string; subject: ['id_number', string]; data: Data }[] = [];
  demoCitizens.forEach((c, i) => {
    const subject: ['id_number', string] = ['id_number', c.idNumber];
    const couple = couples.find(([a, b]) => a === i || b === i);
    const retired = retirementDateOf(c.idNumber);
    out.push({
      resource: 'PSB-HOUSEHOLD',
      subject,
      data: { name: c.name, gender: genderOf(c.idNumber), birthDate: birthDateOf(c.idNumber), ethnicity: '汉', householdAddress: c.address, maritalStatus: couple ? '已婚' : '未婚' },
    });
    out.push({ resource: 'PSB-NO-CRIMINAL-RECORD', subject, data: { noCriminalRecord: i !== 17 } });
    out.push({
      resource: 'HRSS-SOCIAL-INSURANCE',
      subject,
      data: { insuredStatus: retired ? '已退休' : '参保缴费', insuredSince: `${2005 + (i % 10)}-07-01`, retirementDate: retired, bankAccount: `62170033990${String(10_000_000 + i * 7919).padStart(8, '0')}` },
    });
    out.push({
      resource: 'HOUSING-FUND',
      subject,
      data: { fundAccount: `3399${String(20_000_000 + i * 131).padStart(8, '0')}`, accountStatus: retired ? '封存' : '正常', balance: 12_000 + i * 3_517, hasNoOwnedHome: i % 3 === 1 },
    });
    out.push({ resource: 'CIVIL-DIBAO', subject, data: { isDibaoRecipient: i === 13 } });
    const level = disabled[i];
    if (level) out.push({ resource: 'CIVIL-DISABILITY', subject, data: { disabilityCertificateNumber: `${c.idNumber}${level === '二级' ? '42' : '43'}`, disabilityLevel: level } });
    if (couple) {
      const other = demoCitizens[couple[0] === i ? couple[1] : couple[0]]!;
      out.push({ resource: 'CIVIL-MARRIAGE', subject, data: { maritalStatus: '已婚', spouseName: other.name, spouseIdNumber: other.idNumber, registeredOn: couple[2] } });
    }
    if (i === 0 || i === 1) out.push({ resource: 'HEALTH-BIRTH-CERT', subject, data: newborn });
  });
  return out;
}

function enterpriseRecords(): { resource: string; subject: ['credit_code', string]; data: Data }[] {
  return demoEnterprises.flatMap((e, i) => {
    const subject: ['credit_code', string] = ['credit_code', e.creditCode];
    const registration: Data = {
      enterpriseName: e.name,
      enterpriseType: e.creditCode.startsWith('92') ? '个体工商户' : '有限责任公司',
      registeredCapital: [100, 50, 300, 5, 10_000][i] ?? 100,
      establishedDate: `20${18 + i}-03-01`,
      businessScope: ['软件开发；信息技术咨询服务', '餐饮服务；食品销售', '农作物种植；农产品销售', '日用百货零售', '市政基础设施投资建设'][i] ?? '',
      legalRepresentative: e.legalRepresentative,
      registeredAddress: `明湖市演示大道${100 + i}号`,
    };
    const open = { ...registration };
    delete open.legalRepresentative;
    return [
      { resource: 'AMR-ENTERPRISE', subject, data: registration },
      { resource: 'AMR-ENTERPRISE-OPEN', subject, data: open },
      { resource: 'TAX-CLEARANCE', subject, data: { isTaxCleared: i !== 2 } },
    ];
  });
}

interface DemoGrant {
  number: string;
  consumer: string;
  resource: string;
  purpose: string;
  legalBasis: string;
  statutory: boolean;
  fields: string[];
  plain: string[];
}

const BIRTH = ['childName', 'childGender', 'childBirthDate', 'childBirthPlace', 'birthCertificateNumber'];
const ENTERPRISE = ['enterpriseName', 'enterpriseType', 'registeredCapital', 'establishedDate', 'businessScope', 'legalRepresentative', 'registeredAddress'];

export const demoGrants: DemoGrant[] = [
  { number: 'GX-DEMO-0001', consumer: 'D339900-PSB', resource: 'HEALTH-BIRTH-CERT', purpose: '新生儿入户（出生登记）', legalBasis: '《中华人民共和国户口登记条例》第七条', statutory: true, fields: BIRTH, plain: BIRTH },
  { number: 'GX-DEMO-0002', consumer: 'D339900-PSB', resource: 'CIVIL-MARRIAGE', purpose: '新生儿入户核对父母婚姻关系', legalBasis: '《中华人民共和国户口登记条例》第七条', statutory: true, fields: ['maritalStatus', 'spouseName', 'spouseIdNumber'], plain: ['spouseIdNumber'] },
  { number: 'GX-DEMO-0003', consumer: 'D339900-HEALTH', resource: 'CIVIL-MARRIAGE', purpose: '出生医学证明签发核对父母信息', legalBasis: '《中华人民共和国母婴保健法》第二十三条', statutory: true, fields: ['spouseName', 'spouseIdNumber'], plain: ['spouseIdNumber'] },
  { number: 'GX-DEMO-0004', consumer: 'D339900-HRSS', resource: 'HEALTH-BIRTH-CERT', purpose: '新生儿社会保障卡申领与医保参保', legalBasis: '《中华人民共和国社会保险法》第二十五条', statutory: false, fields: ['childName', 'childGender', 'childBirthDate', 'birthCertificateNumber'], plain: ['childName', 'childGender', 'childBirthDate', 'birthCertificateNumber'] },
  { number: 'GX-DEMO-0005', consumer: 'D339900-PSB', resource: 'AMR-ENTERPRISE', purpose: '公章刻制备案核对企业登记信息', legalBasis: '国发〔2017〕7号', statutory: false, fields: ENTERPRISE, plain: [] },
  { number: 'GX-DEMO-0006', consumer: 'D339900-TAX', resource: 'AMR-ENTERPRISE', purpose: '税务登记信息确认', legalBasis: '《中华人民共和国税收征收管理法》第十五条', statutory: true, fields: ENTERPRISE, plain: [] },
  { number: 'GX-DEMO-0007', consumer: 'D339900-HRSS', resource: 'AMR-ENTERPRISE', purpose: '职工参保登记核对单位信息', legalBasis: '《中华人民共和国社会保险法》第五十七条', statutory: true, fields: ENTERPRISE, plain: [] },
  { number: 'GX-DEMO-0008', consumer: 'D339900-HOUSING', resource: 'AMR-ENTERPRISE', purpose: '住房公积金单位缴存登记', legalBasis: '《住房公积金管理条例》第十四条', statutory: true, fields: ENTERPRISE, plain: [] },
  { number: 'GX-DEMO-0009', consumer: 'D339900-AMR', resource: 'TAX-CLEARANCE', purpose: '企业注销登记核对清税情况', legalBasis: '《中华人民共和国市场主体登记管理条例》第三十二条', statutory: true, fields: ['isTaxCleared'], plain: [] },
  { number: 'GX-DEMO-0010', consumer: 'D339900-CIVIL', resource: 'CIVIL-DISABILITY', purpose: '残疾人两项补贴审核', legalBasis: '国发〔2015〕52号', statutory: false, fields: ['disabilityCertificateNumber', 'disabilityLevel'], plain: ['disabilityCertificateNumber', 'disabilityLevel'] },
  { number: 'GX-DEMO-0011', consumer: 'D339900-CIVIL', resource: 'PSB-HOUSEHOLD', purpose: '婚姻登记核对当事人户籍信息', legalBasis: '《婚姻登记条例》第五条', statutory: true, fields: ['name', 'gender', 'birthDate', 'householdAddress', 'maritalStatus'], plain: [] },
  { number: 'GX-DEMO-0012', consumer: 'D339900-HOUSING', resource: 'HRSS-SOCIAL-INSURANCE', purpose: '住房公积金离休、退休提取', legalBasis: '《住房公积金管理条例》第二十四条', statutory: true, fields: ['retirementDate'], plain: [] },
  { number: 'GX-DEMO-0013', consumer: 'D339900-HRSS', resource: 'PSB-HOUSEHOLD', purpose: '社会保险经办核对参保人户籍信息', legalBasis: '《中华人民共和国社会保险法》第五十八条', statutory: false, fields: ['name', 'gender', 'birthDate', 'householdAddress'], plain: [] },
  { number: 'GX-DEMO-0015', consumer: 'D339900-HEALTH', resource: 'HEALTH-BIRTH-CERT', purpose: '出生医学证明签发核对分娩记录', legalBasis: '《中华人民共和国母婴保健法》第二十三条', statutory: true, fields: BIRTH, plain: BIRTH },
  { number: 'GX-DEMO-0014', consumer: 'D339900-TRANSPORT', resource: 'PSB-NO-CRIMINAL-RECORD', purpose: '网约车驾驶员证核发背景核查', legalBasis: '《网络预约出租汽车经营服务管理暂行办法》第十四条', statutory: true, fields: ['noCriminalRecord'], plain: [] },
];

async function departmentIds(tx: Tx, codes: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const code of new Set(codes)) {
    const d = await findDepartmentByCode(tx, code);
    if (d) out.set(code, d.id);
  }
  return out;
}

async function seedRecords(tx: Tx, cipher: FieldCipher, resourceIds: Map<string, string>): Promise<void> {
  const all = [...citizenRecords(), ...enterpriseRecords()];
  const rows = all.flatMap((r) => {
    const resourceId = resourceIds.get(r.resource);
    if (!resourceId) return [];
    return [{ resourceId, subjectBidx: cipher.blindIndex(r.subject[0], r.subject[1]), dataEnc: cipher.encrypt(JSON.stringify(r.data), 'data_records.data') }];
  });
  for (let i = 0; i < rows.length; i += 100) await tx.insert(dataRecords).values(rows.slice(i, i + 100)).onConflictDoNothing();
}

/** Seeds the demo exchange (see the file comment); returns the resources it created now. */
export async function seedDemoExchange(services: Services): Promise<{ resources: number }> {
  const { cipher } = services;
  return services.db.transaction(async (tx) => {
    const departments = await departmentIds(tx, [...demoResources.map((r) => r.provider), ...demoGrants.map((g) => g.consumer), 'D339900-DATA']);
    const now = new Date();
    const created = await tx
      .insert(dataResources)
      .values(
        demoResources.flatMap(({ provider, notSharedBasis, openData, derivedFrom, ...r }) => {
          const providerDepartmentId = departments.get(provider);
          if (!providerDepartmentId) return [];
          return [{ ...r, providerDepartmentId, notSharedBasis: notSharedBasis ?? null, openData: openData ?? false, derivedFrom: derivedFrom ?? [], releasedOn: '2026-01-05', lastLoadedAt: now }];
        }),
      )
      .onConflictDoNothing()
      .returning({ id: dataResources.id });
    const resources = await tx
      .select({ id: dataResources.id, code: dataResources.code, providerDepartmentId: dataResources.providerDepartmentId })
      .from(dataResources)
      .where(inArray(dataResources.code, demoResources.map((r) => r.code)));
    const resourceIds = new Map(resources.map((r) => [r.code, r.id]));
    await seedRecords(tx, cipher, resourceIds);
    // The catalogue shows each resource's quality from the start (recomputed on every later load).
    for (const id of resourceIds.values()) await refreshQuality(tx, cipher, id, now);

    const dataBureau = departments.get('D339900-DATA') ?? '';
    const grants = demoGrants.flatMap((g) => {
      const resource = resources.find((r) => r.code === g.resource);
      const consumerDepartmentId = departments.get(g.consumer);
      if (!resource || !consumerDepartmentId) return [];
      const decisions = [
        { step: 'compliance_check' as const, by: 'seed', departmentId: dataBureau, at: '2026-01-06T02:00:00.000Z', outcome: 'passed' as const },
        { step: 'provider_review' as const, by: 'seed', departmentId: resource.providerDepartmentId, at: '2026-01-08T02:00:00.000Z', outcome: 'approved' as const, note: '演示授权' },
      ];
      return [
        {
          number: g.number,
          consumerDepartmentId,
          resourceId: resource.id,
          purpose: g.purpose,
          legalBasis: g.legalBasis,
          statutory: g.statutory,
          requestedFields: g.fields,
          periodFrom: '2026-01-01',
          periodUntil: '2030-12-31',
          status: 'approved' as const,
          grantedFields: g.fields,
          plainFields: g.plain,
          ratePerMinute: 600,
          expiresOn: '2030-12-31',
          decisions,
        },
      ];
    });
    await tx.insert(sharingRequests).values(grants).onConflictDoNothing();

    const hrss = departments.get('D339900-HRSS');
    if (hrss) {
      const hrssGrants = await tx
        .select({ id: sharingRequests.id })
        .from(sharingRequests)
        .where(and(eq(sharingRequests.consumerDepartmentId, hrss), eq(sharingRequests.status, 'approved')));
      await tx
        .insert(exchangeApiKeys)
        .values({ consumerDepartmentId: hrss, name: '社保经办系统（演示）', prefix: 'demohrss', secretHash: hashApiKey(DEMO_HRSS_API_KEY), grantIds: hrssGrants.map((g) => g.id) })
        .onConflictDoNothing();
    }
    return { resources: created.length };
  });
}
