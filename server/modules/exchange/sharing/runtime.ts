import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';
import { NOTIFY_SHARING_DEADLINE, notifySharingDeadline } from '../../notifications/notify-sharing';
import { checkSharingDeadlines } from './check-sharing-deadlines';
import { REQUEST_DEADLINE } from './events';

/**
 * The sharing part's background work (merged into the process by server/runtime.ts): the step-deadline check every
 * five minutes, and the notice handler for its reminders and escalations.
 */
export const sharingRuntime: ModuleRuntime = {
  subscriptions: { [REQUEST_DEADLINE]: [NOTIFY_SHARING_DEADLINE] },
  jobs: (services) => [notifySharingDeadline(services.cipher)],
  loops: [{ name: 'sharing deadlines', everyMs: 5 * 60_000, work: (services) => checkSharingDeadlines(services) }],
};
