#!/usr/bin/env node
// Builds the vendored gazetteer data/gazetteer/places.tsv once from the shared copies of the upstream
// datasets: `node scripts/build-gazetteer.mjs path/to/upstream-copies`. The source folder is an argument,
// never a path guessed beside the repository; the app only ever reads the generated file.
//
// Rows: country (ISO 3166-1 alpha-2), name, key (lower case, no accents), admin region, lat, lon.
// - Cities with coordinates from the sister-city datasets (Hekman twin cities, geocoded; Wikidata
//   export of rogorido/sistercities), country names mapped to ISO codes.
// - Every Mexican municipality (INEGI, with its state) and Colombian municipality (DANE DIVIPOLA, with
//   its department); coordinates from the sister-city rows of the same place when there is one, the
//   centroid of the alcaldía polygon for Mexico City's alcaldías, otherwise left empty (the name and
//   region are still worth suggesting; the coordinates are typed by hand).
// - A short list of Spanish names (exonyms) of capitals and large cities, written by the project, so
//   that "Tokio" or "Nueva York" find the same coordinates as "Tokyo" and "New York".
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!process.argv[2]) {
  console.error('usage: node scripts/build-gazetteer.mjs path/to/upstream-copies');
  process.exit(2);
}
const source = resolve(process.argv[2]);
const output = join(repoRoot, 'data', 'gazetteer', 'places.tsv');

/** The same key as src/domain/gazetteer.ts placeKey (a unit test checks every row against it). */
function placeKey(name) {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function clean(text) {
  return text.replace(/\s+/g, ' ').trim();
}

// --- country names → ISO codes -------------------------------------------------------------------
const countryCodes = JSON.parse(readFileSync(join(repoRoot, 'data/codelists/Country.en.json'), 'utf8')).map(
  (entry) => entry.code,
);
const countryByName = new Map();
for (const code of countryCodes) {
  for (const style of ['long', 'short', 'narrow']) {
    const name = new Intl.DisplayNames('en', { type: 'region', style }).of(code);
    if (name) countryByName.set(placeKey(name), code);
  }
}
for (const entry of JSON.parse(readFileSync(join(repoRoot, 'data/codelists/Country.en.json'), 'utf8'))) {
  countryByName.set(placeKey(entry.name), entry.code);
}
const countryAliases = {
  'united states of america': 'US',
  usa: 'US',
  'people s republic of china': 'CN',
  'republic of china': 'TW',
  'kingdom of the netherlands': 'NL',
  'czech republic': 'CZ',
  'bosnia and hercegovina': 'BA',
  'republic of macedonia': 'MK',
  macedonia: 'MK',
  'ivory coast': 'CI',
  swaziland: 'SZ',
  'east timor': 'TL',
  'federated states of micronesia': 'FM',
  'state of palestine': 'PS',
  palestine: 'PS',
  'republic of the congo': 'CG',
  'democratic republic of the congo': 'CD',
  'the gambia': 'GM',
  'the bahamas': 'BS',
  'cape verde': 'CV',
  burma: 'MM',
  russia: 'RU',
  'south korea': 'KR',
  'north korea': 'KP',
  vietnam: 'VN',
  laos: 'LA',
  syria: 'SY',
  iran: 'IR',
  moldova: 'MD',
  bolivia: 'BO',
  venezuela: 'VE',
  tanzania: 'TZ',
  kosovo: 'XK',
  'vatican city': 'VA',
  turkey: 'TR',
  türkiye: 'TR',
};
for (const [name, code] of Object.entries(countryAliases)) countryByName.set(placeKey(name), code);
const knownCodes = new Set(countryCodes);

function countryCodeOf(name) {
  const code = countryByName.get(placeKey(name ?? ''));
  return code && knownCodes.has(code) ? code : null;
}

// --- rows ----------------------------------------------------------------------------------------
/** key: country|placeKey(name)|placeKey(region) */
const places = new Map();
let unmatchedCountries = 0;

function addPlace(place) {
  const id = `${place.country}|${placeKey(place.name)}|${placeKey(place.region)}`;
  if (!places.has(id)) places.set(id, place);
}

function splitName(raw) {
  // "Cuautla, Jalisco" → name "Cuautla", region "Jalisco"
  const [name, ...rest] = clean(raw).split(',');
  return { name: clean(name ?? ''), region: clean(rest.join(',')) };
}

function addSisterCity(rawName, rawCountry, rawLat, rawLon) {
  const country = countryCodeOf(rawCountry);
  const latitude = Number(rawLat);
  const longitude = Number(rawLon);
  if (!country) {
    unmatchedCountries += 1;
    return;
  }
  if (!rawName || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return;
  if (rawLat === '' || rawLon === '' || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return;
  const { name, region } = splitName(rawName);
  if (!name || /^[QqTt]\d+$/.test(name) || name.length > 80) return;
  addPlace({ country, name, region, latitude, longitude });
}

/** A small CSV reader for the quoted, comma-separated Hekman file. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  return rows;
}

const hekman = parseCsv(
  readFileSync(join(source, 'sister-cities/hekman-twincities/twin_cities_geocoded.csv'), 'utf8'),
);
for (const [city1, country1, lat1, lng1, city2, country2, lat2, lng2] of hekman.slice(1)) {
  addSisterCity(city1, country1, lat1, lng1);
  addSisterCity(city2, country2, lat2, lng2);
}
const rogorido = readFileSync(join(source, 'sister-cities/rogorido-eu-wikidata/sistercities.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => line.split('\t'));
for (const [
  origin,
  originCountry,
  originLat,
  originLon,
  ,
  sister,
  sisterLat,
  sisterLon,
  ,
  sisterCountry,
] of rogorido) {
  addSisterCity(origin, originCountry, originLat, originLon);
  addSisterCity(sister, sisterCountry, sisterLat, sisterLon);
}

// The geocoder behind the Hekman file sometimes placed a town at a namesake abroad (Paris, Texas at
// Paris, France): coordinates shared by places of different countries stay only with the country
// that has most places at that point.
{
  const countriesAt = new Map();
  for (const place of places.values()) {
    const point = `${place.latitude},${place.longitude}`;
    const counts = countriesAt.get(point) ?? new Map();
    counts.set(place.country, (counts.get(place.country) ?? 0) + 1);
    countriesAt.set(point, counts);
  }
  for (const [id, place] of places) {
    const counts = countriesAt.get(`${place.latitude},${place.longitude}`);
    if (counts.size < 2) continue;
    const [owner] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (place.country !== owner) places.delete(id);
  }
}

// --- Mexican and Colombian municipalities --------------------------------------------------------
const smallWords = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'y', 'e', 'en']);
function titleCase(text) {
  return clean(text)
    .toLocaleLowerCase('es')
    .split(' ')
    .map((word, index) =>
      index > 0 && smallWords.has(word) ? word : word.charAt(0).toLocaleUpperCase('es') + word.slice(1),
    )
    .join(' ')
    .replace(/\(([a-záéíóúñ])/g, (_, letter) => `(${letter.toLocaleUpperCase('es')}`);
}

/** Sister-city rows of one country, by key of name, to lend their coordinates to municipalities. */
function takeSisterRows(country) {
  const byKey = new Map();
  for (const [id, place] of places) {
    if (place.country !== country) continue;
    const key = placeKey(place.name);
    byKey.set(key, [...(byKey.get(key) ?? []), { id, place }]);
  }
  return byKey;
}

function centroid(geometry) {
  // Mean of the outer ring's vertices: good enough for placing a marker inside an alcaldía.
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let sumLon = 0;
  let sumLat = 0;
  let count = 0;
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0]) {
      sumLon += lon;
      sumLat += lat;
      count += 1;
    }
  }
  return {
    latitude: Math.round((sumLat / count) * 1e4) / 1e4,
    longitude: Math.round((sumLon / count) * 1e4) / 1e4,
  };
}

