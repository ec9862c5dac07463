// The notification bell and its list, shared by the portal and the console header.
export const notificationsZhCN = {
  title: '消息通知',
  bellLabel: '消息通知，{{count}} 条未读',
  bellLabelNone: '消息通知，没有未读消息',
  markAllRead: '全部标为已读',
  markRead: '标为已读',
  unread: '未读',
  empty: '暂无消息',
  listLabel: '消息列表',
};
