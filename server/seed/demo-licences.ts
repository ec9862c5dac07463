import { inArray, or } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { systemContext, type Services, type UseCaseContext } from '../platform/context';
import { birthDateOf } from '../platform/ids/resident-id';
import { findDepartmentByCode } from '../modules/identity/org-lookups';
import { users } from '../modules/identity/tables';
import { issueLicence, type IssueLicenceInput } from '../modules/licences/issue-licence';
import { elicences } from '../modules/licences/tables';
import { demoCitizens, demoEnterprises, type DemoCitizen } from './demo-accounts';

// Couples by index in demoCitizens: 张明 and 李娜 (citizens 1 and 2), 王强 and 刘洋 (3 and 4).
const couples: [number, number, string][] = [
  [0, 1, '2012-10-08'],
  [2, 3, '2023-05-20'],
];

type Planned = Omit<IssueLicenceInput, 'issuerDepartmentId' | 'applicationId'> & { issuer: string };

function genderOf(idNumber: string): string {
  return Number(idNumber.charAt(16)) % 2 === 1 ? '男' : '女';
}

function citizenLicences(c: DemoCitizen, i: number, holderUserId: string): Planned[] {
  const holder = { name: c.name, idNumber: c.idNumber };
  const base = { holderUserId, holder, issuer: 'D339900-PSB' };
  const idCardIssued = `${2016 + (i % 8)}-0${(i % 9) + 1}-15`;
  return [
    { ...base, type: 'elicence.resident_id_card', issuedOn: idCardIssued, fields: { name: c.name, gender: genderOf(c.idNumber), ethnicity: '汉', birthDate: birthDateOf(c.idNumber) } },
    { ...base, type: 'elicence.household_register', issuedOn: '2015-07-01', fields: { name: c.name, relationToHead: i % 2 === 0 ? '户主' : '配偶', birthDate: birthDateOf(c.idNumber), householdType: '非农业家庭户口' } },
  ];
}

function marriageLicences(idsByIndex: (string | undefined)[]): Planned[] {
  return couples.flatMap(([a, b, registeredOn]) =>
    [
      [a, b],
      [b, a],
    ].flatMap(([self, spouse]) => {
      const person = demoCitizens[self!];
      const partner = demoCitizens[spouse!];
      const holderUserId = idsByIndex[self!];
      if (!person || !partner || !holderUserId) return [];
      return [
        {
          type: 'elicence.marriage_certificate',
          holderUserId,
          holder: { name: person.name, idNumber: person.idNumber },
          issuer: 'D339900-CIVIL',
          issuedOn: registeredOn,
          fields: { holderName: person.name, spouseName: partner.name, registeredOn },
        },
      ];
    }),
  );
}

async function issueAll(tx: Tx, ctx: UseCaseContext, planned: Planned[]): Promise<number> {
  const departmentIds = new Map<string, string>();
  for (const code of new Set(planned.map((p) => p.issuer))) {
    const department = await findDepartmentByCode(tx, code);
    if (department) departmentIds.set(code, department.id);
  }
  const held = await tx.select({ holderUserId: elicences.holderUserId, type: elicences.type }).from(elicences).where(
    inArray(
      elicences.holderUserId,
      planned.map((p) => p.holderUserId!),
    ),
  );
  const isHeld = new Set(held.map((h) => `${h.holderUserId}|${h.type}`));
  let issued = 0;
  for (const { issuer, ...input } of planned) {
    const issuerDepartmentId = departmentIds.get(issuer);
    if (!issuerDepartmentId || isHeld.has(`${input.holderUserId}|${input.type}`)) continue;
    await issueLicence(tx, ctx, { ...input, issuerDepartmentId, applicationId: null, announce: false });
    issued++;
  }
  return issued;
}

/**
 * Demo e-licences: every demo citizen's resident ID card and household register, marriage certificates for two
 * couples, every demo enterprise's business licence. Idempotent: a holder keeps the licences of a type it has.
 */
export async function seedDemoLicences(services: Services): Promise<{ issued: number }> {
  const { cipher } = services;
  const ctx = systemContext(services, 'seed');
  return services.db.transaction(async (tx) => {
    const idBidx = demoCitizens.map((c) => cipher.blindIndex('id_number', c.idNumber));
    const creditBidx = demoEnterprises.map((e) => cipher.blindIndex('credit_code', e.creditCode));
    const accounts = await tx
      .select({ id: users.id, idNumberBidx: users.idNumberBidx, creditCodeBidx: users.creditCodeBidx })
      .from(users)
      .where(or(inArray(users.idNumberBidx, idBidx), inArray(users.creditCodeBidx, creditBidx)));
    const citizenIds = idBidx.map((b) => accounts.find((a) => a.idNumberBidx === b)?.id);
    const planned: Planned[] = demoCitizens.flatMap((c, i) => {
      const userId = citizenIds[i];
      return userId ? citizenLicences(c, i, userId) : [];
    });
    planned.push(...marriageLicences(citizenIds));
    demoEnterprises.forEach((e, i) => {
      const holderUserId = accounts.find((a) => a.creditCodeBidx === creditBidx[i])?.id;
      if (!holderUserId) return;
      const fields = { enterpriseName: e.name, legalRepresentative: e.legalRepresentative, entityType: e.creditCode.startsWith('92') ? '个体工商户' : '有限责任公司', establishedOn: `20${18 + i}-03-01` };
      planned.push({ type: 'elicence.business_licence', holderUserId, holder: { name: e.name, creditCode: e.creditCode }, issuer: 'D339900-AMR', issuedOn: fields.establishedOn, fields });
    });
    return { issued: await issueAll(tx, ctx, planned) };
  });
}
