import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Funding } from '../../../contracts/funding';
import type { Initiative } from '../../../contracts/initiatives';
import { formatMoney, formatMoneyCompact } from '../../lib/format';
import { useCodelistOptions } from '../../lib/use-codelist';
import { ErrorState, Loading } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { usePartners } from '../partners/use-partners';
import { useGovernmentProfile } from '../territory/use-territory';
import { BudgetsSection } from './budgets-section';
import { FundingChart } from './funding-chart';
import { FundingProfileForm } from './funding-profile-form';
import { TransactionsSection } from './transactions-section';
import { useFunding } from './use-funding';
import './cooperation.css';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';

/** Financiación: the project's money as IATI reports it, in the government's reporting currency. */
export function FundingTab({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  const query = useFunding(initiative.id);
  const profile = useGovernmentProfile();
  const currencies = useCodelistOptions('currencies', true);
  const partners = usePartners({ pageSize: 200, sort: 'name', direction: 'asc' });
  if (query.isLoading || currencies.isLoading || partners.isLoading) return <Loading />;
  if (query.isError || !query.data)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const funding = query.data;
  const partnerOptions = (partners.data?.items ?? []).map((item) => ({ value: item.id, label: item.name }));
  return (
    <div className="funding">
      <h2 id="funding-title">{t('funding.tab')}</h2>
      <p className="muted">{t('funding.intro', { currency: funding.reportingCurrency })}</p>
      {!canEdit ? <p className="muted">{t('common.readOnly')}</p> : null}
      <FundingTotals funding={funding} />
      <SpreadsheetActions registry="projects" filters={{ initiativeId: initiative.id }} />
      <FundingChart series={funding.series} currency={funding.reportingCurrency} />
      <TransactionsSection
        funding={funding}
        canEdit={canEdit}
        currencyOptions={currencies.options}
        partnerOptions={partnerOptions}
      />
      <BudgetsSection funding={funding} canEdit={canEdit} currencyOptions={currencies.options} />
      <FundingProfileForm
        // A first profile's identifier starts with the government's IATI organisation identifier,
        // which publishing requires: known once the government profile has loaded.
        key={`${funding.profile?.version ?? 0}-${profile.data?.iatiOrgId ?? ''}`}
        funding={funding}
        defaultCountry={profile.data?.countryCode ?? ''}
        orgId={profile.data?.iatiOrgId ?? null}
        canEdit={canEdit}
      />
    </div>
  );
}

function FundingTotals({ funding }: { funding: Funding }) {
  const { t } = useTranslation();
  const unconverted = funding.totals.reduce((sum, total) => sum + total.unconvertedCount, 0);
  return (
    <section className="section" aria-labelledby="funding-totals-title">
      <h3 id="funding-totals-title">{t('funding.totals.title', { currency: funding.reportingCurrency })}</h3>
      <dl className="stat-grid">
        {funding.totals.map((total) => (
          <div key={total.type} className="stat">
            <dt className="stat-label">{t(`funding.transactionType.${total.type}`)}</dt>
            <TotalAmount minor={total.reportingAmountMinor} currency={funding.reportingCurrency} />
            {total.unconvertedCount > 0 ? (
              <dd className="stat-note">
                {t('funding.totals.unconverted', { count: total.unconvertedCount })}
              </dd>
            ) : null}
          </div>
        ))}
      </dl>
      {unconverted > 0 ? (
        <p className="alert alert-warning">
          {t('funding.totals.missingRates', { count: unconverted })}{' '}
          <Link to="/cooperation/rates">{t('funding.totals.loadRates')}</Link>
        </p>
      ) : null}
    </section>
  );
}

/** Amounts longer than a tile get a short form ("6600 M COP"); the exact amount stays below it. */
const longestWholeAmount = 13;

function TotalAmount({ minor, currency }: { minor: number; currency: string }) {
  const { i18n } = useTranslation();
  const exact = formatMoney(minor, currency, i18n.language);
  if (exact.length <= longestWholeAmount) return <dd className="stat-value">{exact}</dd>;
  return (
    <>
      <dd className="stat-value" aria-hidden="true">
        {formatMoneyCompact(minor, currency, i18n.language)}
      </dd>
      <dd className="stat-exact">{exact}</dd>
    </>
  );
}
