import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { systemContext, type Services } from '../platform/context';
import { hashPassword } from '../platform/crypto/passwords';
import { assignStaffRole } from '../modules/identity/assign-staff-role';
import { ENCRYPTED_COLUMNS, loginIndex } from '../modules/identity/person-fields';
import { departments, regions, users } from '../modules/identity/tables';
import { DEMO_PASSWORD, demoCitizens, demoEnterprises, demoStaff, demoStaffToEnrol, type DemoStaff } from './demo-accounts';
import { demoDepartments, demoRegions } from './demo-region';
import { seedDemoLicences } from './demo-licences';
import { seedDemoExchange } from './demo-exchange';
import { seedDemoGovernance } from './demo-governance';
import { seedDemoIncidentHistory } from './demo-incident-history';

function pathOf(code: string): string {
  const chain: string[] = [];
  let current: string | null = code;
  while (current) {
    chain.unshift(current);
    current = demoRegions.find((r) => r.code === current)?.parentCode ?? null;
  }
  return chain.join('.');
}

export async function isSeeded(db: Db): Promise<boolean> {
  const [city] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, '339900'));
  return Boolean(city);
}

/**
 * Seeds the demo region: regions, departments, staff with their TOTP secrets, citizens and enterprises.
 * Idempotent (every insert skips what exists) and done in one transaction.
 */
export async function seedDemoRegion(services: Services): Promise<{ seeded: boolean }> {
  const { db, cipher } = services;
  const ctx = systemContext(services, 'seed');
  // One hash for the one demo password keeps seeding fast; every real account gets its own.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(demoRegions.map((r) => ({ ...r, path: pathOf(r.code) })))
      .onConflictDoNothing();
    await tx.insert(departments).values(demoDepartments).onConflictDoNothing();
    const staff: (Omit<DemoStaff, 'totpSecret'> & { totpSecret?: string })[] = [...demoStaff, ...demoStaffToEnrol];
    for (const s of staff) {
      const [user] = await tx
        .insert(users)
        .values({
          kind: 'staff',
          name: s.name,
          username: s.username,
          loginBidx: loginIndex(cipher, s.username),
          passwordHash,
          totpSecretEnc: s.totpSecret ? cipher.encrypt(s.totpSecret, ENCRYPTED_COLUMNS.totpSecret) : null,
          totpEnrolledAt: s.totpSecret ? new Date() : null,
        })
        .onConflictDoNothing()
        .returning({ id: users.id });
      if (!user) continue;
      for (const role of s.roles) await assignStaffRole(ctx, tx, { userId: user.id, departmentCode: s.department, role });
    }
    const people = [
      ...demoCitizens.map((c) => ({
        kind: 'citizen' as const,
        name: c.name,
        loginBidx: loginIndex(cipher, c.mobile),
        regionCode: c.region,
        idNumberEnc: cipher.encrypt(c.idNumber, ENCRYPTED_COLUMNS.idNumber),
        idNumberBidx: cipher.blindIndex('id_number', c.idNumber),
        mobileEnc: cipher.encrypt(c.mobile, ENCRYPTED_COLUMNS.mobile),
        mobileBidx: cipher.blindIndex('mobile', c.mobile),
        addressEnc: cipher.encrypt(c.address, ENCRYPTED_COLUMNS.address),
      })),
      ...demoEnterprises.map((e) => ({
        kind: 'enterprise' as const,
        name: e.name,
        loginBidx: loginIndex(cipher, e.creditCode),
        regionCode: e.region,
        creditCodeEnc: cipher.encrypt(e.creditCode, ENCRYPTED_COLUMNS.creditCode),
        creditCodeBidx: cipher.blindIndex('credit_code', e.creditCode),
        mobileEnc: cipher.encrypt(e.mobile, ENCRYPTED_COLUMNS.mobile),
        mobileBidx: cipher.blindIndex('mobile', e.mobile),
        legalRepresentative: e.legalRepresentative,
      })),
    ];
    await tx
      .insert(users)
      .values(people.map((p) => ({ ...p, passwordHash })))
      .onConflictDoNothing();
  });
  await seedDemoLicences(services);
  await seedDemoExchange(services);
  await seedDemoGovernance(services);
  await seedDemoIncidentHistory(services);
  return { seeded: true };
}
