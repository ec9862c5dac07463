import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import { emitEvent } from '../../../platform/jobs/outbox';
import { RETRAIN_REQUESTED } from './runtime';

/** Queues a retrain now (the outbox relays it to the retrain job); audited with who asked. */
export async function requestRetrain(ctx: UseCaseContext): Promise<{ queued: boolean }> {
  await ctx.db.transaction(async (tx) => {
    const by = ctx.actor?.username ?? ctx.actor?.userId ?? 'system';
    await emitEvent(tx, RETRAIN_REQUESTED, { trigger: `requested by ${by}`, requestedBy: ctx.actor?.userId ?? null });
    await appendAudit(tx, ctx, { action: 'governance.classifier_retrain_requested', objectType: 'classifier_model' });
  });
  return { queued: true };
}
