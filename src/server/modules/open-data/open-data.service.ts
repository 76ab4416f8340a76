import type { OpenDataOverview, OpenDataSettingsInput } from '../../../contracts/open-data';
import {
  buildDataPackage,
  licenseOf,
  type OpenDataPublisher,
  openDataMaxRows,
} from '../../../domain/open-data/datapackage';
import { buildDcatCatalog, buildDcatDatasets, type ExtraDataset } from '../../../domain/open-data/dcat';
import {
  defaultOpenDataLicense,
  type OpenDataLicenseId,
  openDataLicenseIds,
} from '../../../domain/open-data/licenses';
import { assertRowsMatchSchema } from '../../../domain/open-data/table-schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { NotFoundError, VersionConflictError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import { countPublishedProjects, findGovernment as findIatiGovernment } from '../iati/iati.queries';
import { exportActivities } from '../iati/iati.service';
import { datasets, findDataset, listOfDataset } from './open-data.datasets';
import * as queries from './open-data.queries';
import type { PublishedRecords, PublishedRecordsSource } from './open-data.records';
import { mediaTypes, type OpenDataFormat, writeDataset } from './open-data.writers';

/** What the open data needs from the publication module: the records, and who publishes at all. */
export type OpenDataSource = {
  records: PublishedRecordsSource;
  isPublishing: (db: Database, governmentId: string) => Promise<boolean>;
  publishingGovernmentIds: (db: Database) => Promise<string[]>;
  /** How many records each list publishes: which datasets exceed the bound of a file. */
  countPublished: (
    db: Database,
    governmentId: string,
  ) => Promise<Record<keyof Omit<PublishedRecords, 'truncated'>, number>>;
};

/** The datasets whose files hold only the first `openDataMaxRows` rows (in practice, none). */
async function truncatedDatasets(db: Database, source: OpenDataSource, governmentId: string) {
  const counts = await source.countPublished(db, governmentId);
  return datasets
    .filter((dataset) => counts[listOfDataset[dataset.name]] > openDataMaxRows)
    .map((dataset) => dataset.name);
}

type Government = NonNullable<Awaited<ReturnType<typeof queries.findGovernmentBySlug>>>;

export function openDataBaseUrl(publicUrl: string, slug: string) {
  return `${publicUrl}/api/public/governments/${slug}/open-data`;
}

function isLicenseId(value: string): value is OpenDataLicenseId {
  return (openDataLicenseIds as string[]).includes(value);
}

async function publisherOf(
  db: Database,
  government: Government,
  publicUrl: string,
): Promise<OpenDataPublisher> {
  const settings = await queries.findSettings(db, government.id);
  const licenseId = settings && isLicenseId(settings.licenseId) ? settings.licenseId : defaultOpenDataLicense;
  return {
    slug: government.slug,
    name: government.name,
    countryCode: government.countryCode,
    baseUrl: openDataBaseUrl(publicUrl, government.slug),
    portalUrl: `${publicUrl}/transparencia/${government.slug}`,
    licenseId,
  };
}

/** The government of a public address, if it publishes; any other slug is a plain 404. */
async function findPublishingGovernment(db: Database, source: OpenDataSource, slug: string) {
  const government = await queries.findGovernmentBySlug(db, slug);
  if (!government || !(await source.isPublishing(db, government.id))) throw new NotFoundError();
  return government;
}

/** The Frictionless Data Package of a government's published datasets. */
export async function dataPackageOf(
  db: Database,
  source: OpenDataSource,
  slug: string,
  publicUrl: string,
  now: Date,
) {
  const government = await findPublishingGovernment(db, source, slug);
  return buildDataPackage(
    await publisherOf(db, government, publicUrl),
    datasets,
    now,
    await truncatedDatasets(db, source, government.id),
  );
}

/** One dataset file; every row is checked against its Table Schema before it leaves. */
export async function datasetFile(
  db: Database,
  source: OpenDataSource,
  params: { slug: string; file: string },
  publicUrl: string,
  now: Date,
) {
  const [name, format] = params.file.split('.') as [string, OpenDataFormat];
  const dataset = findDataset(name);
  if (!dataset || !(format in mediaTypes)) throw new NotFoundError();
  const government = await findPublishingGovernment(db, source, params.slug);
  const publisher = await publisherOf(db, government, publicUrl);
  const rows = dataset.rowsOf(await source.records(db, government, now));
  assertRowsMatchSchema(dataset, rows);
  const license = licenseOf(publisher.licenseId);
  return {
    body: await writeDataset(dataset, rows, format, `${license.title} (${license.path})`),
    mediaType: mediaTypes[format],
    fileName: `${government.slug}-${dataset.name}.${format}`,
  };
}

async function extrasOf(db: Database, government: Government, publicUrl: string): Promise<ExtraDataset[]> {
  const base = openDataBaseUrl(publicUrl, government.slug);
  const extras: ExtraDataset[] = [
    {
      name: 'agenda-ical',
      title: 'Agenda internacional (iCalendar)',
      description: 'Los eventos publicados como calendario suscribible.',
      keywords: ['agenda', 'calendario'],
      url: `${publicUrl}/api/public/governments/${government.slug}/calendar.ics`,
      format: 'ics',
    },
  ];
  if (await hasIatiFile(db, government.id))
    extras.push({
      name: 'iati',
      title: 'Proyectos de cooperación (IATI 2.03)',
      description:
        'Los proyectos publicados en el estándar de la Iniciativa Internacional para la Transparencia de la Ayuda.',
      keywords: ['IATI', 'cooperación'],
      url: `${base}/iati-activities.xml`,
      format: 'xml',
    });
  return extras;
}

