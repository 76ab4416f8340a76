import type {
  DepartmentInput,
  ImportGeoJsonBody,
  TerritorialUnitInput,
  UpdateGovernmentBody,
} from '../../../contracts/territory';
import { departments, territorialUnits } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { fieldError, NotFoundError, ValidationError, VersionConflictError } from '../../platform/errors';
import { setArchived, type TenantContext, updateVersioned } from '../../platform/tenancy';
import { countPublishedProjects } from '../iati/iati.service';
import { isKnownCode } from '../reference/reference.service';
import * as queries from './territory.queries';

export async function getGovernment(db: Database, context: TenantContext) {
  const government = await queries.findGovernment(db, context);
  if (!government) throw new NotFoundError();
  return government;
}

/** Updates the government profile; the country and currency must be official codes. */
export async function updateGovernment(db: Database, context: TenantContext, input: UpdateGovernmentBody) {
  const issues = [];
  if (!isKnownCode('countries', input.countryCode))
    issues.push({ field: 'countryCode', key: 'validation.unknownCountry' });
  if (!isKnownCode('currencies', input.reportingCurrency)) {
    issues.push({ field: 'reportingCurrency', key: 'validation.unknownCurrency' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const before = await getGovernment(db, context);
  // Published identifiers begin with the organisation identifier: changing it under them would
  // publish activities whose identifiers no longer match their reporting organisation.
  const currentOrgId = before.iatiOrgId?.trim() || null;
  if (currentOrgId && currentOrgId !== (input.iatiOrgId?.trim() || null)) {
    const published = await countPublishedProjects(db, context);
    if (published > 0)
      throw fieldError('iatiOrgId', 'iatiRules.orgIdInUse', { count: published, current: currentOrgId });
  }
  const { version, ...values } = input;
  const after = await queries.updateGovernmentVersioned(db, context, version, {
    ...values,
    population: values.population ?? null,
    website: values.website ?? null,
    iatiOrgId: values.iatiOrgId ?? null,
    reminderDaysBefore: values.reminderDaysBefore ?? before.reminderDaysBefore,
    renewalAlertDays: values.renewalAlertDays ?? before.renewalAlertDays,
  });
  if (!after) throw new VersionConflictError(before.version, version);
  await recordAudit(db, context, {
    entityType: 'government',
    entityId: after.id,
    action: 'update',
    before,
    after,
  });
  return after;
}

function unitValues(input: TerritorialUnitInput) {
  return {
    code: input.code ?? null,
    name: input.name,
    kind: input.kind,
    population: input.population ?? null,
    geometry: input.geometry ?? null,
  };
}

async function assertUnitCodeFree(
  db: Database,
  context: TenantContext,
  code: string | null | undefined,
  exceptId?: string,
) {
  if (!code) return;
  const existing = await queries.findTerritorialUnitByCode(db, context, code);
  if (existing && existing.id !== exceptId) throw fieldError('code', 'validation.codeTaken');
}

export async function createTerritorialUnit(
  db: Database,
  context: TenantContext,
  input: TerritorialUnitInput,
) {
  await assertUnitCodeFree(db, context, input.code);
  const unit = await queries.insertTerritorialUnit(db, {
    ...unitValues(input),
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'territorial_unit',
    entityId: unit.id,
    action: 'create',
    after: unit,
  });
  return unit;
}

export async function getTerritorialUnit(db: Database, context: TenantContext, id: string) {
  const unit = await queries.findTerritorialUnit(db, context, id);
  if (!unit) throw new NotFoundError();
  return unit;
}

export async function updateTerritorialUnit(
  db: Database,
  context: TenantContext,
  id: string,
  input: TerritorialUnitInput & { version: number },
) {
  const before = await getTerritorialUnit(db, context, id);
  await assertUnitCodeFree(db, context, input.code, id);
  const after = await updateVersioned(db, territorialUnits, context, id, input.version, unitValues(input));
  await recordAudit(db, context, {
    entityType: 'territorial_unit',
    entityId: id,
    action: 'update',
    before,
    after,
  });
  return after;
}

/** Archive (soft delete) or restore: the record stays for the audit trail and can come back. */
export async function setTerritorialUnitArchived(
  db: Database,
  context: TenantContext,
  id: string,
  version: number,
  isArchived: boolean,
) {
  const before = await getTerritorialUnit(db, context, id);
  return setArchived(
    db,
    territorialUnits,
    context,
    { type: 'territorial_unit', id, before },
    version,
    isArchived,
  );
}

function readProperty(properties: Record<string, unknown> | null, name: string | undefined): unknown {
  if (!properties || !name) return undefined;
  return properties[name];
}

/**
 * Imports the features of a GeoJSON file as territorial units, in one transaction: a unit whose code
 * already exists is updated (geometry, name, population), others are created; features without a
 * name or geometry are reported as skipped, never half-saved.
 */
export async function importTerritorialUnits(db: Database, context: TenantContext, input: ImportGeoJsonBody) {
  const result = { created: 0, updated: 0, skipped: [] as { index: number; reason: string }[] };
  for (const [index, feature] of input.featureCollection.features.entries()) {
    const rawName = readProperty(feature.properties, input.nameProperty);
    const name = typeof rawName === 'string' || typeof rawName === 'number' ? String(rawName).trim() : '';
    if (!name) {
      result.skipped.push({ index, reason: 'missingName' });
      continue;
    }
    // The same bounds as a unit typed in the form: a 1 MB "name" is skipped and reported, not stored.
    if (name.length > 200) {
      result.skipped.push({ index, reason: 'input.nameTooLong' });
      continue;
    }
    if (!feature.geometry) {
      result.skipped.push({ index, reason: 'missingGeometry' });
      continue;
    }
    const rawCode = readProperty(feature.properties, input.codeProperty);
    const code = rawCode === undefined || rawCode === null || rawCode === '' ? null : String(rawCode).trim();
    if (code && code.length > 40) {
      result.skipped.push({ index, reason: 'input.codeTooLong' });
      continue;
    }
    const rawPopulation = Number(readProperty(feature.properties, input.populationProperty));
    const population = Number.isInteger(rawPopulation) && rawPopulation >= 0 ? rawPopulation : null;
    const existing = code ? await queries.findTerritorialUnitByCode(db, context, code) : null;
    const values = { code, name, kind: input.kind, geometry: feature.geometry, population };
    if (existing) {
      const after = await updateVersioned(db, territorialUnits, context, existing.id, existing.version, {
        ...values,
        population: population ?? existing.population,
      });
      await recordAudit(db, context, {
        entityType: 'territorial_unit',
        entityId: existing.id,
        action: 'import',
        before: existing,
        after,
      });
      result.updated += 1;
    } else {
      const unit = await queries.insertTerritorialUnit(db, {
        ...values,
        governmentId: context.governmentId,
        createdBy: context.userId,
        updatedBy: context.userId,
      });
      await recordAudit(db, context, {
        entityType: 'territorial_unit',
        entityId: unit.id,
        action: 'import',
        after: unit,
      });
      result.created += 1;
    }
  }
  return result;
}

export async function createDepartment(db: Database, context: TenantContext, input: DepartmentInput) {
  const department = await queries.insertDepartment(db, {
    name: input.name,
    acronym: input.acronym ?? null,
    headName: input.headName ?? null,
    email: input.email ?? null,
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'department',
    entityId: department.id,
    action: 'create',
    after: department,
  });
  return department;
}

export async function getDepartment(db: Database, context: TenantContext, id: string) {
  const department = await queries.findDepartment(db, context, id);
  if (!department) throw new NotFoundError();
  return department;
}

export async function updateDepartment(
  db: Database,
  context: TenantContext,
  id: string,
  input: DepartmentInput & { version: number },
) {
  const before = await getDepartment(db, context, id);
  const after = await updateVersioned(db, departments, context, id, input.version, {
    name: input.name,
    acronym: input.acronym ?? null,
    headName: input.headName ?? null,
    email: input.email ?? null,
  });
  await recordAudit(db, context, { entityType: 'department', entityId: id, action: 'update', before, after });
  return after;
}

export async function setDepartmentArchived(
  db: Database,
  context: TenantContext,
  id: string,
  version: number,
  isArchived: boolean,
) {
  const before = await getDepartment(db, context, id);
  return setArchived(db, departments, context, { type: 'department', id, before }, version, isArchived);
}

export { findDepartments, findMappedUnits, findTerritorialUnits } from './territory.queries';
