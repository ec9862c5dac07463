import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';

/** City governance, incidents: outbox subscriptions, jobs and loops. */
export const incidentsRuntime: ModuleRuntime = {};
