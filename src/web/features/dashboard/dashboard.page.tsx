import { Link, Navigate, useNavigate } from '@tanstack/react-router';
import { type ComponentProps, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { strategyLines } from '../../../contracts/links';
import { type PartnerKind, partnerKinds } from '../../../contracts/partners';
import type { Overview } from '../../../contracts/utility';
import { enumLabel } from '../../lib/enum-options';
import { formatMoney, formatNumber } from '../../lib/format';
import { ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { LinksTable } from '../links/links-table';
import { useExpiringLinks } from '../links/use-links';
import { useOverview } from '../utility/use-utility';
import { HomePanel, IndexTrendPanel, VerdictsPanel } from './home-panels';
import '../utility/utility.css';
import { useStrategyVocabulary, useTermLabel } from '../strategy/use-strategy';

// Charts and maps load on demand, like every chart of the app: ECharts and the world atlas stay out
// of the first download.
const LazyBarPanel = lazy(() => import('./bar-panel').then((module) => ({ default: module.BarPanel })));
const ReachMapPanel = lazy(() => import('./home-maps').then((module) => ({ default: module.ReachMapPanel })));
const LinksWorldPanel = lazy(() =>
  import('./home-maps').then((module) => ({ default: module.LinksWorldPanel })),
);

function BarPanel(props: ComponentProps<typeof LazyBarPanel>) {
  return (
    <Suspense fallback={<Loading />}>
      <LazyBarPanel {...props} />
    </Suspense>
  );
}

/**
 * The head of the office's home page: where the international action stands at a glance — the
 * social-utility index and its trend, which links are protocol-only and why, overdue work, the
 * policy cycle, money and investment mobilised, and where in the territory and the world it lands.
 * Every panel opens onto the list behind it.
 */
export function DashboardPage() {
  const { membership } = useGovernment();
  // An association's home is the comparison of its members: it has no links, index or agenda.
  if (membership.tenantKind === 'association') return <Navigate to="/network" replace />;
  return <GovernmentHome />;
}

function GovernmentHome() {
  const { t } = useTranslation();
  const { membership } = useGovernment();
  const overview = useOverview();
  return (
    <div className="page">
      <PageHeader
        title={t('dashboard.title')}
        description={t('home.description', { government: membership.governmentName })}
      />
      {overview.isLoading ? <Loading label={t('home.loading')} /> : null}
      {overview.isError ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : null}
      {overview.data ? <HomeGrid overview={overview.data} /> : null}
      <ExpiringLinks />
    </div>
  );
}

function HomeGrid({ overview }: { overview: Overview }) {
  const { t, i18n } = useTranslation();
  const termLabel = useTermLabel();
  const language = i18n.language;
  const navigate = useNavigate();
  const currency = overview.reportingCurrency;
  const money = (minor: number) => formatMoney(Math.round(minor), currency, language);
  const count = (value: number) => formatNumber(value, language);
  const overdueTotal = overview.overdueByDepartment.reduce((sum, row) => sum + row.overdue, 0);
  const initiativesTotal = overview.initiativesByStage.reduce((sum, row) => sum + row.count, 0);
  const { resources, investment } = overview;
  return (
    <div className="home-grid">
      <VerdictsPanel overview={overview} />
      <IndexTrendPanel overview={overview} />

      <HomePanel
        id="home-overdue"
        title={t('home.overdue.title')}
        more={<Link to="/commitments">{t('home.overdue.open')}</Link>}
      >
        {overdueTotal === 0 ? (
          <p className="muted">{t('home.overdue.none')}</p>
        ) : (
          <BarPanel
            caption={t('home.overdue.caption')}
            label={t('home.overdue.label', { count: overdueTotal })}
            valueHeader={t('home.overdue.count')}
            format={count}
            isWhole
            color="#a4161a"
            rows={overview.overdueByDepartment.map((row) => ({
              key: row.department.id,
              label: row.department.label,
              value: row.overdue,
              link: (
                <Link to="/commitments" search={{ departmentId: row.department.id }}>
                  {row.department.label}
                </Link>
              ),
              onOpen: () =>
                void navigate({ to: '/commitments', search: { departmentId: row.department.id } }),
            }))}
          />
        )}
      </HomePanel>

      <HomePanel
        id="home-stages"
        title={t('home.stages.title')}
        more={<Link to="/initiatives">{t('home.stages.open')}</Link>}
      >
        {initiativesTotal === 0 ? (
          <p className="muted">
            {t('home.stages.none')} <Link to="/initiatives/new">{t('home.stages.create')}</Link>
          </p>
        ) : (
          <BarPanel
            caption={t('home.stages.caption')}
            label={t('home.stages.label', { count: initiativesTotal })}
            valueHeader={t('home.stages.count')}
            format={count}
            isWhole
            rows={overview.initiativesByStage.map((row) => ({
              key: row.stage,
              label: enumLabel(t, 'stage', row.stage),
              value: row.count,
              link: <Link to="/initiatives">{enumLabel(t, 'stage', row.stage)}</Link>,
              onOpen: () => void navigate({ to: '/initiatives' }),
            }))}
          />
        )}
      </HomePanel>

      <HomePanel
        id="home-resources"
        title={t('home.resources.title')}
        more={<Link to="/cooperation">{t('home.resources.open')}</Link>}
      >
        <p className="home-figure">
          <span className="index-score-value">{money(resources.mobilisedMinor)}</span>{' '}
          <span className="muted">{t('home.resources.mobilised')}</span>
        </p>
        {resources.unconverted.length > 0 ? (
          <p className="field-hint">
            {t('home.resources.unconverted', {
              amounts: resources.unconverted
                .map((entry) => formatMoney(entry.amountMinor, entry.currency, language))
                .join(', '),
            })}{' '}
            <Link to="/cooperation/rates">{t('home.resources.rates')}</Link>
          </p>
        ) : null}
        {resources.mobilisedMinor === 0 ? (
          <p className="muted">{t('home.resources.none')}</p>
        ) : (
          <>
            <h3>{t('home.resources.bySource')}</h3>
            <BarPanel
              caption={t('home.resources.bySourceCaption', { currency })}
              label={t('home.resources.bySourceLabel', { amount: money(resources.mobilisedMinor) })}
              valueHeader={t('home.resources.amount', { currency })}
              format={money}
              rows={resources.bySource.map((row) => {
                const label =
                  row.source === 'unknown'
                    ? t('home.resources.unknownSource')
                    : enumLabel(t, 'partnerKind', row.source);
                const kind = (partnerKinds as readonly string[]).includes(row.source)
                  ? (row.source as PartnerKind)
                  : undefined;
                return {
                  key: row.source,
                  label,
                  value: row.amountMinor,
                  link: kind ? (
                    <Link to="/partners" search={{ kind }}>
                      {label}
                    </Link>
                  ) : undefined,
                  onOpen: kind ? () => void navigate({ to: '/partners', search: { kind } }) : undefined,
                };
              })}
            />
            <h3>{t('home.resources.byStrategyLine')}</h3>
            <BarPanel
              caption={t('home.resources.byStrategyLineCaption', { currency })}
              label={t('home.resources.byStrategyLineLabel')}
              valueHeader={t('home.resources.amount', { currency })}
              format={money}
              color="#1d6b34"
              rows={resources.byStrategyLine.map((row) => {
                const key = row.strategyLine;
                const label = key ? termLabel('strategyLine', key) : t('home.resources.noStrategyLine');
                return {
                  key: key ?? 'none',
                  label,
                  value: row.amountMinor,
                  link: key ? (
                    <Link to="/utility/strategy-lines/$key" params={{ key }}>
                      {label}
                    </Link>
                  ) : undefined,
                  onOpen: key
                    ? () => void navigate({ to: '/utility/strategy-lines/$key', params: { key } })
                    : undefined,
                };
              })}
            />
          </>
        )}
        <StrategyLineLinks />
      </HomePanel>

      <HomePanel
        id="home-investment"
        title={t('home.investment.title')}
        more={<Link to="/investment/totals">{t('home.investment.open')}</Link>}
      >
        <ul className="ledger-summary">
          <li className="ledger-figure">
            <span className="ledger-figure-value">{money(investment.realisedMinor)}</span>
            <span className="ledger-figure-label">{t('home.investment.realised')}</span>
          </li>
          <li className="ledger-figure">
            <span className="ledger-figure-value">{money(investment.expectedMinor)}</span>
            <span className="ledger-figure-label">{t('home.investment.expected')}</span>
          </li>
          <li className="ledger-figure">
            <span className="ledger-figure-value">{count(investment.createdJobs)}</span>
            <span className="ledger-figure-label">{t('home.investment.createdJobs')}</span>
          </li>
          <li className="ledger-figure">
            <span className="ledger-figure-value">{count(investment.expectedJobs)}</span>
            <span className="ledger-figure-label">{t('home.investment.expectedJobs')}</span>
          </li>
        </ul>
        {investment.byStage.some((row) => row.count > 0) ? (
          <BarPanel
            caption={t('home.investment.byStageCaption')}
            label={t('home.investment.byStageLabel')}
            valueHeader={t('home.investment.leads')}
            format={count}
            isWhole
            color="#5b2a86"
            rows={investment.byStage.map((row) => {
              const label = t(`investment.stages.${row.stage}`, { defaultValue: row.stage });
              return {
                key: row.stage,
                label,
                value: row.count,
                link: <Link to="/investment">{label}</Link>,
                onOpen: () => void navigate({ to: '/investment' }),
              };
            })}
          />
        ) : (
          <p className="muted">
            {t('home.investment.none')} <Link to="/investment/new">{t('home.investment.create')}</Link>
          </p>
        )}
      </HomePanel>

      <Suspense fallback={<Loading />}>
        <ReachMapPanel overview={overview} />
      </Suspense>
      <Suspense fallback={<Loading />}>
        <LinksWorldPanel overview={overview} />
      </Suspense>
    </div>
  );
}

/** Every strategy line opens its own page (index and what it produced), even those without money yet. */
function StrategyLineLinks() {
  const { t } = useTranslation();
  const termLabel = useTermLabel();
  const vocabulary = useStrategyVocabulary();
  const lines = vocabulary.data?.strategyLines.map((line) => line.code) ?? [...strategyLines];
  return (
    <nav aria-label={t('home.resources.strategyLinesNav')}>
      <h3>{t('home.resources.strategyLinesNav')}</h3>
      <ul className="item-list">
        {lines.map((key) => (
          <li key={key}>
            <Link to="/utility/strategy-lines/$key" params={{ key }}>
              {termLabel('strategyLine', key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The links whose validity ends within 90 days: the renewal work of the coming weeks. */
function ExpiringLinks() {
  const { t } = useTranslation();
  const expiring = useExpiringLinks(90);
  return (
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
  );
}
