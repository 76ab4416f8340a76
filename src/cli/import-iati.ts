// `vinculo import iati FILE --government <slug>`: the same import job the web upload runs, read
// straight from the file (not copied), with progress on the terminal and the skip report at the end.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { createFileJob, runImportJob } from '../server/modules/iati/iati.import';
import type { ImportJobRow } from '../server/modules/iati/iati.queries';
import { findGovernmentBySlug } from '../server/modules/territory/territory.queries';
import type { DatabaseHandle } from '../server/platform/db';
import { translate } from '../server/platform/i18n';

type SkippedEntry = { index: number; identifier: string | null; reason: string };

function describeProgress(job: ImportJobRow): string {
  const percent = job.sizeBytes > 0 ? Math.floor((100 * job.bytesRead) / job.sizeBytes) : 0;
  return `${String(percent).padStart(3)} % · ${job.activitiesSeen} actividades (${job.activitiesImported} importadas, ${job.activitiesSkipped} omitidas)`;
}

/** Groups the skip reasons without their particular values, for a readable summary. */
function groupReasons(skipped: SkippedEntry[]): [string, number][] {
  const groups = new Map<string, number>();
  for (const entry of skipped) {
    const reason = entry.reason.replace(/«[^»]*»/g, '«…»').replace(/^transaction \d+/, 'transaction N');
    groups.set(reason, (groups.get(reason) ?? 0) + 1);
  }
  return [...groups].sort((left, right) => right[1] - left[1]);
}

/** Runs the import and returns the process exit code: 0 completed, 1 failed, 2 bad arguments. */
export async function importIatiCommand(database: DatabaseHandle, file: string, governmentSlug: string) {
  const government = await findGovernmentBySlug(database.db, governmentSlug);
  if (!government) {
    console.error(`No existe el gobierno «${governmentSlug}».`);
    return 2;
  }
  const storagePath = path.resolve(file);
  const size = await stat(storagePath).then(
    (info) => info.size,
    () => null,
  );
  if (size === null) {
    console.error(`No se puede leer el archivo ${storagePath}.`);
    return 2;
  }
  const context = { governmentId: government.id, userId: null };
  const job = await database.db.transaction((tx) =>
    createFileJob(tx, context, { fileName: path.basename(storagePath), storagePath, sizeBytes: size }),
  );
  const isTerminal = process.stderr.isTTY;
  let lastLineAt = 0;
  const finished = await runImportJob(database.db, job.id, {
    workerId: `cli:${process.pid}`,
    onProgress(progress) {
      if (isTerminal) process.stderr.write(`\r${describeProgress(progress)}`);
      else if (Date.now() - lastLineAt > 5000) {
        lastLineAt = Date.now();
        console.error(describeProgress(progress));
      }
    },
  });
  if (isTerminal) process.stderr.write('\n');
  if (!finished) {
    console.error('Otro proceso tomó esta importación.');
    return 1;
  }
  console.log(`${government.name}: ${path.basename(storagePath)} (${(size / 1024 ** 2).toFixed(1)} MB)`);
  console.log(
    `Actividades leídas: ${finished.activitiesSeen} · importadas: ${finished.activitiesImported} · omitidas: ${finished.activitiesSkipped}`,
  );
  const skipped = finished.skipped as SkippedEntry[];
  if (skipped.length > 0) {
    console.log('Partes omitidas y por qué:');
    for (const [reason, count] of groupReasons(skipped))
      console.log(`  ${String(count).padStart(6)} × ${reason}`);
  }
  if (finished.status !== 'completed') {
    const error = finished.error ?? '';
    console.error(
      `La importación falló: ${error.startsWith('validation.') ? translate('es', error) : error}`,
    );
    return 1;
  }
  return 0;
}
