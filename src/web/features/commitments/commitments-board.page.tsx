import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../contracts/agenda';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { Tabs } from '../../ui/tabs';
import { useToast } from '../../ui/toast';
import { useGovernment } from '../auth/government-context';
import { CommitmentCard } from './commitment-card';
import { CommitmentFilters } from './commitment-filters';
import { CommitmentForm, commitmentToFormValues } from './commitment-form';
import type { CommitmentsSearch } from './commitments-search';
import { CommitmentsTable } from './commitments-table';
import { useCommitments, useCreateCommitment } from './use-commitments';
import './commitments.css';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';

const routeApi = getRouteApi('/app/commitments/');

// The order of the columns reads like the life of a commitment; overdue sits next to the open ones.
const columns: Commitment['status'][] = ['pending', 'in_progress', 'overdue', 'fulfilled', 'cancelled'];

/** Every commitment of the government by derived status, as a board or a table, with URL filters. */
export function CommitmentsBoardPage() {
  const { t } = useTranslation();
  const { canEdit } = useGovernment();
  const { showToast } = useToast();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const [isCreating, setIsCreating] = useState(false);
  const create = useCreateCommitment();
  const update = (patch: Partial<CommitmentsSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const view = search.view ?? 'board';
  const query = useCommitments({
    departmentId: search.departmentId,
    partnerId: search.partnerId,
    linkId: search.linkId,
    pageSize: 500,
  });
  const items = query.data?.items ?? [];
  const hasFilters = Boolean(search.departmentId || search.partnerId || search.linkId);
  const newButton = canEdit ? (
    <button type="button" className="button button-primary" onClick={() => setIsCreating(true)}>
      {t('commitments.new')}
    </button>
  ) : null;

  let content = null;
  if (query.isLoading) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (items.length === 0)
    content = hasFilters ? (
      <EmptyState title={t('commitments.emptyFiltered')} description={t('common.emptyFilteredHint')} />
    ) : (
      <EmptyState
        title={t('commitments.emptyTitle')}
        description={t('commitments.emptyText')}
        action={newButton}
      />
    );
  else if (view === 'table')
    content = <CommitmentsTable caption={t('commitments.tableCaption')} commitments={items} hasActions />;
  else
    content = (
      <div className="commitments-board" aria-busy={query.isFetching}>
        {columns.map((status) => (
          <BoardColumn key={status} status={status} items={items.filter((item) => item.status === status)} />
        ))}
      </div>
    );

  return (
    <div className="page page-wide">
      <PageHeader
        title={t('commitments.title')}
        description={t('commitments.description')}
        actions={
          <>
            <Link to="/commitments/mine" className="button button-secondary">
              {t('commitments.mine.title')}
            </Link>
            {newButton}
          </>
        }
      />
      {isCreating ? (
        <section className="section" aria-labelledby="new-commitment-title">
          <h2 id="new-commitment-title">{t('commitments.new')}</h2>
          <CommitmentForm
            defaultValues={commitmentToFormValues(undefined, { linkId: search.linkId ?? '' })}
            submitLabel={t('commitments.create')}
            onCancel={() => setIsCreating(false)}
            onSubmit={async (input) => {
              const saved = await create.mutateAsync(input);
              showToast(t('commitments.created', { title: saved.title }));
              setIsCreating(false);
            }}
          />
        </section>
      ) : null}
      <CommitmentFilters search={search} onChange={update} />
      <SpreadsheetActions
        registry="commitments"
        filters={{ departmentId: search.departmentId, partnerId: search.partnerId, linkId: search.linkId }}
      />
      <Tabs
        label={t('commitments.viewLabel')}
        idPrefix="commitments-view"
        tabs={[
          { id: 'board', label: t('commitments.views.board') },
          { id: 'table', label: t('commitments.views.table') },
        ]}
        selected={view}
        onSelect={(id) => update({ view: id === 'table' ? 'table' : undefined })}
      />
      <div
        role="tabpanel"
        id={`commitments-view-panel-${view}`}
        aria-labelledby={`commitments-view-tab-${view}`}
        className="tab-panel"
      >
        {content}
      </div>
    </div>
  );
}

function BoardColumn({ status, items }: { status: Commitment['status']; items: Commitment[] }) {
  const { t } = useTranslation();
  const headingId = `commitments-column-${status}`;
  return (
    <section className={`commitments-column commitments-column-${status}`} aria-labelledby={headingId}>
      <h2 id={headingId} className="commitments-column-title">
        {t(`commitments.status.${status}`)}{' '}
        <span className="commitments-column-count">{t('commitments.count', { count: items.length })}</span>
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('commitments.columnEmpty')}</p>
      ) : (
        <ul className="commitment-cards">
          {items.map((commitment) => (
            <li key={commitment.id}>
              <CommitmentCard commitment={commitment} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
