import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexComponent, IndexResult } from '../../../contracts/utility';
import { enumLabel } from '../../lib/enum-options';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { Pagination } from '../../ui/pagination';
import { ErrorState, Loading } from '../../ui/states';
import { RecordLink } from './record-link';
import { type IndexScope, useComponentSources, useUtilityIndex } from './use-utility';
import './utility.css';

/** The index of one scope, with its components; each component opens onto its source records. */
export function IndexPanel({ scope, headingLevel = 2 }: { scope: IndexScope; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const query = useUtilityIndex(scope);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const headingId = `index-title-${scope.scopeKind}`;
  return (
    <section className="section index-panel" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('utility.index.title')}</Heading>
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <IndexBreakdown result={query.data} scope={scope} /> : null}
    </section>
  );
}

/** The score, the rule in one sentence, and the components table. Also used by the home page. */
export function IndexBreakdown({
  result,
  scope,
  aside,
}: {
  result: IndexResult;
  scope: IndexScope;
  /** Shown beside the score on wide screens (the home page puts the trend there). */
  aside?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <>
      <div className="index-head">
        <div>
          <p className="index-score">
            {result.score === null ? (
              <span>{t('utility.index.noData')}</span>
            ) : (
              <>
                <span className="index-score-value">{formatNumber(result.score, language)}</span>
                <span className="index-score-scale">{t('utility.index.outOf100')}</span>
              </>
            )}
          </p>
          <p className="field-hint">
            {result.weightWithData < 100 && result.score !== null
              ? t('utility.index.partialWeights', { weight: result.weightWithData })
              : t('utility.index.sumRule')}{' '}
            <Link to="/utility/method" hash="index">
              {t('utility.method.link')}
            </Link>
          </p>
        </div>
        {aside}
      </div>
      <ComponentsTable result={result} scope={scope} />
    </>
  );
}

