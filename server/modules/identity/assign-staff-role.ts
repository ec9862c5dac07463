import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { mapConstraintError } from '../../platform/errors/constraints';
import { departments, staffRoles, users, type StaffRoleName } from './tables';

/**
 * Gives a staff member a role in a department. The three admin roles (system, security, audit) are separated:
 * a partial unique index refuses a second one on the same account, whatever path the write takes.
 */
export async function assignStaffRole(ctx: UseCaseContext, exec: Executor, input: { userId: string; departmentCode: string; role: StaffRoleName }): Promise<void> {
  const [user] = await exec.select({ kind: users.kind }).from(users).where(eq(users.id, input.userId));
  if (!user || user.kind !== 'staff') throw new AppError('identity.not_found');
  const [department] = await exec.select({ id: departments.id }).from(departments).where(eq(departments.code, input.departmentCode));
  if (!department) throw new AppError('identity.department_not_found');
  try {
    // A savepoint, so a refused role leaves the caller's transaction usable on PostgreSQL.
    await exec.transaction(async (sp) => {
      await sp.insert(staffRoles).values({ userId: input.userId, departmentId: department.id, role: input.role }).onConflictDoNothing({ target: [staffRoles.userId, staffRoles.departmentId, staffRoles.role] });
      await appendAudit(sp, ctx, { action: 'identity.role_assigned', objectType: 'user', objectId: input.userId, details: { role: input.role, department: input.departmentCode } });
    });
  } catch (error) {
    mapConstraintError(error, { staff_roles__admin_role__key: 'identity.admin_roles_exclusive' });
  }
}
