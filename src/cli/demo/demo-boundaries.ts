import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TerritorialUnitInput } from '../../contracts/territory';

/** Where a city's boundaries are: a GeoJSON file under data/ and the property holding the unit code. */
export type DemoBoundaries = { file: string; codeProperty: string };

type BoundaryFeature = {
  properties: Record<string, unknown> | null;
  geometry: { type?: unknown; coordinates?: unknown } | null;
};

/**
 * Gives each territorial unit its boundary from a vendored GeoJSON layer (GeoMedellín's comunas,
 * INEGI's alcaldías), matched by code; the names and populations stay those of the demo files (the
 * GeoMedellín layer writes names in upper case without accents). A unit without a boundary, or a
 * feature without a polygon, stops the demo.
 */
export function withBoundaries(
  units: TerritorialUnitInput[],
  boundaries: DemoBoundaries,
): TerritorialUnitInput[] {
  // src/cli/demo → repository root → data/
  const file = fileURLToPath(new URL(`../../../data/${boundaries.file}`, import.meta.url));
  const collection = JSON.parse(readFileSync(file, 'utf8')) as { features?: BoundaryFeature[] };
  const geometryByCode = new Map<string, NonNullable<TerritorialUnitInput['geometry']>>();
  for (const [index, feature] of (collection.features ?? []).entries()) {
    const code = feature.properties?.[boundaries.codeProperty];
    const geometry = feature.geometry;
    if (
      typeof code !== 'string' ||
      !geometry ||
      (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') ||
      !Array.isArray(geometry.coordinates)
    ) {
      throw new Error(`${file}: feature ${index} has no code or no polygon geometry`);
    }
    geometryByCode.set(code, { type: geometry.type, coordinates: geometry.coordinates });
  }
  return units.map((unit) => {
    const geometry = unit.code ? geometryByCode.get(unit.code) : undefined;
    if (!geometry) throw new Error(`${file}: no boundary for territorial unit ${unit.code} ${unit.name}`);
    return { ...unit, geometry };
  });
}
