import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPlace, parseGazetteer, placeKey, suggestPlaces } from './gazetteer';

const sample = [
  'country\tname\tkey\tregion\tlat\tlon',
  'CO\tBogotá, D. C.\tbogota d c\tBogotá, D. C.\t4.7111\t-74.0722',
  'CO\tMedellín\tmedellin\tAntioquia\t6.2308\t-75.5906',
  'CO\tMedio Atrato\tmedio atrato\tChocó\t\t',
  'CO\tSan José del Guaviare\tsan jose del guaviare\tGuaviare\t\t',
  'MX\tÁlvaro Obregón\talvaro obregon\tMichoacán de Ocampo\t\t',
  'MX\tÁlvaro Obregón\talvaro obregon\tCiudad de México\t19.3294\t-99.2581',
  'ES\tBilbao\tbilbao\t\t43.2569\t-2.9236',
].join('\n');

describe('gazetteer', () => {
  const gazetteer = parseGazetteer(sample);

  it('compares names without accents, case or punctuation', () => {
    expect(placeKey('Bogotá, D. C.')).toBe('bogota d c');
    expect(placeKey('  ÁLVARO   Obregón ')).toBe('alvaro obregon');
    expect(placeKey('São Paulo')).toBe('sao paulo');
  });

  it('suggests the places of one country by an accent-insensitive prefix, bounded', () => {
    expect(suggestPlaces(gazetteer, 'CO', 'MEDE', 10).map((place) => place.name)).toEqual(['Medellín']);
    expect(suggestPlaces(gazetteer, 'co', 'med', 10).map((place) => place.name)).toEqual([
      'Medellín',
      'Medio Atrato',
    ]);
    expect(suggestPlaces(gazetteer, 'CO', 'med', 1)).toHaveLength(1);
    expect(suggestPlaces(gazetteer, 'ES', 'med', 10)).toEqual([]);
    expect(suggestPlaces(gazetteer, 'ZZ', 'med', 10)).toEqual([]);
    expect(suggestPlaces(gazetteer, 'CO', '  ', 10)).toEqual([]);
  });

  it('finds a word inside a name and puts places with coordinates first', () => {
    expect(suggestPlaces(gazetteer, 'CO', 'guaviare', 5).map((place) => place.name)).toEqual([
      'San José del Guaviare',
    ]);
    const [first] = suggestPlaces(gazetteer, 'MX', 'alvaro', 5);
    expect(first?.region).toBe('Ciudad de México');
  });

  it('resolves a typed city name to the place with coordinates it most likely means', () => {
    expect(findPlace(gazetteer, 'CO', 'Bogotá')?.latitude).toBe(4.7111);
    expect(findPlace(gazetteer, 'ES', 'bilbao')?.longitude).toBe(-2.9236);
    expect(findPlace(gazetteer, 'CO', 'Medio Atrato')).toBeNull();
    expect(findPlace(gazetteer, 'CO', 'Med')).toBeNull();
  });

  it('vendored file: every key is the key of its name, every coordinate is on the globe', () => {
    const text = readFileSync(new URL('../../data/gazetteer/places.tsv', import.meta.url), 'utf8');
    const vendored = parseGazetteer(text);
    let count = 0;
    for (const places of vendored.values()) {
      for (const place of places) {
        count += 1;
        expect(place.key).toBe(placeKey(place.name));
        if (place.latitude !== null) expect(Math.abs(place.latitude)).toBeLessThanOrEqual(90);
        if (place.longitude !== null) expect(Math.abs(place.longitude)).toBeLessThanOrEqual(180);
      }
    }
    expect(count).toBeGreaterThan(20_000);
    expect(vendored.get('MX')?.filter((place) => place.region).length).toBeGreaterThan(2400);
    expect(vendored.get('CO')?.filter((place) => place.region).length).toBeGreaterThan(1100);
    expect(findPlace(vendored, 'JP', 'Tokio')).not.toBeNull();
    expect(findPlace(vendored, 'CO', 'Medellín')?.region).toBe('Antioquia');
  });
});
