import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ledger } from '../../../contracts/utility';
import { enumLabel } from '../../lib/enum-options';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { Badge, EmptyState, ErrorState, Loading } from '../../ui/states';
import { formatDecimal } from '../initiatives/decimal';
import { RecordLink } from './record-link';
import { type LedgerSubjectKind, useLedger } from './use-utility';
import './utility.css';

/**
 * "Qué ha producido": every record that followed from a link, event, partner or strategy line, each
 * linked to its page. Relations read both ways: a link lists the events held under it, an event the
 * links it served.
 */
export function LedgerSection({ kind, id }: { kind: LedgerSubjectKind; id: string }) {
  const { t } = useTranslation();
  const query = useLedger(kind, id);
  return (
    <section className="section ledger" aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t('utility.ledger.title')}</h2>
      {query.isLoading ? <Loading /> : null}
      {query.isError ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <LedgerBody ledger={query.data} kind={kind} /> : null}
    </section>
  );
}

/** Something that reaches the territory: the same facts the verdict counts (see the method page). */
function hasProduced(ledger: Ledger): boolean {
  const { counts } = ledger.commitments;
  return (
    ledger.initiatives.items.some((item) => item.isBeyondAgenda) ||
    counts.fulfilledOnTime + counts.fulfilledLate > 0 ||
    ledger.resources.mobilisedMinor > 0 ||
    ledger.beneficiaries.total > 0 ||
    ledger.investment.realisedMinor > 0 ||
    ledger.investment.createdJobs > 0
  );
}

function isEmpty(ledger: Ledger): boolean {
  return (
    ledger.initiatives.total === 0 &&
    ledger.events.total === 0 &&
    ledger.commitments.total === 0 &&
    ledger.resources.total === 0 &&
    ledger.beneficiaries.total === 0 &&
    ledger.indicators.total === 0 &&
    ledger.investment.total === 0 &&
    ledger.networkRoles.total === 0 &&
    ledger.positions.total === 0 &&
    ledger.territorialUnits.total === 0
  );
}

