import type { UseCaseContext } from '../../../platform/context';
import type { Applicant } from '../../applications/evidence';
import type { PlannedMaterial } from '../../applications/plan';
import type { MaterialChoice } from '../../applications/resolve-materials';
import type { Target } from '../../applications/targets';
import { recordExchange } from '../gateway/gateway';

/** The applicant's subject blind index (resident ID or credit code), as the exchange records key it. */
export function applicantSubjectBidx(ctx: Pick<UseCaseContext, 'cipher'>, applicant: Applicant): string | null {
  if (applicant.idNumber) return ctx.cipher.blindIndex('id_number', applicant.idNumber);
  if (applicant.creditCode) return ctx.cipher.blindIndex('credit_code', applicant.creditCode);
  return null;
}

/**
 * 免证办: an e-licence fetched as a material is a use of the holder's data like any lookup, so each department
 * that receives it gets an exchange record (method 'licence') the holder sees under "who used my data".
 */
export async function recordLicenceUse(
  ctx: UseCaseContext,
  input: { applicant: Applicant; target: Target; planned: readonly PlannedMaterial[]; choices: readonly MaterialChoice[]; purpose: string; caseRef: string },
): Promise<void> {
  const subjectBidx = applicantSubjectBidx(ctx, input.applicant);
  const departmentOf = new Map(input.target.items.map((i) => [i.itemCode, i.department.id]));
  for (const material of input.planned) {
    const choice = input.choices.find((c) => c.key === material.key);
    if (choice?.provision !== 'fetched' || material.source !== 'elicence' || !material.sourceRef) continue;
    const departments = new Set(material.targets.filter((t) => !t.producedBy).flatMap((t) => (departmentOf.get(t.itemCode) ? [departmentOf.get(t.itemCode)!] : [])));
    for (const departmentId of departments) {
      await recordExchange(ctx, {
        method: 'licence',
        callerKind: 'broker',
        callerDepartmentId: departmentId,
        actorId: input.applicant.userId,
        resourceCode: material.sourceRef,
        subjectBidx,
        fields: [material.sourceRef],
        purpose: input.purpose,
        caseRef: input.caseRef,
        basis: 'grant',
        result: 'allowed',
      });
    }
  }
}
