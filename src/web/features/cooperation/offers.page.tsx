import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Offer } from '../../../contracts/cooperation';
import { formatDate, formatMoney } from '../../lib/format';
import { type Column, DataTable } from '../../ui/data-table';
import { Checkbox, Select, TextInput } from '../../ui/field';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { TabPanel, Tabs } from '../../ui/tabs';
import { useGovernment } from '../auth/government-context';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';
import { DeadlineBadge } from './cooperation-bits';
import { CooperationNav } from './cooperation-nav';
import type { OffersSearch } from './cooperation-search';
import { commonSectorCodes, sectorLabel, sectorName } from './sectors';
import { useOffers } from './use-cooperation';
import './cooperation.css';

const routeApi = getRouteApi('/app/cooperation/offers/');

function amountRange(offer: Offer, language: string): string {
  if (offer.amountMinMinor === null && offer.amountMaxMinor === null) return '—';
  const min = formatMoney(offer.amountMinMinor, offer.currency, language);
  const max = formatMoney(offer.amountMaxMinor, offer.currency, language);
  if (offer.amountMinMinor === null) return `≤ ${max}`;
  if (offer.amountMaxMinor === null) return `≥ ${min}`;
  return `${min} – ${max}`;
}

/** What cooperation offers: donors' calls and programmes, and the city's own practices to share. */
export function OffersPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const update = (patch: Partial<OffersSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const tab = search.tab ?? 'donors';
  const sectorCodes: string[] = [...commonSectorCodes];
  if (search.sector && !sectorCodes.includes(search.sector)) sectorCodes.push(search.sector);
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  // Calls and programmes share one tab: without a kind chosen, the list leaves own practices out here.
  const query = useOffers({
    kind: tab === 'own' ? 'own_good_practice' : search.kind,
    q: search.q,
    status: search.status,
    sector: search.sector,
    includeArchived: search.includeArchived,
    pageSize: 200,
  });
  const items = (query.data?.items ?? []).filter((offer) =>
    tab === 'own' ? true : offer.kind !== 'own_good_practice',
  );
  const hasFilters = Boolean(search.q || search.status || search.sector || search.kind);
  const newOffer = canEdit ? (
    <Link
      to="/cooperation/offers/new"
      search={{ kind: tab === 'own' ? 'own_good_practice' : undefined }}
      className="button button-primary"
    >
      {tab === 'own' ? t('cooperation.offer.newPractice') : t('cooperation.offer.new')}
    </Link>
  ) : null;
  const columns: Column<Offer>[] = [
    {
      key: 'title',
      header: t('cooperation.offer.fields.title'),
      isRowHeader: true,
      render: (row) => (
        <>
          <Link to="/cooperation/offers/$offerId" params={{ offerId: row.id }}>
            {row.title}
          </Link>
          {row.archivedAt ? (
            <>
              {' '}
              <Badge>{t('common.archived')}</Badge>
            </>
          ) : null}
        </>
      ),
    },
    ...(tab === 'own'
      ? []
      : [
          {
            key: 'kind',
            header: t('cooperation.offer.fields.kind'),
            render: (row: Offer) => t(`cooperation.offerKind.${row.kind}`),
          },
          {
            key: 'donor',
            header: t('cooperation.offer.fields.donor'),
            render: (row: Offer) => row.donorName ?? '—',
          },
        ]),
    {
      key: 'amount',
      header: t('cooperation.offer.fields.amount'),
      isNumeric: true,
      render: (row) => amountRange(row, language),
    },
    {
      key: 'sectors',
      header: t('cooperation.fields.sectors'),
      render: (row) => row.sectors.map((code) => sectorName(code, language)).join(' · ') || '—',
    },
    {
      key: 'status',
      header: t('cooperation.offer.fields.status'),
      render: (row) => t(`cooperation.offerStatus.${row.status}`),
    },
    {
      key: 'deadline',
      header: t('cooperation.offer.fields.deadline'),
      render: (row) => (
        <>
          {formatDate(row.deadline, language)}{' '}
          {row.deadline && row.status === 'open' ? <DeadlineBadge deadline={row.deadline} /> : null}
        </>
      ),
    },
  ];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: q.trim() || undefined });
  };

  let content: ReactNode;
  if (query.isLoading) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (items.length === 0)
    content = hasFilters ? (
      <EmptyState title={t('cooperation.offers.emptyFiltered')} description={t('common.emptyFilteredHint')} />
    ) : (
      <EmptyState
        title={tab === 'own' ? t('cooperation.offers.emptyOwnTitle') : t('cooperation.offers.emptyTitle')}
        description={tab === 'own' ? t('cooperation.offers.emptyOwnText') : t('cooperation.offers.emptyText')}
        action={
          <>
            {newOffer}
            {tab === 'donors' ? (
              <Link to="/iati" search={{ tab: 'catalogue' }} className="button button-secondary">
                {t('cooperation.offers.fromCatalogue')}
              </Link>
            ) : null}
          </>
        }
      />
    );
  else
    content = (
      <DataTable
        caption={t('cooperation.offers.caption', { count: items.length })}
        columns={columns}
        rows={items}
        rowKey={(row) => row.id}
      />
    );

  return (
    <div className="page page-wide">
      <PageHeader
        title={t('cooperation.offers.title')}
        description={t('cooperation.offers.description')}
        actions={newOffer}
      />
      <CooperationNav />
      <Tabs
        label={t('cooperation.offers.tabsLabel')}
        idPrefix="offers"
        tabs={[
          { id: 'donors', label: t('cooperation.offers.tabs.donors') },
          { id: 'own', label: t('cooperation.offers.tabs.own') },
        ]}
        selected={tab}
        onSelect={(id) => update({ tab: id === 'own' ? 'own' : undefined, kind: undefined })}
      />
      <TabPanel idPrefix="offers" tabId={tab}>
        <form className="filters" aria-label={t('cooperation.offers.filtersLabel')} onSubmit={onSubmit}>
          <TextInput
            label={t('common.search')}
            type="search"
            value={q}
            onChange={(event) => setQ(event.target.value)}
          />
          {tab === 'donors' ? (
            <Select
              label={t('cooperation.offer.fields.kind')}
              placeholder={t('common.all')}
              options={(['call', 'programme'] as const).map((value) => ({
                value,
                label: t(`cooperation.offerKind.${value}`),
              }))}
              value={search.kind ?? ''}
              onChange={(event) =>
                update({ kind: (event.target.value || undefined) as OffersSearch['kind'] })
              }
            />
          ) : null}
          <Select
            label={t('cooperation.fields.sector')}
            placeholder={t('common.all')}
            options={sectorCodes.map((code) => ({ value: code, label: sectorLabel(code, language) }))}
            value={search.sector ?? ''}
            onChange={(event) => update({ sector: event.target.value || undefined })}
          />
          <Select
            label={t('cooperation.offer.fields.status')}
            placeholder={t('common.all')}
            options={(['open', 'closed'] as const).map((value) => ({
              value,
              label: t(`cooperation.offerStatus.${value}`),
            }))}
            value={search.status ?? ''}
            onChange={(event) =>
              update({ status: (event.target.value || undefined) as OffersSearch['status'] })
            }
          />
          <Checkbox
            label={t('cooperation.includeArchived')}
            checked={Boolean(search.includeArchived)}
            onChange={(event) => update({ includeArchived: event.target.checked || undefined })}
          />
          <div className="filters-actions">
            <button type="submit" className="button button-primary">
              {t('common.applyFilters')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                update({
                  q: undefined,
                  kind: undefined,
                  status: undefined,
                  sector: undefined,
                  includeArchived: undefined,
                })
              }
            >
              {t('common.clearFilters')}
            </button>
          </div>
        </form>
        <SpreadsheetActions
          registry="offers"
          filters={{
            kind: tab === 'own' ? 'own_good_practice' : search.kind,
            q: search.q,
            status: search.status,
            sector: search.sector,
            includeArchived: search.includeArchived,
          }}
        />
        {content}
      </TabPanel>
    </div>
  );
}
