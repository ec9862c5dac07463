// Header bell for both apps: the unread count (also in the button's accessible name) and a drawer with the newest
// notices, each leading to its page, with "mark all read".
import { BellOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Drawer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from './session';
import { useNotifications, type NotificationItem } from './useNotifications';
import './notifications.css';

// Notice links are site paths; the console's routes live under /console, the portal's at the root.
const CONSOLE_BASE = '/console';

/** The route inside this app for a site path, or null when the path belongs to the other app. */
function routeInApp(link: string, basename: string): string | null {
  if (basename === '') return link === CONSOLE_BASE || link.startsWith(`${CONSOLE_BASE}/`) ? null : link;
  return link.startsWith(`${basename}/`) ? link.slice(basename.length) : null;
}

function NoticeEntry({ item, basename, onOpen, onMarkRead }: { item: NotificationItem; basename: string; onOpen: () => void; onMarkRead: () => void }) {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language === 'en';
  const title = isEnglish ? item.titleEn : item.titleZh;
  const body = isEnglish ? item.bodyEn : item.bodyZh;
  const isUnread = item.readAt === null;
  const route = item.link === null ? null : routeInApp(item.link, basename);
  const open = () => {
    if (isUnread) onMarkRead();
    onOpen();
  };
  return (
    <li className={isUnread ? 'yw-notice yw-notice-unread' : 'yw-notice'}>
      <div className="yw-notice-title">
        {isUnread && <span className="yw-notice-dot">{t('notifications.unread')}</span>}
        {item.link === null ? (
          <strong>{title}</strong>
        ) : route === null ? (
          <a href={item.link} onClick={open}>
            {title}
          </a>
        ) : (
          <Link to={route} onClick={open}>
            {title}
          </Link>
        )}
      </div>
      {body !== null && <p className="yw-notice-body">{body}</p>}
      <div className="yw-notice-meta">
        <time dateTime={item.createdAt}>{new Date(item.createdAt).toLocaleString(i18n.language, { hour12: false })}</time>
        {isUnread && (
          <Button size="small" type="link" onClick={onMarkRead}>
            {t('notifications.markRead')}
          </Button>
        )}
      </div>
    </li>
  );
}

/** `basename` is the app's router basename ('' for the portal, '/console' for the console). */
export function NotificationBell({ basename = '' }: { basename?: string }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const isSignedIn = state.status === 'signed_in';
  const inbox = useNotifications(isSignedIn);
  const [isOpen, setIsOpen] = useState(false);
  if (!isSignedIn) return null;

  const count = inbox.unreadCount;
  const label = count === 0 ? t('notifications.bellLabelNone') : t('notifications.bellLabel', { count });
  const openDrawer = () => {
    setIsOpen(true);
    inbox.refresh();
  };
  return (
    <>
      <Button type="text" className="yw-notification-bell" aria-label={label} title={label} aria-haspopup="dialog" aria-expanded={isOpen} onClick={openDrawer}>
        {/* The count is in the button's name; the badge only draws it. #cf1322 keeps white text at 5.6:1. */}
        <Badge count={count} overflowCount={99} size="small" color="#cf1322" aria-hidden="true">
          <BellOutlined className="yw-notification-bell-icon" />
        </Badge>
      </Button>
      <Drawer
        title={t('notifications.title')}
        open={isOpen}
        onClose={() => setIsOpen(false)}
        extra={
          <Button onClick={() => void inbox.markAllRead()} disabled={count === 0}>
            {t('notifications.markAllRead')}
          </Button>
        }
      >
        {inbox.error !== undefined && <Alert className="yw-notice-alert" type="error" showIcon title={inbox.error.message} />}
        {inbox.items.length === 0 && !inbox.isLoading && <p className="yw-notice-empty">{t('notifications.empty')}</p>}
        <ul className="yw-notice-list" aria-label={t('notifications.listLabel')}>
          {inbox.items.map((item) => (
            <NoticeEntry key={item.id} item={item} basename={basename} onOpen={() => setIsOpen(false)} onMarkRead={() => void inbox.markRead(item.id)} />
          ))}
        </ul>
        {inbox.hasMore && (
          <div className="yw-notice-more">
            <Button onClick={inbox.loadMore} loading={inbox.isLoading}>
              {t('common.loadMore')}
            </Button>
          </div>
        )}
      </Drawer>
    </>
  );
}
