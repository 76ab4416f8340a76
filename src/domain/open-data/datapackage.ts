import { csvDialect } from './csv';
import { type OpenDataLicenseId, openDataLicenses } from './licenses';
import type { DatasetDefinition } from './table-schema';

export type OpenDataPublisher = {
  slug: string;
  name: string;
  countryCode: string;
  /** The government's open-data folder: `<publicUrl>/api/public/governments/<slug>/open-data`. */
  baseUrl: string;
  portalUrl: string;
  licenseId: OpenDataLicenseId;
};

/**
 * The explicit bound of one download: every published row up to this many per dataset (read in
 * batches). A government that ever publishes more gets the first ones by id, and the package says so.
 */
export const openDataMaxRows = 100_000;

/**
 * A dataset's description with the bound of its files, so a harvester knows whether a file is
 * complete; a dataset whose records exceed the bound says its files hold only the first ones.
 */
export function describeBounded(description: string, isTruncated = false) {
  const bound = new Intl.NumberFormat('es').format(openDataMaxRows);
  return isTruncated
    ? `${description} INCOMPLETO: hay más filas publicadas que el máximo de ${bound} por archivo; el archivo contiene solo las primeras ${bound}.`
    : `${description} Contiene todas las filas publicadas, hasta ${bound} por archivo.`;
}

export function licenseOf(licenseId: OpenDataLicenseId) {
  const license = openDataLicenses[licenseId];
  return { name: licenseId, path: license.path, title: license.title };
}

/**
 * The Frictionless Data Package (tabular profile, spec v1) of a government's published datasets: one
 * CSV resource per dataset with its Table Schema. Paths are relative to the descriptor, as the spec
 * advises, so the package validates wherever the instance lives.
 */
export function buildDataPackage(
  publisher: OpenDataPublisher,
  datasets: readonly DatasetDefinition[],
  generatedAt: Date,
  truncated: readonly string[] = [],
) {
  return {
    profile: 'tabular-data-package',
    name: `vinculo-${publisher.slug}`,
    id: `${publisher.baseUrl}/datapackage.json`,
    title: `Acción internacional — ${publisher.name}`,
    description:
      `Registros publicados por ${publisher.name} sobre su acción internacional: vínculos, agenda con ` +
      'costos, compromisos, iniciativas con indicadores, proyectos de cooperación con financiación y ' +
      'posicionamientos. Sin datos personales.',
    homepage: publisher.portalUrl,
    created: generatedAt.toISOString(),
    licenses: [licenseOf(publisher.licenseId)],
    contributors: [{ title: publisher.name, role: 'publisher', path: publisher.portalUrl }],
    keywords: ['acción internacional', 'cooperación internacional', 'transparencia', publisher.countryCode],
    resources: datasets.map((dataset) => ({
      profile: 'tabular-data-resource',
      name: dataset.name,
      path: `${dataset.name}.csv`,
      title: dataset.title,
      description: describeBounded(dataset.description, truncated.includes(dataset.name)),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: csvDialect,
      schema: dataset.schema,
    })),
  };
}
