import type { EventInput } from '../../../contracts/agenda';
import { commitments, departments, events, initiatives, links, partners } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { type FieldIssue, NotFoundError, ValidationError } from '../../platform/errors';
import { findIdsInTenant, setArchived, type TenantContext, updateVersioned } from '../../platform/tenancy';
import { setPublishedFromForm } from '../publication/publication.service';
import { isKnownCode } from '../reference/reference.service';
import { checkAlignment } from '../strategy/strategy.service';
import * as queries from './agenda.queries';
import { todayForGovernment } from './commitments.service';
import { scheduleCommitmentReminders } from './reminders.service';

async function checkEvent(db: Database, context: TenantContext, input: EventInput) {
  const issues: FieldIssue[] = [];
  if (input.countryCode && !isKnownCode('countries', input.countryCode))
    issues.push({ field: 'countryCode', key: 'validation.unknownCountry' });
  const checkIds = async (
    table: typeof links | typeof initiatives | typeof partners,
    ids: string[],
    field: string,
    key: string,
  ) => {
    const existing = await findIdsInTenant(db, table, context, ids);
    ids.forEach((id, index) => {
      if (!existing.has(id)) issues.push({ field: `${field}.${index}`, key });
    });
  };
  await checkIds(links, input.linkIds, 'linkIds', 'validation.unknownLink');
  await checkIds(initiatives, input.initiativeIds, 'initiativeIds', 'validation.unknownInitiative');
  const partnerIds = input.participants
    .map((participant) => participant.partnerId)
    .filter((id): id is string => Boolean(id));
  const existingPartners = await findIdsInTenant(db, partners, context, partnerIds);
  const userIds = input.participants
    .map((participant) => participant.userId)
    .filter((id): id is string => Boolean(id));
  const members = await queries.findMemberEmails(db, context, userIds);
  const departmentIds = input.participants
    .map((participant) => participant.departmentId)
    .filter((id): id is string => Boolean(id));
  const existingDepartments = await findIdsInTenant(db, departments, context, departmentIds);
  const contactIds = input.participants
    .map((participant) => participant.partnerContactId)
    .filter((id): id is string => Boolean(id));
  const contactPartners = await queries.findContactPartners(db, context, contactIds);
  input.participants.forEach((participant, index) => {
    if (participant.partnerId && !existingPartners.has(participant.partnerId)) {
      issues.push({ field: `participants.${index}.partnerId`, key: 'validation.unknownPartner' });
    }
    if (participant.userId && !members.has(participant.userId))
      issues.push({ field: `participants.${index}.userId`, key: 'validation.unknownUser' });
    if (participant.departmentId && !existingDepartments.has(participant.departmentId))
      issues.push({ field: `participants.${index}.departmentId`, key: 'validation.unknownDepartment' });
    // A contact is a person of one partner: it must exist here, and be of the participant's partner.
    if (participant.partnerContactId) {
      const contactPartner = contactPartners.get(participant.partnerContactId);
      if (!contactPartner || (participant.partnerId && contactPartner !== participant.partnerId))
        issues.push({ field: `participants.${index}.partnerContactId`, key: 'input.unknownContact' });
    }
  });
  input.costs.forEach((cost, index) => {
    if (!isKnownCode('currencies', cost.currency))
      issues.push({ field: `costs.${index}.currency`, key: 'validation.unknownCurrency' });
  });
  issues.push(...(await checkAlignment(db, context, input)));
  if (issues.length > 0) throw new ValidationError(issues);
}

function eventValues(input: EventInput) {
  return {
    title: input.title,
    kind: input.kind,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    timezone: input.timezone,
    city: input.city ?? null,
    countryCode: input.countryCode ?? null,
    venue: input.venue ?? null,
    strategyLine: input.strategyLine ?? null,
    themes: [...new Set(input.themes)],
    planCodes: [...new Set(input.planCodes)],
    sdgGoals: [...new Set(input.sdgGoals)].sort((a, b) => Number(a) - Number(b)),
    objectives: input.objectives ?? null,
    outcomes: input.outcomes ?? null,
    minutes: input.minutes ?? null,
  };
}

