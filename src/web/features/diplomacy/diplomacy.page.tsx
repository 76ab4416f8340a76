import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui/field';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { useGovernment } from '../auth/government-context';
import type { DiplomacySearch } from './diplomacy-search';
import { DiplomacyTimeline } from './diplomacy-timeline';
import { useNetworkOptions, useTimeline } from './use-diplomacy';
import './diplomacy.css';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';
import { useTermOptions } from '../strategy/use-strategy';

const routeApi = getRouteApi('/app/diplomacy/');

/** City diplomacy: positions, declarations, pledges and network roles on one timeline. */
export function DiplomacyPage() {
  const { t } = useTranslation();
  const themeOptions = useTermOptions('theme');
  const { canEdit } = useGovernment();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const update = (patch: Partial<DiplomacySearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const networks = useNetworkOptions();
  const query = useTimeline({ networkPartnerId: search.networkPartnerId, topic: search.topic });
  const entries = query.data?.entries ?? [];
  const hasFilters = Boolean(search.networkPartnerId || search.topic);
  const actions = canEdit ? (
    <>
      <Link to="/diplomacy/positions/new" className="button button-primary">
        {t('diplomacy.newPosition')}
      </Link>
      <Link to="/diplomacy/roles/new" className="button button-secondary">
        {t('diplomacy.newRole')}
      </Link>
    </>
  ) : null;

  let content: ReactNode;
  if (query.isLoading) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (entries.length === 0)
    content = hasFilters ? (
      <EmptyState
        headingLevel={3}
        title={t('diplomacy.emptyFiltered')}
        description={t('common.emptyFilteredHint')}
      />
    ) : (
      <EmptyState
        headingLevel={3}
        title={t('diplomacy.emptyTitle')}
        description={t('diplomacy.emptyText')}
        action={actions}
      />
    );
  else content = <DiplomacyTimeline entries={entries} />;

  return (
    <div className="page">
      <PageHeader title={t('diplomacy.title')} description={t('diplomacy.description')} actions={actions} />
      <form
        className="filters"
        aria-label={t('diplomacy.filtersLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Select
          label={t('diplomacy.fields.network')}
          placeholder={t('common.all')}
          options={networks.options}
          value={search.networkPartnerId ?? ''}
          onChange={(event) => update({ networkPartnerId: event.target.value || undefined })}
        />
        <Select
          label={t('diplomacy.fields.topic')}
          placeholder={t('common.all')}
          options={themeOptions}
          value={search.topic ?? ''}
          onChange={(event) =>
            update({ topic: (event.target.value || undefined) as DiplomacySearch['topic'] })
          }
        />
        <div className="filters-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => update({ networkPartnerId: undefined, topic: undefined })}
          >
            {t('common.clearFilters')}
          </button>
        </div>
      </form>
      <SpreadsheetActions
        registry="positions"
        filters={{ networkPartnerId: search.networkPartnerId, topic: search.topic }}
      />
      <section className="section" aria-labelledby="timeline-title" aria-busy={query.isFetching}>
        <h2 id="timeline-title">{t('diplomacy.timeline.title')}</h2>
        <p role="status" className="muted">
          {query.data ? t('diplomacy.timeline.count', { count: entries.length }) : ''}
        </p>
        {content}
      </section>
    </div>
  );
}
