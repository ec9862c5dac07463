import { asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import type { UseCaseContext } from '../../platform/context';
import { lockCase, recordTransition, type ApplicationRow } from './record-transition';
import { applications, type ApplicationStatus } from './tables';
import { FINAL_STATUSES } from './workflow';

const RESULT_READY: readonly ApplicationStatus[] = ['approved', 'delivered', 'completed'];
const FAILED: readonly ApplicationStatus[] = ['denied', 'not_accepted', 'withdrawn'];

/**
 * After a child case of a life event changes: children whose dependencies now all have their result start, with
 * those results (e-licences) attached; children whose dependency failed are closed; when every child is final
 * the parent completes. No-op for other cases.
 */
export async function advanceBundle(tx: Tx, ctx: UseCaseContext, changed: ApplicationRow): Promise<void> {
  if (changed.kind !== 'child' || !changed.parentId) return;
  const parent = await lockCase(tx, changed.parentId);
  const siblings = await tx.select().from(applications).where(eq(applications.parentId, parent.id)).orderBy(asc(applications.caseNumber));
  const byItem = new Map(siblings.map((s) => [s.itemCode ?? '', s]));
  for (const sibling of siblings) {
    if (sibling.status !== 'waiting') continue;
    const deps = sibling.dependsOn.map((code) => byItem.get(code));
    if (deps.some((d) => d && FAILED.includes(d.status))) {
      await recordTransition(tx, ctx, sibling, { action: 'withdraw', to: 'withdrawn', note: 'dependency_failed', changes: { completedAt: new Date() } });
      continue;
    }
    if (!deps.every((d) => d && RESULT_READY.includes(d.status))) continue;
    const materials = sibling.materials.map((m) => {
      const producer = m.provision === 'pending' && m.pendingFrom ? byItem.get(m.pendingFrom) : undefined;
      if (!producer?.licenceId) return m;
      return { id: m.id, provision: 'fetched' as const, licenceId: producer.licenceId, source: producer.caseNumber ?? '', fetchedAt: new Date().toISOString() };
    });
    await recordTransition(tx, ctx, sibling, { action: 'start', to: 'submitted', changes: { materials, submittedAt: new Date() }, details: { after: sibling.dependsOn } });
  }
  const now = await tx.select({ status: applications.status }).from(applications).where(eq(applications.parentId, parent.id));
  if (parent.status === 'in_progress' && now.every((c) => FINAL_STATUSES.includes(c.status))) {
    const allWithdrawn = now.every((c) => c.status === 'withdrawn');
    await recordTransition(tx, ctx, parent, { action: allWithdrawn ? 'withdraw' : 'complete', to: allWithdrawn ? 'withdrawn' : 'completed', changes: { completedAt: new Date() } });
  }
}
