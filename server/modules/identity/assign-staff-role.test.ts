import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRecords } from '../../platform/audit/tables';
import { violatedConstraint } from '../../platform/errors/constraints';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { departments, staffRoles, users } from './tables';

let t: TestApp;
let sysadmin: Session;
beforeAll(async () => {
  t = await createTestApp();
  sysadmin = await signIn(t.app, 'sysadmin');
});
afterAll(async () => t.close());

const errorCode = (res: { json<T>(): T }) => res.json<{ error: { code: string } }>().error.code;

async function userId(username: string): Promise<string> {
  const [user] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  return user!.id;
}

async function departmentId(code: string): Promise<string> {
  const [department] = await t.database.db.select({ id: departments.id }).from(departments).where(eq(departments.code, code));
  return department!.id;
}

async function rolesOf(id: string): Promise<string[]> {
  return (await t.database.db.select({ role: staffRoles.role }).from(staffRoles).where(eq(staffRoles.userId, id))).map((r) => r.role).sort();
}

describe('staff roles and the separation of the three admin roles', () => {
  it('lets the system admin give an ordinary role, audited', async () => {
    const clerk = await userId('clerk.huxi');
    const res = await sysadmin.request('POST', `/api/v1/staff/${clerk}/roles`, { departmentCode: 'D339903-AMR', role: 'reviewer' });
    expect(res.statusCode).toBe(204);
    expect(await rolesOf(clerk)).toEqual(['reviewer', 'window_clerk']);
    const audit = await t.database.db.select().from(auditRecords).where(and(eq(auditRecords.action, 'identity.role_assigned'), eq(auditRecords.objectId, clerk), eq(auditRecords.actorLabel, 'sysadmin')));
    expect(audit).toEqual([expect.objectContaining({ result: 'success', details: { role: 'reviewer', department: 'D339903-AMR' } })]);
  });

  it('refuses to give the security admin the audit admin role (422) and changes nothing', async () => {
    const secadmin = await userId('secadmin');
    const res = await sysadmin.request('POST', `/api/v1/staff/${secadmin}/roles`, { departmentCode: 'D339900-DATA', role: 'audit_admin' });
    expect(res.statusCode).toBe(422);
    expect(errorCode(res)).toBe('identity.admin_roles_exclusive');
    expect(await rolesOf(secadmin)).toEqual(['security_admin']);
    const audit = await t.database.db.select().from(auditRecords).where(and(eq(auditRecords.action, 'identity.role_assigned'), eq(auditRecords.objectId, secadmin), eq(auditRecords.actorLabel, 'sysadmin')));
    expect(audit).toHaveLength(0);
    // A second admin role in another department is refused just the same.
    const other = await sysadmin.request('POST', `/api/v1/staff/${secadmin}/roles`, { departmentCode: 'D339902-AMR', role: 'system_admin' });
    expect(errorCode(other)).toBe('identity.admin_roles_exclusive');
  });

  it('refuses a second admin role at the database, whatever path the write takes', async () => {
    const auditadmin = await userId('auditadmin');
    let error: unknown = null;
    try {
      await t.database.db.insert(staffRoles).values({ userId: auditadmin, departmentId: await departmentId('D339900-AMR'), role: 'system_admin' });
    } catch (caught) {
      error = caught;
    }
    expect(violatedConstraint(error)).toBe('staff_roles__admin_role__key');
    expect(await rolesOf(auditadmin)).toEqual(['audit_admin']);
  });

  it('answers 404 for an unknown staff member or department', async () => {
    const unknownUser = await sysadmin.request('POST', '/api/v1/staff/00000000-0000-4000-8000-000000000000/roles', { departmentCode: 'D339900-DATA', role: 'reviewer' });
    expect(errorCode(unknownUser)).toBe('identity.not_found');
    const unknownDept = await sysadmin.request('POST', `/api/v1/staff/${await userId('clerk.hudong')}/roles`, { departmentCode: 'D000000-NONE', role: 'reviewer' });
    expect(errorCode(unknownDept)).toBe('identity.department_not_found');
  });

  it('refuses anyone but the system admin with 403 and audits the refusal', async () => {
    const clerk = await signIn(t.app, 'clerk.hudong');
    const target = await userId('clerk.hudong');
    const res = await clerk.request('POST', `/api/v1/staff/${target}/roles`, { departmentCode: 'D339902-AMR', role: 'approver' });
    expect(res.statusCode).toBe(403);
    expect(errorCode(res)).toBe('auth.forbidden');
    expect(await rolesOf(target)).toEqual(['window_clerk']);
    const denied = await t.database.db.select().from(auditRecords).where(and(eq(auditRecords.action, 'access.denied'), eq(auditRecords.actorId, target)));
    expect(denied).toEqual([expect.objectContaining({ result: 'failure', objectType: 'route', objectId: 'POST /api/v1/staff/:id/roles', actorLabel: 'clerk.hudong' })]);
  });
});
