import type { ModuleRuntime } from '../../../platform/jobs/module-runtime';
import { hasReporterNews, NOTIFY_INCIDENT_REPORTER, notifyIncidentReporter } from './notify-reporter';
import { INCIDENT_TRANSITIONED } from './record-transition';

/** City governance, incidents: the reporter is told about each step of their incident (and duplicates at resolution). */
export const incidentsRuntime: ModuleRuntime = {
  subscriptions: { [INCIDENT_TRANSITIONED]: [{ job: NOTIFY_INCIDENT_REPORTER, when: hasReporterNews }] },
  jobs: (services) => [notifyIncidentReporter(services.cipher)],
};