function LedgerBody({ ledger, kind }: { ledger: Ledger; kind: LedgerSubjectKind }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const currency = ledger.reportingCurrency;
  const money = (minor: number) => formatMoney(minor, currency, language);
  const counts = ledger.commitments.counts;

  if (isEmpty(ledger) && ledger.links.total === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title={t('utility.ledger.emptyTitle')}
        description={t(`utility.ledger.emptyText.${kind}`)}
      />
    );
  }

  return (
    <>
      <ul className="ledger-summary" aria-label={t('utility.ledger.summaryLabel')}>
        <Figure
          value={formatNumber(ledger.initiatives.total, language)}
          label={t('utility.ledger.figures.initiatives')}
        />
        <Figure
          value={formatNumber(counts.fulfilledOnTime + counts.fulfilledLate, language)}
          label={t('utility.ledger.figures.fulfilled', { count: ledger.commitments.total })}
        />
        <Figure
          value={money(ledger.resources.mobilisedMinor)}
          label={t('utility.ledger.figures.resources')}
        />
        <Figure
          value={formatDecimal(String(ledger.beneficiaries.total), language)}
          label={t('utility.ledger.figures.beneficiaries')}
        />
        <Figure
          value={money(ledger.investment.realisedMinor)}
          label={t('utility.ledger.figures.investment')}
        />
        <Figure
          value={formatNumber(ledger.investment.createdJobs, language)}
          label={t('utility.ledger.figures.jobs')}
        />
      </ul>
      {hasProduced(ledger) ? null : (
        <p className="alert alert-warning">{t(`utility.ledger.nothingYet.${kind}`)}</p>
      )}

      <LedgerList title={t('utility.ledger.initiatives')} total={ledger.initiatives.total}>
        {ledger.initiatives.items.map((item) => (
          <li key={item.id}>
            <RecordLink kind="initiative" id={item.id}>
              {item.title}
            </RecordLink>{' '}
            <Badge tone={item.isBeyondAgenda ? 'success' : 'neutral'}>
              {enumLabel(t, 'stage', item.stage)}
            </Badge>{' '}
            <span className="muted">{t(`utility.ledger.via.${item.via}`)}</span>
          </li>
        ))}
      </LedgerList>

      <LedgerList title={t('utility.ledger.events')} total={ledger.events.total}>
        {ledger.events.items.map((item) => (
          <li key={item.id}>
            <RecordLink kind="event" id={item.id}>
              {item.title}
            </RecordLink>{' '}
            <span className="muted">
              {t(`agenda.kinds.${item.eventKind}`, { defaultValue: item.eventKind })},{' '}
              {formatDate(item.startsAt.slice(0, 10), language)}
            </span>
          </li>
        ))}
      </LedgerList>

      <LedgerList title={t('utility.ledger.links')} total={ledger.links.total}>
        {ledger.links.items.map((item) => (
          <li key={item.id}>
            <RecordLink kind="link" id={item.id}>
              {item.title}
            </RecordLink>{' '}
            <span className="muted">
              {enumLabel(t, 'linkKind', item.linkKind)}, {enumLabel(t, 'linkStatus', item.status)}
              {item.signedOn
                ? `, ${t('utility.ledger.signedOn', { date: formatDate(item.signedOn, language) })}`
                : ''}
            </span>
          </li>
        ))}
      </LedgerList>

      <LedgerList
        title={t('utility.ledger.commitments')}
        total={ledger.commitments.total}
        summary={t('utility.ledger.commitmentCounts', {
          onTime: counts.fulfilledOnTime,
          late: counts.fulfilledLate,
          overdue: counts.overdue,
          open: counts.open,
          cancelled: counts.cancelled,
        })}
      >
        {ledger.commitments.items.map((item) => (
          <li key={item.id}>
            <RecordLink kind="commitment" id={item.id}>
              {item.title}
            </RecordLink>{' '}
            <Badge tone={commitmentTone(item.status)}>
              {t(`commitments.status.${item.status}`, { defaultValue: item.status })}
            </Badge>{' '}
            <span className="muted">
              {item.fulfilledOn
                ? t(item.isOnTime ? 'utility.ledger.fulfilledOnTime' : 'utility.ledger.fulfilledLate', {
                    date: formatDate(item.fulfilledOn, language),
                    due: formatDate(item.dueDate, language),
                  })
                : t('utility.ledger.due', { date: formatDate(item.dueDate, language) })}
              {item.ownerDepartment ? ` · ${item.ownerDepartment.label}` : ''}
            </span>
          </li>
        ))}
      </LedgerList>

      <LedgerList
        title={t('utility.ledger.resources')}
        total={ledger.resources.total}
        summary={[
          t('utility.ledger.mobilised', { amount: money(ledger.resources.mobilisedMinor) }),
          ...ledger.resources.byType.map(
            (entry) =>
              `${t(`funding.transactionType.${entry.type}`, { defaultValue: entry.type })}: ${money(entry.amountMinor)}`,
          ),
          ...ledger.resources.unconverted.map((entry) =>
            t('utility.ledger.unconverted', {
              amount: formatMoney(entry.amountMinor, entry.currency, language),
              count: entry.count,
            }),
          ),
        ].join(' · ')}
      >
        {ledger.resources.items.map((item) => (
          <li key={item.id}>
            <RecordLink kind="transaction" id={item.id} initiativeId={item.initiativeId}>
              {t(`funding.transactionType.${item.type}`, { defaultValue: item.type })}:{' '}
              {formatMoney(item.amountMinor, item.currency, language)}
            </RecordLink>{' '}
            <span className="muted">
              {item.reportingAmountMinor !== null && item.currency !== currency
                ? `(${money(item.reportingAmountMinor)}) `
                : ''}
              {formatDate(item.valueDate, language)} · {item.initiativeTitle}
              {item.provider ? ` · ${item.provider.label}` : ''}
              {item.reportingAmountMinor === null ? ` · ${t('utility.ledger.noRate')}` : ''}
            </span>
          </li>
        ))}
      </LedgerList>

      {ledger.beneficiaries.total > 0 ? (
        <div className="ledger-block">
          <h3>{t('utility.ledger.beneficiaries')}</h3>
          <p>
            {t('utility.ledger.beneficiariesTotal', {
              count: ledger.beneficiaries.total,
              value: formatDecimal(String(ledger.beneficiaries.total), language),
            })}
          </p>
          <Breakdown title={t('utility.ledger.bySex')} rows={ledger.beneficiaries.bySex} group="sex" />
          <Breakdown
            title={t('utility.ledger.byAgeGroup')}
            rows={ledger.beneficiaries.byAgeGroup}
            group="ageGroup"
          />
          <Breakdown title={t('utility.ledger.byUnit')} rows={ledger.beneficiaries.byTerritorialUnit} />
        </div>
      ) : null}

      <LedgerList title={t('utility.ledger.indicators')} total={ledger.indicators.total}>
        {ledger.indicators.items.map((item) => (
          <li key={item.id}>
            <RecordLink kind="indicator" id={item.id} initiativeId={item.initiativeId}>
              {item.name}
            </RecordLink>{' '}
            {item.countsBeneficiaries ? <Badge tone="info">{t('utility.ledger.countsPeople')}</Badge> : null}{' '}
            <span className="muted">
              {t('utility.ledger.indicatorValues', {
                latest: formatDecimal(item.latestValue, language),
                target: formatDecimal(item.targetValue, language),
                unit: item.unit,
              })}
              {item.progress !== null
                ? ` · ${t('utility.ledger.progress', { value: formatNumber(Math.round(item.progress * 100), language) })}`
                : ''}{' '}
              · {item.initiativeTitle}
            </span>
          </li>
        ))}
      </LedgerList>

      <LedgerList
        title={t('utility.ledger.investment')}
        total={ledger.investment.total}
        summary={t('utility.ledger.investmentTotals', {
          realised: money(ledger.investment.realisedMinor),
          expected: money(ledger.investment.expectedMinor),
          jobs: formatNumber(ledger.investment.createdJobs, language),
          expectedJobs: formatNumber(ledger.investment.expectedJobs, language),
        })}
      >
        {ledger.investment.items.map((item) => (
          <li key={item.id}>
            <RecordLink kind="investment_lead" id={item.id}>
              {item.title}
            </RecordLink>{' '}
            <Badge>{t(`investment.stages.${item.stage}`, { defaultValue: item.stage })}</Badge>{' '}
            <span className="muted">
              {item.company.label} ·{' '}
              {formatMoney(item.realisedAmountMinor ?? item.expectedAmountMinor, item.currency, language)} ·{' '}
              {t('utility.ledger.jobs', {
                created: formatNumber(item.createdJobs ?? 0, language),
                expected: formatNumber(item.expectedJobs ?? 0, language),
              })}
            </span>
          </li>
        ))}
      </LedgerList>

      <LedgerList title={t('utility.ledger.networkRoles')} total={ledger.networkRoles.total}>
        {ledger.networkRoles.items.map((item) => (
          <li key={item.id}>
            <RecordLink kind="network_role" id={item.id}>
              {item.title}
            </RecordLink>{' '}
            <span className="muted">
              {t(`diplomacy.roleKinds.${item.roleKind}`, { defaultValue: item.roleKind })} ·{' '}
              {item.network.label} · {formatDate(item.startsOn, language)}
            </span>
          </li>
        ))}
      </LedgerList>

      <LedgerList title={t('utility.ledger.positions')} total={ledger.positions.total}>
        {ledger.positions.items.map((item) => (
          <li key={item.id}>
            <RecordLink kind="diplomacy_position" id={item.id}>
              {item.title}
            </RecordLink>{' '}
            <span className="muted">
              {t(`diplomacy.positionKinds.${item.positionKind}`, { defaultValue: item.positionKind })} ·{' '}
              {formatDate(item.madeOn, language)}
            </span>
          </li>
        ))}
      </LedgerList>

      <LedgerList title={t('utility.ledger.territorialUnits')} total={ledger.territorialUnits.total}>
        {ledger.territorialUnits.items.map((item) => (
          <li key={item.id}>
            <RecordLink kind="territorial_unit" id={item.id}>
              {item.name}
            </RecordLink>{' '}
            <span className="muted">
              {t('utility.ledger.unitFigures', {
                population: formatNumber(item.population, language),
                beneficiaries: formatDecimal(String(item.beneficiaries), language),
              })}
            </span>
          </li>
        ))}
      </LedgerList>
    </>
  );
}

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <li className="ledger-figure">
      <span className="ledger-figure-value">{value}</span>
      <span className="ledger-figure-label">{label}</span>
    </li>
  );
}

