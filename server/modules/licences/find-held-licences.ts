import { and, desc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { todayInChina } from '../../platform/calendar/working-calendar';
import { elicences } from './tables';

export interface HeldLicence {
  id: string;
  number: string;
  issuedOn: string;
  issuerName: string;
  validUntil: string | null;
}

/**
 * 免证办: the account's valid (not revoked, not expired) licences of the given types, newest per type, so an
 * application fetches them instead of asking for an upload.
 */
export async function findHeldLicences(exec: Executor, holderUserId: string, types: string[]): Promise<Map<string, HeldLicence>> {
  const held = new Map<string, HeldLicence>();
  if (types.length === 0) return held;
  const rows = await exec
    .select({ id: elicences.id, type: elicences.type, number: elicences.number, issuedOn: elicences.issuedOn, validUntil: elicences.validUntil, payload: elicences.payload })
    .from(elicences)
    .where(
      and(
        eq(elicences.holderUserId, holderUserId),
        inArray(elicences.type, types),
        eq(elicences.status, 'valid'),
        or(isNull(elicences.validUntil), gte(elicences.validUntil, todayInChina())),
      ),
    )
    .orderBy(desc(elicences.issuedOn), desc(elicences.createdAt));
  for (const row of rows) {
    if (held.has(row.type)) continue;
    held.set(row.type, { id: row.id, number: row.number, issuedOn: row.issuedOn, issuerName: row.payload.issuer.name, validUntil: row.validUntil });
  }
  return held;
}
