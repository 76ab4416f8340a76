import type { CommitmentInput } from '../../../contracts/agenda';
import { effectiveStatus, mayReportOnCommitment } from '../../../domain/commitments';
import { todayIn } from '../../../domain/link-lifecycle';
import {
  commitments,
  departments,
  events,
  initiatives,
  investmentLeads,
  links,
  partners,
} from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors';
import { findIdsInTenant, type TenantContext, updateVersioned } from '../../platform/tenancy';
import * as queries from './agenda.queries';
import { scheduleCommitmentReminders } from './reminders.service';

export async function todayForGovernment(db: Database, context: TenantContext) {
  return todayIn((await queries.findGovernmentSettings(db, context)).timezone);
}

/** Every reference must belong to this government; the owner person must be one of its members. */
async function checkCommitment(db: Database, context: TenantContext, input: CommitmentInput) {
  const issues: FieldIssue[] = [];
  const check = async (
    table: typeof departments | typeof events | typeof links | typeof partners,
    id: string | null | undefined,
    field: string,
    key: string,
  ) => {
    if (id && !(await findIdsInTenant(db, table, context, [id])).has(id)) issues.push({ field, key });
  };
  await check(departments, input.ownerDepartmentId, 'ownerDepartmentId', 'validation.unknownDepartment');
  await check(events, input.eventId, 'eventId', 'validation.unknownEvent');
  await check(links, input.linkId, 'linkId', 'validation.unknownLink');
  await check(partners, input.counterpartPartnerId, 'counterpartPartnerId', 'validation.unknownPartner');
  let ownerEmail: string | null = null;
  if (input.ownerUserId) {
    const member = (await queries.findMemberEmails(db, context, [input.ownerUserId])).get(input.ownerUserId);
    if (!member) issues.push({ field: 'ownerUserId', key: 'validation.unknownUser' });
    ownerEmail = member?.email ?? null;
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return ownerEmail;
}

async function reschedule(db: Database, context: TenantContext, commitment: queries.CommitmentRow) {
  const settings = await queries.findGovernmentSettings(db, context);
  await scheduleCommitmentReminders(db, commitment, settings, commitment.ownerEmail);
}

function commitmentValues(input: CommitmentInput, ownerEmail: string | null) {
  return {
    title: input.title,
    description: input.description ?? null,
    eventId: input.eventId ?? null,
    linkId: input.linkId ?? null,
    ownerDepartmentId: input.ownerDepartmentId,
    ownerUserId: input.ownerUserId ?? null,
    ownerName: input.ownerName,
    ownerEmail,
    counterpartPartnerId: input.counterpartPartnerId ?? null,
    dueDate: input.dueDate,
  };
}

/** Registers a commitment and plans its reminders, in the caller's transaction. */
export async function createCommitment(db: Database, context: TenantContext, input: CommitmentInput) {
  const ownerEmail = await checkCommitment(db, context, input);
  const commitment = await queries.insertCommitment(db, {
    ...commitmentValues(input, ownerEmail),
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await reschedule(db, context, commitment);
  await recordAudit(db, context, {
    entityType: 'commitment',
    entityId: commitment.id,
    action: 'create',
    after: commitment,
  });
  return commitment;
}

export async function getCommitment(db: Database, context: TenantContext, id: string) {
  const found = await queries.findCommitment(db, context, id);
  if (!found) throw new NotFoundError();
  return found;
}

export async function updateCommitment(
  db: Database,
  context: TenantContext,
  id: string,
  input: CommitmentInput & { version: number },
) {
  const before = await getCommitment(db, context, id);
  const ownerEmail = await checkCommitment(db, context, input);
  const after = await updateVersioned(
    db,
    commitments,
    context,
    id,
    input.version,
    commitmentValues(input, ownerEmail),
  );
  await reschedule(db, context, after);
  await recordAudit(db, context, {
    entityType: 'commitment',
    entityId: id,
    action: 'update',
    before: before.commitment,
    after,
  });
  return after;
}

/** A liaison reports on the commitments of their department or of their own; the office on all. */
function assertMayReport(context: TenantContext, commitment: queries.CommitmentRow) {
  if (!mayReportOnCommitment(context, commitment)) throw new ForbiddenError();
}

type StatusInput = {
  status: 'pending' | 'in_progress' | 'fulfilled' | 'cancelled';
  evidenceDescription?: string | null | undefined;
  evidenceUrl?: string | null | undefined;
  fulfilledOn?: string | null | undefined;
  cancelReason?: string | null | undefined;
  resultingInitiativeId?: string | null | undefined;
  resultingLeadId?: string | null | undefined;
  version: number;
};

/**
 * Moves a commitment: fulfilled with its evidence (and what it became), cancelled with a reason, or
 * back to open. Reminders follow: none for a closed commitment, a fresh plan for a reopened one.
 */
export async function changeCommitmentStatus(
  db: Database,
  context: TenantContext,
  id: string,
  input: StatusInput,
) {
  const before = await getCommitment(db, context, id);
  assertMayReport(context, before.commitment);
  const issues: FieldIssue[] = [];
  if (
    input.resultingInitiativeId &&
    !(await findIdsInTenant(db, initiatives, context, [input.resultingInitiativeId])).has(
      input.resultingInitiativeId,
    )
  ) {
    issues.push({ field: 'resultingInitiativeId', key: 'validation.unknownInitiative' });
  }
  if (
    input.resultingLeadId &&
    !(await findIdsInTenant(db, investmentLeads, context, [input.resultingLeadId])).has(input.resultingLeadId)
  ) {
    issues.push({ field: 'resultingLeadId', key: 'validation.unknownLead' });
  }
  const today = await todayForGovernment(db, context);
  if (input.status === 'fulfilled' && input.fulfilledOn && input.fulfilledOn > today) {
    issues.push({ field: 'fulfilledOn', key: 'validation.measurementInFuture' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
  const isFulfilled = input.status === 'fulfilled';
  const after = await updateVersioned(db, commitments, context, id, input.version, {
    status: input.status,
    evidenceDescription: isFulfilled
      ? (input.evidenceDescription ?? null)
      : before.commitment.evidenceDescription,
    evidenceUrl: isFulfilled ? (input.evidenceUrl ?? null) : before.commitment.evidenceUrl,
    fulfilledOn: isFulfilled ? (input.fulfilledOn ?? today) : null,
    cancelReason: input.status === 'cancelled' ? (input.cancelReason ?? null) : null,
    resultingInitiativeId: input.resultingInitiativeId ?? before.commitment.resultingInitiativeId,
    resultingLeadId: input.resultingLeadId ?? before.commitment.resultingLeadId,
  });
  await reschedule(db, context, after);
  await recordAudit(db, context, {
    entityType: 'commitment',
    entityId: id,
    action: 'status_change',
    before: { status: effectiveStatus(before.commitment, today) },
    after: { status: after.status, evidenceUrl: after.evidenceUrl, cancelReason: after.cancelReason },
  });
  return after;
}

export async function listCommitments(
  db: Database,
  context: TenantContext,
  filter: Omit<queries.CommitmentFilter, 'ownerUserId'> & { mine: boolean },
) {
  const today = await todayForGovernment(db, context);
  const { mine, ...rest } = filter;
  const result = await queries.findCommitments(
    db,
    context,
    { ...rest, ...(mine ? { ownerUserId: context.userId } : {}) },
    today,
  );
  return { ...result, today };
}
