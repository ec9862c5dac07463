import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { isUuid } from './licence-rules';
import { licenceSummary, type LicenceSummary } from './licence-view';
import { elicences, type LicencePayload } from './tables';

export interface LicenceDetail extends LicenceSummary {
  holder: LicencePayload['holder'];
  fields: LicencePayload['fields'];
  trustLevel: string;
  applicationId: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
  payload: LicencePayload;
  /** The compact JWS (Ed25519) exactly as issued; verify it against /.well-known/jwks.json. */
  jws: string;
}

/** Who may see a licence in full: its holder, or staff of the issuing department. */
function visibleTo(actor: Actor): SQL {
  const ownDepartments = actor.departmentIds.length > 0 ? sql`${elicences.issuerDepartmentId} IN (${sql.join(actor.departmentIds.map((d) => sql`${d}`), sql`, `)})` : sql`false`;
  return or(eq(elicences.holderUserId, actor.userId), ownDepartments) ?? sql`false`;
}

/** One licence with its typed fields, payload and JWS; anyone else gets 404 (no hint that it exists). */
export async function getLicence(ctx: UseCaseContext, id: string): Promise<LicenceDetail> {
  if (!ctx.actor || !isUuid(id)) throw new AppError('licences.not_found');
  const [row] = await ctx.db.select().from(elicences).where(and(eq(elicences.id, id), visibleTo(ctx.actor)));
  if (!row) throw new AppError('licences.not_found');
  return {
    ...licenceSummary(row),
    holder: row.payload.holder,
    fields: row.payload.fields,
    trustLevel: row.payload.trustLevel,
    applicationId: row.applicationId,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedReason: row.revokedReason,
    payload: row.payload,
    jws: row.jws,
  };
}
