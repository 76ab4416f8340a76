import type { z } from 'zod';
import type { geometrySchema } from '../../../contracts/territory';
import { type DisplayGeometry, simplifyForDisplay } from '../../../domain/geometry-simplify';
import { presentRecordMeta, toIsoOrNull } from '../../platform/present';
import type { DepartmentRow, GovernmentRow, TerritorialUnitRow } from './territory.queries';

type Geometry = z.infer<typeof geometrySchema>;

export function presentGovernment(row: GovernmentRow) {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    countryCode: row.countryCode,
    population: row.population,
    languages: row.languages,
    reportingCurrency: row.reportingCurrency,
    timezone: row.timezone,
    website: row.website,
    iatiOrgId: row.iatiOrgId,
    reminderDaysBefore: row.reminderDaysBefore,
    renewalAlertDays: row.renewalAlertDays,
    ...presentRecordMeta(row),
  };
}

export function presentTerritorialUnit(row: TerritorialUnitRow) {
  return {
    id: row.id,
    governmentId: row.governmentId,
    code: row.code,
    name: row.name,
    kind: row.kind,
    population: row.population,
    hasGeometry: row.geometry !== null,
    archivedAt: toIsoOrNull(row.archivedAt),
    ...presentRecordMeta(row),
  };
}

export function presentTerritorialUnitDetail(row: TerritorialUnitRow) {
  return { ...presentTerritorialUnit(row), geometry: (row.geometry as Geometry | null) ?? null };
}

/** Positions in the whole map answer: about 2 MB of JSON at most, however detailed the boundaries. */
export const mapPositionBudget = 100_000;

/**
 * The map as GeoJSON for drawing: each boundary simplified to its share of the budget (never under
 * 64 positions), so that eight users opening a detailed map cannot take the server's memory.
 */
export function presentTerritoryMap(rows: TerritorialUnitRow[]) {
  const perUnit = Math.max(64, Math.floor(mapPositionBudget / Math.max(1, rows.length)));
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((row) => ({
      type: 'Feature' as const,
      id: row.id,
      properties: { name: row.name, code: row.code, population: row.population },
      geometry: simplifyForDisplay(row.geometry as DisplayGeometry, perUnit) as Geometry,
    })),
  };
}

export function presentDepartment(row: DepartmentRow) {
  return {
    id: row.id,
    governmentId: row.governmentId,
    name: row.name,
    acronym: row.acronym,
    headName: row.headName,
    email: row.email,
    archivedAt: toIsoOrNull(row.archivedAt),
    ...presentRecordMeta(row),
  };
}
