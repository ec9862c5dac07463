import { asc, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { JobQueue } from './job-queue';
import { outboxEvents } from './tables';

/** Writes an event in the caller's transaction; it reaches its handlers only if that transaction commits. */
export async function emitEvent(exec: Executor, topic: string, payload: Record<string, unknown>): Promise<void> {
  await exec.insert(outboxEvents).values({ topic, payload });
}

/** topic → job names that handle it. */
export type Subscriptions = Record<string, string[]>;

/**
 * Moves committed outbox events to their handlers' job queues, then marks them relayed. At-least-once: a crash
 * between send and mark sends again, and the handlers' processed_events check turns that into exactly-once effect.
 */
export async function relayOutbox(jobs: JobQueue, subscriptions: Subscriptions, limit = 200): Promise<number> {
  const pending = await jobs.db.select().from(outboxEvents).where(isNull(outboxEvents.relayedAt)).orderBy(asc(outboxEvents.id)).limit(limit);
  if (pending.length === 0) return 0;
  for (const event of pending) {
    for (const jobName of subscriptions[event.topic] ?? []) {
      await jobs.send(jobName, { ...event.payload, eventId: `outbox:${event.id}`, topic: event.topic }, { singletonKey: `outbox:${event.id}` });
    }
  }
  await jobs.db
    .update(outboxEvents)
    .set({ relayedAt: new Date() })
    .where(inArray(outboxEvents.id, pending.map((e) => e.id)));
  return pending.length;
}
