import { Link, Outlet, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { NotificationsBell } from '../agenda/notifications-bell';
import { GovernmentProvider, useOptionalGovernment } from '../auth/government-context';
import { useSession } from '../auth/use-session';
import { GlobalSearch } from '../search/global-search';
import { GovernmentSwitcher } from './government-switcher';
import { LanguageSwitcher } from './language-switcher';
import { UserMenu } from './user-menu';

/** Header, side navigation and main landmark around every signed-in page. */
export function AppShell() {
  const session = useSession();
  const memberships = session.data?.memberships ?? [];
  return (
    <GovernmentProvider memberships={memberships}>
      <ShellLayout />
    </GovernmentProvider>
  );
}

function ShellLayout() {
  const { t } = useTranslation();
  const government = useOptionalGovernment();
  // An association has no partners, links or agenda of its own: no search, no reminders.
  const isGovernment = government?.membership.tenantKind === 'government';
  return (
    <div className="shell">
      <a href="#main" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <header className="shell-header">
        <Link to="/" className="brand">
          Vínculo
        </Link>
        {government ? <GovernmentSwitcher /> : null}
        {isGovernment ? <GlobalSearch /> : <span className="header-spacer" />}
        {isGovernment ? <NotificationsBell /> : null}
        <LanguageSwitcher />
        <UserMenu />
      </header>
      <div className="shell-body">
        {government ? isGovernment ? <SideNav /> : <AssociationNav /> : null}
        <main id="main" className="shell-main" tabIndex={-1}>
          {government ? <Outlet /> : <NoMembership />}
        </main>
      </div>
    </div>
  );
}

function SideNav() {
  const { t } = useTranslation();
  const { isAdmin } = useOptionalGovernment() ?? { isAdmin: false };
  const items = [
    { to: '/', label: t('nav.home'), exact: true },
    { to: '/partners', label: t('nav.partners') },
    { to: '/actor-map', label: t('nav.actorMap') },
    { to: '/links', label: t('nav.links') },
    { to: '/links-expiring', label: t('nav.expiring') },
    { to: '/utility/verdicts', label: t('nav.verdicts') },
    { to: '/initiatives', label: t('nav.initiatives') },
    { to: '/strategy', label: t('strategy.nav') },
    { to: '/agenda', label: t('agenda.nav') },
    { to: '/commitments', label: t('commitments.nav') },
    { to: '/investment', label: t('investment.nav') },
    { to: '/diplomacy', label: t('diplomacy.nav') },
    { to: '/cooperation', label: t('cooperation.nav') },
    { to: '/iati', label: t('iati.nav') },
    { to: '/capacity', label: t('nav.capacity') },
    { to: '/reports', label: t('nav.reports') },
    { to: '/territory', label: t('nav.territory') },
    { to: '/departments', label: t('nav.departments') },
    ...(isAdmin
      ? [
          { to: '/members', label: t('nav.members') },
          { to: '/integrations', label: t('nav.apiTokens') },
        ]
      : []),
    { to: '/publication', label: t('publication.nav') },
    { to: '/open-data', label: t('nav.openData') },
    { to: '/audit', label: t('nav.audit') },
    { to: '/utility/method', label: t('nav.method') },
  ] as const;
  return <NavList items={items} />;
}

/** An association's own pages: the comparison of its members, its people and its audit trail. */
function AssociationNav() {
  const { t } = useTranslation();
  const { isAdmin } = useOptionalGovernment() ?? { isAdmin: false };
  const items = [
    { to: '/network', label: t('nav.network') },
    ...(isAdmin ? [{ to: '/members', label: t('nav.members') }] : []),
    { to: '/audit', label: t('nav.audit') },
  ] as const;
  return <NavList items={items} />;
}

function NavList({ items }: { items: readonly { to: string; label: string; exact?: boolean }[] }) {
  const { t } = useTranslation();
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              className="side-nav-link"
              activeOptions={{ exact: item.exact ?? false }}
              activeProps={{ className: 'side-nav-link is-active', 'aria-current': 'page' }}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NoMembership() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="page">
      <h1>{t('shell.noMembershipTitle')}</h1>
      <p>{t('shell.noMembershipText')}</p>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => void navigate({ to: '/sign-in' })}
      >
        {t('auth.signInOther')}
      </button>
    </div>
  );
}
