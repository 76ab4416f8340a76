import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TerritorialUnitInput } from '../../contracts/territory';

// src/cli/demo → repository root → data/geo (vendored and simplified by scripts/vendor-data.mjs)
const comunasFile = fileURLToPath(
  new URL('../../../data/geo/medellin-comunas-corregimientos.geojson', import.meta.url),
);

type ComunaFeature = {
  properties: { code?: unknown } | null;
  geometry: { type?: unknown; coordinates?: unknown } | null;
};

/**
 * Gives each of Medellín's comunas and corregimientos its boundary from the GeoMedellín layer
 * (OD1043, simplified for display), matched by DANE's two-digit code. The names and populations stay
 * those of the demo: the published layer writes names in upper case without accents.
 */
export function withMedellinGeometry(units: TerritorialUnitInput[]): TerritorialUnitInput[] {
  const collection = JSON.parse(readFileSync(comunasFile, 'utf8')) as { features?: ComunaFeature[] };
  const geometryByCode = new Map<string, NonNullable<TerritorialUnitInput['geometry']>>();
  for (const [index, feature] of (collection.features ?? []).entries()) {
    const code = feature.properties?.code;
    const geometry = feature.geometry;
    if (
      typeof code !== 'string' ||
      !geometry ||
      (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') ||
      !Array.isArray(geometry.coordinates)
    ) {
      throw new Error(`${comunasFile}: feature ${index} has no code or no polygon geometry`);
    }
    geometryByCode.set(code, { type: geometry.type, coordinates: geometry.coordinates });
  }
  return units.map((unit) => {
    const geometry = unit.code ? geometryByCode.get(unit.code) : undefined;
    if (!geometry) throw new Error(`No GeoMedellín boundary for territorial unit ${unit.code} ${unit.name}`);
    return { ...unit, geometry };
  });
}
