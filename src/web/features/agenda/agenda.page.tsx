import { getRouteApi, Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { eventKinds } from '../../../contracts/agenda';
import { Select, TextInput } from '../../ui/field';
import { EmptyState, ErrorState, Loading, PageHeader } from '../../ui/states';
import { Tabs } from '../../ui/tabs';
import { useGovernment, useGovernmentToday } from '../auth/government-context';
import type { AgendaSearch, AgendaView } from './agenda-search';
import { CalendarFeedSection } from './calendar-feed';
import { ListView, MonthView, WeekView } from './calendar-views';
import { parseIsoDay, periodTitle, viewRange } from './time';
import { useEvents } from './use-agenda';
import './agenda.css';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions';

const routeApi = getRouteApi('/app/agenda/');

/** The government's international agenda by month, week or as a list, with the calendar feeds. */
export function AgendaPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { canEdit } = useGovernment();
  const today = useGovernmentToday();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const update = (patch: Partial<AgendaSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const view: AgendaView = search.view ?? 'month';
  const anchor = parseIsoDay(search.date, today);
  const { start, end } = viewRange(view, anchor);
  // One day more on each side: an event's local day may fall outside the UTC range of the query.
  const query = useEvents({
    from: start.minus({ days: 1 }).toISODate() ?? undefined,
    to: end.plus({ days: 1 }).toISODate() ?? undefined,
    kind: search.kind,
    q: search.q,
    pageSize: 500,
  });
  const events = query.data?.items ?? [];
  const unit = view === 'week' ? 'week' : 'month';
  const title = periodTitle(view, start, end, anchor, language);
  const move = (amount: number) =>
    update({
      date: anchor.plus(unit === 'week' ? { weeks: amount } : { months: amount }).toISODate() ?? undefined,
    });
  const newEvent = canEdit ? (
    <Link to="/agenda/events/new" search={{ date: search.date }} className="button button-primary">
      {t('agenda.newEvent')}
    </Link>
  ) : null;

  let content = null;
  if (query.isLoading) content = <Loading />;
  else if (query.isError) content = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (events.length === 0)
    content = (
      <EmptyState
        title={t('agenda.emptyTitle', { period: title })}
        description={search.kind || search.q ? t('common.emptyFilteredHint') : t('agenda.emptyText')}
        action={newEvent}
      />
    );
  else if (view === 'month') content = <MonthView start={start} end={end} month={anchor} events={events} />;
  else if (view === 'week') content = <WeekView start={start} end={end} events={events} />;
  else content = <ListView events={events} caption={t('agenda.listCaption', { period: title })} />;

  return (
    <div className="page page-wide">
      <PageHeader
        title={t('agenda.title')}
        description={t('agenda.description')}
        actions={
          <>
            <Link to="/commitments/mine" className="button button-secondary">
              {t('commitments.mine.title')}
            </Link>
            {newEvent}
          </>
        }
      />
      <AgendaFilters search={search} onChange={update} />
      <SpreadsheetActions
        registry="events"
        filters={{ from: start.toISODate(), to: end.toISODate(), kind: search.kind, q: search.q }}
      />
      <Tabs
        label={t('agenda.viewLabel')}
        idPrefix="agenda-view"
        tabs={[
          { id: 'month', label: t('agenda.views.month') },
          { id: 'week', label: t('agenda.views.week') },
          { id: 'list', label: t('agenda.views.list') },
        ]}
        selected={view}
        onSelect={(id) => update({ view: id === 'month' ? undefined : (id as AgendaView) })}
      />
      <div
        role="tabpanel"
        id={`agenda-view-panel-${view}`}
        aria-labelledby={`agenda-view-tab-${view}`}
        className="tab-panel"
      >
        <div className="agenda-toolbar">
          <h2 className="agenda-period">{periodTitle(view, start, end, anchor, language, true)}</h2>
          <div className="button-row">
            <button type="button" className="button button-secondary" onClick={() => move(-1)}>
              <span aria-hidden="true">‹ </span>
              {t(`agenda.previous.${unit}`)}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => update({ date: undefined })}
            >
              {t('agenda.today')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => move(1)}>
              {t(`agenda.next.${unit}`)}
              <span aria-hidden="true"> ›</span>
            </button>
          </div>
        </div>
        <p className="visually-hidden" role="status">
          {query.data ? t('agenda.periodStatus', { count: events.length, period: title }) : ''}
        </p>
        {content}
      </div>
      <CalendarFeedSection />
    </div>
  );
}

function AgendaFilters({
  search,
  onChange,
}: {
  search: AgendaSearch;
  onChange: (patch: Partial<AgendaSearch>) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState(search.q ?? '');
  useEffect(() => setQ(search.q ?? ''), [search.q]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim() || undefined });
  };
  return (
    <form className="filters" aria-label={t('agenda.filtersLabel')} onSubmit={onSubmit}>
      <TextInput
        label={t('common.search')}
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <Select
        label={t('agenda.fields.kind')}
        placeholder={t('common.all')}
        options={eventKinds.map((kind) => ({ value: kind, label: t(`agenda.kinds.${kind}`) }))}
        value={search.kind ?? ''}
        onChange={(event) => onChange({ kind: (event.target.value || undefined) as AgendaSearch['kind'] })}
      />
      <div className="filters-actions">
        <button type="submit" className="button button-primary">
          {t('common.applyFilters')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange({ q: undefined, kind: undefined })}
        >
          {t('common.clearFilters')}
        </button>
      </div>
    </form>
  );
}
