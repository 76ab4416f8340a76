import { useRouter } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { ErrorState } from '../../ui/states';
import { useMarkNotificationsRead, useNotifications } from './use-agenda';
import './agenda.css';

/** Only paths inside the app are followed: a notification never sends anyone elsewhere. */
function isInternalPath(path: string | null): path is string {
  return Boolean(path?.startsWith('/') && !path.startsWith('//'));
}

/**
 * The bell in the header: the unread count (checked every minute) and a panel with the latest
 * notifications, each linking to what it is about.
 */
export function NotificationsBell() {
  const { t, i18n } = useTranslation();
  const router = useRouter();
  const query = useNotifications();
  const markRead = useMarkNotificationsRead();
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const unread = query.data?.unread ?? 0;
  const items = query.data?.items ?? [];

  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setIsOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [isOpen]);

  return (
    <div className="notifications" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button-ghost notifications-button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={t('notifications.buttonLabel', { count: unread })}
        onClick={() => setIsOpen((value) => !value)}
      >
        <svg
          className="notifications-icon"
          viewBox="0 0 24 24"
          width="22"
          height="22"
          aria-hidden="true"
          focusable="false"
        >
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 ? (
          <span aria-hidden="true" className="notifications-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      <div id={panelId} className="notifications-panel" hidden={!isOpen}>
        <div className="notifications-panel-header">
          <h2 id={`${panelId}-title`} className="notifications-title">
            {t('notifications.title')}
          </h2>
          {unread > 0 ? (
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={markRead.isPending}
              onClick={() => markRead.mutate(undefined)}
            >
              {t('notifications.markAllRead')}
            </button>
          ) : null}
        </div>
        {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
        {query.data && items.length === 0 ? <p className="muted">{t('notifications.empty')}</p> : null}
        {items.length > 0 ? (
          <ul className="notifications-list">
            {items.map((item) => {
              const isUnread = !item.readAt;
              const content = (
                <>
                  {isUnread ? <span className="notifications-new">{t('notifications.new')}</span> : null}
                  <span className="notifications-item-title">{item.title}</span>
                  {item.body ? <span className="notifications-item-body">{item.body}</span> : null}
                  <span className="notifications-item-date">
                    {formatDateTime(item.createdAt, i18n.language)}
                  </span>
                </>
              );
              return (
                <li key={item.id} className={`notifications-item ${isUnread ? 'is-unread' : ''}`}>
                  {isInternalPath(item.path) ? (
                    <a
                      href={item.path}
                      onClick={(event) => {
                        event.preventDefault();
                        if (isUnread) markRead.mutate([item.id]);
                        setIsOpen(false);
                        router.history.push(item.path ?? '/');
                      }}
                    >
                      {content}
                    </a>
                  ) : (
                    <div>{content}</div>
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
