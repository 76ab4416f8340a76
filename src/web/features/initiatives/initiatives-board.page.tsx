import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { InitiativeSummary, Stage } from '../../../contracts/initiatives';
import { BoardColumn } from '../../ui/board-column';
import { Checkbox } from '../../ui/field';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import { BoardCard } from './board-card';
import { BoardFilters } from './board-filters';
import { boardStages } from './initiative-values';
import type { InitiativesSearch } from './initiatives-search';
import { useStageMover } from './stage-mover';
import { useInitiatives } from './use-initiatives';
import './initiatives.css';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';

const routeApi = getRouteApi('/app/initiatives/');

/** The policy-cycle board: one column per stage; cards move by drag and drop or by "Mover a…". */
export function InitiativesBoardPage() {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const update = (patch: Partial<InitiativesSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const query = useInitiatives({
    q: search.q,
    strategyLine: search.strategyLine,
    departmentId: search.departmentId,
    includeClosed: search.showClosed ? true : undefined,
    pageSize: 500,
  });
  const mover = useStageMover();
  const items = query.data?.items ?? [];
  const hasFilters = Boolean(search.q || search.strategyLine || search.departmentId);
  const newInitiative = canEdit ? (
    <Link to="/initiatives/new" className="button button-primary">
      {t('initiatives.new')}
    </Link>
  ) : null;
  const move = (initiative: InitiativeSummary, to: Stage) => mover.requestMove(initiative, to);
  const columns: Stage[] = search.showClosed ? [...boardStages, 'closed', 'cancelled'] : [...boardStages];

  let content = null;
  if (query.isLoading) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (items.length === 0 && !search.showClosed)
    content = hasFilters ? (
      <EmptyState title={t('initiatives.emptyFiltered')} description={t('common.emptyFilteredHint')} />
    ) : (
      <EmptyState
        title={t('initiatives.emptyTitle')}
        description={t('initiatives.emptyText')}
        action={newInitiative}
      />
    );
  else
    content = (
      <div className="board" aria-busy={mover.isMoving || query.isFetching}>
        {columns.map((stage) => (
          <BoardColumn
            key={stage}
            stage={stage}
            headingId={`board-column-${stage}`}
            title={t(`enums.stage.${stage}`)}
            items={items.filter((item) => item.stage === stage)}
            emptyText={t('initiatives.board.columnEmpty')}
            canMove={canEdit}
            onDropItem={(id) => {
              const initiative = items.find((item) => item.id === id);
              if (initiative) move(initiative, stage);
            }}
            renderCard={(initiative) => (
              <BoardCard initiative={initiative} canMove={canEdit} onMove={(to) => move(initiative, to)} />
            )}
          />
        ))}
      </div>
    );

  return (
    <div className="page page-wide">
      <PageHeader
        title={t('initiatives.title')}
        description={t('initiatives.description')}
        actions={newInitiative}
      />
      <BoardFilters search={search} onChange={update} />
      <Checkbox
        label={t('initiatives.board.showClosed')}
        checked={Boolean(search.showClosed)}
        onChange={(event) => update({ showClosed: event.target.checked || undefined })}
      />
      <SpreadsheetActions
        registry="initiatives"
        filters={{
          q: search.q,
          strategyLine: search.strategyLine,
          departmentId: search.departmentId,
          includeClosed: search.showClosed ? true : undefined,
        }}
      />
      {canEdit ? <p className="muted">{t('initiatives.board.dragHint')}</p> : null}
      {mover.element}
      {content}
    </div>
  );
}
