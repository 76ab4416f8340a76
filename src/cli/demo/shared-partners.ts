import { demoPartner, roleContact } from './demo-helpers';
import type { DemoPartner } from './demo-types';

/*
 * International organisations that both demo offices work with. IATI organisation identifiers are
 * only filled where the codeforIATI ReportingOrganisation codelist (data vendored from
 * codeforIATI/codelists, commit 6d02595) lists the organisation as an active publisher; IATI
 * organisation types follow that list too, except city networks, typed as international NGOs (21).
 * Each call returns a fresh object: every government owns its own copy of a partner.
 */

type Overrides = Partial<DemoPartner>;

export function aecid(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'aecid',
    name: 'Agencia Española de Cooperación Internacional para el Desarrollo',
    acronym: 'AECID',
    kind: 'cooperation_agency',
    countryCode: 'ES',
    city: 'Madrid',
    iatiOrgId: 'XM-DAC-50-21',
    iatiOrgType: '10',
    website: 'https://www.aecid.es',
    tags: ['cooperación descentralizada', 'cooperación técnica'],
    contacts: [
      roleContact('Oficina Técnica de Cooperación', { position: 'Punto focal de cooperación local' }),
    ],
    ...overrides,
  });
}

export function giz(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'giz',
    name: 'Deutsche Gesellschaft für Internationale Zusammenarbeit',
    acronym: 'GIZ',
    kind: 'cooperation_agency',
    countryCode: 'DE',
    city: 'Bonn',
    iatiOrgType: '15',
    website: 'https://www.giz.de',
    tags: ['cooperación técnica', 'clima'],
    notes: 'Identificador IATI sin confirmar en los datos del proyecto: se deja vacío.',
    contacts: [roleContact('Oficina de país', { position: 'Coordinación de programas', language: 'es' })],
    ...overrides,
  });
}

export function jica(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'jica',
    name: 'Agencia de Cooperación Internacional del Japón',
    acronym: 'JICA',
    kind: 'cooperation_agency',
    countryCode: 'JP',
    city: 'Tokio',
    iatiOrgId: 'XM-DAC-701-8',
    iatiOrgType: '10',
    website: 'https://www.jica.go.jp',
    tags: ['cooperación técnica', 'gestión del riesgo'],
    contacts: [roleContact('Oficina de JICA en el país', { position: 'Programas de cooperación técnica' })],
    ...overrides,
  });
}

export function koica(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'koica',
    name: 'Agencia de Cooperación Internacional de Corea',
    acronym: 'KOICA',
    kind: 'cooperation_agency',
    countryCode: 'KR',
    city: 'Seongnam',
    iatiOrgType: '10',
    website: 'https://www.koica.go.kr',
    tags: ['cooperación técnica', 'gobierno digital'],
    contacts: [roleContact('Oficina de KOICA en el país', { position: 'Gestión de proyectos' })],
    ...overrides,
  });
}

export function afd(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'afd',
    name: 'Agence Française de Développement',
    acronym: 'AFD',
    kind: 'cooperation_agency',
    countryCode: 'FR',
    city: 'París',
    iatiOrgId: 'FR-3',
    iatiOrgType: '15',
    website: 'https://www.afd.fr',
    tags: ['financiamiento', 'clima', 'ciudades sostenibles'],
    contacts: [roleContact('Agencia regional', { position: 'Equipo de ciudades y territorios' })],
    ...overrides,
  });
}

export function bid(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'bid',
    name: 'Banco Interamericano de Desarrollo',
    acronym: 'BID',
    kind: 'multilateral',
    countryCode: 'US',
    city: 'Washington, D. C.',
    iatiOrgId: 'XI-IATI-IADB',
    iatiOrgType: '40',
    website: 'https://www.iadb.org',
    tags: ['banca multilateral', 'cooperación técnica no reembolsable'],
    contacts: [
      roleContact('Representación en el país', { position: 'División de Vivienda y Desarrollo Urbano' }),
    ],
    ...overrides,
  });
}

export function caf(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'caf',
    name: 'CAF – banco de desarrollo de América Latina y el Caribe',
    acronym: 'CAF',
    kind: 'multilateral',
    countryCode: 'VE',
    city: 'Caracas',
    iatiOrgId: 'XM-DAC-46008',
    iatiOrgType: '40',
    website: 'https://www.caf.com',
    tags: ['banca multilateral', 'desarrollo urbano'],
    contacts: [
      roleContact('Oficina de representación en el país', { position: 'Ejecutivo de desarrollo urbano' }),
    ],
    ...overrides,
  });
}

export function unHabitat(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'onu-habitat',
    name: 'Programa de las Naciones Unidas para los Asentamientos Humanos',
    acronym: 'ONU-Hábitat',
    kind: 'multilateral',
    countryCode: 'KE',
    city: 'Nairobi',
    iatiOrgId: '41120',
    iatiOrgType: '40',
    website: 'https://unhabitat.org',
    tags: ['Naciones Unidas', 'desarrollo urbano', 'Nueva Agenda Urbana'],
    contacts: [
      roleContact('Oficina regional para América Latina y el Caribe', {
        position: 'Alianzas con gobiernos locales',
      }),
    ],
    ...overrides,
  });
}

