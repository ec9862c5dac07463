import { and, asc, eq, gt, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { maskedProfile } from './person-fields';
import { inRegionScope } from './scope';
import { users } from './tables';

export interface PersonView {
  id: string;
  kind: 'citizen' | 'enterprise';
  name: string;
  idNumber: string | null;
  creditCode: string | null;
  mobile: string | null;
  regionCode: string | null;
}

type UserRow = typeof users.$inferSelect;

export function personView(ctx: UseCaseContext, user: UserRow): PersonView {
  const profile = maskedProfile(ctx.cipher, user);
  return {
    id: user.id,
    kind: user.kind === 'enterprise' ? 'enterprise' : 'citizen',
    name: user.name,
    idNumber: profile.idNumber ?? null,
    creditCode: profile.creditCode ?? null,
    mobile: profile.mobile ?? null,
    regionCode: user.regionCode,
  };
}

/**
 * Who may see a person: the person themself, or staff whose region subtree holds the person's region.
 * The rule is part of the SQL, so anything outside it is simply not found.
 */
export function visiblePeople(ctx: UseCaseContext): SQL {
  const actor = ctx.actor;
  if (!actor) throw new AppError('auth.unauthenticated');
  const isPerson = inArray(users.kind, ['citizen', 'enterprise']);
  if (actor.kind !== 'staff') return and(isPerson, eq(users.id, actor.userId))!;
  return and(isPerson, inRegionScope(actor, users.regionCode))!;
}

export async function findVisiblePerson(ctx: UseCaseContext, exec: Executor, id: string): Promise<UserRow> {
  const [user] = await exec.select().from(users).where(and(visiblePeople(ctx), eq(users.id, id)));
  if (!user) throw new AppError('identity.not_found');
  return user;
}

/** People in the staff member's scope, masked, with a cursor (the last id seen). */
export async function listPeople(ctx: UseCaseContext, input: { cursor?: string; limit: number }) {
  const rows = await ctx.db
    .select()
    .from(users)
    .where(and(visiblePeople(ctx), input.cursor ? gt(users.id, input.cursor) : undefined))
    .orderBy(asc(users.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return { items: page.map((u) => personView(ctx, u)), nextCursor: rows.length > input.limit ? (page[page.length - 1]?.id ?? null) : null };
}

export async function getPerson(ctx: UseCaseContext, id: string): Promise<PersonView> {
  return personView(ctx, await findVisiblePerson(ctx, ctx.db, id));
}
