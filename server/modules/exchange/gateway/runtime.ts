import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';

/** The gateway part's background work (merged into the process by server/runtime.ts). */
export const gatewayRuntime: ModuleRuntime = {};
