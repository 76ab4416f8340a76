import type { OpenDataPublisher } from './datapackage';
import { describeBounded, licenseOf } from './datapackage';
import type { DatasetDefinition } from './table-schema';

/**
 * A DCAT-AP catalogue in JSON-LD (https://www.w3.org/TR/vocab-dcat-3/, DCAT-AP 2/3): what CKAN's
 * ckanext-dcat harvester reads (datos.gov.co and datos.gob.mx run CKAN). File types and languages
 * use the EU Publications Office vocabularies DCAT-AP requires; media types IANA's.
 */
export const dcatContext = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
};

const fileTypes = {
  csv: { type: 'CSV', media: 'text/csv' },
  json: { type: 'JSON', media: 'application/json' },
  xlsx: { type: 'XLSX', media: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  xml: { type: 'XML', media: 'application/xml' },
  ics: { type: 'ICS', media: 'text/calendar' },
} as const;
type FileType = keyof typeof fileTypes;

const spanish = { '@id': 'http://publications.europa.eu/resource/authority/language/SPA' };

function text(value: string) {
  return { '@value': value, '@language': 'es' };
}

/**
 * The publisher as an agent with an IRI of its own: the portal's page (or the instance's home) is
 * the agent's homepage and the datasets' landing page, a document — were it the agent's IRI too, the
 * RDF would say that the web page is the government.
 */
function agent(homepage: string, name: string) {
  return {
    '@id': `${homepage}#publisher`,
    '@type': 'foaf:Agent',
    'foaf:name': name,
    'foaf:homepage': { '@id': homepage },
  };
}

function dateTime(value: Date) {
  return { '@value': value.toISOString(), '@type': 'xsd:dateTime' };
}

function distribution(url: string, title: string, format: FileType, licensePath: string) {
  return {
    '@id': url,
    '@type': 'dcat:Distribution',
    'dct:title': text(title),
    'dcat:accessURL': { '@id': url },
    'dcat:downloadURL': { '@id': url },
    'dct:format': {
      '@id': `http://publications.europa.eu/resource/authority/file-type/${fileTypes[format].type}`,
    },
    'dcat:mediaType': { '@id': `https://www.iana.org/assignments/media-types/${fileTypes[format].media}` },
    'dct:license': { '@id': licensePath },
  };
}

/** A feed or file that is not one of the tabular datasets: the IATI file, the iCal agenda. */
export type ExtraDataset = {
  name: string;
  title: string;
  description: string;
  keywords: string[];
  url: string;
  format: FileType;
};

/** The DCAT datasets of one government: each tabular dataset in three formats, then the extras. */
export function buildDcatDatasets(
  publisher: OpenDataPublisher,
  datasets: readonly DatasetDefinition[],
  extras: readonly ExtraDataset[],
  modifiedAt: Date,
  truncated: readonly string[] = [],
) {
  const license = licenseOf(publisher.licenseId).path;
  const publishedBy = agent(publisher.portalUrl, publisher.name);
  const common = (name: string, title: string, description: string, keywords: string[]) => ({
    '@id': `${publisher.baseUrl}#${name}`,
    '@type': 'dcat:Dataset',
    'dct:identifier': `${publisher.slug}/${name}`,
    'dct:title': text(`${title} — ${publisher.name}`),
    'dct:description': text(description),
    'dct:publisher': publishedBy,
    'dct:language': spanish,
    'dct:modified': dateTime(modifiedAt),
    'dct:license': { '@id': license },
    'dct:accessRights': { '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC' },
    'dct:spatial': {
      '@id': `http://publications.europa.eu/resource/authority/country/${alpha3(publisher.countryCode)}`,
    },
    'dcat:keyword': keywords.map(text),
    'dcat:landingPage': { '@id': publisher.portalUrl },
    'dcat:contactPoint': {
      '@type': 'vcard:Organization',
      'vcard:fn': publisher.name,
      'vcard:hasURL': { '@id': publisher.portalUrl },
    },
  });
  return [
    ...datasets.map((dataset) => ({
      ...common(
        dataset.name,
        dataset.title,
        describeBounded(dataset.description, truncated.includes(dataset.name)),
        ['acción internacional', dataset.title],
      ),
      'dct:conformsTo': { '@id': `${publisher.baseUrl}/datapackage.json` },
      'dcat:distribution': (['csv', 'json', 'xlsx'] as const).map((format) =>
        distribution(
          `${publisher.baseUrl}/${dataset.name}.${format}`,
          `${dataset.title} (${format.toUpperCase()})`,
          format,
          license,
        ),
      ),
    })),
    ...extras.map((extra) => ({
      ...common(extra.name, extra.title, extra.description, extra.keywords),
      'dcat:distribution': [distribution(extra.url, extra.title, extra.format, license)],
    })),
  ];
}

/** A catalogue: of one government, or of the instance (every government that publishes). */
export function buildDcatCatalog(
  catalog: { url: string; title: string; description: string; homepage: string; modifiedAt: Date },
  datasets: readonly unknown[],
  /** `url`: the publisher's home page. */
  publisher: { url: string; name: string },
) {
  return {
    '@context': dcatContext,
    '@id': catalog.url,
    '@type': 'dcat:Catalog',
    'dct:title': text(catalog.title),
    'dct:description': text(catalog.description),
    'dct:publisher': agent(publisher.url, publisher.name),
    'dct:language': spanish,
    'dct:modified': dateTime(catalog.modifiedAt),
    'foaf:homepage': { '@id': catalog.homepage },
    'dcat:dataset': datasets,
  };
}

/** ISO 3166 alpha-2 to the alpha-3 the EU country vocabulary uses, for the countries Vínculo serves. */
const alpha3Codes: Record<string, string> = {
  AR: 'ARG',
  BO: 'BOL',
  BR: 'BRA',
  CL: 'CHL',
  CO: 'COL',
  CR: 'CRI',
  EC: 'ECU',
  ES: 'ESP',
  GT: 'GTM',
  MX: 'MEX',
  PA: 'PAN',
  PE: 'PER',
  PT: 'PRT',
  PY: 'PRY',
  SV: 'SLV',
  UY: 'URY',
  US: 'USA',
  DO: 'DOM',
  HN: 'HND',
  NI: 'NIC',
  VE: 'VEN',
  CU: 'CUB',
};

function alpha3(code: string): string {
  return alpha3Codes[code] ?? code;
}
