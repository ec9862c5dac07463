import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';

/** City governance, oversight: outbox subscriptions, jobs and loops. */
export const oversightRuntime: ModuleRuntime = {};
