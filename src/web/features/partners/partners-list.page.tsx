import { getRouteApi, Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerSummary } from '../../../contracts/partners';
import { enumLabel } from '../../lib/enum-options';
import { countryName, formatDate } from '../../lib/format';
import { type Column, DataTable, toggleSort } from '../../ui/data-table';
import { Pagination } from '../../ui/pagination';
import { Badge, EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { TabPanel, Tabs } from '../../ui/tabs';
import { useGovernment } from '../auth/government-context';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';
import { PartnerFilters } from './partner-filters';
import type { PartnersSearch } from './partners-search';
import { usePartners } from './use-partners';

const PartnersMap = lazy(() => import('./partners-map').then((module) => ({ default: module.PartnersMap })));
const routeApi = getRouteApi('/app/partners/');
const pageSize = 25;

export function PartnersListPage() {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const view = search.view ?? 'table';
  const updateSearch = (patch: Partial<PartnersSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });

  return (
    <div className="page">
      <PageHeader
        title={t('partners.title')}
        description={t('partners.description')}
        actions={
          canEdit ? (
            <Link to="/partners/new" className="button button-primary">
              {t('partners.new')}
            </Link>
          ) : null
        }
      />
      <Tabs
        label={t('partners.views')}
        idPrefix="partners"
        tabs={[
          { id: 'table', label: t('partners.viewTable') },
          { id: 'map', label: t('partners.viewMap') },
        ]}
        selected={view}
        onSelect={(id) => updateSearch({ view: id === 'map' ? 'map' : undefined })}
      />
      <TabPanel idPrefix="partners" tabId={view}>
        {view === 'map' ? (
          <Suspense fallback={<Loading />}>
            <PartnersMap />
          </Suspense>
        ) : (
          <>
            <PartnerFilters
              search={search}
              onChange={(patch) => updateSearch({ ...patch, page: undefined })}
            />
            <SpreadsheetActions
              registry="partners"
              filters={{
                q: search.q,
                kind: search.kind,
                countryCode: search.countryCode,
                tag: search.tag,
                isArchived: search.archived === 'archived' ? true : undefined,
                includeArchived: search.archived === 'all' ? true : undefined,
              }}
            />
            <PartnersTable search={search} onChange={updateSearch} />
          </>
        )}
      </TabPanel>
    </div>
  );
}

function PartnersTable({
  search,
  onChange,
}: {
  search: PartnersSearch;
  onChange: (patch: Partial<PartnersSearch>) => void;
}) {
  const { t, i18n } = useTranslation();
  const { canEdit } = useGovernment();
  const sort = { field: search.sort ?? 'name', direction: search.direction ?? 'asc' };
  const query = usePartners({
    q: search.q,
    kind: search.kind,
    countryCode: search.countryCode,
    tag: search.tag,
    isArchived: search.archived === 'archived' ? true : undefined,
    includeArchived: search.archived === 'all' ? true : undefined,
    sort: sort.field,
    direction: sort.direction,
    page: search.page ?? 1,
    pageSize,
  });
  const hasFilters = Boolean(search.q || search.kind || search.countryCode || search.tag || search.archived);

  const columns: Column<PartnerSummary>[] = [
    {
      key: 'name',
      header: t('partners.fields.name'),
      sortKey: 'name',
      isRowHeader: true,
      render: (row) => (
        <>
          <Link to="/partners/$partnerId" params={{ partnerId: row.id }}>
            {row.name}
          </Link>
          {row.acronym ? <span className="muted"> ({row.acronym})</span> : null}
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
      key: 'kind',
      header: t('partners.fields.kind'),
      sortKey: 'kind',
      render: (row) => enumLabel(t, 'partnerKind', row.kind),
    },
    {
      key: 'country',
      header: t('partners.fields.country'),
      sortKey: 'country',
      render: (row) => countryName(row.countryCode, i18n.language),
    },
    { key: 'city', header: t('partners.fields.city'), render: (row) => row.city ?? '—' },
    {
      key: 'tags',
      header: t('partners.fields.tags'),
      render: (row) =>
        row.tags.length ? (
          <span className="tag-list">
            {row.tags.map((tag) => (
              <Badge key={tag}>{tag}</Badge>
            ))}
          </span>
        ) : (
          '—'
        ),
    },
    { key: 'links', header: t('partners.fields.linkCount'), isNumeric: true, render: (row) => row.linkCount },
    {
      key: 'updatedAt',
      header: t('common.updatedAt'),
      sortKey: 'updatedAt',
      render: (row) => formatDate(row.updatedAt, i18n.language),
    },
  ];

  if (query.isLoading) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  if (!data || data.items.length === 0) {
    return hasFilters ? (
      <EmptyState title={t('partners.emptyFiltered')} description={t('common.emptyFilteredHint')} />
    ) : (
      <EmptyState
        title={t('partners.emptyTitle')}
        description={t('partners.emptyText')}
        action={
          canEdit ? (
            <Link to="/partners/new" className="button button-primary">
              {t('partners.new')}
            </Link>
          ) : null
        }
      />
    );
  }
  return (
    <>
      <DataTable
        caption={t('partners.tableCaption', { count: data.total })}
        columns={columns}
        rows={data.items}
        rowKey={(row) => row.id}
        sort={sort}
        onSort={(field) => {
          const next = toggleSort(sort, field);
          onChange({
            sort: next.field as PartnersSearch['sort'],
            direction: next.direction,
            page: undefined,
          });
        }}
      />
      <Pagination
        page={data.page}
        pageSize={data.pageSize}
        total={data.total}
        onPageChange={(page) => onChange({ page })}
      />
    </>
  );
}
