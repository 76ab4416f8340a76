import { DateTime } from 'luxon';
import { todayIn } from '../../../domain/calendar';

/** The browser's time zone: the one the person reads the agenda in. */
export function userTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Today as YYYY-MM-DD in a time zone (the government's; the person's own when none is given). */
export function todayIso(timeZone: string = userTimeZone()): string {
  return todayIn(timeZone);
}

/** The day in the URL, or else `today` (the government's calendar day). */
export function parseIsoDay(value: string | undefined, today: string): DateTime {
  const parsed = value ? DateTime.fromISO(value) : DateTime.invalid('missing');
  return parsed.isValid ? parsed.startOf('day') : DateTime.fromISO(today).startOf('day');
}

/** The local calendar days (YYYY-MM-DD, in the event's own time zone) an event covers. */
export function eventLocalDays(event: { startsAt: string; endsAt: string; timezone: string }): string[] {
  const start = DateTime.fromISO(event.startsAt, { zone: event.timezone }).startOf('day');
  // An event ending exactly at midnight does not occupy the next day.
  const end = DateTime.fromISO(event.endsAt, { zone: event.timezone }).minus({ milliseconds: 1 });
  if (!start.isValid || !end.isValid) return [];
  const days: string[] = [];
  let day = start;
  while (day <= end && days.length < 62) {
    days.push(day.toISODate() ?? '');
    day = day.plus({ days: 1 });
  }
  return days.length ? days : [start.toISODate() ?? ''];
}

/** The visible range of a calendar view: whole weeks (Monday first) for the month, one week, or the month. */
export function viewRange(view: 'month' | 'week' | 'list', anchor: DateTime) {
  if (view === 'week') {
    const start = anchor.startOf('week');
    return { start, end: start.plus({ days: 6 }) };
  }
  const monthStart = anchor.startOf('month');
  if (view === 'list') return { start: monthStart, end: anchor.endOf('month').startOf('day') };
  const start = monthStart.startOf('week');
  const end = anchor.endOf('month').endOf('week').startOf('day');
  return { start, end };
}

export function daysBetween(start: DateTime, end: DateTime): DateTime[] {
  const days: DateTime[] = [];
  let day = start;
  while (day <= end) {
    days.push(day);
    day = day.plus({ days: 1 });
  }
  return days;
}

/** The last part of an IANA name, readable: America/Mexico_City → Mexico City. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

export function formatTime(instant: string, zone: string, language: string): string {
  return DateTime.fromISO(instant, { zone }).setLocale(language).toLocaleString(DateTime.TIME_SIMPLE);
}

export function formatDay(day: string | DateTime, language: string, style: 'full' | 'medium' = 'full') {
  const value = typeof day === 'string' ? DateTime.fromISO(day) : day;
  return value
    .setLocale(language)
    .toLocaleString(style === 'full' ? DateTime.DATE_HUGE : DateTime.DATE_MED_WITH_WEEKDAY);
}

export function formatInstantDay(instant: string, zone: string, language: string): string {
  return DateTime.fromISO(instant, { zone })
    .setLocale(language)
    .toLocaleString(DateTime.DATE_MED_WITH_WEEKDAY);
}

/** Whether the event's zone shows a different wall-clock time than the person's own zone right then. */
export function isOtherZone(instant: string, zone: string): boolean {
  const moment = DateTime.fromISO(instant);
  return moment.setZone(zone).offset !== moment.setZone(userTimeZone()).offset;
}

/** "2026-03-02T09:00" typed in a zone → "2026-03-02T09:00:00+01:00", or null when it is not a time. */
export function localInputToInstant(value: string, zone: string): string | null {
  if (!value) return null;
  const parsed = DateTime.fromISO(value, { zone });
  if (!parsed.isValid) return null;
  return parsed.toISO({ suppressMilliseconds: true, includeOffset: true });
}

/** An instant shown in a datetime-local input as the wall-clock time of the event's zone. */
export function instantToLocalInput(instant: string, zone: string): string {
  const parsed = DateTime.fromISO(instant, { zone });
  return parsed.isValid ? parsed.toFormat("yyyy-MM-dd'T'HH:mm") : '';
}

let cachedZones: string[] | null = null;

/** The IANA time zones the browser knows, for the event's time zone select. */
export function knownTimeZones(): string[] {
  if (!cachedZones) {
    try {
      cachedZones = Intl.supportedValuesOf('timeZone');
    } catch {
      cachedZones = ['UTC', 'America/Bogota', 'America/Mexico_City', 'Europe/Madrid'];
    }
  }
  return cachedZones;
}

/**
 * The period as it reads inside a sentence: "noviembre de 2026" (Spanish and Portuguese write month
 * names in lower case); `asHeading` capitalises its first letter for the period's own heading.
 */
export function periodTitle(
  view: 'month' | 'week' | 'list',
  start: DateTime,
  end: DateTime,
  anchor: DateTime,
  language: string,
  asHeading = false,
) {
  if (view !== 'week') {
    const month = anchor.setLocale(language).toLocaleString({ month: 'long', year: 'numeric' });
    return asHeading ? month.charAt(0).toLocaleUpperCase(language) + month.slice(1) : month;
  }
  const from = start.setLocale(language).toLocaleString({ day: 'numeric', month: 'long' });
  const to = end.setLocale(language).toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' });
  return `${from} – ${to}`;
}
