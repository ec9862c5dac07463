import type { Services } from '../context';
import type { AttemptJobDefinition, JobDefinition, JobQueue } from './job-queue';
import type { Subscriptions } from './outbox';

/**
 * What a module adds to the running process besides routes: outbox subscriptions, job handlers and background
 * loops. runtime.ts merges every module's contribution, so a module's background work lives in its own folder.
 */
export interface ModuleRuntime {
  subscriptions?: Subscriptions;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  jobs?(services: Services, queue: JobQueue): (JobDefinition<any> | AttemptJobDefinition<any>)[];
  loops?: { name: string; everyMs: number; work(services: Services, queue: JobQueue): Promise<unknown> }[];
  /** Called when the process stops, after HTTP has drained (e.g. flush buffered writes). */
  stop?(services: Services): Promise<void>;
}

export function mergeSubscriptions(base: Subscriptions, modules: readonly ModuleRuntime[]): Subscriptions {
  const out: Subscriptions = { ...base };
  for (const m of modules) for (const [topic, jobs] of Object.entries(m.subscriptions ?? {})) out[topic] = [...(out[topic] ?? []), ...jobs];
  return out;
}
