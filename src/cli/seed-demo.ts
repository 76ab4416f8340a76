import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import type { Role } from '../contracts/common';
import type { Stage } from '../contracts/initiatives';
import { todayIn } from '../domain/calendar';
import { territorialUnits } from '../server/db/schema';
import { createApiToken } from '../server/modules/api-tokens/api-tokens.service';
import { createActivity } from '../server/modules/initiatives/activities.service';
import { changeStage, createInitiative } from '../server/modules/initiatives/initiatives.service';
import { createIndicator, createMirRow } from '../server/modules/initiatives/mir.service';
import { addMember } from '../server/modules/members/members.service';
import { addRelation } from '../server/modules/partners/partners.service';
import { requestReport } from '../server/modules/reports/reports.service';
import { queueApply, receiveSheet, runSheetJob } from '../server/modules/spreadsheets/spreadsheets.jobs';
import { importPlan } from '../server/modules/strategy/strategy.service';
import { findGovernmentBySlug, insertGovernment } from '../server/modules/territory/territory.queries';
import { updateTerritorialUnit } from '../server/modules/territory/territory.service';
import { recordAudit } from '../server/platform/audit';
import { analyzeTables, type Database } from '../server/platform/db';
import { generatePassword } from '../server/platform/passwords';
import type { TenantContext } from '../server/platform/tenancy';
import { buildDemoGovernments, type DemoGovernment } from './demo/demo-data';
import type { DemoSheetName } from './demo/demo-files';
import type { DemoInitiative } from './demo/initiatives-types';
import { seedOpenDataDemo } from './demo/open-data-demo';
import { seedPublicationDemo } from './demo/publication-demo';
import { seedAgendaDemo } from './demo/seed-agenda';
import { seedAssociationDemo, seedCapacityDemo } from './demo/seed-capacity';
import { seedIatiCatalogueDemo } from './demo/seed-iati';
import { demoStrategies } from './demo/strategy-demo';
import { seedUtilityDemo } from './demo/utility-demo';

export type DemoCredentials = { email: string; password: string };

export const demoAdminEmail = 'admin@vinculo.demo';

/**
 * The demo accounts share one password, generated once per installation and kept in the data folder
 * (never in the repository), so that it can be printed at every start-up.
 */
