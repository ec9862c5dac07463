import { notificationJobNames } from './job-names';
import { APPLICATION_DEADLINE, ApplicationDeadline } from './event-payloads';
import { noticeJob, toEach } from './notice-job';
import { deadlineNoticeText } from './templates';

/** The handler and the department head hear that a case is due soon or overdue (the SLA clock emits the event). */
export const notifyApplicationDeadline = noticeJob({
  name: notificationJobNames.applicationDeadline,
  topic: APPLICATION_DEADLINE,
  contract: ApplicationDeadline,
  notices: (event) => toEach(event.recipientIds, { kind: `deadline.${event.state}`, text: deadlineNoticeText(event.state, event), link: event.link }),
});
