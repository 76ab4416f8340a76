import type { Commitment, Event, EventSummary } from '../../../contracts/agenda';
import { daysUntilDue, effectiveStatus } from '../../../domain/commitments';
import { presentRecordMeta, toIso, toIsoOrNull } from '../../platform/present';
import type { CommitmentWithNames, EventRow } from './agenda.queries';
import type { getEvent } from './events.service';

export function presentCommitment(row: CommitmentWithNames, today: string): Commitment {
  const { commitment } = row;
  return {
    id: commitment.id,
    title: commitment.title,
    description: commitment.description,
    eventId: commitment.eventId,
    eventTitle: row.eventTitle,
    linkId: commitment.linkId,
    linkTitle: row.linkTitle,
    ownerDepartmentId: commitment.ownerDepartmentId,
    ownerDepartmentName: row.ownerDepartmentName,
    ownerUserId: commitment.ownerUserId,
    ownerName: commitment.ownerName,
    ownerEmail: commitment.ownerEmail,
    counterpartPartnerId: commitment.counterpartPartnerId,
    counterpartName: row.counterpartName,
    dueDate: commitment.dueDate,
    daysUntilDue: daysUntilDue(commitment.dueDate, today),
    status: effectiveStatus(commitment, today),
    storedStatus: commitment.status,
    cancelReason: commitment.cancelReason,
    evidenceDescription: commitment.evidenceDescription,
    evidenceUrl: commitment.evidenceUrl,
    fulfilledOn: commitment.fulfilledOn,
    resultingInitiativeId: commitment.resultingInitiativeId,
    resultingLeadId: commitment.resultingLeadId,
    ...presentRecordMeta(commitment),
  };
}

export function presentEventSummary(row: {
  event: EventRow;
  commitmentCount: number;
  openCommitmentCount: number;
}): EventSummary {
  const { event } = row;
  return {
    id: event.id,
    title: event.title,
    kind: event.kind,
    startsAt: toIso(event.startsAt),
    endsAt: toIso(event.endsAt),
    timezone: event.timezone,
    city: event.city,
    countryCode: event.countryCode,
    isPublished: event.isPublished,
    commitmentCount: Number(row.commitmentCount),
    openCommitmentCount: Number(row.openCommitmentCount),
    version: event.version,
  };
}

export function presentEvent(detail: Awaited<ReturnType<typeof getEvent>>): Event {
  const { event } = detail;
  const totals = new Map<string, number>();
  for (const cost of detail.costs)
    totals.set(cost.currency, (totals.get(cost.currency) ?? 0) + cost.amountMinor);
  return {
    id: event.id,
    governmentId: event.governmentId,
    title: event.title,
    kind: event.kind,
    startsAt: toIso(event.startsAt),
    endsAt: toIso(event.endsAt),
    timezone: event.timezone,
    city: event.city,
    countryCode: event.countryCode,
    venue: event.venue,
    strategyLine: event.strategyLine as Event['strategyLine'],
    themes: event.themes,
    planCodes: event.planCodes,
    sdgGoals: event.sdgGoals,
    objectives: event.objectives,
    outcomes: event.outcomes,
    minutes: event.minutes,
    isPublished: event.isPublished,
    participants: detail.participants.map((participant) => ({
      id: participant.id,
      side: participant.side,
      name: participant.name,
      position: participant.position,
      userId: participant.userId,
      departmentId: participant.departmentId,
      partnerId: participant.partnerId,
      partnerContactId: participant.partnerContactId,
    })),
    costs: detail.costs.map((cost) => ({
      category: cost.category,
      source: cost.source,
      amountMinor: cost.amountMinor,
      currency: cost.currency,
      description: cost.description,
    })),
    costTotals: [...totals.entries()].map(([currency, amountMinor]) => ({ currency, amountMinor })),
    links: detail.linkRows,
    initiatives: detail.initiativeRows,
    commitments: detail.commitments.map((row) => presentCommitment(row, detail.today)),
    archivedAt: toIsoOrNull(event.archivedAt),
    ...presentRecordMeta(event),
  };
}
