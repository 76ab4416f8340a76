import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { indexComponentKeys, type UtilitySettings, verdicts } from '../../../contracts/utility';
import { formatMoney, formatNumber } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { useUtilitySettings } from './use-utility';
import { VerdictBadge } from './verdict-badge';
import './utility.css';

/**
 * "¿Cómo se calcula?": the verdict and the index explained in plain Spanish (and English and
 * Portuguese), with this government's own grace periods, targets and weights filled in, so that the
 * page always says what the numbers on the other pages were computed with. Mirrors
 * src/domain/protocol-verdict.ts, src/domain/social-utility-index.ts and docs/social-utility.md.
 */
export function MethodPage() {
  const { t } = useTranslation();
  const { isAdmin } = useGovernment();
  const settings = useUtilitySettings();
  return (
    <div className="page method-page">
      <PageHeader
        title={t('utility.method.title')}
        description={t('utility.method.intro')}
        actions={
          isAdmin ? (
            <Link to="/utility/settings" className="button button-secondary">
              {t('utility.settings.open')}
            </Link>
          ) : null
        }
      />
      {settings.isLoading ? <Loading /> : null}
      {settings.isError ? (
        <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
      ) : null}
      {settings.data ? <MethodText settings={settings.data} /> : null}
    </div>
  );
}

function MethodText({ settings }: { settings: UtilitySettings }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const currency = settings.reportingCurrency;
  const money = (minor: number) => formatMoney(minor, currency, language);
  // Durations are written in words ("18 meses", "1 día") so that each agrees with its own number.
  const values = {
    linkGraceDuration: t('utility.duration.months', { count: settings.linkGraceMonths }),
    eventGraceDuration: t('utility.duration.months', { count: settings.eventGraceMonths }),
    atRiskWindow: t('utility.duration.days', { count: settings.atRiskWindowDays }),
    resourcesTarget: money(settings.targets.resourcesPerInhabitantMinor),
    investmentTarget: money(settings.targets.investmentPerInhabitantMinor),
    jobsTarget: formatNumber(settings.targets.jobsPer100k, language),
    beneficiaryPercent: formatNumber(settings.targets.beneficiaryPercent, language),
    reachPercent: formatNumber(settings.targets.reachPercent, language),
  };
  const example = workedExample(settings);
  return (
    <>
      <section className="section" aria-labelledby="verdict">
        <h2 id="verdict" tabIndex={-1}>
          {t('utility.method.verdictTitle')}
        </h2>
        <p className="prose">{t('utility.method.verdictIntro', values)}</p>
        <dl>
          {verdicts.map((verdict) => (
            <div key={verdict}>
              <dt>
                <VerdictBadge verdict={verdict} />
              </dt>
              <dd>{t(`utility.method.verdictRule.${verdict}`, values)}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('utility.method.producedTitle')}</h3>
        <ul className="prose">
          {(['initiative', 'commitment', 'resources', 'beneficiaries', 'investment'] as const).map((key) => (
            <li key={key}>{t(`utility.method.produced.${key}`)}</li>
          ))}
        </ul>
        <p className="prose">{t('utility.method.producedNote')}</p>
        <h3>{t('utility.method.contestTitle')}</h3>
        <p className="prose">{t('utility.method.contestText')}</p>
      </section>

      <section className="section" aria-labelledby="index">
        <h2 id="index" tabIndex={-1}>
          {t('utility.method.indexTitle')}
        </h2>
        <p className="prose">{t('utility.method.indexIntro')}</p>
        <dl>
          {indexComponentKeys.map((key) => (
            <div key={key}>
              <dt>{t(`utility.components.${key}`)}</dt>
              <dd>{t(`utility.method.componentRule.${key}`, values)}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('utility.method.referenceTitle')}</h3>
        <p className="prose">{t('utility.method.referenceText')}</p>
        <h3>{t('utility.method.noDataTitle')}</h3>
        <p className="prose">{t('utility.method.noDataText')}</p>
        <h3>{t('utility.method.weightsTitle')}</h3>
        <p className="prose">{t('utility.method.weightsText')}</p>
        <DataTable
          caption={t('utility.method.weightsCaption')}
          rows={[...indexComponentKeys]}
          rowKey={(key) => key}
          columns={[
            {
              key: 'component',
              header: t('utility.index.component'),
              isRowHeader: true,
              render: (key) => t(`utility.components.${key}`),
            },
            {
              key: 'weight',
              header: t('utility.index.weight'),
              isNumeric: true,
              render: (key) => formatNumber(settings.weights[key], language),
            },
          ]}
        />
        <h3>{t('utility.method.exampleTitle')}</h3>
        <p className="prose">{t('utility.method.exampleIntro')}</p>
        <DataTable
          caption={t('utility.method.exampleCaption')}
          rows={example.rows}
          rowKey={(row) => row.key}
          columns={[
            {
              key: 'component',
              header: t('utility.index.component'),
              isRowHeader: true,
              render: (row) => t(`utility.components.${row.key}`),
            },
            {
              key: 'normalised',
              header: t('utility.index.normalised'),
              isNumeric: true,
              render: (row) =>
                row.normalised === null
                  ? t('utility.index.noDataShort')
                  : `${formatNumber(row.normalised * 100, language)} %`,
            },
            {
              key: 'weight',
              header: t('utility.method.effectiveWeight'),
              isNumeric: true,
              render: (row) => formatNumber(Math.round(row.effectiveWeight * 100) / 100, language),
            },
            {
              key: 'points',
              header: t('utility.index.points'),
              isNumeric: true,
              render: (row) => formatNumber(Math.round(row.points * 100) / 100, language),
            },
          ]}
        />
        <p className="prose">
          {t('utility.method.exampleResult', {
            weightWithData: formatNumber(example.weightWithData, language),
            exact: formatNumber(Math.round(example.exact * 100) / 100, language),
            score: formatNumber(example.score, language),
          })}
        </p>
        <h3>{t('utility.method.trendTitle')}</h3>
        <p className="prose">{t('utility.method.trendText')}</p>
        <h3>{t('utility.method.moneyTitle')}</h3>
        <p className="prose">{t('utility.method.moneyText', { currency })}</p>
      </section>
    </>
  );
}

/**
 * A worked example with this government's weights: four components with data and one without, so
 * the reader sees both the weighted sum and how the weight of a component without data is shared.
 */
function workedExample(settings: UtilitySettings) {
  const normalisedValues: Record<(typeof indexComponentKeys)[number], number | null> = {
    resources: 0.5,
    beneficiaries: 0.2,
    commitments: 0.75,
    indicators: 0.6,
    investment: null,
    reach: 0.4,
  };
  const weightWithData = indexComponentKeys.reduce(
    (sum, key) => sum + (normalisedValues[key] === null ? 0 : settings.weights[key]),
    0,
  );
  const rows = indexComponentKeys.map((key) => {
    const normalised = normalisedValues[key];
    const effectiveWeight =
      normalised === null || weightWithData === 0 ? 0 : (settings.weights[key] * 100) / weightWithData;
    return { key, normalised, effectiveWeight, points: (normalised ?? 0) * effectiveWeight };
  });
  const exact = rows.reduce((sum, row) => sum + row.points, 0);
  return { rows, weightWithData, exact, score: Math.round(exact) };
}