export function demoCredentials(dataDir: string): DemoCredentials {
  const file = path.join(dataDir, 'demo-credentials.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoCredentials;
  const credentials = { email: demoAdminEmail, password: process.env.DEMO_PASSWORD ?? generatePassword() };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}

export async function isDemoSeeded(db: Database): Promise<boolean> {
  return (await findGovernmentBySlug(db, 'medellin')) !== null;
}

type SeedOptions = { password: string; passwordHashCost: number; today: Date; uploadsDir: string };

/**
 * Loads the Medellín and Ciudad de México demo, each government in its own transaction. The files
 * of data/demo/ go in through the spreadsheet import (preview, then apply, as the demo admin), so
 * that a record the importer refuses stops the seed with its row and column.
 */
export async function seedDemo(
  db: Database,
  options: {
    password: string;
    passwordHashCost: number;
    today?: Date;
    uploadsDir?: string;
    log?: (line: string) => void;
  },
) {
  const log = options.log ?? (() => undefined);
  const today = options.today ?? new Date();
  // Each imported file is kept there until its import is applied, as an upload would be.
  const uploadsDir = options.uploadsDir ?? mkdtempSync(path.join(tmpdir(), 'vinculo-demo-'));
  let isSeeded = false;
  for (const demo of buildDemoGovernments(today)) {
    if (await findGovernmentBySlug(db, demo.slug)) {
      log(`  ${demo.profile.name}: ya existe, se omite`);
      continue;
    }
    try {
      await db.transaction((tx) => seedGovernment(tx, demo, { ...options, today, uploadsDir }));
    } finally {
      if (!options.uploadsDir) rmSync(uploadsDir, { recursive: true, force: true });
    }
    isSeeded = true;
    log(
      `  ${demo.profile.name}: ${demo.partners.length} contrapartes, ${demo.links.length} vínculos, ${demo.initiatives.length} iniciativas, ${demo.sheets.demands.records.length} demandas y ${demo.sheets.offers.records.length} ofertas de cooperación, ${demo.agenda.events.length} eventos, ${demo.agenda.leads.length} proyectos de inversión`,
    );
  }
  const isAssociationSeeded = await db.transaction((tx) =>
    seedAssociationDemo(tx, { ...options, adminEmail: demoAdminEmail }),
  );
  if (isAssociationSeeded)
    log('  Red de Oficinas de Relaciones Internacionales Locales (demo): Medellín y Ciudad de México');
  if (isSeeded) await analyzeTables(db);
}

async function seedGovernment(db: Database, demo: DemoGovernment, options: SeedOptions) {
  const government = await insertGovernment(db, { slug: demo.slug, ...demo.profile });
  const system = { governmentId: government.id, userId: null };
  await recordAudit(db, system, {
    entityType: 'government',
    entityId: government.id,
    action: 'create',
    after: government,
  });

  const [firstUser, ...otherUsers] = demo.users;
  if (!firstUser) throw new Error(`Demo ${demo.slug} has no users`);
  // The admin exists first, so that everything else is recorded as done by a person.
  const admin = await ensureMember(db, system, firstUser, undefined, options);
  const context: TenantContext = { governmentId: government.id, userId: admin, role: 'admin' };
  const userIds = new Map([[firstUser.email, admin]]);

  const departmentIds = await importDemoSheet(
    db,
    context,
    demo,
    'departments',
    options.uploadsDir,
    demo.departments.flatMap(({ acronym }) => (acronym ? [{ key: acronym, label: acronym }] : [])),
  );
  for (const user of otherUsers) {
    const userId = await ensureMember(
      db,
      { governmentId: government.id, userId: admin },
      user,
      departmentIds.get(user.departmentAcronym ?? ''),
      options,
    );
    userIds.set(user.email, userId);
  }
  await importDemoSheet(db, context, demo, 'territorial-units', options.uploadsDir, []);
  const unitIds = await attachBoundaries(db, context, demo);

  const partnerIds = await importDemoSheet(
    db,
    context,
    demo,
    'partners',
    options.uploadsDir,
    demo.partners.map((partner) => ({ key: partner.key, label: partner.name })),
  );
  const idOf = (key: string) => {
    const id = partnerIds.get(key);
    if (!id) throw new Error(`Demo ${demo.slug}: unknown partner key ${key}`);
    return id;
  };
  for (const relation of demo.relations) {
    await addRelation(db, context, idOf(relation.fromKey), {
      toPartnerId: idOf(relation.toKey),
      kind: relation.kind,
      notes: relation.notes ?? null,
    });
  }
  // The IATI catalogue of the city's country, after the partners: a publisher already among them (by
  // IATI organisation identifier) is recognised, not duplicated.
  await seedIatiCatalogueDemo(db, context, demo.slug, options.uploadsDir);
  // The development plan goes in through the same CSV importer offices use, before the agreements
  // that are aligned to it.
  const strategy = demoStrategies[demo.slug];
  if (strategy) await importPlan(db, context, strategy.planCsv);
  const linkIds = await importDemoSheet(
    db,
    context,
    demo,
    'links',
    options.uploadsDir,
    demo.links.map((link) => ({ key: link.key, label: link.title })),
  );
  // The cooperation demands of departments and communities, and the offers of the donors just
  // imported (found by name), so that the explained matching has something to rank on first start.
  for (const name of ['demands', 'offers'] as const) {
    const titles = demo.sheets[name].records.map(({ input }) => (input as { title: string }).title);
    await importDemoSheet(
      db,
      context,
      demo,
      name,
      options.uploadsDir,
      titles.map((title) => ({ key: title, label: title })),
    );
  }
  const lookup = (map: Map<string, string>, kind: string) => (key: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`Demo ${demo.slug}: unknown ${kind} ${key}`);
    return id;
  };
  const initiativeIds = new Map<string, string>();
  for (const initiative of demo.initiatives) {
    const initiativeId = await seedInitiative(db, context, initiative, {
      partnerId: idOf,
      departmentId: lookup(departmentIds, 'department'),
      unitId: lookup(unitIds, 'territorial unit'),
      linkId: lookup(linkIds, 'link'),
    });
    initiativeIds.set(initiative.key, initiativeId);
  }
  // The indicators' measurements (with their disaggregation) go in through the indicators importer
  // while every initiative is still open, and before the stages that look at them are walked.
  await importDemoSheet(db, context, demo, 'indicators', options.uploadsDir, []);
  for (const initiative of demo.initiatives) {
    await walkToTargetStage(db, context, initiative, lookup(initiativeIds, 'initiative')(initiative.key));
  }
  await seedAgendaDemo(db, context, demo.agenda, {
    partnerIds,
    departmentIds,
    unitIds,
    linkIds,
    initiativeIds,
    userIds,
  });
  await seedUtilityDemo(db, context, demo.slug, options.today, {
    reportingCurrency: demo.profile.reportingCurrency,
    partnerId: idOf,
    initiativeId: lookup(initiativeIds, 'initiative'),
    linkId: lookup(linkIds, 'link'),
    departmentId: lookup(departmentIds, 'department'),
  });
  await seedCapacityDemo(db, context, demo.slug, demo.profile.timezone, options.today);
  // Last year's report to the council, queued: the serving process generates it at start, so the
  // "Informe al concejo" screen has a report to download on first start.
  const lastYear = Number(todayIn(demo.profile.timezone, options.today).slice(0, 4)) - 1;
  await requestReport(db, context, { from: `${lastYear}-01-01`, to: `${lastYear}-12-31`, language: 'es' });
  await seedPublicationDemo(db, context);
  await seedOpenDataDemo(db, context);
  // The integrations page shows what a harvester's token looks like; its secret is thrown away.
  await createApiToken(
    db,
    context,
    { name: demoHarvesterNames[demo.slug] ?? 'Portal de datos abiertos', role: 'viewer', expiresInDays: 180 },
    options.today,
  );
}