async function hasIatiFile(db: Database, governmentId: string) {
  const government = await findIatiGovernment(db, { governmentId });
  return Boolean(government?.iatiOrgId) && (await countPublishedProjects(db, { governmentId })) > 0;
}

/** The DCAT-AP catalogue of one government. */
export async function governmentCatalog(
  db: Database,
  source: OpenDataSource,
  slug: string,
  publicUrl: string,
  now: Date,
) {
  const government = await findPublishingGovernment(db, source, slug);
  const publisher = await publisherOf(db, government, publicUrl);
  return buildDcatCatalog(
    {
      url: `${publisher.baseUrl}/catalog.jsonld`,
      title: `Datos abiertos de la acción internacional — ${government.name}`,
      description: `Conjuntos de datos publicados por ${government.name} sobre su acción internacional.`,
      homepage: publisher.portalUrl,
      modifiedAt: now,
    },
    buildDcatDatasets(
      publisher,
      datasets,
      await extrasOf(db, government, publicUrl),
      now,
      await truncatedDatasets(db, source, government.id),
    ),
    { url: publisher.portalUrl, name: government.name },
  );
}

/** The catalogue of the instance: every government that publishes, for a national portal to harvest. */
export async function instanceCatalog(db: Database, source: OpenDataSource, publicUrl: string, now: Date) {
  const all = [];
  for (const governmentId of await source.publishingGovernmentIds(db)) {
    const government = await queries.findGovernmentById(db, governmentId);
    if (!government) continue;
    const publisher = await publisherOf(db, government, publicUrl);
    all.push(
      ...buildDcatDatasets(
        publisher,
        datasets,
        await extrasOf(db, government, publicUrl),
        now,
        await truncatedDatasets(db, source, government.id),
      ),
    );
  }
  return buildDcatCatalog(
    {
      url: `${publicUrl}/api/public/catalog.jsonld`,
      title: 'Datos abiertos de la acción internacional de los gobiernos locales',
      description:
        'Catálogo de los conjuntos de datos que publican los gobiernos de esta instancia de Vínculo.',
      homepage: `${publicUrl}/transparencia`,
      modifiedAt: now,
    },
    all,
    { url: publicUrl, name: 'Vínculo' },
  );
}

/** The public IATI file of the government's published projects (the IATI module's own export). */
export async function iatiFile(db: Database, source: OpenDataSource, slug: string) {
  const government = await findPublishingGovernment(db, source, slug);
  if (!(await hasIatiFile(db, government.id))) throw new NotFoundError();
  return exportActivities(db, { governmentId: government.id });
}

function presentSettings(licenseId: OpenDataLicenseId, version: number) {
  const license = licenseOf(licenseId);
  return { licenseId, licenseTitle: license.title, licenseUrl: license.path, version };
}

/** The signed-in page: licence, datasets with their row counts and download addresses. */
export async function overview(
  db: Database,
  source: OpenDataSource,
  context: TenantContext,
  publicUrl: string,
  now: Date,
): Promise<OpenDataOverview> {
  const government = await queries.findGovernmentById(db, context.governmentId);
  if (!government) throw new NotFoundError();
  const settings = await queries.findSettings(db, government.id);
  const publisher = await publisherOf(db, government, publicUrl);
  const records = await source.records(db, government, now);
  return {
    isPublic: await source.isPublishing(db, government.id),
    settings: presentSettings(publisher.licenseId, settings?.version ?? 0),
    datasets: datasets.map((dataset) => ({
      name: dataset.name,
      title: dataset.title,
      description: dataset.description,
      rowCount: dataset.rowsOf(records).length,
      downloads: (['csv', 'json', 'xlsx'] as const).map((format) => ({
        format,
        url: `${publisher.baseUrl}/${dataset.name}.${format}`,
      })),
    })),
    dataPackageUrl: `${publisher.baseUrl}/datapackage.json`,
    catalogUrl: `${publisher.baseUrl}/catalog.jsonld`,
    instanceCatalogUrl: `${publicUrl}/api/public/catalog.jsonld`,
    iatiUrl: (await hasIatiFile(db, government.id)) ? `${publisher.baseUrl}/iati-activities.xml` : null,
    calendarUrl: `${publicUrl}/api/public/governments/${government.slug}/calendar.ics`,
  };
}

/** The admin chooses the licence of the government's open data; audited, optimistic locking. */
export async function updateSettings(db: Database, context: TenantContext, input: OpenDataSettingsInput) {
  const before = await queries.findSettings(db, context.governmentId);
  const saved = await queries.saveSettings(db, context, { licenseId: input.licenseId }, input.version);
  if (!saved) throw new VersionConflictError(before?.version ?? 0, input.version);
  await recordAudit(db, context, {
    entityType: 'open_data_settings',
    entityId: context.governmentId,
    action: before ? 'update' : 'create',
    before,
    after: saved,
  });
  return presentSettings(saved.licenseId as OpenDataLicenseId, saved.version);
}
