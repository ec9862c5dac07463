import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import { ENCRYPTED_COLUMNS } from './person-fields';
import { staffRoles, users, type StaffRoleName } from './tables';

/** What the platform holds about an account, decrypted, for use cases that need the values (never for display). */
export interface PersonFacts {
  userId: string;
  kind: 'citizen' | 'enterprise' | 'staff';
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  mobile: string | null;
  address: string | null;
  legalRepresentative: string | null;
}

export async function loadPersonFacts(exec: Executor, cipher: FieldCipher, userId: string): Promise<PersonFacts | null> {
  const [u] = await exec.select().from(users).where(eq(users.id, userId));
  if (!u) return null;
  return {
    userId: u.id,
    kind: u.kind,
    name: u.name,
    idNumber: cipher.decryptOptional(u.idNumberEnc, ENCRYPTED_COLUMNS.idNumber),
    creditCode: cipher.decryptOptional(u.creditCodeEnc, ENCRYPTED_COLUMNS.creditCode),
    mobile: cipher.decryptOptional(u.mobileEnc, ENCRYPTED_COLUMNS.mobile),
    address: cipher.decryptOptional(u.addressEnc, ENCRYPTED_COLUMNS.address),
    legalRepresentative: u.legalRepresentative,
  };
}

/** Active staff of a department (or of any of several) holding one of the roles (assignment lists, notices). */
export async function staffHolding(exec: Executor, department: string | readonly string[], roles: StaffRoleName[]): Promise<{ id: string; name: string; role: string }[]> {
  const departmentIds = typeof department === 'string' ? [department] : [...department];
  if (roles.length === 0 || departmentIds.length === 0) return [];
  return exec
    .select({ id: users.id, name: users.name, role: staffRoles.role })
    .from(staffRoles)
    .innerJoin(users, eq(users.id, staffRoles.userId))
    .where(and(inArray(staffRoles.departmentId, departmentIds), inArray(staffRoles.role, roles), eq(users.status, 'active')));
}

/** Display names of accounts by id (assignees, handlers). */
export async function displayNames(exec: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await exec.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Mobile numbers and e-mail addresses of accounts, decrypted, for sending notices (unknown ids are left out). */
export async function findContacts(exec: Executor, cipher: FieldCipher, userIds: string[]): Promise<Map<string, { mobile: string | null; email: string | null }>> {
  if (userIds.length === 0) return new Map();
  const rows = await exec.select({ id: users.id, mobileEnc: users.mobileEnc, emailEnc: users.emailEnc }).from(users).where(inArray(users.id, [...new Set(userIds)]));
  return new Map(rows.map((r) => [r.id, { mobile: cipher.decryptOptional(r.mobileEnc, ENCRYPTED_COLUMNS.mobile), email: cipher.decryptOptional(r.emailEnc, ENCRYPTED_COLUMNS.email) }]));
}

/** The region an account is registered in, or null (none recorded, or an unknown account). */
export async function userRegionCode(exec: Executor, userId: string): Promise<string | null> {
  const [row] = await exec.select({ regionCode: users.regionCode }).from(users).where(eq(users.id, userId));
  return row?.regionCode ?? null;
}
