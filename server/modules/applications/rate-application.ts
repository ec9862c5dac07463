import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import { emitEvent } from '../../platform/jobs/outbox';
import { findVisibleCase } from './case-access';
import { caseRatings } from './tables';

export const RATING_TAGS = ['exceeded_time_limit', 'extra_conditions', 'extra_materials', 'poor_attitude', 'visited_more_than_once'] as const;

/** 好差评: one rating per completed case by its applicant (stored now; the rectification loop comes later). */
export async function rateApplication(ctx: UseCaseContext, id: string, input: { score: number; tags?: string[] | undefined; comment?: string | undefined }) {
  const actor = ctx.actor!;
  const row = await findVisibleCase(ctx.db, actor, id);
  if (row.applicantId !== actor.userId) throw new AppError('auth.forbidden');
  if (row.status !== 'completed') throw new AppError('applications.not_completed');
  return ctx.db.transaction(async (tx) => {
    const inserted = await tx
      .insert(caseRatings)
      .values({ applicationId: id, raterId: actor.userId, score: input.score, tags: input.tags ?? [], comment: input.comment?.trim() || null })
      .onConflictDoNothing()
      .returning();
    if (inserted.length === 0) throw new AppError('applications.already_rated');
    await appendAudit(tx, ctx, { action: 'applications.rated', objectType: 'application', objectId: id, details: { score: input.score, bad: input.score <= 2 } });
    await emitEvent(tx, 'applications.rated', { applicationId: id, score: input.score, tags: input.tags ?? [], departmentId: row.departmentId });
    const r = inserted[0]!;
    return { score: r.score, tags: r.tags, comment: r.comment, createdAt: r.createdAt.toISOString() };
  });
}
