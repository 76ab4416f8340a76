import { Link } from '@tanstack/react-router';
import type { DateTime } from 'luxon';
import { useTranslation } from 'react-i18next';
import type { EventSummary } from '../../../contracts/agenda';
import { countryName } from '../../lib/format';
import { DataTable } from '../../ui/data-table';
import { useGovernmentToday } from '../auth/government-context';
import { EventKindBadge, EventTime } from './event-bits';
import { daysBetween, eventLocalDays, formatDay, formatInstantDay, formatTime } from './time';

type EventsByDay = Map<string, EventSummary[]>;

/** Each event on every local day it covers, in the time zone where it happens. */
export function groupByDay(events: EventSummary[]): EventsByDay {
  const map: EventsByDay = new Map();
  for (const event of events) {
    for (const day of eventLocalDays(event)) {
      const list = map.get(day) ?? [];
      list.push(event);
      map.set(day, list);
    }
  }
  return map;
}

function isFirstDay(event: EventSummary, day: string) {
  return eventLocalDays(event)[0] === day;
}

/** A month as a real table: weekday column headers, one row per week, event links in the cells. */
export function MonthView({
  start,
  end,
  month,
  events,
}: {
  start: DateTime;
  end: DateTime;
  month: DateTime;
  events: EventSummary[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const byDay = groupByDay(events);
  const days = daysBetween(start, end);
  const weeks: DateTime[][] = [];
  for (let index = 0; index < days.length; index += 7) weeks.push(days.slice(index, index + 7));
  const today = useGovernmentToday();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrapper" aria-labelledby="month-caption" tabIndex={0}>
      <table className="month-grid">
        <caption id="month-caption" className="visually-hidden">
          {t('agenda.monthCaption', {
            month: month.setLocale(language).toLocaleString({ month: 'long', year: 'numeric' }),
          })}
        </caption>
        <thead>
          <tr>
            {(weeks[0] ?? []).map((day) => (
              <th key={day.weekday} scope="col">
                <abbr title={day.setLocale(language).toFormat('cccc')}>
                  {day.setLocale(language).toFormat('ccc')}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]?.toISODate()}>
              {week.map((day) => {
                const iso = day.toISODate() ?? '';
                const dayEvents = byDay.get(iso) ?? [];
                const isOutside = day.month !== month.month;
                return (
                  <td
                    key={iso}
                    className={`month-day ${isOutside ? 'is-outside' : ''} ${iso === today ? 'is-today' : ''}`}
                  >
                    <span className="month-day-number" aria-hidden="true">
                      {day.day}
                    </span>
                    <span className="visually-hidden">{formatDay(day, language)}</span>
                    {iso === today ? <span className="today-label">{t('agenda.today')}</span> : null}
                    {dayEvents.length ? (
                      <ul className="month-events">
                        {dayEvents.map((event) => (
                          <li key={event.id}>
                            <Link
                              to="/agenda/events/$eventId"
                              params={{ eventId: event.id }}
                              className={`month-event event-border-${event.kind}`}
                            >
                              {isFirstDay(event, iso) ? (
                                <span className="month-event-time">
                                  {formatTime(event.startsAt, event.timezone, language)}{' '}
                                </span>
                              ) : (
                                <span className="visually-hidden">{t('agenda.continues')}: </span>
                              )}
                              <span className="month-event-title">{event.title}</span>
                              <span className="visually-hidden">, {t(`agenda.kinds.${event.kind}`)}</span>
                            </Link>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One week as an ordered list of days, each with its events and their times in both zones. */
export function WeekView({ start, end, events }: { start: DateTime; end: DateTime; events: EventSummary[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const byDay = groupByDay(events);
  const today = useGovernmentToday();
  return (
    <ol className="week-grid">
      {daysBetween(start, end).map((day) => {
        const iso = day.toISODate() ?? '';
        const dayEvents = byDay.get(iso) ?? [];
        return (
          <li key={iso} className={`week-day ${iso === today ? 'is-today' : ''}`}>
            <h3 className="week-day-title">
              {formatDay(day, language, 'medium')}
              {iso === today ? <span className="today-label"> {t('agenda.today')}</span> : null}
            </h3>
            {dayEvents.length === 0 ? (
              <p className="muted week-day-empty">{t('agenda.noEventsDay')}</p>
            ) : (
              <ul className="week-events">
                {dayEvents.map((event) => (
                  <li key={event.id} className={`week-event event-border-${event.kind}`}>
                    <Link
                      to="/agenda/events/$eventId"
                      params={{ eventId: event.id }}
                      className="week-event-title"
                    >
                      {event.title}
                    </Link>
                    <EventKindBadge kind={event.kind} />
                    <p className="week-event-meta">
                      {isFirstDay(event, iso) ? (
                        <EventTime instant={event.startsAt} zone={event.timezone} />
                      ) : (
                        t('agenda.continues')
                      )}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** The period's events as a table, with where they happen and how many commitments stay open. */
export function ListView({ events, caption }: { events: EventSummary[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <DataTable
      caption={caption}
      rows={events}
      rowKey={(row) => row.id}
      columns={[
        {
          key: 'when',
          header: t('agenda.fields.when'),
          render: (row) => (
            <>
              {formatInstantDay(row.startsAt, row.timezone, language)}
              <br />
              <EventTime instant={row.startsAt} zone={row.timezone} />
            </>
          ),
        },
        {
          key: 'title',
          header: t('agenda.fields.title'),
          isRowHeader: true,
          render: (row) => (
            <Link to="/agenda/events/$eventId" params={{ eventId: row.id }}>
              {row.title}
            </Link>
          ),
        },
        { key: 'kind', header: t('agenda.fields.kind'), render: (row) => <EventKindBadge kind={row.kind} /> },
        {
          key: 'place',
          header: t('agenda.fields.place'),
          render: (row) =>
            [row.city, row.countryCode ? countryName(row.countryCode, language) : null]
              .filter(Boolean)
              .join(', ') || '—',
        },
        {
          key: 'commitments',
          header: t('agenda.fields.commitments'),
          isNumeric: true,
          render: (row) =>
            t('agenda.commitmentCounts', { open: row.openCommitmentCount, count: row.commitmentCount }),
        },
      ]}
    />
  );
}
