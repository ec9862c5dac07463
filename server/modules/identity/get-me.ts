import { eq, inArray } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { maskedProfile, type MaskedProfile } from './person-fields';
import { departments, regions, users } from './tables';

export interface Me {
  id: string;
  kind: 'citizen' | 'enterprise' | 'staff';
  name: string;
  username: string | null;
  roles: string[];
  totpEnrolled: boolean;
  scope: { departments: { id: string; code: string; name: string; nameEn: string | null; regionCode: string; regionName: string; regionNameEn: string | null }[]; regionCodes: string[] };
  profile: MaskedProfile & { regionName?: string; regionNameEn?: string };
}

export async function getMe(ctx: UseCaseContext): Promise<Me> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!user) throw new AppError('auth.unauthenticated');
  const depts =
    actor.departmentIds.length === 0
      ? []
      : await ctx.db
          .select({ id: departments.id, code: departments.code, name: departments.name, nameEn: departments.nameEn, regionCode: departments.regionCode, regionName: regions.name, regionNameEn: regions.nameEn })
          .from(departments)
          .innerJoin(regions, eq(regions.code, departments.regionCode))
          .where(inArray(departments.id, [...actor.departmentIds]));
  const profile: Me['profile'] = maskedProfile(ctx.cipher, user);
  if (user.regionCode) {
    const [region] = await ctx.db.select({ name: regions.name, nameEn: regions.nameEn }).from(regions).where(eq(regions.code, user.regionCode));
    if (region) profile.regionName = region.name;
    if (region?.nameEn) profile.regionNameEn = region.nameEn;
  }
  return {
    id: user.id,
    kind: user.kind,
    name: user.name,
    username: user.username,
    roles: [...actor.roles].sort(),
    totpEnrolled: user.totpEnrolledAt !== null,
    scope: { departments: depts, regionCodes: actor.regionScopes.map((s) => s.code) },
    profile,
  };
}
