import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Links between the three screens of cooperation: demand, offer and the exchange rates. */
export function CooperationNav() {
  const { t } = useTranslation();
  const items = [
    { to: '/cooperation/demands', label: t('cooperation.demands.title') },
    { to: '/cooperation/offers', label: t('cooperation.offers.title') },
    { to: '/cooperation/rates', label: t('cooperation.rates.title') },
    { to: '/iati', label: t('iati.title') },
  ] as const;
  return (
    <nav className="cooperation-nav" aria-label={t('cooperation.navLabel')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <Link
              to={item.to}
              className="cooperation-nav-link"
              activeProps={{ className: 'cooperation-nav-link is-active', 'aria-current': 'page' }}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
