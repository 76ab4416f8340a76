import type { costCategories, costSources } from '../../contracts/agenda';
import type { DemoEvent, DemoParticipant } from './agenda-types';
import { dateFrom, demoPartner, roleContact } from './demo-helpers';
import type { DemoPartner } from './demo-types';
import { minor } from './initiatives-helpers';

/** Appended to the objectives of every demo event and to every lead and position. */
export const agendaDemoNote =
  'Registro de demostración: fechas, costos, cifras y resultados son ilustrativos; los participantes se nombran por su cargo.';

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

type Day = Parameters<typeof dateFrom>[1];

/** An event's start and end, `days` from `today`, at local times in the place's time zone. */
export function when(
  today: Date,
  timezone: string,
  start: { offset: Day; time: string },
  end: { offset: Day; time: string },
): Pick<DemoEvent, 'startsAt' | 'endsAt' | 'timezone'> {
  return {
    timezone,
    startsAt: zonedInstant(dateFrom(today, start.offset), start.time, timezone),
    endsAt: zonedInstant(dateFrom(today, end.offset), end.time, timezone),
  };
}

type CostCategory = (typeof costCategories)[number];
type CostSource = (typeof costSources)[number];

/** A public cost of an event; `amount` in major units (pesos, euros), stored in minor units. */
export function cost(
  category: CostCategory,
  source: CostSource,
  amount: number,
  currency: string,
  description: string,
): DemoEvent['costs'][number] {
  return { category, source, amountMinor: minor(amount), currency, description };
}

/** An official of the government, by role title: the demo names no real or invented person. */
export function official(name: string, departmentAcronym?: string, userEmail?: string): DemoParticipant {
  return {
    side: 'own',
    name,
    position: null,
    ...(departmentAcronym ? { departmentAcronym } : {}),
    ...(userEmail ? { userEmail } : {}),
  };
}

/** A person of a counterpart, by role title. */
export function counterpart(partnerKey: string, name: string, position?: string): DemoParticipant {
  return { side: 'partner', name, position: position ?? null, partnerKey };
}

type EventSeed = Pick<
  DemoEvent,
  'key' | 'title' | 'kind' | 'startsAt' | 'endsAt' | 'timezone' | 'objectives'
> &
  Partial<Omit<DemoEvent, 'key' | 'title' | 'kind' | 'startsAt' | 'endsAt' | 'timezone' | 'objectives'>>;

/** An event with every optional field spelled out and the demo note appended to its objectives. */
export function demoEvent(seed: EventSeed): DemoEvent {
  const { objectives, ...rest } = seed;
  return {
    city: null,
    countryCode: null,
    venue: null,
    strategyLine: null,
    outcomes: null,
    minutes: null,
    isPublished: false,
    participants: [],
    costs: [],
    linkKeys: [],
    initiativeKeys: [],
    ...rest,
    objectives: `${objectives} ${agendaDemoNote}`,
  };
}

/**
 * A company that invests in the city. Unless it is a real company known to have invested there,
 * it is described generically and says so: the demo never attributes invented deals to real firms.
 */
export function demoCompany(seed: {
  key: string;
  name: string;
  countryCode: string;
  city?: string;
  website?: string;
  tags: string[];
  notes?: string;
  isGeneric?: boolean;
}): DemoPartner {
  const genericNote = 'Contraparte genérica de demostración: no corresponde a ninguna empresa real.';
  return demoPartner({
    key: seed.key,
    name: seed.name,
    kind: 'company_investor',
    countryCode: seed.countryCode,
    city: seed.city ?? null,
    iatiOrgType: '70',
    website: seed.website ?? null,
    tags: ['inversión extranjera', ...seed.tags],
    notes:
      seed.isGeneric === false ? (seed.notes ?? null) : [seed.notes, genericNote].filter(Boolean).join(' '),
    contacts: [roleContact('Gerencia de expansión internacional', { position: 'Relación con la ciudad' })],
  });
}
