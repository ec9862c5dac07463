import type { Tx } from '../../db/client';
import type { UseCaseContext } from '../../platform/context';
import type { StandardItemContent } from '../catalog/catalogue-format';
import type { IssueLicenceInput } from '../licences/issue-licence';
import { loadApplicant } from './evidence';
import type { ApplicationRow } from './record-transition';

/** Form elements that never go into a licence's visible fields (they are personal identifiers or contacts). */
const PRIVATE_ELEMENTS = /idNumber|mobile|bankAccount|Address$/i;

/**
 * What an approved case's e-licence says: the holder (the child for a newborn's certificates, else the applicant)
 * and the form's non-identifying values as typed fields.
 */
export async function issuedLicenceInput(tx: Tx, ctx: UseCaseContext, row: ApplicationRow, item: StandardItemContent, form: Record<string, unknown>): Promise<IssueLicenceInput> {
  const applicant = await loadApplicant(tx, ctx.cipher, row.applicantId);
  const fields: Record<string, string | number | boolean> = {};
  let childName: string | null = null;
  for (const [name, raw] of Object.entries(item.form.properties)) {
    const schema = (raw ?? {}) as Record<string, unknown>;
    const element = typeof schema['x-element'] === 'string' ? schema['x-element'] : '';
    const value = form[name];
    if (element === 'child.name' && typeof value === 'string') childName = value;
    if (PRIVATE_ELEMENTS.test(element) || PRIVATE_ELEMENTS.test(name)) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') fields[name] = value;
  }
  const holder = childName
    ? { name: childName }
    : { name: applicant.name, ...(applicant.idNumber ? { idNumber: applicant.idNumber } : {}), ...(applicant.creditCode ? { creditCode: applicant.creditCode } : {}) };
  return {
    type: item.issuesElicence!,
    holderUserId: row.applicantId,
    holder,
    issuerDepartmentId: row.departmentId!,
    applicationId: row.id,
    fields,
  };
}