/** One kind of produced record: hidden when there is none, with "showing n of m" when the list is cut. */
function LedgerList({
  title,
  total,
  summary,
  children,
}: {
  title: string;
  total: number;
  summary?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const shown = Array.isArray(children) ? children.length : 1;
  return (
    <div className="ledger-block">
      <h3>
        {title} <span className="muted">({total})</span>
      </h3>
      {summary ? <p className="muted">{summary}</p> : null}
      <ul className="item-list">{children}</ul>
      {shown < total ? <p className="muted">{t('utility.ledger.showing', { shown, total })}</p> : null}
    </div>
  );
}

function Breakdown({
  title,
  rows,
  group,
}: {
  title: string;
  rows: { category: string; value: number }[];
  group?: 'sex' | 'ageGroup';
}) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <p>
      <strong>{title}:</strong>{' '}
      {rows
        .map(
          (row) =>
            `${group ? enumLabel(t, group, row.category) : row.category} ${formatDecimal(String(row.value), i18n.language)}`,
        )
        .join(' · ')}
    </p>
  );
}

function commitmentTone(status: string) {
  if (status === 'fulfilled') return 'success' as const;
  if (status === 'overdue') return 'danger' as const;
  if (status === 'cancelled') return 'neutral' as const;
  return 'info' as const;
}
