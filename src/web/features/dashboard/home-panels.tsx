import { Link } from '@tanstack/react-router';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../contracts/utility';
import { formatNumber } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { EmptyState, Loading } from '../../ui/states';
import { IndexBreakdown } from '../utility/index-panel';
import { RecordLink } from '../utility/record-link';
import { VerdictBadge } from '../utility/verdict-badge';
import { reasonText, verdictOrder } from '../utility/verdict-text';

// Charts load on demand, like every chart of the app: ECharts stays out of the first download.
const IndexTrendChart = lazy(() =>
  import('./index-trend-chart').then((module) => ({ default: module.IndexTrendChart })),
);

/** One panel of the home page: a titled box whose heading links to the full list. */
export function HomePanel({
  id,
  title,
  more,
  isWide,
  children,
}: {
  id: string;
  title: string;
  more?: ReactNode;
  isWide?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={`home-panel ${isWide ? 'home-panel-wide' : ''}`} aria-labelledby={id}>
      <h2>
        <span id={id}>{title}</span>
        {more ? <span className="home-panel-more">{more}</span> : null}
      </h2>
      {children}
    </section>
  );
}

/** The government's index, its monthly trend, and its components (each opening onto its records). */
export function IndexTrendPanel({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  return (
    <HomePanel
      id="home-index"
      title={t('home.index.title')}
      isWide
      more={
        <Link to="/utility/method" hash="index">
          {t('utility.method.link')}
        </Link>
      }
    >
      <div className="home-index">
        <IndexBreakdown
          result={overview.index}
          scope={{ scopeKind: 'government' }}
          aside={
            <div>
              <h3>{t('home.index.trend')}</h3>
              <Suspense fallback={<Loading />}>
                <IndexTrendChart points={overview.trend} />
              </Suspense>
            </div>
          }
        />
      </div>
    </HomePanel>
  );
}

/** Links per verdict, each count opening the list; then the links that need attention, with why. */
export function VerdictsPanel({ overview }: { overview: Overview }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { counts, contestedCount, items } = overview.verdicts;
  const total = verdictOrder.reduce((sum, verdict) => sum + (counts[verdict] ?? 0), 0);
  const attention = items.items.filter(
    (item) => item.verdict === 'protocol_only' || item.verdict === 'at_risk',
  );
  return (
    <HomePanel
      id="home-verdicts"
      title={t('home.verdicts.title')}
      isWide
      more={<Link to="/utility/verdicts">{t('home.verdicts.all')}</Link>}
    >
      {total === 0 ? (
        <EmptyState
          headingLevel={3}
          title={t('home.verdicts.emptyTitle')}
          description={t('home.verdicts.emptyText')}
          action={
            <Link to="/links/new" className="button button-primary">
              {t('links.new')}
            </Link>
          }
        />
      ) : (
        <>
          <ul className="stat-grid" aria-label={t('home.verdicts.countsLabel')}>
            {verdictOrder.map((verdict) => (
              <li key={verdict} className="stat stat-small">
                <Link to="/utility/verdicts" search={{ verdict }} className="stat-link">
                  <span className="stat-value">{formatNumber(counts[verdict] ?? 0, language)}</span>
                  <span className="stat-label">
                    <VerdictBadge verdict={verdict} />
                  </span>
                </Link>
              </li>
            ))}
            <li className="stat stat-small">
              <Link to="/utility/verdicts" search={{ contested: 'true' }} className="stat-link">
                <span className="stat-value">{formatNumber(contestedCount, language)}</span>
                <span className="stat-label">{t('home.verdicts.contested')}</span>
              </Link>
            </li>
          </ul>
          <h3>{t('home.verdicts.attention')}</h3>
          {attention.length === 0 ? (
            <p className="muted">{t('home.verdicts.noneNeedAttention')}</p>
          ) : (
            <DataTable
              caption={t('home.verdicts.attentionCaption')}
              isCaptionHidden
              rows={attention}
              rowKey={(item) => item.subject.id}
              columns={[
                {
                  key: 'link',
                  header: t('utility.verdicts.link'),
                  isRowHeader: true,
                  render: (item) => (
                    <RecordLink kind={item.subject.kind} id={item.subject.id}>
                      {item.subject.label}
                    </RecordLink>
                  ),
                },
                {
                  key: 'verdict',
                  header: t('utility.verdicts.verdict'),
                  render: (item) => <VerdictBadge verdict={item.verdict} isContested={item.isContested} />,
                },
                {
                  key: 'reason',
                  header: t('utility.verdicts.topReason'),
                  render: (item) => (item.topReason ? reasonText(t, item.topReason, language) : '—'),
                },
                {
                  key: 'counterpart',
                  header: t('utility.verdicts.counterpart'),
                  render: (item) => item.counterpart?.label ?? '—',
                },
              ]}
            />
          )}
          {items.total > items.items.length ? (
            <p>
              <Link to="/utility/verdicts">{t('home.verdicts.more', { count: items.total })}</Link>
            </p>
          ) : null}
        </>
      )}
    </HomePanel>
  );
}
