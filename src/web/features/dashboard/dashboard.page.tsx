import { useQueries } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { linkPageSchema, linkStatuses } from '../../../contracts/links';
import { partnerPageSchema } from '../../../contracts/partners';
import { apiRequest } from '../../lib/api-client';
import { enumLabel } from '../../lib/enum-options';
import { formatNumber } from '../../lib/format';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { governmentPath, useGovernment } from '../auth/government-context';
import { LinksTable } from '../links/links-table';
import { useExpiringLinks } from '../links/use-links';

/** Home: how many partners and links there are, and which links end soon. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { governmentId, membership, canEdit } = useGovernment();
  const counts = useQueries({
    queries: [
      {
        queryKey: ['gov', governmentId, 'partners', 'count'],
        queryFn: () =>
          apiRequest(governmentPath(governmentId, '/partners'), partnerPageSchema, {
            query: { pageSize: 1 },
          }),
      },
      ...linkStatuses.map((status) => ({
        queryKey: ['gov', governmentId, 'links', 'count', status],
        queryFn: () =>
          apiRequest(governmentPath(governmentId, '/links'), linkPageSchema, {
            query: { status, pageSize: 1 },
          }),
      })),
    ],
  });
  const expiring = useExpiringLinks(90);
  const [partnerCount, ...statusCounts] = counts;
  const totalLinks = statusCounts.reduce((sum, query) => sum + (query.data?.total ?? 0), 0);
  const isCountLoading = counts.some((query) => query.isLoading);
  const countError = counts.find((query) => query.isError)?.error;

  return (
    <div className="page">
      <PageHeader
        title={t('dashboard.title')}
        description={t('dashboard.description', { government: membership.governmentName })}
      />
      <section className="section">
        <h2 id="dashboard-counts">{t('dashboard.summary')}</h2>
        {isCountLoading ? <Loading /> : null}
        {countError ? <ErrorState error={countError} /> : null}
        {!isCountLoading && !countError ? (
          <ul className="stat-grid">
            <li className="stat">
              <Link to="/partners" className="stat-link">
                <span className="stat-value">
                  {formatNumber(partnerCount?.data?.total ?? 0, i18n.language)}
                </span>
                <span className="stat-label">{t('dashboard.partners')}</span>
              </Link>
            </li>
            <li className="stat">
              <Link to="/links" className="stat-link">
                <span className="stat-value">{formatNumber(totalLinks, i18n.language)}</span>
                <span className="stat-label">{t('dashboard.links')}</span>
              </Link>
            </li>
            {linkStatuses.map((status, index) => (
              <li key={status} className="stat stat-small">
                <Link to="/links" search={{ status }} className="stat-link">
                  <span className="stat-value">
                    {formatNumber(statusCounts[index]?.data?.total ?? 0, i18n.language)}
                  </span>
                  <span className="stat-label">
                    {t('dashboard.linksWithStatus', { status: enumLabel(t, 'linkStatus', status) })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        {!isCountLoading && !countError && totalLinks === 0 ? (
          <EmptyState
            headingLevel={3}
            title={t('dashboard.noLinksTitle')}
            description={t('dashboard.noLinksText')}
            action={
              canEdit ? (
                <div className="button-row">
                  <Link to="/links/new" className="button button-primary">
                    {t('links.new')}
                  </Link>
                  <Link to="/partners/new" className="button button-secondary">
                    {t('partners.new')}
                  </Link>
                </div>
              ) : null
            }
          />
        ) : null}
      </section>
      <section className="section">
        <h2 id="dashboard-expiring">{t('dashboard.expiringTitle')}</h2>
        {expiring.isLoading ? <Loading /> : null}
        {expiring.isError ? (
          <ErrorState error={expiring.error} onRetry={() => void expiring.refetch()} />
        ) : null}
        {expiring.data && expiring.data.items.length === 0 ? (
          <p className="muted">{t('dashboard.noneExpiring')}</p>
        ) : null}
        {expiring.data && expiring.data.items.length > 0 ? (
          <>
            <LinksTable caption={t('dashboard.expiringTitle')} isCaptionHidden rows={expiring.data.items} />
            <p>
              <Link to="/links-expiring">{t('dashboard.seeAllExpiring')}</Link>
            </p>
          </>
        ) : null}
      </section>
    </div>
  );
}
