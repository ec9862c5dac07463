import { eq } from 'drizzle-orm';
import { systemContext } from '../../platform/context';
import type { TestApp } from '../../testing/test-app';
import { findDepartmentByCode } from '../identity/org-lookups';
import { users } from '../identity/tables';
import { issueLicence, type IssueLicenceInput } from './issue-licence';

/** The user id of a demo citizen, found by the blind index of their ID number. */
export async function citizenUserId(t: TestApp, idNumber: string): Promise<string> {
  const [user] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.idNumberBidx, t.services.cipher.blindIndex('id_number', idNumber)));
  if (!user) throw new Error(`no demo citizen ${idNumber}`);
  return user.id;
}

/** Issues a licence as the system would on approval, by the department code. */
export async function issueTestLicence(t: TestApp, input: Omit<IssueLicenceInput, 'issuerDepartmentId' | 'applicationId'> & { issuer?: string }) {
  const department = await findDepartmentByCode(t.database.db, input.issuer ?? 'D339900-HEALTH');
  if (!department) throw new Error('no department');
  const { issuer: _issuer, ...rest } = input;
  return t.services.db.transaction(async (tx) => issueLicence(tx, systemContext(t.services, 'test'), { ...rest, issuerDepartmentId: department.id, applicationId: null }));
}
