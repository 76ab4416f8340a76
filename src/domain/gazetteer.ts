/**
 * The gazetteer: places (cities and municipalities) by country, looked up by an accent- and
 * case-insensitive prefix. Pure: the server reads data/gazetteer/places.tsv and hands the text in.
 */

export type Place = {
  countryCode: string;
  name: string;
  /** placeKey(name): lower case, no accents, punctuation as single spaces. */
  key: string;
  /** State, department or province when the source names it. */
  region: string | null;
  latitude: number | null;
  longitude: number | null;
};

/** Places of each country, sorted by key (then by whether they have coordinates, then region). */
export type Gazetteer = Map<string, Place[]>;

/** "Bogotá, D. C." → "bogota d c": how names are compared, whatever their accents or case. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function toCoordinate(text: string | undefined): number | null {
  if (!text) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

function comparePlaces(a: Place, b: Place): number {
  if (a.key !== b.key) return a.key < b.key ? -1 : 1;
  const aHasCoordinates = a.latitude !== null ? 0 : 1;
  const bHasCoordinates = b.latitude !== null ? 0 : 1;
  if (aHasCoordinates !== bHasCoordinates) return aHasCoordinates - bHasCoordinates;
  return (a.region ?? '').localeCompare(b.region ?? '');
}

/** Reads the vendored TSV (header: country, name, key, region, lat, lon). */
export function parseGazetteer(text: string): Gazetteer {
  const gazetteer: Gazetteer = new Map();
  const lines = text.split('\n');
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const [countryCode, name, key, region, latitude, longitude] = line.split('\t');
    if (!countryCode || !name || !key) continue;
    const places = gazetteer.get(countryCode) ?? [];
    places.push({
      countryCode,
      name,
      key,
      region: region || null,
      latitude: toCoordinate(latitude),
      longitude: toCoordinate(longitude),
    });
    gazetteer.set(countryCode, places);
  }
  for (const places of gazetteer.values()) places.sort(comparePlaces);
  return gazetteer;
}

/** First index whose key is ≥ the prefix (binary search on the sorted list). */
function lowerBound(places: Place[], prefix: string): number {
  let low = 0;
  let high = places.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((places[middle] as Place).key < prefix) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Places of a country whose name starts with the text (or one of whose words does), accent- and
 * case-insensitive; exact names first, then shorter names; at most `limit`.
 */
export function suggestPlaces(
  gazetteer: Gazetteer,
  countryCode: string,
  text: string,
  limit: number,
): Place[] {
  const places = gazetteer.get(countryCode.toUpperCase());
  const prefix = placeKey(text);
  if (!places || !prefix) return [];
  const found: Place[] = [];
  for (let index = lowerBound(places, prefix); index < places.length; index += 1) {
    const place = places[index] as Place;
    if (!place.key.startsWith(prefix)) break;
    found.push(place);
  }
  // "san jose" also finds "Municipio de San José" only when few names start with it.
  if (found.length < limit) {
    for (const place of places) {
      if (found.length >= limit * 4) break;
      if (!place.key.startsWith(prefix) && place.key.includes(` ${prefix}`)) found.push(place);
    }
  }
  const rank = (place: Place) => (place.key === prefix ? 0 : place.key.startsWith(prefix) ? 1 : 2);
  return found
    .map((place, order) => ({ place, order }))
    .sort(
      (a, b) =>
        rank(a.place) - rank(b.place) ||
        (a.place.latitude === null ? 1 : 0) - (b.place.latitude === null ? 1 : 0) ||
        a.place.key.length - b.place.key.length ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map(({ place }) => place);
}

/**
 * The place a typed city name most likely means, with coordinates: the exact name first, then the
 * shortest name that starts with it ("Bogotá" → "Bogotá, D. C."). Null when none has coordinates.
 */
export function findPlace(gazetteer: Gazetteer, countryCode: string, name: string): Place | null {
  const [best] = suggestPlaces(gazetteer, countryCode, name, 1);
  if (!best || best.latitude === null) return null;
  const key = placeKey(name);
  return best.key === key || best.key.startsWith(`${key} `) ? best : null;
}
