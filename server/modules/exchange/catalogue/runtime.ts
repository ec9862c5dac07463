import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';
import { resumeStalledImports } from './resume-imports';

/** The catalogue part's background work: imports cut off by a restart are resumed from their kept file. */
export const catalogueRuntime: ModuleRuntime = {
  loops: [{ name: 'import resume', everyMs: 30_000, work: (services) => resumeStalledImports(services) }],
};
