import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';

/** City governance, classification: outbox subscriptions, jobs and loops. */
export const classificationRuntime: ModuleRuntime = {};
