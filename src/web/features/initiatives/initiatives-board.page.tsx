import { getRouteApi, Link } from '@tanstack/react-router';
import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeSummary, Stage } from '../../../contracts/initiatives';
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
            items={items.filter((item) => item.stage === stage)}
            canMove={canEdit}
            onDropInitiative={(id) => {
              const initiative = items.find((item) => item.id === id);
              if (initiative) move(initiative, stage);
            }}
            onMove={move}
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

type BoardColumnProps = {
  stage: Stage;
  items: InitiativeSummary[];
  canMove: boolean;
  onDropInitiative: (initiativeId: string) => void;
  onMove: (initiative: InitiativeSummary, to: Stage) => void;
};

function BoardColumn({ stage, items, canMove, onDropInitiative, onMove }: BoardColumnProps) {
  const { t } = useTranslation();
  const [isOver, setIsOver] = useState(false);
  const headingId = `board-column-${stage}`;
  const allowDrop = (event: DragEvent) => {
    if (!canMove) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setIsOver(true);
  };
  return (
    <section
      className={`board-column ${isOver ? 'is-drop-target' : ''}`}
      aria-labelledby={headingId}
      data-stage={stage}
      onDragOver={allowDrop}
      onDragEnter={allowDrop}
      onDragLeave={() => setIsOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setIsOver(false);
        const id = event.dataTransfer.getData('text/plain');
        if (id) onDropInitiative(id);
      }}
    >
      <h2 id={headingId} className="board-column-title">
        {t(`enums.stage.${stage}`)} <span className="board-column-count">({items.length})</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted board-column-empty">{t('initiatives.board.columnEmpty')}</p>
      ) : (
        <ul className="board-cards">
          {items.map((initiative) => (
            <li key={initiative.id}>
              <BoardCard initiative={initiative} canMove={canMove} onMove={(to) => onMove(initiative, to)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
