import type { z } from 'zod';
import type { geometrySchema } from '../../../contracts/territory';
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

export function presentTerritoryMap(rows: TerritorialUnitRow[]) {
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((row) => ({
      type: 'Feature' as const,
      id: row.id,
      properties: { name: row.name, code: row.code, population: row.population },
      geometry: row.geometry as Geometry,
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
