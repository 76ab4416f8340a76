import type { LeadStage } from '../../contracts/investment';
import { pipelineStages } from '../../domain/investment-pipeline';
import { changeCommitmentStatus, createCommitment } from '../../server/modules/agenda/commitments.service';
import { createEvent } from '../../server/modules/agenda/events.service';
import { createPosition, createRole } from '../../server/modules/diplomacy/diplomacy.service';
import { changeLeadStage, createLead } from '../../server/modules/investment/investment.service';
import type { Database } from '../../server/platform/db';
import type { TenantContext } from '../../server/platform/tenancy';
import type { DemoAgenda, DemoLead } from './agenda-types';

/** The ids the government seeder has created, by the stable keys the demo files use. */
export type AgendaSeedIds = {
  partnerIds: Map<string, string>;
  departmentIds: Map<string, string>;
  unitIds: Map<string, string>;
  linkIds: Map<string, string>;
  initiativeIds: Map<string, string>;
  userIds: Map<string, string>;
};

/** The stages a lead goes through, from `lead`, to reach its target (a lost lead: up to where it was lost). */
export function leadStagePath(lead: Pick<DemoLead, 'targetStage' | 'lostFrom'>): LeadStage[] {
  const last = lead.targetStage === 'lost' ? (lead.lostFrom ?? 'lead') : lead.targetStage;
  const path: LeadStage[] = pipelineStages.slice(1, pipelineStages.indexOf(last) + 1);
  return lead.targetStage === 'lost' ? [...path, 'lost'] : path;
}

/**
 * Loads the agenda, the investment pipeline and the city diplomacy of one demo government through
 * the same services as the API, in the caller's transaction: events, then leads walked stage by
 * stage (every gate passed for real), then commitments and what became of them, then positions and
 * network roles.
 */
export async function seedAgendaDemo(
  db: Database,
  context: TenantContext,
  demo: DemoAgenda,
  ids: AgendaSeedIds,
): Promise<void> {
  const id = (map: Map<string, string>, kind: string) => (key: string) => {
    const found = map.get(key);
    if (!found) throw new Error(`Demo agenda: unknown ${kind} ${key}`);
    return found;
  };
  const optional = (lookup: (key: string) => string, key: string | undefined) => (key ? lookup(key) : null);
  const partnerId = id(ids.partnerIds, 'partner');
  const departmentId = id(ids.departmentIds, 'department');
  const unitId = id(ids.unitIds, 'territorial unit');
  const linkId = id(ids.linkIds, 'link');
  const initiativeId = id(ids.initiativeIds, 'initiative');
  const userId = id(ids.userIds, 'user');

  const eventIds = new Map<string, string>();
  for (const { key, participants, linkKeys, initiativeKeys, ...event } of demo.events) {
    const row = await createEvent(db, context, {
      themes: [],
      planCodes: [],
      sdgGoals: [],
      ...event,
      participants: participants.map(({ userEmail, departmentAcronym, partnerKey, ...participant }) => ({
        ...participant,
        userId: optional(userId, userEmail),
        departmentId: optional(departmentId, departmentAcronym),
        partnerId: optional(partnerId, partnerKey),
      })),
      linkIds: linkKeys.map(linkId),
      initiativeIds: initiativeKeys.map(initiativeId),
    });
    eventIds.set(key, row.id);
  }
  const eventId = id(eventIds, 'event');

  const leadIds = new Map<string, string>();
  for (const lead of demo.leads) {
    const {
      key,
      companyPartnerKey,
      territorialUnitCode,
      responsibleUserEmail,
      eventKeys,
      targetStage,
      announcedOn,
      establishedOn,
      lostFrom,
      lostReason,
      ...input
    } = lead;
    const row = await createLead(db, context, {
      strategyLines: [],
      themes: [],
      planCodes: [],
      sdgGoals: [],
      ...input,
      companyPartnerId: partnerId(companyPartnerKey),
      territorialUnitId: optional(unitId, territorialUnitCode),
      responsibleUserId: optional(userId, responsibleUserEmail),
      eventIds: eventKeys.map(eventId),
    });
    let version = row.version;
    for (const stage of leadStagePath(lead)) {
      const moved = await changeLeadStage(db, context, row.id, {
        stage,
        reason: stage === 'lost' ? (lostReason ?? null) : null,
        announcedOn: stage === 'announced' ? (announcedOn ?? null) : null,
        establishedOn: stage === 'established' ? (establishedOn ?? null) : null,
        version,
      });
      version = moved.version;
    }
    leadIds.set(key, row.id);
  }

  for (const commitment of demo.commitments) {
    const {
      key: _key,
      eventKey,
      linkKey,
      ownerDepartmentAcronym,
      ownerUserEmail,
      counterpartPartnerKey,
      outcome,
      ...input
    } = commitment;
    const row = await createCommitment(db, context, {
      ...input,
      eventId: optional(eventId, eventKey),
      linkId: optional(linkId, linkKey),
      ownerDepartmentId: departmentId(ownerDepartmentAcronym),
      ownerUserId: optional(userId, ownerUserEmail),
      counterpartPartnerId: optional(partnerId, counterpartPartnerKey),
    });
    if (!outcome) continue;
    if (outcome.status === 'fulfilled') {
      const { resultingInitiativeKey, resultingLeadKey, ...evidence } = outcome;
      await changeCommitmentStatus(db, context, row.id, {
        ...evidence,
        resultingInitiativeId: optional(initiativeId, resultingInitiativeKey),
        resultingLeadId: optional(id(leadIds, 'lead'), resultingLeadKey),
        version: row.version,
      });
    } else {
      await changeCommitmentStatus(db, context, row.id, { ...outcome, version: row.version });
    }
  }

  for (const { key: _key, networkPartnerKey, eventKey, ...position } of demo.positions) {
    await createPosition(db, context, {
      ...position,
      networkPartnerId: optional(partnerId, networkPartnerKey),
      eventId: optional(eventId, eventKey),
    });
  }
  for (const { key: _key, networkPartnerKey, ...role } of demo.roles) {
    await createRole(db, context, { ...role, networkPartnerId: partnerId(networkPartnerKey) });
  }
}
