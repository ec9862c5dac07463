import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';
import { OVERSIGHT_NOTICE } from './apply-step';
import { NOTIFY_OVERSIGHT, notifyOversight } from './notify-oversight';
import { oversightJobs, SCHEDULE_JOB, startsClock, sweepOversight } from './timers';

/** The incidents part's outbox topic: recordIncidentTransition emits it for every change of an incident. */
const INCIDENT_TRANSITIONED = 'governance.incident_transitioned';

/**
 * City governance, oversight: a dispatch schedules the deadline and escalation timers; their notices go to the inbox;
 * a sweep every five minutes makes good timers that were lost.
 */
export const oversightRuntime: ModuleRuntime = {
  subscriptions: { [INCIDENT_TRANSITIONED]: [{ job: SCHEDULE_JOB, when: startsClock }], [OVERSIGHT_NOTICE]: [NOTIFY_OVERSIGHT] },
  jobs: (services, queue) => [...oversightJobs(services, queue), notifyOversight(services.cipher)],
  loops: [{ name: 'incident oversight sweep', everyMs: 5 * 60_000, work: (services, queue) => sweepOversight(services, queue) }],
};