const demoHarvesterNames: Record<string, string> = {
  medellin: 'Portal nacional de datos abiertos (datos.gov.co)',
  cdmx: 'Portal de datos abiertos (datos.gob.mx)',
};

type Lookups = Record<'partnerId' | 'departmentId' | 'unitId' | 'linkId', (key: string) => string>;

/**
 * Registers a demo initiative through the same services as the API: its matrix, indicators and
 * activities. Its measurements come from mediciones.csv and its stage later (`walkToTargetStage`).
 */
async function seedInitiative(
  db: Database,
  context: TenantContext,
  demo: DemoInitiative,
  ids: Lookups,
): Promise<string> {
  const { territorialUnitCodes, departments, partners, linkKeys, ...input } = demo.input;
  const initiative = await createInitiative(db, context, {
    planCodes: [],
    ...input,
    territorialUnitIds: territorialUnitCodes.map(ids.unitId),
    departments: departments.map((item) => ({
      departmentId: ids.departmentId(item.acronym),
      role: item.role,
    })),
    partners: partners.map((item) => ({ partnerId: ids.partnerId(item.partnerKey), role: item.role })),
    linkIds: linkKeys.map(ids.linkId),
  });
  const rowIds = new Map<string, string>();
  for (const { key, parentKey, indicators, ...row } of demo.mir) {
    const parentId = row.level === 'activity' && parentKey ? (rowIds.get(parentKey) ?? null) : null;
    const created = await createMirRow(db, context, initiative.id, { ...row, parentId });
    rowIds.set(key, created.id);
    for (const { measurements: _imported, ...indicatorInput } of indicators) {
      await createIndicator(db, context, initiative.id, { ...indicatorInput, mirRowId: created.id });
    }
  }
  for (const { mirKey, ownerDepartmentAcronym, ...activity } of demo.activities) {
    await createActivity(db, context, initiative.id, {
      ...activity,
      mirRowId: mirKey ? (rowIds.get(mirKey) ?? null) : null,
      ownerDepartmentId: ownerDepartmentAcronym ? ids.departmentId(ownerDepartmentAcronym) : null,
    });
  }
  return initiative.id;
}

/**
 * Walks a demo initiative stage by stage to its target: every gate is passed for real, so the demo
 * shows nothing the rules would not allow.
 */
async function walkToTargetStage(
  db: Database,
  context: TenantContext,
  demo: DemoInitiative,
  initiativeId: string,
) {
  const path: Stage[] = ['agenda', 'design', 'implementation', 'evaluation', 'closed'];
  if (demo.targetStage === 'cancelled') {
    await changeStage(db, context, initiativeId, {
      stage: 'cancelled',
      reason: 'Demostración: iniciativa cancelada',
      version: 1,
    });
    return;
  }
  let version = 1;
  for (const stage of path.slice(0, path.indexOf(demo.targetStage as (typeof path)[number]) + 1)) {
    version = (await changeStage(db, context, initiativeId, { stage, version })).version;
  }
}

