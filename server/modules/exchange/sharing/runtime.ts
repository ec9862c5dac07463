import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';
import { NOTIFY_SHARING_CHANGED, NOTIFY_SHARING_DEADLINE, notifySharingChanged, notifySharingDeadline } from '../../notifications/notify-sharing';
import { checkSharingDeadlines } from './check-sharing-deadlines';
import { REQUEST_CHANGED, REQUEST_DEADLINE } from './events';

/**
 * The sharing part's background work (merged into the process by server/runtime.ts): the step-deadline check every
 * five minutes, and the notice handlers for its reminders and escalations and for each decision.
 */
export const sharingRuntime: ModuleRuntime = {
  subscriptions: { [REQUEST_DEADLINE]: [NOTIFY_SHARING_DEADLINE], [REQUEST_CHANGED]: [NOTIFY_SHARING_CHANGED] },
  jobs: (services) => [notifySharingDeadline(services.cipher), notifySharingChanged(services.cipher)],
  loops: [{ name: 'sharing deadlines', everyMs: 5 * 60_000, work: (services) => checkSharingDeadlines(services) }],
};
