import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleSort } from '../../ui/data-table';
import { Pagination } from '../../ui/pagination';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';
import { LinkFilters } from './link-filters';
import type { LinksSearch } from './links-search';
import { LinksTable } from './links-table';
import { useLinks } from './use-links';

const routeApi = getRouteApi('/app/links/');
const pageSize = 25;

export function LinksListPage() {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const update = (patch: Partial<LinksSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const sort = { field: search.sort ?? 'updatedAt', direction: search.direction ?? 'desc' };
  const query = useLinks({
    q: search.q,
    kind: search.kind,
    status: search.status,
    theme: search.theme,
    strategyLine: search.strategyLine,
    expiringWithinDays: search.expiringWithinDays,
    partnerId: search.partnerId,
    isArchived: search.archived === 'archived' ? true : undefined,
    includeArchived: search.archived === 'all' ? true : undefined,
    sort: sort.field,
    direction: sort.direction,
    page: search.page ?? 1,
    pageSize,
  });
  const hasFilters = Object.entries(search).some(
    ([key, value]) => !['sort', 'direction', 'page'].includes(key) && value !== undefined,
  );
  const newLink = canEdit ? (
    <Link to="/links/new" className="button button-primary">
      {t('links.new')}
    </Link>
  ) : null;

  let content: ReactNode;
  if (query.isLoading) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data || query.data.items.length === 0)
    content = hasFilters ? (
      <EmptyState title={t('links.emptyFiltered')} description={t('common.emptyFilteredHint')} />
    ) : (
      <EmptyState title={t('links.emptyTitle')} description={t('links.emptyText')} action={newLink} />
    );
  else
    content = (
      <>
        <LinksTable
          caption={t('links.tableCaption', { count: query.data.total })}
          rows={query.data.items}
          sort={sort}
          onSort={(field) => {
            const next = toggleSort(sort, field);
            update({ sort: next.field as LinksSearch['sort'], direction: next.direction, page: undefined });
          }}
        />
        <Pagination
          page={query.data.page}
          pageSize={query.data.pageSize}
          total={query.data.total}
          onPageChange={(page) => update({ page })}
        />
      </>
    );

  return (
    <div className="page">
      <PageHeader title={t('links.title')} description={t('links.description')} actions={newLink} />
      <LinkFilters search={search} onChange={(patch) => update({ ...patch, page: undefined })} />
      <SpreadsheetActions
        registry="links"
        filters={{
          q: search.q,
          kind: search.kind,
          status: search.status,
          theme: search.theme,
          strategyLine: search.strategyLine,
          expiringWithinDays: search.expiringWithinDays,
          partnerId: search.partnerId,
          isArchived: search.archived === 'archived' ? true : undefined,
          includeArchived: search.archived === 'all' ? true : undefined,
        }}
      />
      {content}
    </div>
  );
}
