import { demoPartner, roleContact } from './demo-helpers';
import type { DemoPartner } from './demo-types';

/**
 * A sister city. Every call site takes the pair, the country and the coordinates from a row of
 * the Hekman twin-cities dataset (shared/data/sister-cities/hekman-twincities/twin_cities_geocoded.csv);
 * country names there are mapped by hand to ISO 3166-1 alpha-2 codes.
 */
export function sisterCity(options: {
  key: string;
  name: string;
  city: string;
  countryCode: string;
  latitude: number;
  longitude: number;
  language: string;
  website?: string;
  tags?: string[];
}): DemoPartner {
  return demoPartner({
    key: options.key,
    name: options.name,
    kind: 'city_government',
    countryCode: options.countryCode,
    city: options.city,
    latitude: options.latitude,
    longitude: options.longitude,
    iatiOrgType: '11',
    website: options.website ?? null,
    tags: ['ciudad hermana', ...(options.tags ?? [])],
    contacts: [
      roleContact('Oficina de Relaciones Internacionales', {
        position: 'Punto focal del hermanamiento',
        language: options.language,
      }),
    ],
  });
}