function addMunicipalities(country, municipalities, knownCoordinates) {
  const sisterRows = takeSisterRows(country);
  const keyCount = new Map();
  for (const municipality of municipalities) {
    const key = placeKey(municipality.name);
    keyCount.set(key, (keyCount.get(key) ?? 0) + 1);
  }
  for (const municipality of municipalities) {
    const key = placeKey(municipality.name);
    let coordinates = knownCoordinates.get(`${key}|${placeKey(municipality.region)}`) ?? null;
    const candidates =
      sisterRows.get(key) ?? sisterRows.get(placeKey(municipality.name.split(',')[0] ?? '')) ?? [];
    // A sister-city row names this municipality when its region agrees, or when the name is unique.
    const match =
      candidates.find((row) => placeKey(row.place.region) === placeKey(municipality.region)) ??
      (keyCount.get(key) === 1 ? candidates.find((row) => !row.place.region) : undefined);
    if (match) {
      coordinates ??= { latitude: match.place.latitude, longitude: match.place.longitude };
      places.delete(match.id);
    }
    addPlace({
      country,
      name: municipality.name,
      region: municipality.region,
      latitude: coordinates?.latitude ?? null,
      longitude: coordinates?.longitude ?? null,
    });
  }
}

const alcaldias = JSON.parse(readFileSync(join(source, 'admin-divisions/mx/cdmx_alcaldias.geojson'), 'utf8'));
const alcaldiaCoordinates = new Map(
  alcaldias.features.map((feature) => [
    `${placeKey(feature.properties.nomgeo)}|${placeKey('Ciudad de México')}`,
    centroid(feature.geometry),
  ]),
);
const inegi = JSON.parse(
  readFileSync(join(source, 'admin-divisions/mx/inegi_municipios_completo.json'), 'utf8'),
);
addMunicipalities(
  'MX',
  inegi.map((row) => ({ name: clean(row.nom_municipio), region: clean(row.nom_entidad) })),
  alcaldiaCoordinates,
);
/** DANE writes the capital district "BOGOTÁ. D.C.": the name people use is "Bogotá, D. C.". */
function daneName(text) {
  return titleCase(text).replace(/[.,]\s*D\.\s*C\.$/i, ', D. C.');
}
const dane = readFileSync(join(source, 'admin-divisions/co/dane_divipola_municipios.csv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter(Boolean)
  .map((line) => parseCsv(`${line}\n`)[0]);
addMunicipalities(
  'CO',
  dane.map(([, , department, municipality]) => ({
    name: daneName(municipality),
    region: daneName(department),
  })),
  new Map(),
);

// --- Spanish names of large cities (the project's own list) --------------------------------------
const exonyms = [
  ['JP', 'Tokio', 'Tokyo'],
  ['FR', 'París', 'Paris'],
  ['US', 'Nueva York', 'New York City'],
  ['US', 'Washington, D. C.', 'Washington, D.C.'],
  ['US', 'Los Ángeles', 'Los Angeles'],
  ['US', 'San Luis', 'St. Louis'],
  ['BE', 'Bruselas', 'Brussels'],
  ['GB', 'Londres', 'London'],
  ['DE', 'Berlín', 'Berlin'],
  ['DE', 'Múnich', 'Munich'],
  ['DE', 'Colonia', 'Cologne'],
  ['KR', 'Seúl', 'Seoul'],
  ['TR', 'Estambul', 'Istanbul'],
  ['UZ', 'Samarcanda', 'Samarkand'],
  ['KW', 'Ciudad de Kuwait', 'Kuwait City'],
  ['CU', 'La Habana', 'Havana'],
  ['CN', 'Pekín', 'Beijing'],
  ['CN', 'Shanghái', 'Shanghai'],
  ['RU', 'Moscú', 'Moscow'],
  ['IT', 'Roma', 'Rome'],
  ['IT', 'Milán', 'Milan'],
  ['IT', 'Florencia', 'Florence'],
  ['IT', 'Nápoles', 'Naples'],
  ['IT', 'Turín', 'Turin'],
  ['IT', 'Venecia', 'Venice'],
  ['PT', 'Lisboa', 'Lisbon'],
  ['AT', 'Viena', 'Vienna'],
  ['DK', 'Copenhague', 'Copenhagen'],
  ['GR', 'Atenas', 'Athens'],
  ['PL', 'Varsovia', 'Warsaw'],
  ['CZ', 'Praga', 'Prague'],
  ['EG', 'El Cairo', 'Cairo'],
  ['MA', 'Rabat', 'Rabat'],
  ['BR', 'São Paulo', 'São Paulo'],
  ['BR', 'Río de Janeiro', 'Rio de Janeiro'],
  ['CA', 'Montreal', 'Montreal'],
  ['KE', 'Nairobi', 'Nairobi'],
  ['MX', 'Ciudad de México', 'Mexico City'],
];
const exonymFallbacks = {
  // Coordinates from the same sister-city datasets, for cities absent under their English name.
};
let missingExonyms = 0;
for (const [country, spanishName, englishName] of exonyms) {
  const english = [...places.values()].find(
    (place) =>
      place.country === country && placeKey(place.name) === placeKey(englishName) && place.latitude !== null,
  );
  const coordinates = english ?? exonymFallbacks[spanishName];
  if (!coordinates) {
    missingExonyms += 1;
    console.warn(`no coordinates for ${spanishName} (${englishName}, ${country})`);
    continue;
  }
  addPlace({
    country,
    name: spanishName,
    region: english?.region ?? '',
    latitude: coordinates.latitude,
    longitude: coordinates.longitude,
  });
}

// --- write ---------------------------------------------------------------------------------------
const rows = [...places.values()]
  .map((place) => ({ ...place, key: placeKey(place.name) }))
  .filter((place) => place.key)
  .sort(
    (a, b) =>
      a.country.localeCompare(b.country) || a.key.localeCompare(b.key) || a.region.localeCompare(b.region),
  );
const format = (value) =>
  value === null || value === undefined ? '' : String(Math.round(value * 1e4) / 1e4);
const body = [
  'country\tname\tkey\tregion\tlat\tlon',
  ...rows.map((row) =>
    [row.country, row.name, row.key, row.region, format(row.latitude), format(row.longitude)]
      .map((value) => String(value).replace(/[\t\n\r]/g, ' '))
      .join('\t'),
  ),
].join('\n');
writeFileSync(output, `${body}\n`);
console.log(
  `${rows.length} places (${rows.filter((row) => row.latitude !== null).length} with coordinates); ` +
    `${unmatchedCountries} sister-city names with an unknown country skipped; ${missingExonyms} exonyms without coordinates`,
);
