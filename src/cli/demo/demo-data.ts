import { calendarDayIn } from '../../domain/calendar';
import { buildCdmx } from './cdmx';
import type { DemoGovernment } from './demo-types';
import { buildMedellin } from './medellin';

export { loadCdmxAlcaldias } from './cdmx-alcaldias';
export type { DemoGovernment, DemoLink, DemoPartner, DemoRelation, DemoUser } from './demo-types';
export { buildCdmxInitiatives } from './initiatives-cdmx';
export { buildMedellinInitiatives } from './initiatives-medellin';
export type {
  DemoActivity,
  DemoIndicator,
  DemoInitiative,
  DemoMeasurement,
  DemoMirRow,
} from './initiatives-types';

/**
 * The demo dataset used by `vinculo seed --demo` and `npm start`: Medellín and Ciudad de México with
 * their real territorial units, sister cities and international partners, and initiatives at every
 * stage of the policy cycle. Dates are computed from `today`, so that every seed shows agreements
 * about to expire and others long expired, and indicator series that end shortly before `today`.
 * Each government counts from its own calendar day: seeded at 01:00 UTC, it is still yesterday in
 * Medellín and Mexico City, and a commitment due "in 10 days" must read so there.
 */
export function buildDemoGovernments(now: Date): DemoGovernment[] {
  return [
    buildMedellin(calendarDayIn(demoTimeZones.medellin, now)),
    buildCdmx(calendarDayIn(demoTimeZones.cdmx, now)),
  ];
}

/** The time zones of the demo governments (their profiles say the same; demo-data.test checks it). */
export const demoTimeZones = { medellin: 'America/Bogota', cdmx: 'America/Mexico_City' } as const;
