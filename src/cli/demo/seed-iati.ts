// The demo's IATI catalogue: real activities of the city's country (data/demo/<city>/catalogo-iati.xml,
// extracted whole from publishers' files by scripts/vendor-demo-iati.mjs), imported as an office
// imports a file: uploaded, then run as an import job by the demo admin, audited.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runImportJob } from '../../server/modules/iati/iati.import';
import { receiveUpload } from '../../server/modules/iati/iati.upload';
import type { Database } from '../../server/platform/db';
import type { TenantContext } from '../../server/platform/tenancy';

// src/cli/demo → repository root → data/demo
const demoDataDirectory = fileURLToPath(new URL('../../../data/demo/', import.meta.url));

export const demoIatiFileName = 'catalogo-iati.xml';

export function demoIatiFile(slug: string) {
  return path.join(demoDataDirectory, slug, demoIatiFileName);
}

/**
 * Imports the city's IATI file through the same upload and import job as the "Catálogo IATI" screen.
 * A failed job, or an activity the import leaves out, stops the seed with the job's reason.
 */
export async function seedIatiCatalogueDemo(
  db: Database,
  context: TenantContext,
  slug: string,
  uploadsDir: string,
) {
  const file = demoIatiFile(slug);
  const where = `data/demo/${slug}/${demoIatiFileName}`;
  const { size } = await stat(file);
  const uploaded = await receiveUpload(db, context, {
    body: createReadStream(file),
    fileName: demoIatiFileName,
    declaredSize: size,
    uploadsDir,
  });
  const job = await runImportJob(db, uploaded.id, { workerId: `demo-seed:${process.pid}`, uploadsDir });
  if (job?.status !== 'completed')
    throw new Error(`${where}: ${job?.error ?? 'la importación IATI no se completó'}`);
  if (job.activitiesImported === 0 || job.activitiesSkipped > 0)
    throw new Error(
      `${where}: ${job.activitiesImported} actividades importadas, ${job.activitiesSkipped} omitidas`,
    );
  return job;
}
