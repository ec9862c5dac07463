import { systemContext } from '../../../platform/context';
import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';
import { trainClassifier } from './train-classifier';

export const RETRAIN_JOB = 'governance.retrain_classifier';
/** Sees every incident transition and, for closes, schedules the hour's retrain. */
export const CLOSE_SEEN_JOB = 'governance.classifier_close_seen';
/** Emitted by `POST /governance/classifier/retrain`. */
export const RETRAIN_REQUESTED = 'governance.retrain_requested';
const INCIDENT_TRANSITIONED = 'governance.incident_transitioned';

const HOUR = 3_600_000;

/** Only a close asks for a retrain: the relay sends the close-seen job for nothing else. */
const isClose = (p: { to?: unknown }): boolean => p.to === 'closed';

/** The retrain a close in this hour asks for: one per clock hour, run when the hour is over. */
export function hourlyRetrain(at: Date): { eventId: string; startAfter: Date } {
  const start = Math.floor(at.getTime() / HOUR) * HOUR;
  return { eventId: `retrain:hour:${new Date(start).toISOString().slice(0, 13)}`, startAfter: new Date(start + HOUR) };
}

/** The daily backstop retrain: one per UTC day, whichever process's loop sends it first. */
export function dailyRetrain(at: Date): string {
  return `retrain:day:${at.toISOString().slice(0, 10)}`;
}

/**
 * Retraining: every close makes the hour's retrain due (the job's event id is the hour, so a burst of closes trains
 * once, after the hour, through processed_events); a dispatcher can ask for one now; a daily loop retrains anyway.
 */
export const classificationRuntime: ModuleRuntime = {
  subscriptions: { [INCIDENT_TRANSITIONED]: [{ job: CLOSE_SEEN_JOB, when: isClose }], [RETRAIN_REQUESTED]: [RETRAIN_JOB] },
  jobs: (services, queue) => [
    {
      // Outside any transaction: pg-boss sends through its own connection, which on PGlite would wait for ours.
      name: CLOSE_SEEN_JOB,
      async run(_db, p: { to?: unknown }) {
        if (!isClose(p)) return;
        const { eventId, startAfter } = hourlyRetrain(new Date());
        await queue.send(RETRAIN_JOB, { eventId, trigger: 'incidents closed' }, { singletonKey: eventId, startAfter });
      },
    },
    {
      name: RETRAIN_JOB,
      async handle(tx, p: { trigger?: unknown }) {
        await trainClassifier(tx, systemContext({ ...services, db: tx }, 'classifier-retrain'), typeof p.trigger === 'string' ? p.trigger : 'requested');
      },
    },
  ],
  loops: [
    {
      name: 'classifier daily retrain',
      everyMs: HOUR,
      async work(_services, queue) {
        const eventId = dailyRetrain(new Date());
        await queue.send(RETRAIN_JOB, { eventId, trigger: 'daily' }, { singletonKey: eventId });
      },
    },
  ],
};
