import type { UseCaseContext } from '../../platform/context';
import { appendAudit } from '../../platform/audit/append-audit';
import { hashPassword } from '../../platform/crypto/passwords';
import { ProblemList } from '../../platform/errors/app-error';
import { mapConstraintError } from '../../platform/errors/constraints';
import { emitEvent } from '../../platform/jobs/outbox';
import { checkRegion, checkPassword, DUPLICATE } from './registration-checks';
import { users } from './tables';
import { normaliseCreditCode } from '../../platform/ids/credit-code';
import { checkCreditCodeField, checkMobileField, checkName, ENCRYPTED_COLUMNS, loginIndex } from './person-fields';

export interface RegisterEnterpriseInput {
  name: string;
  creditCode: string;
  legalRepresentative: string;
  mobile: string;
  password: string;
  regionCode?: string;
}

/** Registers a legal person by its unified social credit code. */
export async function registerEnterprise(ctx: UseCaseContext, input: RegisterEnterpriseInput): Promise<{ id: string }> {
  const problems = new ProblemList();
  checkName(problems, 'name', input.name);
  checkCreditCodeField(problems, 'creditCode', input.creditCode);
  checkName(problems, 'legalRepresentative', input.legalRepresentative);
  checkMobileField(problems, 'mobile', input.mobile);
  checkPassword(problems, input.password);
  await checkRegion(ctx, problems, input.regionCode);
  problems.throwIfAny();

  const creditCode = normaliseCreditCode(input.creditCode);
  const mobile = input.mobile.trim();
  const { cipher } = ctx;
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          kind: 'enterprise',
          name: input.name.trim(),
          loginBidx: loginIndex(cipher, creditCode),
          passwordHash,
          regionCode: input.regionCode ?? null,
          // Sole traders' codes identify a person; all codes are stored encrypted so none needs special care.
          creditCodeEnc: cipher.encrypt(creditCode, ENCRYPTED_COLUMNS.creditCode),
          creditCodeBidx: cipher.blindIndex('credit_code', creditCode),
          mobileEnc: cipher.encrypt(mobile, ENCRYPTED_COLUMNS.mobile),
          mobileBidx: cipher.blindIndex('mobile', mobile),
          legalRepresentative: input.legalRepresentative.trim(),
        })
        .returning({ id: users.id });
      const id = user!.id;
      await appendAudit(tx, ctx, { action: 'identity.enterprise_registered', objectType: 'user', objectId: id, actorId: id, actorLabel: `enterprise:${id}` });
      await emitEvent(tx, 'identity.user_registered', { userId: id, kind: 'enterprise' });
      return { id };
    });
  } catch (error) {
    mapConstraintError(error, DUPLICATE);
  }
}
