import type { FieldCipher } from '../../platform/crypto/field-cipher';
import type { AttemptJobDefinition, JobDefinition } from '../../platform/jobs/job-queue';
import type { Channels } from './channels/channel';
import { deliverNotification } from './deliver-notification';
import { notifyApplicationDeadline } from './notify-application-deadline';
import { notifyApplicationTransitioned } from './notify-application-transitioned';
import { notifyLicenceIssued } from './notify-licence-issued';

type Payload = Record<string, unknown>;

export { notificationJobNames } from './job-names';

/** Every job of the module, ready for `jobs.define`: the three event handlers and the delivery job. */
export function notificationJobs(deps: { cipher: FieldCipher; channels: Channels; retryLimit?: number }): (JobDefinition<Payload> | AttemptJobDefinition<Payload>)[] {
  return [notifyApplicationTransitioned(deps.cipher), notifyApplicationDeadline(deps.cipher), notifyLicenceIssued(deps.cipher), deliverNotification(deps)];
}
