import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';

/** The sharing part's background work (merged into the process by server/runtime.ts). */
export const sharingRuntime: ModuleRuntime = {};
