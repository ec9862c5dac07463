import { asc, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { JobQueue } from './job-queue';
import { outboxEvents } from './tables';

/** Writes an event in the caller's transaction; it reaches its handlers only if that transaction commits. */
export async function emitEvent(exec: Executor, topic: string, payload: Record<string, unknown>): Promise<void> {
  await eventWrite(exec, [{ topic, payload }]);
}

/** Events (in order) as one unsent INSERT, for `writeTogether` with the change they announce. */
export function eventWrite(exec: Executor, events: { topic: string; payload: Record<string, unknown> }[]) {
  return exec.insert(outboxEvents).values(events);
}

/**
 * A job that handles a topic. `when` lets a subscriber say which events it acts on, so the relay sends no job for
 * the others (a job that would only return); it must be a pure test of the payload.
 */
export type Subscriber = string | { job: string; when(payload: Record<string, unknown>): boolean };

/** topic → its subscribers. */
export type Subscriptions = Record<string, Subscriber[]>;

export const subscriberJob = (s: Subscriber): string => (typeof s === 'string' ? s : s.job);

function wants(s: Subscriber, payload: Record<string, unknown>): boolean {
  if (typeof s === 'string') return true;
  try {
    return s.when(payload);
  } catch {
    return true; // a payload the test cannot read goes to the job, whose contract check reports it
  }
}

/**
 * Moves committed outbox events to their handlers' job queues (one INSERT for the batch), then marks them relayed.
 * At-least-once: a crash between send and mark sends again, and the handlers' processed_events check turns that
 * into exactly-once effect.
 */
export async function relayOutbox(jobs: JobQueue, subscriptions: Subscriptions, limit = 200): Promise<number> {
  const pending = await jobs.db.select().from(outboxEvents).where(isNull(outboxEvents.relayedAt)).orderBy(asc(outboxEvents.id)).limit(limit);
  if (pending.length === 0) return 0;
  const sends = pending.flatMap((event) =>
    (subscriptions[event.topic] ?? [])
      .filter((s) => wants(s, event.payload))
      .map((s) => ({ name: subscriberJob(s), payload: { ...event.payload, eventId: `outbox:${event.id}`, topic: event.topic }, singletonKey: `outbox:${event.id}` })),
  );
  await jobs.sendMany(sends);
  await jobs.db
    .update(outboxEvents)
    .set({ relayedAt: new Date() })
    .where(inArray(outboxEvents.id, pending.map((e) => e.id)));
  return pending.length;
}
