import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  findPlace,
  type Gazetteer,
  type Place,
  parseGazetteer,
  suggestPlaces,
} from '../../../domain/gazetteer';

// src/server/modules/places → repository root → data/gazetteer
const gazetteerFile = fileURLToPath(new URL('../../../../data/gazetteer/places.tsv', import.meta.url));

export const gazetteerSource =
  'Vínculo gazetteer: sister-city datasets (Wikipedia, Wikidata), INEGI and DANE municipalities';

let cached: Gazetteer | null = null;

/** Read once, on first use (about 23,000 places, a few MB in memory). */
export function loadGazetteer(): Gazetteer {
  cached ??= parseGazetteer(readFileSync(gazetteerFile, 'utf8'));
  return cached;
}

/** Places of a country starting with the typed text, for the city field of the partner form. */
export function suggestCities(countryCode: string, text: string, limit: number): Place[] {
  return suggestPlaces(loadGazetteer(), countryCode, text, limit);
}

/** The coordinates of a city typed by name, when the gazetteer knows it (the demo and imports use it). */
export function findCityCoordinates(countryCode: string, city: string) {
  const place = findPlace(loadGazetteer(), countryCode, city);
  return place ? { latitude: place.latitude as number, longitude: place.longitude as number } : null;
}
