import { noticeJob, toEach } from './notice-job';
import { SHARING_CHANGED, SHARING_DEADLINE, SharingChanged, SharingDeadline } from './event-payloads';
import { sharingChangedText, sharingDeadlineText } from './templates';

/** Job names of the sharing handlers (subscribed by the sharing runtime to exchange.request_deadline / _changed). */
export const NOTIFY_SHARING_DEADLINE = 'notifications.sharing_deadline';
export const NOTIFY_SHARING_CHANGED = 'notifications.sharing_changed';

/** The deciding department's stewards hear that a step is due soon; when overdue, its head hears too. */
export const notifySharingDeadline = noticeJob({
  name: NOTIFY_SHARING_DEADLINE,
  topic: SHARING_DEADLINE,
  contract: SharingDeadline,
  notices: (event) => toEach(event.recipientIds, { kind: `sharing.deadline.${event.state}`, text: sharingDeadlineText(event.state, event), link: event.link }),
});

/** The stewards of the department deciding the next step hear of it; the consumer's stewards hear the outcome. */
export const notifySharingChanged = noticeJob({
  name: NOTIFY_SHARING_CHANGED,
  topic: SHARING_CHANGED,
  contract: SharingChanged,
  notices: (event) => toEach(event.recipientIds, { kind: `sharing.${event.notice}`, text: sharingChangedText(event.notice, event), link: event.link }),
});