function childValues(input: EventInput) {
  return {
    participants: input.participants.map((participant) => ({
      side: participant.side,
      name: participant.name,
      position: participant.position ?? null,
      userId: participant.userId ?? null,
      departmentId: participant.departmentId ?? null,
      partnerId: participant.partnerId ?? null,
      partnerContactId: participant.partnerContactId ?? null,
    })),
    costs: input.costs.map((cost) => ({ ...cost, description: cost.description ?? null })),
    linkIds: [...new Set(input.linkIds)],
    initiativeIds: [...new Set(input.initiativeIds)],
  };
}

/** Registers an event with its participants, costs and related links and initiatives. */
export async function createEvent(db: Database, context: TenantContext, input: EventInput) {
  await checkEvent(db, context, input);
  const event = await queries.insertEvent(db, {
    ...eventValues(input),
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  const children = childValues(input);
  await queries.replaceEventChildren(db, context, event.id, children);
  await recordAudit(db, context, {
    entityType: 'event',
    entityId: event.id,
    action: 'create',
    after: { ...event, ...children },
  });
  // Publication goes through its approval: an admin publishes, a coordinator proposes.
  await setPublishedFromForm(db, context, 'event', event.id, input.isPublished);
  return event;
}

export async function getEvent(db: Database, context: TenantContext, id: string) {
  const event = await queries.findEvent(db, context, id);
  if (!event) throw new NotFoundError();
  const [extras, commitmentPage] = await Promise.all([
    queries.findEventExtras(db, context, id),
    queries.findCommitments(
      db,
      context,
      { eventId: id, page: 1, pageSize: 500 },
      await todayForGovernment(db, context),
    ),
  ]);
  return {
    event,
    ...extras,
    commitments: commitmentPage.items,
    today: await todayForGovernment(db, context),
  };
}

export async function updateEvent(
  db: Database,
  context: TenantContext,
  id: string,
  input: EventInput & { version: number },
) {
  const before = await getEvent(db, context, id);
  await checkEvent(db, context, input);
  const after = await updateVersioned(db, events, context, id, input.version, eventValues(input));
  const children = childValues(input);
  await queries.replaceEventChildren(db, context, id, children);
  await recordAudit(db, context, {
    entityType: 'event',
    entityId: id,
    action: 'update',
    before: { ...before.event, participants: before.participants, costs: before.costs },
    after: { ...after, ...children },
  });
  await setPublishedFromForm(db, context, 'event', id, input.isPublished);
  return after;
}

/**
 * Archiving an event never drops its commitments silently: when open ones exist the caller must say
 * whether they stay (still owed, and still reminded) or are cancelled with a reason; the audit log
 * records each cancelled commitment.
 */
export async function archiveEvent(
  db: Database,
  context: TenantContext,
  id: string,
  input: {
    version: number;
    commitments?: 'keep' | 'cancel' | undefined;
    cancelReason?: string | null | undefined;
  },
) {
  const before = await getEvent(db, context, id);
  const open = before.commitments.filter(
    ({ commitment }) => commitment.status === 'pending' || commitment.status === 'in_progress',
  );
  if (open.length > 0 && !input.commitments) {
    throw new ValidationError([
      { field: 'commitments', key: 'validation.eventHasCommitments', params: { count: open.length } },
    ]);
  }
  if (open.length > 0 && input.commitments === 'cancel' && !input.cancelReason) {
    throw new ValidationError([{ field: 'cancelReason', key: 'validation.reasonRequired' }]);
  }
  if (input.commitments === 'cancel') {
    const settings = await queries.findGovernmentSettings(db, context);
    for (const { commitment } of open) {
      const cancelled = await updateVersioned(db, commitments, context, commitment.id, commitment.version, {
        status: 'cancelled',
        cancelReason: input.cancelReason ?? null,
      });
      await scheduleCommitmentReminders(db, cancelled, settings, cancelled.ownerEmail);
      await recordAudit(db, context, {
        entityType: 'commitment',
        entityId: commitment.id,
        action: 'status_change',
        before: { status: commitment.status },
        after: { status: 'cancelled', reason: input.cancelReason, becauseEventArchived: id },
      });
    }
  }
  return setArchived(db, events, context, { type: 'event', id, before: before.event }, input.version, true);
}

export async function restoreEvent(db: Database, context: TenantContext, id: string, version: number) {
  const before = await queries.findEvent(db, context, id);
  if (!before) throw new NotFoundError();
  return setArchived(db, events, context, { type: 'event', id, before }, version, false);
}

export { findEvents } from './agenda.queries';
