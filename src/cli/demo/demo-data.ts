import type { LinkInput } from '../../contracts/links';
import type { PartnerInput } from '../../contracts/partners';
import type { DepartmentInput, TerritorialUnitInput } from '../../contracts/territory';
import { calendarDayIn } from '../../domain/calendar';
import type { DemoAgenda } from './agenda-types';
import { type DemoBoundaries, withBoundaries } from './demo-boundaries';
import {
  type DemoSheet,
  type DemoSheetName,
  demoSheetFiles,
  readDemoJson,
  readDemoSheet,
} from './demo-files';
import type { DemoGovernment, DemoLink, DemoPartner } from './demo-types';
import type { DemoInitiative, DemoInitiativeFile, DemoMeasurement } from './initiatives-types';

export type { DemoGovernment, DemoLink, DemoPartner, DemoRelation, DemoUser } from './demo-types';
export type {
  DemoActivity,
  DemoIndicator,
  DemoInitiative,
  DemoMeasurement,
  DemoMirRow,
} from './initiatives-types';

/** The time zones of the demo governments (their profiles say the same; demo-data.test checks it). */
export const demoTimeZones = { medellin: 'America/Bogota', cdmx: 'America/Mexico_City' } as const;

/**
 * The demo dataset used by `vinculo seed --demo` and `npm start`: Medellín and Ciudad de México with
 * their real territorial units, sister cities and international partners, and initiatives at every
 * stage of the policy cycle, read from data/demo/<city>/. Dates are computed from `today`, so that
 * every seed shows agreements about to expire and others long expired, and indicator series that end
 * shortly before `today`. Each government counts from its own calendar day: seeded at 01:00 UTC, it
 * is still yesterday in Medellín and Mexico City, and a commitment due "in 10 days" must read so there.
 */
export function buildDemoGovernments(now: Date): DemoGovernment[] {
  return (Object.keys(demoTimeZones) as (keyof typeof demoTimeZones)[]).map((slug) =>
    loadDemoGovernment(slug, calendarDayIn(demoTimeZones[slug], now)),
  );
}

type CityFile = Pick<DemoGovernment, 'slug' | 'profile' | 'users' | 'relations'> & {
  boundaries: DemoBoundaries;
};
type SheetLink = LinkInput & { departmentName: string | null; partyNames: (string | null)[] };

/** One city: the same reading for both, only the files differ. */
function loadDemoGovernment(slug: string, today: Date): DemoGovernment {
  const city = readDemoJson<CityFile>(slug, 'ciudad.json', today);
  const sheets = Object.fromEntries(
    (Object.keys(demoSheetFiles) as DemoSheetName[]).map((name) => [name, readDemoSheet(slug, name, today)]),
  ) as Record<DemoSheetName, DemoSheet>;
  const keyed = (sheet: DemoSheet) =>
    sheet.records.map(({ key, input }, index) => {
      if (!key) throw new Error(`${sheet.file}: el registro ${index + 1} no tiene clave`);
      return { key, input };
    });
  const departments = sheets.departments.records.map((record) => record.input as DepartmentInput);
  const partners: DemoPartner[] = keyed(sheets.partners).map(({ key, input }) => ({
    key,
    ...(input as PartnerInput),
  }));
  const partnerKeys = new Map(partners.map((partner) => [partner.name, partner.key]));
  const acronyms = new Map(departments.map((department) => [department.name, department.acronym]));
  const links: DemoLink[] = keyed(sheets.links).map(({ key, input }) => {
    const { departmentName, partyNames, parties, departmentId: _none, ...link } = input as SheetLink;
    return {
      key,
      ...link,
      parties: parties.map((party, index) => {
        const partnerKey = partnerKeys.get(partyNames[index] ?? '');
        if (!partnerKey)
          throw new Error(`${sheets.links.file} (${key}): contraparte desconocida «${partyNames[index]}»`);
        return { partnerKey, role: party.role };
      }),
      ...(departmentName ? { departmentAcronym: acronyms.get(departmentName) ?? departmentName } : {}),
    };
  });
  return {
    slug: city.slug,
    profile: city.profile,
    territorialUnits: withBoundaries(
      sheets['territorial-units'].records.map((record) => record.input as TerritorialUnitInput),
      city.boundaries,
    ),
    departments,
    partners,
    relations: city.relations,
    links,
    users: city.users,
    initiatives: withMeasurements(
      readDemoJson<DemoInitiativeFile[]>(slug, 'iniciativas.json', today),
      sheets.indicators,
    ),
    agenda: readDemoJson<DemoAgenda>(slug, 'agenda.json', today),
    sheets,
  };
}

type SheetMeasurement = {
  indicator: { initiativeTitle: string; indicatorName: string };
  measurement: DemoMeasurement;
};

/**
 * The initiatives of iniciativas.json with the measurements of mediciones.csv on their indicators
 * (found by initiative title and indicator name, as the importer finds them): what the seeder's
 * import will record, for the checks of the demo's data.
 */
function withMeasurements(initiatives: DemoInitiativeFile[], sheet: DemoSheet): DemoInitiative[] {
  const byIndicator = new Map<string, DemoMeasurement[]>();
  const keyOf = (title: string, name: string) => `${title}\u0000${name}`;
  for (const { input } of sheet.records) {
    const { indicator, measurement } = input as SheetMeasurement;
    if (!('initiativeTitle' in indicator))
      throw new Error(`${sheet.file}: cada medición nombra su iniciativa y su indicador, sin ID`);
    const key = keyOf(indicator.initiativeTitle, indicator.indicatorName);
    byIndicator.set(key, [...(byIndicator.get(key) ?? []), measurement]);
  }
  const result = initiatives.map((initiative) => ({
    ...initiative,
    mir: initiative.mir.map((row) => ({
      ...row,
      indicators: row.indicators.map((indicator) => {
        const key = keyOf(initiative.input.title, indicator.name);
        const measurements = byIndicator.get(key) ?? [];
        byIndicator.delete(key);
        return { ...indicator, measurements };
      }),
    })),
  }));
  const [unknown] = byIndicator.keys();
  if (unknown !== undefined)
    throw new Error(`${sheet.file}: indicador desconocido «${unknown.replace('\u0000', ' · ')}»`);
  return result;
}
