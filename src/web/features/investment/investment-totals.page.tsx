import { Link } from '@tanstack/react-router';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName, currencyDigits, formatMoney, formatNumber } from '../../lib/format';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { TotalsChart } from './totals-chart';
import { useInvestmentTotals } from './use-investment';

/**
 * Announced and realised investment and jobs, by year, sector and origin country, in the reporting
 * currency. Charts use major units (pesos, dollars); the tables show the exact amounts.
 */
export function InvestmentTotalsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const query = useInvestmentTotals();
  const currency = query.data?.currency ?? 'USD';
  const scale = 10 ** currencyDigits(currency);
  const money = useCallback(
    (value: number) => formatMoney(Math.round(value * scale), currency, language),
    [currency, language, scale],
  );
  const jobs = useCallback((value: number) => formatNumber(value, language), [language]);
  const toMajor = (minor: number) => minor / scale;

  const header = (
    <>
      <p className="breadcrumb">
        <Link to="/investment">{t('investment.backToBoard')}</Link>
      </p>
      <PageHeader
        title={t('investment.totals.title')}
        description={t('investment.totals.description', { currency })}
      />
    </>
  );
  if (query.isLoading)
    return (
      <div className="page">
        {header}
        <Loading />
      </div>
    );
  if (query.isError || !query.data)
    return (
      <div className="page">
        {header}
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </div>
    );
  const totals = query.data;
  const announcedName = t('investment.totals.announced');
  const realisedName = t('investment.totals.realised');
  const isEmpty = totals.byYear.length === 0 && totals.bySector.length === 0 && totals.byCountry.length === 0;
  const sectorLabel = (row: { sector: string; sectorName: string | null }) =>
    row.sectorName ? `${row.sectorName} (${row.sector})` : row.sector;

  return (
    <div className="page">
      {header}
      {totals.excludedLeadCount > 0 ? (
        <p className="alert alert-info">
          {t('investment.totals.excluded', { count: totals.excludedLeadCount, currency })}
        </p>
      ) : null}
      {isEmpty ? (
        <EmptyState
          title={t('investment.totals.emptyTitle')}
          description={t('investment.totals.emptyText')}
          action={
            <Link to="/investment" className="button button-primary">
              {t('investment.backToBoard')}
            </Link>
          }
        />
      ) : (
        <>
          <TotalsChart
            id="totals-year-amount"
            title={t('investment.totals.byYearAmount', { currency })}
            label={t('investment.totals.byYearAmountLabel', { currency })}
            categories={totals.byYear.map((row) => String(row.year))}
            series={[
              { name: announcedName, values: totals.byYear.map((row) => toMajor(row.announcedMinor)) },
              { name: realisedName, values: totals.byYear.map((row) => toMajor(row.realisedMinor)) },
            ]}
            format={money}
          />
          <TotalsChart
            id="totals-year-jobs"
            title={t('investment.totals.byYearJobs')}
            label={t('investment.totals.byYearJobsLabel')}
            categories={totals.byYear.map((row) => String(row.year))}
            series={[
              {
                name: t('investment.totals.expectedJobs'),
                values: totals.byYear.map((row) => row.expectedJobs),
              },
              {
                name: t('investment.totals.createdJobs'),
                values: totals.byYear.map((row) => row.createdJobs),
              },
            ]}
            format={jobs}
          />
          <TotalsChart
            id="totals-sector"
            title={t('investment.totals.bySector', { currency })}
            label={t('investment.totals.bySectorLabel', { currency })}
            categories={totals.bySector.map(sectorLabel)}
            series={[
              { name: announcedName, values: totals.bySector.map((row) => toMajor(row.announcedMinor)) },
              { name: realisedName, values: totals.bySector.map((row) => toMajor(row.realisedMinor)) },
            ]}
            format={money}
            isHorizontal
          />
          <TotalsChart
            id="totals-country"
            title={t('investment.totals.byCountry', { currency })}
            label={t('investment.totals.byCountryLabel', { currency })}
            categories={totals.byCountry.map((row) => countryName(row.countryCode, language))}
            series={[
              { name: announcedName, values: totals.byCountry.map((row) => toMajor(row.announcedMinor)) },
              { name: realisedName, values: totals.byCountry.map((row) => toMajor(row.realisedMinor)) },
            ]}
            format={money}
            isHorizontal
          />
        </>
      )}
    </div>
  );
}
