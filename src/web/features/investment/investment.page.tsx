import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleSort } from '../../ui/data-table';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import type { InvestmentSearch } from './investment-search';
import { LeadBoard } from './lead-board';
import { LeadFilters } from './lead-filters';
import { useLeadStageMover } from './lead-stage-mover';
import { LeadsTable, sortLeads } from './leads-table';
import { useLeads } from './use-investment';
import '../initiatives/initiatives.css';
import './investment.css';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';

const routeApi = getRouteApi('/app/investment/');

/** Investment attraction: the pipeline of leads as a board (drag and drop or "Mover a…") or a table. */
export function InvestmentPage() {
  const { t, i18n } = useTranslation();
  const { canEdit } = useGovernment();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const update = (patch: Partial<InvestmentSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const view = search.view ?? 'board';
  const query = useLeads({
    stage: search.stage,
    q: search.q,
    originCountryCode: search.originCountryCode,
    sector: search.sector,
    pageSize: 500,
  });
  const mover = useLeadStageMover();
  const items = query.data?.items ?? [];
  const hasFilters = Boolean(search.q || search.stage || search.originCountryCode || search.sector);
  const sort = { field: search.sort ?? 'updatedAt', direction: search.direction ?? 'desc' } as const;
  const newLead = canEdit ? (
    <Link to="/investment/new" className="button button-primary">
      {t('investment.new')}
    </Link>
  ) : null;

  let content: ReactNode;
  if (query.isLoading) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (items.length === 0)
    content = hasFilters ? (
      <EmptyState title={t('investment.emptyFiltered')} description={t('common.emptyFilteredHint')} />
    ) : (
      <EmptyState
        title={t('investment.emptyTitle')}
        description={t('investment.emptyText')}
        action={newLead}
      />
    );
  else if (view === 'table')
    content = (
      <LeadsTable
        caption={t('investment.tableCaption', { count: items.length })}
        rows={sortLeads(items, sort, i18n.language)}
        sort={sort}
        onSort={(field) => {
          const next = toggleSort(sort, field);
          update({ sort: next.field as InvestmentSearch['sort'], direction: next.direction });
        }}
      />
    );
  else
    content = (
      <LeadBoard
        leads={items}
        canMove={canEdit}
        isBusy={mover.isMoving || query.isFetching}
        onMove={mover.requestMove}
      />
    );

  return (
    <div className="page page-wide">
      <PageHeader
        title={t('investment.title')}
        description={t('investment.description')}
        actions={
          <>
            <Link to="/investment/totals" className="button button-secondary">
              {t('investment.totals.link')}
            </Link>
            {newLead}
          </>
        }
      />
      <LeadFilters search={search} onChange={update} />
      <SpreadsheetActions
        registry="investment-leads"
        filters={{
          stage: search.stage,
          q: search.q,
          originCountryCode: search.originCountryCode,
          sector: search.sector,
        }}
      />
      <fieldset className="view-toggle">
        <legend className="visually-hidden">{t('investment.viewLabel')}</legend>
        <div className="button-row">
          {(['board', 'table'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className={`button ${view === option ? 'button-primary' : 'button-secondary'}`}
              aria-pressed={view === option}
              onClick={() => update({ view: option === 'board' ? undefined : option })}
            >
              {t(`investment.views.${option}`)}
            </button>
          ))}
        </div>
      </fieldset>
      {canEdit && view === 'board' ? <p className="muted">{t('investment.board.dragHint')}</p> : null}
      {!canEdit ? <p className="muted">{t('common.readOnly')}</p> : null}
      {mover.element}
      {content}
    </div>
  );
}
