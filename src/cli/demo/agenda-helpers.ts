/** The offset of `timeZone` at the instant `utcMillis`, as "+02:00" (or "+00:00" for UTC). */
function offsetAt(utcMillis: number, timeZone: string): string {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(utcMillis))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-]\d{2}):?(\d{2})?/.exec(name);
  return match ? `${match[1]}:${match[2] ?? '00'}` : '+00:00';
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const [hours, minutes] = offset.slice(1).split(':').map(Number);
  return sign * ((hours ?? 0) * 60 + (minutes ?? 0));
}

/**
 * The ISO instant of a wall-clock time in a time zone, with the offset that applies there on that
 * day (summer time included): zonedInstant('2026-05-10', '09:00', 'Europe/Madrid') →
 * '2026-05-10T09:00:00+02:00'.
 */
export function zonedInstant(date: string, time: string, timeZone: string): string {
  const wallClock = Date.parse(`${date}T${time}:00Z`);
  let offset = offsetAt(wallClock, timeZone);
  // Second pass: the offset at the real instant, which differs only around a change of summer time.
  offset = offsetAt(wallClock - offsetMinutes(offset) * 60_000, timeZone);
  return `${date}T${time}:00${offset}`;
}
