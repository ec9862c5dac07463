import { eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../platform/context';
import { passwordProblem } from '../../platform/crypto/passwords';
import type { ProblemList } from '../../platform/errors/app-error';
import { regions } from './tables';

// Checks and constraint names shared by citizen and enterprise registration.
export const DUPLICATE = {
  users__login_bidx__key: 'identity.already_registered',
  users__id_number_bidx__key: 'identity.already_registered',
  users__credit_code_bidx__key: 'identity.already_registered',
};

export async function checkRegion(ctx: UseCaseContext, problems: ProblemList, code: string | undefined): Promise<void> {
  if (!code) return;
  const [region] = await ctx.db.select({ level: regions.level }).from(regions).where(eq(regions.code, code));
  if (!region) problems.add('regionCode', 'region_unknown', '');
  else if (region.level !== 'community') problems.add('regionCode', 'region_level', '');
}

export function checkPassword(problems: ProblemList, password: string): void {
  const problem = passwordProblem(password);
  if (problem) problems.add('password', problem, '');
}