export function undp(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'pnud',
    name: 'Programa de las Naciones Unidas para el Desarrollo',
    acronym: 'PNUD',
    kind: 'multilateral',
    countryCode: 'US',
    city: 'Nueva York',
    iatiOrgId: 'XM-DAC-41114',
    iatiOrgType: '40',
    website: 'https://www.undp.org',
    tags: ['Naciones Unidas', 'ODS', 'gobernanza'],
    contacts: [
      roleContact('Oficina del PNUD en el país', { position: 'Área de gobernabilidad y territorio' }),
    ],
    ...overrides,
  });
}

export function worldBank(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'banco-mundial',
    name: 'Banco Mundial',
    acronym: 'BM',
    kind: 'multilateral',
    countryCode: 'US',
    city: 'Washington, D. C.',
    iatiOrgId: '44000',
    iatiOrgType: '40',
    website: 'https://www.worldbank.org',
    tags: ['banca multilateral', 'asistencia técnica'],
    contacts: [
      roleContact('Oficina de país', { position: 'Práctica de Desarrollo Urbano, Resiliencia y Tierras' }),
    ],
    ...overrides,
  });
}

export function europeanUnion(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'ue',
    name: 'Comisión Europea – Dirección General de Asociaciones Internacionales',
    acronym: 'DG INTPA',
    kind: 'multilateral',
    countryCode: 'BE',
    city: 'Bruselas',
    iatiOrgId: 'XI-IATI-EC_INTPA',
    iatiOrgType: '15',
    website: 'https://international-partnerships.ec.europa.eu',
    tags: ['Unión Europea', 'convocatorias', 'autoridades locales'],
    contacts: [
      roleContact('Delegación de la Unión Europea en el país', { position: 'Sección de cooperación' }),
    ],
    ...overrides,
  });
}

export function unesco(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'unesco',
    name: 'Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura',
    acronym: 'UNESCO',
    kind: 'multilateral',
    countryCode: 'FR',
    city: 'París',
    iatiOrgId: 'XM-DAC-41304',
    iatiOrgType: '40',
    website: 'https://www.unesco.org',
    tags: ['Naciones Unidas', 'cultura'],
    contacts: [
      roleContact('Secretaría de la Red de Ciudades Creativas', { position: 'Coordinación de la red' }),
    ],
    ...overrides,
  });
}

export function c40(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'c40',
    name: 'C40 Cities Climate Leadership Group',
    acronym: 'C40',
    kind: 'city_network',
    countryCode: 'GB',
    city: 'Londres',
    iatiOrgId: 'US-EIN-900634376',
    iatiOrgType: '21',
    website: 'https://www.c40.org',
    tags: ['red de ciudades', 'acción climática'],
    contacts: [
      roleContact('Dirección regional para América Latina', { position: 'Relación con ciudades miembro' }),
    ],
    ...overrides,
  });
}

export function uclg(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'cglu',
    name: 'Ciudades y Gobiernos Locales Unidos',
    acronym: 'CGLU',
    kind: 'city_network',
    countryCode: 'ES',
    city: 'Barcelona',
    iatiOrgType: '21',
    website: 'https://www.uclg.org',
    tags: ['red de ciudades', 'municipalismo'],
    contacts: [roleContact('Secretaría Mundial', { position: 'Relación con miembros' })],
    ...overrides,
  });
}

export function metropolis(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'metropolis',
    name: 'Metropolis – Asociación Mundial de las Grandes Metrópolis',
    acronym: 'Metropolis',
    kind: 'city_network',
    countryCode: 'ES',
    city: 'Barcelona',
    iatiOrgType: '21',
    website: 'https://www.metropolis.org',
    tags: ['red de ciudades', 'gobernanza metropolitana'],
    contacts: [roleContact('Secretaría General', { position: 'Relación con miembros' })],
    ...overrides,
  });
}

export function ucci(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'ucci',
    name: 'Unión de Ciudades Capitales Iberoamericanas',
    acronym: 'UCCI',
    kind: 'city_network',
    countryCode: 'ES',
    city: 'Madrid',
    iatiOrgType: '21',
    tags: ['red de ciudades', 'Iberoamérica'],
    contacts: [roleContact('Secretaría General', { position: 'Relación con ciudades miembro' })],
    ...overrides,
  });
}

export function spainForeignMinistry(overrides: Overrides = {}): DemoPartner {
  return demoPartner({
    key: 'gobierno-espana',
    name: 'Ministerio de Asuntos Exteriores, Unión Europea y Cooperación de España',
    acronym: 'MAEUEC',
    kind: 'national_government',
    countryCode: 'ES',
    city: 'Madrid',
    iatiOrgId: 'ES-DIR3-E04585801',
    iatiOrgType: '10',
    website: 'https://www.exteriores.gob.es',
    tags: ['gobierno nacional'],
    ...overrides,
  });
}

/** An embassy in the host country, represented in the partner registry under the sending country. */
export function embassy(options: {
  key: string;
  name: string;
  countryCode: string;
  hostCity: string;
  language: string;
  tags?: string[];
}): DemoPartner {
  return demoPartner({
    key: options.key,
    name: options.name,
    kind: 'embassy_consulate',
    countryCode: options.countryCode,
    city: options.hostCity,
    iatiOrgType: '10',
    tags: ['embajada', ...(options.tags ?? [])],
    contacts: [
      roleContact('Sección de cooperación y asuntos culturales', {
        position: 'Agregaduría de cooperación',
        language: options.language,
      }),
    ],
  });
}
