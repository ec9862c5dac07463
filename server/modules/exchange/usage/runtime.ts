import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';
import { USAGE_REPORT_DECIDED } from './decide-usage-report';
import { NOTIFY_REPORT_DECIDED, notifyReportDecided } from './notify-report-decided';

/** "Who used my data": the reporter of a wrong use is told the audit admin's decision. */
export const usageRuntime: ModuleRuntime = {
  subscriptions: { [USAGE_REPORT_DECIDED]: [NOTIFY_REPORT_DECIDED] },
  jobs: (services) => [notifyReportDecided(services.cipher)],
};
