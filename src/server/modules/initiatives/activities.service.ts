import type { ActivityInput } from '../../../contracts/initiatives';
import { activities, departments } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors';
import { findIdsInTenant, type TenantContext, updateVersioned } from '../../platform/tenancy';
import * as queries from './initiatives.queries';
import { assertOpen, canReportOn, getInitiativeRow } from './initiatives.service';

async function checkActivity(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  input: ActivityInput,
) {
  const issues: FieldIssue[] = [];
  if (input.mirRowId) {
    const row = await queries.findMirRow(db, context, initiativeId, input.mirRowId);
    if (row?.level !== 'activity') issues.push({ field: 'mirRowId', key: 'validation.invalidParent' });
  }
  if (input.ownerDepartmentId) {
    const existing = await findIdsInTenant(db, departments, context, [input.ownerDepartmentId]);
    if (!existing.has(input.ownerDepartmentId))
      issues.push({ field: 'ownerDepartmentId', key: 'validation.unknownDepartment' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

function activityValues(input: ActivityInput) {
  return {
    title: input.title,
    description: input.description ?? null,
    kind: input.kind,
    mirRowId: input.mirRowId ?? null,
    ownerDepartmentId: input.ownerDepartmentId ?? null,
    ownerName: input.ownerName ?? null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    status: input.status,
    progressPercent: input.progressPercent,
  };
}

export async function listActivities(db: Database, context: TenantContext, initiativeId: string) {
  await getInitiativeRow(db, context, initiativeId);
  const design = await queries.findDesign(db, context, [initiativeId]);
  return design.activityRows;
}

export async function createActivity(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  input: ActivityInput,
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  await checkActivity(db, context, initiativeId, input);
  const activity = await queries.insertActivity(db, {
    ...activityValues(input),
    initiativeId,
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'activity',
    entityId: activity.id,
    action: 'create',
    after: activity,
  });
  return activity;
}

async function getActivity(db: Database, context: TenantContext, initiativeId: string, activityId: string) {
  const activity = await queries.findActivity(db, context, initiativeId, activityId);
  if (!activity) throw new NotFoundError();
  return activity;
}

export async function updateActivity(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  activityId: string,
  input: ActivityInput & { version: number },
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const before = await getActivity(db, context, initiativeId, activityId);
  await checkActivity(db, context, initiativeId, input);
  const after = await updateVersioned(
    db,
    activities,
    context,
    activityId,
    input.version,
    activityValues(input),
  );
  await recordAudit(db, context, {
    entityType: 'activity',
    entityId: activityId,
    action: 'update',
    before,
    after,
  });
  return after;
}

export async function deleteActivity(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  activityId: string,
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const before = await getActivity(db, context, initiativeId, activityId);
  await queries.deleteActivity(db, context, activityId);
  await recordAudit(db, context, { entityType: 'activity', entityId: activityId, action: 'delete', before });
}

/**
 * Status and progress, the part of an activity a liaison reports: allowed when the activity is owned
 * by their department or the initiative involves it.
 */
export async function reportActivityProgress(
  db: Database,
  context: TenantContext,
  initiativeId: string,
  activityId: string,
  input: { status: ActivityInput['status']; progressPercent: number; version: number },
) {
  assertOpen(await getInitiativeRow(db, context, initiativeId));
  const before = await getActivity(db, context, initiativeId, activityId);
  const { departmentRows } = await queries.findRelations(db, context, [initiativeId]);
  const involved = [
    ...departmentRows.map((row) => row.departmentId),
    ...(before.ownerDepartmentId ? [before.ownerDepartmentId] : []),
  ];
  if (!canReportOn(context, involved)) throw new ForbiddenError();
  const after = await updateVersioned(db, activities, context, activityId, input.version, {
    status: input.status,
    progressPercent: input.progressPercent,
  });
  await recordAudit(db, context, {
    entityType: 'activity',
    entityId: activityId,
    action: 'update',
    before: { status: before.status, progressPercent: before.progressPercent },
    after: { status: after.status, progressPercent: after.progressPercent },
  });
  return after;
}
