import type { notificationsZhCN } from './notifications.zh-CN';

export const notificationsEn: typeof notificationsZhCN = {
  title: 'Notifications',
  bellLabel: 'Notifications, {{count}} unread',
  bellLabelNone: 'Notifications, none unread',
  markAllRead: 'Mark all read',
  markRead: 'Mark read',
  unread: 'Unread',
  empty: 'No notifications yet',
  listLabel: 'Notification list',
};