/** The column that tells the imported records apart inside a government, for each demo file. */
const labelColumns: Partial<Record<DemoSheetName, { table: string; column: string }>> = {
  departments: { table: 'departments', column: 'acronym' },
  'territorial-units': { table: 'territorial_units', column: 'code' },
  partners: { table: 'partners', column: 'name' },
  links: { table: 'links', column: 'title' },
  demands: { table: 'cooperation_demands', column: 'title' },
  offers: { table: 'cooperation_offers', column: 'title' },
};

/**
 * One demo file through the spreadsheet import, as an office uploads it: received and previewed
 * (a job, audited), then applied by the job runner as the demo admin. Any refused row stops the seed.
 * Answers the ids the import gave to `records`, by the key the JSON files use: rows are matched by
 * a label unique in each city's files (a department's acronym, a partner's name, the title of a link,
 * a demand or an offer).
 */
async function importDemoSheet(
  db: Database,
  context: TenantContext,
  demo: DemoGovernment,
  name: DemoSheetName,
  uploadsDir: string,
  records: { key: string; label: string }[],
) {
  const sheet = demo.sheets[name];
  const job = await receiveSheet(db, context, {
    registry: name,
    body: Readable.from([Buffer.from(sheet.text, 'utf8')]),
    fileName: path.basename(sheet.file),
    uploadsDir,
    language: 'es',
  });
  const [error] = (job.preview as { errors: { row: number; column: string; message: string }[] }).errors;
  if (error) throw new Error(`${sheet.file}, fila ${error.row} · ${error.column}: ${error.message}`);
  await queueApply(db, context, name, job.id, 'add');
  const applied = await runSheetJob(db, job.id, { workerId: `demo-seed:${process.pid}` });
  if (applied?.status !== 'completed')
    throw new Error(`${sheet.file}: ${applied?.error ?? 'la importación no se aplicó'}`);
  if (applied.added !== sheet.records.length)
    throw new Error(`${sheet.file}: ${applied.added} de ${sheet.records.length} registros importados`);
  const ids = new Map<string, string>();
  const labelColumn = labelColumns[name];
  if (records.length === 0) return ids;
  if (!labelColumn) throw new Error(`${sheet.file}: no label column to find its records by`);
  const { table, column } = labelColumn;
  const { rows } = (await db.execute(
    sql`select id, ${sql.identifier(column)} as label from ${sql.identifier(table)} where government_id = ${context.governmentId}`,
  )) as unknown as { rows: { id: string; label: string | null }[] };
  const idByLabel = new Map(rows.map((row) => [row.label, row.id]));
  for (const record of records) {
    const id = idByLabel.get(record.label);
    if (!id) throw new Error(`${sheet.file}: «${record.label}» no se importó`);
    ids.set(record.key, id);
  }
  return ids;
}

/** The boundaries of the demo's units (not a spreadsheet column), drawn on the imported units by code. */
async function attachBoundaries(db: Database, context: TenantContext, demo: DemoGovernment) {
  const rows = await db
    .select({ id: territorialUnits.id, code: territorialUnits.code, version: territorialUnits.version })
    .from(territorialUnits)
    .where(eq(territorialUnits.governmentId, context.governmentId));
  const unitIds = new Map<string, string>();
  for (const unit of demo.territorialUnits) {
    const row = rows.find((candidate) => candidate.code === unit.code);
    if (!row || !unit.code)
      throw new Error(`Demo ${demo.slug}: territorial unit ${unit.code} was not imported`);
    await updateTerritorialUnit(db, context, row.id, { ...unit, version: row.version });
    unitIds.set(unit.code, row.id);
  }
  return unitIds;
}

async function ensureMember(
  db: Database,
  actor: { governmentId: string; userId: string | null },
  user: { email: string; name: string; role: Role },
  departmentId: string | undefined,
  options: { password: string; passwordHashCost: number },
): Promise<string> {
  const { user: row } = await addMember(
    db,
    actor,
    {
      email: user.email,
      name: user.name,
      role: user.role,
      password: options.password,
      departmentId: departmentId ?? null,
    },
    options.passwordHashCost,
  );
  return row.id;
}
