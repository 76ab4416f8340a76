/**
 * Calendar dates (YYYY-MM-DD) in a government's time zone. A government's day is not UTC's: between
 * 00:00 and 05:00 UTC it is still yesterday in Medellín (UTC−5) and until 06:00 in Mexico City
 * (UTC−6). Every "today" that decides a status, a default or a count of days — on the server, in the
 * web app, in the demo data and in the tests — comes from here, never from
 * `new Date().toISOString().slice(0, 10)` or the machine's own zone.
 */

// Building an Intl.DateTimeFormat costs far more than using one (a tenth of a millisecond each, and
// the demo seed asks for today a thousand times): one formatter per time zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter.format(now);
}

/** A calendar date plus (or minus) whole days; pure date arithmetic, no time zone involved. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Today's date in a time zone as a Date at 00:00 UTC: for code that does its date arithmetic with the
 * UTC getters (the demo data), so that it counts from the government's day, not from UTC's.
 */
export function calendarDayIn(timeZone: string, now: Date = new Date()): Date {
  return new Date(`${todayIn(timeZone, now)}T00:00:00Z`);
}
