import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { recordExchange } from '../exchange/gateway/gateway';
import { ACCOUNT_RESOURCE } from '../exchange/usage/usage-view';
import { ENCRYPTED_COLUMNS } from './person-fields';
import { findVisiblePerson } from './people';

export const UNMASK_ROLES = ['window_clerk', 'reviewer', 'approver', 'security_admin'] as const;
export type UnmaskField = 'idNumber' | 'mobile' | 'address' | 'creditCode';

const COLUMN = { idNumber: 'idNumberEnc', mobile: 'mobileEnc', address: 'addressEnc', creditCode: 'creditCodeEnc' } as const;

/** Shows one personal-data value in full, for a stated purpose, and audits it in the same transaction. */
export async function unmaskPersonField(ctx: UseCaseContext, input: { personId: string; field: UnmaskField; purpose: string }): Promise<{ field: UnmaskField; value: string | null }> {
  if (input.purpose.trim().length < 2) throw new AppError('identity.unmask_purpose_required');
  return ctx.db.transaction(async (tx) => {
    const person = await findVisiblePerson(ctx, tx, input.personId);
    const value = ctx.cipher.decryptOptional(person[COLUMN[input.field]], ENCRYPTED_COLUMNS[input.field]);
    await appendAudit(tx, ctx, { action: 'pii.unmask', objectType: 'user', objectId: person.id, details: { field: input.field, purpose: input.purpose.trim() } });
    // The person sees the unmask under "who used my data", in the same transaction as the audit record.
    await recordExchange(
      { ...ctx, db: tx },
      {
        method: 'unmask',
        callerKind: 'staff',
        callerDepartmentId: ctx.actor?.departmentIds[0] ?? null,
        resourceCode: ACCOUNT_RESOURCE,
        subjectBidx: person.idNumberBidx ?? person.creditCodeBidx ?? null,
        fields: [input.field],
        purpose: input.purpose.trim(),
        result: 'allowed',
      },
    );
    return { field: input.field, value };
  });
}