function ComponentsTable({ result, scope }: { result: IndexResult; scope: IndexScope }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [openKey, setOpenKey] = useState<string | null>(null);
  return (
    <div className="table-wrapper">
      <table className="table index-table">
        <caption className="visually-hidden">
          {t('utility.index.componentsCaption', { scope: result.scopeLabel })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('utility.index.component')}</th>
            <th scope="col">{t('utility.index.measured')}</th>
            <th scope="col">{t('utility.index.target')}</th>
            <th scope="col" className="numeric">
              {t('utility.index.normalised')}
            </th>
            <th scope="col" className="numeric">
              {t('utility.index.weight')}
            </th>
            <th scope="col" className="numeric">
              {t('utility.index.points')}
            </th>
          </tr>
        </thead>
        {result.components.map((component) => {
          const isOpen = openKey === component.key;
          const sourcesId = `sources-${scope.scopeKind}-${component.key}`;
          return (
            <tbody key={component.key}>
              <tr>
                <th scope="row">
                  <button
                    type="button"
                    className="disclosure-button"
                    aria-expanded={isOpen}
                    aria-controls={sourcesId}
                    onClick={() => setOpenKey(isOpen ? null : component.key)}
                  >
                    <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>{' '}
                    {t(`utility.components.${component.key}`)}
                  </button>
                </th>
                <td>
                  {component.hasData
                    ? formatRaw(t, component, result.reportingCurrency, language)
                    : t('utility.index.noDataShort')}
                </td>
                <td>{formatTarget(t, component, result.reportingCurrency, language)}</td>
                <td className="numeric">
                  {component.normalised === null
                    ? '—'
                    : `${formatNumber(Math.round(component.normalised * 100), language)} %`}
                </td>
                <td className="numeric">
                  {formatNumber(component.weight, language)}
                  {component.hasData && Math.abs(component.effectiveWeight - component.weight) > 0.05 ? (
                    <span className="muted">
                      {' '}
                      → {formatNumber(round(component.effectiveWeight, 1), language)}
                    </span>
                  ) : null}
                </td>
                <td className="numeric">
                  {component.hasData ? formatNumber(round(component.contribution, 1), language) : '—'}
                </td>
              </tr>
              <tr id={sourcesId} hidden={!isOpen}>
                <td colSpan={6}>
                  {isOpen ? (
                    <ComponentSources
                      component={component}
                      scope={scope}
                      currency={result.reportingCurrency}
                    />
                  ) : null}
                </td>
              </tr>
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

function ComponentSources({
  component,
  scope,
  currency,
}: {
  component: IndexComponent;
  scope: IndexScope;
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [page, setPage] = useState(1);
  const query = useComponentSources(scope, component.key, page, true);
  return (
    <div className="component-sources">
      <p className="field-hint">{t(`utility.componentRules.${component.key}`)}</p>
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data && query.data.items.length === 0 ? (
        <p className="muted">{t(`utility.componentEmpty.${component.key}`)}</p>
      ) : null}
      {query.data && query.data.items.length > 0 ? (
        <>
          <ul className="item-list">
            {query.data.items.map((source) => (
              <li key={`${source.record.kind}-${source.record.id}`}>
                <RecordLink
                  kind={source.record.kind}
                  id={source.record.id}
                  initiativeId={
                    typeof source.detail.initiativeId === 'string' ? source.detail.initiativeId : null
                  }
                  indicatorId={
                    typeof source.detail.indicatorId === 'string' ? source.detail.indicatorId : null
                  }
                >
                  {source.record.label}
                </RecordLink>
                {source.value !== null ? (
                  <span className="muted">
                    {' '}
                    — {formatSourceValue(component, source.value, currency, language)}
                  </span>
                ) : null}
                <SourceDetail detail={source.detail} />
              </li>
            ))}
          </ul>
          <Pagination
            page={query.data.page}
            pageSize={query.data.pageSize}
            total={query.data.total}
            onPageChange={setPage}
          />
        </>
      ) : null}
    </div>
  );
}

/** Shows the free details of a source record that read well on their own (status, stage, date…). */
function SourceDetail({ detail }: { detail: Record<string, string | number | boolean | null> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const shown = Object.entries(detail).filter(
    ([key, value]) =>
      value !== null && typeof value !== 'boolean' && !key.endsWith('Id') && key !== 'currency',
  );
  if (shown.length === 0) return null;
  const readable = (key: string, value: string | number) => {
    if (typeof value === 'number') return formatNumber(value, language);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, language);
    if (key === 'status') {
      return t(`commitments.status.${value}`, { defaultValue: enumLabel(t, 'linkStatus', value) });
    }
    if (key === 'stage') {
      return t(`enums.stage.${value}`, {
        defaultValue: t(`investment.stages.${value}`, { defaultValue: value }),
      });
    }
    if (key === 'type') return t(`funding.transactionType.${value}`, { defaultValue: value });
    return value;
  };
  return (
    <span className="muted">
      {' '}
      (
      {shown
        .map(
          ([key, value]) =>
            `${t(`utility.detail.${key}`, { defaultValue: key })}: ${readable(key, value as string | number)}`,
        )
        .join('; ')}
      )
    </span>
  );
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function formatRaw(t: TFunction, component: IndexComponent, currency: string, language: string): string {
  if (component.raw === null) return '—';
  return formatUnit(t, component.rawUnit, component.raw, currency, language);
}

function formatTarget(t: TFunction, component: IndexComponent, currency: string, language: string): string {
  if (component.target === null) return '—';
  return formatUnit(t, component.rawUnit, component.target, currency, language);
}

function formatUnit(
  t: TFunction,
  unit: IndexComponent['rawUnit'],
  value: number,
  currency: string,
  language: string,
): string {
  if (unit === 'minor_per_inhabitant') {
    return t('utility.index.perInhabitant', { amount: formatMoney(Math.round(value), currency, language) });
  }
  if (unit === 'ratio') return `${formatNumber(round(value * 100, 1), language)} %`;
  return formatNumber(Math.round(value), language);
}

function formatSourceValue(
  component: IndexComponent,
  value: number,
  currency: string,
  language: string,
): string {
  if (component.key === 'resources' || component.key === 'investment') {
    return formatMoney(Math.round(value), currency, language);
  }
  if (component.key === 'indicators' || component.key === 'commitments') {
    return component.key === 'indicators'
      ? `${formatNumber(round(value * 100, 1), language)} %`
      : formatNumber(value, language);
  }
  return formatNumber(round(value, 1), language);
}
