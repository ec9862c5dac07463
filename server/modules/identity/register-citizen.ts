import type { UseCaseContext } from '../../platform/context';
import { appendAudit } from '../../platform/audit/append-audit';
import { hashPassword } from '../../platform/crypto/passwords';
import { ProblemList } from '../../platform/errors/app-error';
import { mapConstraintError } from '../../platform/errors/constraints';
import { emitEvent } from '../../platform/jobs/outbox';
import { checkRegion, checkPassword, DUPLICATE } from './registration-checks';
import { users } from './tables';
import { normaliseResidentId } from '../../platform/ids/resident-id';
import { checkIdNumberField, checkMobileField, checkName, ENCRYPTED_COLUMNS, loginIndex } from './person-fields';

export interface RegisterCitizenInput {
  name: string;
  idNumber: string;
  mobile: string;
  password: string;
  regionCode?: string;
  address?: string;
}

/** Registers a natural person: every field is checked and every problem reported at once. */
export async function registerCitizen(ctx: UseCaseContext, input: RegisterCitizenInput): Promise<{ id: string }> {
  const problems = new ProblemList();
  checkName(problems, 'name', input.name);
  checkIdNumberField(problems, 'idNumber', input.idNumber);
  checkMobileField(problems, 'mobile', input.mobile);
  checkPassword(problems, input.password);
  await checkRegion(ctx, problems, input.regionCode);
  problems.throwIfAny();

  const idNumber = normaliseResidentId(input.idNumber);
  const mobile = input.mobile.trim();
  const { cipher } = ctx;
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          kind: 'citizen',
          name: input.name.trim(),
          loginBidx: loginIndex(cipher, mobile),
          passwordHash,
          regionCode: input.regionCode ?? null,
          idNumberEnc: cipher.encrypt(idNumber, ENCRYPTED_COLUMNS.idNumber),
          idNumberBidx: cipher.blindIndex('id_number', idNumber),
          mobileEnc: cipher.encrypt(mobile, ENCRYPTED_COLUMNS.mobile),
          mobileBidx: cipher.blindIndex('mobile', mobile),
          addressEnc: cipher.encryptOptional(input.address, ENCRYPTED_COLUMNS.address),
        })
        .returning({ id: users.id });
      const id = user!.id;
      await appendAudit(tx, ctx, { action: 'identity.citizen_registered', objectType: 'user', objectId: id, actorId: id, actorLabel: `citizen:${id}` });
      await emitEvent(tx, 'identity.user_registered', { userId: id, kind: 'citizen' });
      return { id };
    });
  } catch (error) {
    mapConstraintError(error, DUPLICATE);
  }
}

