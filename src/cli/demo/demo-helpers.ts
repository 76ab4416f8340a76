/** The e-mail shared by the demo administrator of every demo government. */
export const demoAdminEmail = 'admin@vinculo.demo';

type DateOffset = { years?: number; months?: number; days?: number };

/**
 * An ISO calendar date relative to `today`, read with the UTC getters so that the result never
 * depends on the machine's time zone; `today` is the government's calendar day at 00:00 UTC
 * (calendarDayIn in buildDemoGovernments; the data files write it as «hoy-2a+3m»): the demo always shows agreements that are about to
 * expire, whatever day and hour it is seeded.
 */
export function dateFrom(today: Date, offset: DateOffset): string {
  const date = new Date(
    Date.UTC(
      today.getUTCFullYear() + (offset.years ?? 0),
      today.getUTCMonth() + (offset.months ?? 0),
      today.getUTCDate() + (offset.days ?? 0),
    ),
  );
  return date.toISOString().slice(0, 10);
}

/** Money in minor units: both COP and MXN (and EUR, USD) have two decimals. */
export function minor(amount: number): number {
  return Math.round(amount * 100);
}
