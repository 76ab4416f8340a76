import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Demand } from '../../../contracts/cooperation';
import { formatDate, formatMoney } from '../../lib/format';
import { type Column, DataTable } from '../../ui/data-table';
import { Pagination } from '../../ui/pagination';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';
import { DemandStatusBadge, UrgencyBadge } from './cooperation-bits';
import { CooperationNav } from './cooperation-nav';
import type { DemandsSearch } from './cooperation-search';
import { DemandFilters } from './demand-filters';
import { sectorName } from './sectors';
import { useDemands } from './use-cooperation';
import './cooperation.css';

const routeApi = getRouteApi('/app/cooperation/demands/');
const pageSize = 25;

/** The needs of departments and communities that international cooperation could meet. */
export function DemandsPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { role } = useGovernment();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const update = (patch: Partial<DemandsSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const page = search.page ?? 1;
  const query = useDemands({
    q: search.q,
    status: search.status,
    urgency: search.urgency,
    departmentId: search.departmentId,
    sector: search.sector,
    includeArchived: search.includeArchived,
    page,
    pageSize,
  });
  const items = query.data?.items ?? [];
  const hasFilters = Boolean(
    search.q || search.status || search.urgency || search.departmentId || search.sector,
  );
  const mayRaise = role === 'admin' || role === 'coordinator' || role === 'liaison';
  const newDemand = mayRaise ? (
    <Link to="/cooperation/demands/new" className="button button-primary">
      {t('cooperation.demand.new')}
    </Link>
  ) : null;
  const columns: Column<Demand>[] = [
    {
      key: 'title',
      header: t('cooperation.demand.fields.title'),
      isRowHeader: true,
      render: (row) => (
        <>
          <Link to="/cooperation/demands/$demandId" params={{ demandId: row.id }}>
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
    {
      key: 'raisedBy',
      header: t('cooperation.demand.fields.raisedBy'),
      render: (row) =>
        row.raisedBy === 'community' ? (row.communityName ?? '—') : (row.departmentName ?? '—'),
    },
    {
      key: 'urgency',
      header: t('cooperation.demand.fields.urgency'),
      render: (row) => <UrgencyBadge urgency={row.urgency} />,
    },
    {
      key: 'status',
      header: t('cooperation.demand.fields.status'),
      render: (row) => <DemandStatusBadge status={row.status} />,
    },
    {
      key: 'sectors',
      header: t('cooperation.fields.sectors'),
      render: (row) => row.sectors.map((code) => sectorName(code, language)).join(' · ') || '—',
    },
    {
      key: 'amount',
      header: t('cooperation.demand.fields.amountSought'),
      isNumeric: true,
      render: (row) => formatMoney(row.amountSoughtMinor, row.currency, language),
    },
    {
      key: 'neededBy',
      header: t('cooperation.demand.fields.neededBy'),
      render: (row) => formatDate(row.neededBy, language),
    },
  ];

  let content: ReactNode;
  if (query.isLoading) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (items.length === 0)
    content = hasFilters ? (
      <EmptyState
        title={t('cooperation.demands.emptyFiltered')}
        description={t('common.emptyFilteredHint')}
      />
    ) : (
      <EmptyState
        title={t('cooperation.demands.emptyTitle')}
        description={t('cooperation.demands.emptyText')}
        action={newDemand}
      />
    );
  else
    content = (
      <>
        <DataTable
          caption={t('cooperation.demands.caption', { count: query.data?.total ?? items.length })}
          columns={columns}
          rows={items}
          rowKey={(row) => row.id}
        />
        <Pagination
          page={page}
          pageSize={pageSize}
          total={query.data?.total ?? 0}
          onPageChange={(next) => update({ page: next })}
        />
      </>
    );

  return (
    <div className="page page-wide">
      <PageHeader
        title={t('cooperation.demands.title')}
        description={t('cooperation.demands.description')}
        actions={newDemand}
      />
      <CooperationNav />
      <DemandFilters search={search} onChange={update} />
      <SpreadsheetActions
        registry="demands"
        filters={{
          q: search.q,
          status: search.status,
          urgency: search.urgency,
          departmentId: search.departmentId,
          sector: search.sector,
          includeArchived: search.includeArchived,
        }}
      />
      {content}
    </div>
  );
}
