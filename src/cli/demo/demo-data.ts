import { calendarDayIn } from '../../domain/calendar';
import { findCityCoordinates } from '../../server/modules/places/places.service';
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
  ].map(withPlaceCoordinates);
}

/**
 * Partners with a city and no coordinates take them from the vendored gazetteer, as the partner
 * form does when a city is chosen: the world map then shows every demo partner that has a city.
 * An embassy's country is the one it represents and its city is in the host country: the city is
 * looked up there when the partner's own country has no such city.
 */
function withPlaceCoordinates(government: DemoGovernment): DemoGovernment {
  return {
    ...government,
    partners: government.partners.map((partner) => {
      if (!partner.city || !partner.countryCode || partner.latitude != null) return partner;
      const coordinates =
        findCityCoordinates(partner.countryCode, partner.city) ??
        findCityCoordinates(government.profile.countryCode, partner.city);
      return coordinates ? { ...partner, ...coordinates } : partner;
    }),
  };
}

/** The time zones of the demo governments (their profiles say the same; demo-data.test checks it). */
export const demoTimeZones = { medellin: 'America/Bogota', cdmx: 'America/Mexico_City' } as const;
