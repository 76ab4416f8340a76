import { z } from 'zod';
import { openDataLicenseIds } from '../domain/open-data/licenses';

export const openDataLicenseSchema = z.enum(openDataLicenseIds);
export const openDataFormats = ['csv', 'json', 'xlsx'] as const;

export const openDataSettingsSchema = z.object({
  licenseId: openDataLicenseSchema,
  licenseTitle: z.string(),
  licenseUrl: z.string(),
  /** 0 while the government keeps the defaults (no settings saved yet). */
  version: z.number().int(),
});
export type OpenDataSettings = z.infer<typeof openDataSettingsSchema>;

export const openDataSettingsInputSchema = z.object({
  licenseId: openDataLicenseSchema,
  version: z.number().int().min(0),
});
export type OpenDataSettingsInput = z.infer<typeof openDataSettingsInputSchema>;

export const openDataDownloadSchema = z.object({ format: z.string(), url: z.string() });

export const openDataDatasetSchema = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  rowCount: z.number().int(),
  downloads: z.array(openDataDownloadSchema),
});

/** What the signed-in "Datos abiertos" page shows: the licence, the datasets and the catalogue links. */
export const openDataOverviewSchema = z.object({
  /** Whether the files are public: the government's transparency portal is switched on. */
  isPublic: z.boolean(),
  settings: openDataSettingsSchema,
  datasets: z.array(openDataDatasetSchema),
  dataPackageUrl: z.string(),
  catalogUrl: z.string(),
  instanceCatalogUrl: z.string(),
  iatiUrl: z.string().nullable(),
  calendarUrl: z.string(),
});
export type OpenDataOverview = z.infer<typeof openDataOverviewSchema>;

export const openDataSlugParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });
export const openDataFileParamsSchema = openDataSlugParamsSchema.extend({
  file: z.string().regex(/^[a-z-]{1,40}\.(csv|json|xlsx)$/),
});
