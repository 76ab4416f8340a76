import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession, useSignOut } from '../auth/use-session';

/** A disclosure with the user's name and the sign-out button. */
export function UserMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const [isOpen, setIsOpen] = useState(false);
  const menuId = useId();
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setIsOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setIsOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [isOpen]);

  const user = session.data?.user;
  if (!user) return null;
  return (
    <div className="user-menu" ref={containerRef}>
      <button
        type="button"
        className="button button-ghost"
        aria-expanded={isOpen}
        aria-controls={menuId}
        onClick={() => setIsOpen((value) => !value)}
      >
        <span className="visually-hidden">{t('shell.userMenu')}: </span>
        {user.name}
      </button>
      <div id={menuId} className="user-menu-panel" hidden={!isOpen}>
        <p className="user-menu-email">{user.email}</p>
        <Link to="/account" className="button button-ghost button-block" onClick={() => setIsOpen(false)}>
          {t('account.menuLink')}
        </Link>
        <button
          type="button"
          className="button button-secondary button-block"
          onClick={() =>
            signOut.mutate(undefined, {
              onSettled: () => void navigate({ to: '/sign-in', search: { redirect: undefined } }),
            })
          }
        >
          {t('auth.signOut')}
        </button>
      </div>
    </div>
  );
}
