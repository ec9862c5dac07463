import type { JobDefinition } from '../../platform/jobs/job-queue';
import { notifications } from './tables';

/** On registration: a welcome notice in the new user's inbox. Runs from the outbox, exactly once per event. */
export const sendWelcome: JobDefinition<{ userId?: string; kind?: string }> = {
  name: 'notifications.send_welcome',
  async handle(tx, payload, meta) {
    if (!payload.userId) return;
    await tx
      .insert(notifications)
      .values({
        userId: payload.userId,
        kind: 'welcome',
        sourceEventId: meta.eventId,
        titleZh: '欢迎使用一网通办，您可以在线办理政务服务',
        titleEn: 'Welcome: you can now apply for government services online',
      })
      .onConflictDoNothing();
  },
};
