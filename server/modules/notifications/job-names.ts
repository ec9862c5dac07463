/** The module's job names: runtime's `subscriptions` maps topics to them, the definitions carry them. */
export const notificationJobNames = {
  applicationTransitioned: 'notifications.application_transitioned',
  applicationDeadline: 'notifications.application_deadline',
  licenceIssued: 'notifications.licence_issued',
  deliver: 'notifications.deliver',
} as const;
