import type { ReactNode } from 'react';
import { LanguageSwitcher } from '../shell/language-switcher';

/** The frame of the pages reached without a session: sign-in, reset link, invitation link. */
export function AuthCardLayout({
  title,
  intro,
  children,
}: {
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <div className="auth-layout">
      <header className="auth-header">
        <p className="brand">Vínculo</p>
        <LanguageSwitcher />
      </header>
      <main id="main" className="auth-main">
        <div className="auth-card">
          <h1>{title}</h1>
          {intro ? <p className="page-description">{intro}</p> : null}
          {children}
        </div>
      </main>
    </div>
  );
}
