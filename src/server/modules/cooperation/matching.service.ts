import type { ProblemTreeInput } from '../../../contracts/initiatives';
import type { Theme } from '../../../contracts/links';
import { todayIn } from '../../../domain/link-lifecycle';
import {
  defaultWeights,
  type MatchDemand,
  type MatchOffer,
  quickScore,
  rankOffers,
  scoreOffer,
  scoreOfRank,
} from '../../../domain/matching';
import { cooperationDemands } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { fieldError } from '../../platform/errors';
import { type TenantContext, updateVersioned } from '../../platform/tenancy';
import { changeStage, createInitiative } from '../initiatives/initiatives.service';
import * as queries from './cooperation.queries';
import { getDemand, getOffer } from './demands.service';

const asDemand = (row: queries.DemandRow): MatchDemand => ({
  sectors: row.sectors,
  sdgTargets: row.sdgTargets,
  modalities: row.modalities,
  amountSoughtMinor: row.amountSoughtMinor,
  currency: row.currency,
});

const asOffer = (row: queries.OfferCandidate): MatchOffer => ({
  sectors: row.sectors,
  sdgTargets: row.sdgTargets,
  modalities: row.modalities,
  amountMinMinor: row.amountMinMinor,
  amountMaxMinor: row.amountMaxMinor,
  currency: row.currency,
  eligibleCountries: row.eligibleCountries,
  eligibleGovernmentKinds: row.eligibleGovernmentKinds,
  deadline: row.deadline,
  status: row.status,
});

/**
 * Offers ranked for a demand, each score from the pure function in src/domain/matching. Text
 * similarity is the one costly component, and it can add at most its weight: so every offer is first
 * scored without it, and the similarity is computed only for the offers that could still reach the
 * top `limit` — the ranking returned is exactly the full one. Decisions travel with each match;
 * ineligible and dismissed offers are left out unless asked for.
 */
export async function matchOffersForDemand(
  db: Database,
  context: TenantContext,
  demandId: string,
  options: { limit: number; includeDismissed: boolean; includeIneligible: boolean },
) {
  const [{ demand }, government] = await Promise.all([
    getDemand(db, context, demandId),
    queries.findGovernmentProfile(db, context),
  ]);
  const today = todayIn(government.timezone);
  const eligibleOnly = options.includeIneligible
    ? null
    : { today, countryCode: government.countryCode, governmentKind: government.kind };
  const [candidates, evaluated, decisions] = await Promise.all([
    queries.findOfferCandidates(db, context, eligibleOnly),
    queries.countOfferCandidates(db, context),
    queries.findDecisions(db, context, { demandId }),
  ]);
  const decisionOf = new Map(decisions.map((decision) => [decision.offerId, decision]));
  const score = (offer: queries.OfferCandidate, textSimilarity: number) =>
    scoreOffer(asDemand(demand), asOffer(offer), {
      today,
      countryCode: government.countryCode,
      governmentKind: government.kind,
      textSimilarity,
    });
  // Rank everything with the allocation-free score; explain only the contenders below.
  const matchContext = {
    today,
    countryCode: government.countryCode,
    governmentKind: government.kind,
    textSimilarity: 0,
  };
  const demandInput = asDemand(demand);
  const visible = candidates
    .map((offer) => ({
      offer,
      deadline: offer.deadline,
      // A candidate already has the shape of a matched offer: no copy per offer.
      ...quickScore(demandInput, offer, matchContext),
      decision: decisionOf.get(offer.id) ?? null,
    }))
    .filter(
      (item) =>
        (options.includeIneligible || item.isEligible) &&
        (options.includeDismissed || item.decision?.decision !== 'dismissed'),
    );
  // The n-th best score bounds the contenders. With ineligible offers shown, ranking puts eligible ones
  // first whatever their score, so the bound is taken from the fully ranked list instead.
  const threshold = options.includeIneligible
    ? (rankOffers(visible)[options.limit - 1]?.score ?? Number.NEGATIVE_INFINITY)
    : scoreOfRank(
        visible.map((item) => item.score),
        options.limit,
      );
  const contenders = options.includeIneligible
    ? rankOffers(visible).filter(
        (item, index) => index < options.limit || item.score + defaultWeights.text >= threshold,
      )
    : visible.filter((item) => item.score + defaultWeights.text >= threshold);
  const contenderIds = contenders.map((item) => item.offer.id);
  const [similarity, titles] = await Promise.all([
    queries.findTextSimilarity(db, context, demandId, contenderIds),
    queries.findOfferTitles(db, context, contenderIds),
  ]);
  const rescored = contenders.map((item) => ({
    ...item,
    ...score(item.offer, Math.min(1, (similarity.get(item.offer.id) ?? 0) * 2)),
  }));
  const top = rankOffers(rescored).slice(0, options.limit);
  const items = top.map((item) => ({
    ...item,
    offer: { id: item.offer.id, title: titles.get(item.offer.id)?.title ?? '' },
    donorName: titles.get(item.offer.id)?.donorName ?? null,
  }));
  return { demand, evaluated, items };
}

/** The other side: the open demands an offer could serve, best first. */
export async function matchDemandsForOffer(
  db: Database,
  context: TenantContext,
  offerId: string,
  limit: number,
) {
  const { offer, donorName } = await getOffer(db, context, offerId);
  const government = await queries.findGovernmentProfile(db, context);
  const today = todayIn(government.timezone);
  const [candidates, decisions] = await Promise.all([
    queries.findDemandCandidates(db, context, offerId),
    queries.findDecisions(db, context, { offerId }),
  ]);
  const decisionOf = new Map(decisions.map((decision) => [decision.demandId, decision]));
  const scored = candidates.map(({ demand, similarity }) => ({
    demand,
    offer,
    donorName,
    deadline: offer.deadline,
    ...scoreOffer(asDemand(demand), asOffer(offer), {
      today,
      countryCode: government.countryCode,
      governmentKind: government.kind,
      textSimilarity: Math.min(1, Number(similarity) * 2),
    }),
    decision: decisionOf.get(demand.id) ?? null,
  }));
  return { evaluated: candidates.length, items: rankOffers(scored).slice(0, limit) };
}

/**
 * Accepting a match turns the demand into an initiative in the agenda stage, funded by the offer's
 * donor — through the same gate as any initiative: a demand whose problem is not described enough is
 * refused with what it lacks, and nothing is saved. A demand already tied to an initiative adds the
 * donor to it instead.
 */
export async function acceptMatch(
  db: Database,
  context: TenantContext,
  demandId: string,
  offerId: string,
  input: {
    approach: 'top_down' | 'bottom_up';
    approachJustification: string;
    agendaSetter: 'council' | 'mayor' | 'department' | 'citizens' | 'partner';
  },
) {
  const { demand } = await getDemand(db, context, demandId);
  const { offer } = await getOffer(db, context, offerId);
  const existing = (await queries.findDecisions(db, context, { demandId })).find(
    (decision) => decision.offerId === offerId,
  );
  if (existing) throw fieldError('offerId', 'validation.matchAlreadyDecided');
  const government = await queries.findGovernmentProfile(db, context);
  const today = todayIn(government.timezone);
  const score = scoreOffer(asDemand(demand), asOffer(offer), {
    today,
    countryCode: government.countryCode,
    governmentKind: government.kind,
    textSimilarity: 0,
  });
  if (!score.isEligible) {
    const reason = score.components.find(
      (component) => component.value === 0 && ['eligibility', 'deadline'].includes(component.name),
    );
    throw fieldError('offerId', 'validation.offerNotEligible', { reason: reason ? reason.reason.key : '' });
  }
  let initiativeId: string;
  if (demand.initiativeId) {
    initiativeId = demand.initiativeId;
    if (offer.donorPartnerId)
      await queries.addInitiativePartner(db, context, initiativeId, offer.donorPartnerId);
  } else {
    const sdgGoals = [
      ...new Set([...demand.sdgGoals, ...demand.sdgTargets.map((target) => target.split('.')[0] as string)]),
    ];
    const initiative = await createInitiative(db, context, {
      title: demand.title,
      summary: demand.description,
      strategyLine: 'international_cooperation',
      themes: demand.themes as Theme[],
      planCodes: [],
      sdgGoals,
      sdgTargets: demand.sdgTargets,
      budget: [],
      problemStatement: demand.problemStatement,
      problemTree: demand.problemTree as ProblemTreeInput,
      affectedPopulation: demand.affectedPopulation,
      affectedPopulationDescription: demand.affectedPopulationDescription,
      isWholeTerritory: false,
      territorialUnitIds: demand.territorialUnitIds,
      agendaSetter: input.agendaSetter,
      agendaSetterDetail: null,
      agendaDate: today,
      approach: input.approach,
      approachJustification: input.approachJustification,
      departments: demand.departmentId ? [{ departmentId: demand.departmentId, role: 'lead' }] : [],
      partners: offer.donorPartnerId ? [{ partnerId: offer.donorPartnerId, role: 'funder' }] : [],
      linkIds: [],
      rollUpMethod: 'average',
      assessment: null,
    });
    // The same gate as the board: if the demand's problem is incomplete, this refuses and rolls back.
    await changeStage(db, context, initiative.id, {
      stage: 'agenda',
      reason: null,
      version: initiative.version,
    });
    initiativeId = initiative.id;
  }
  const decision = await queries.insertDecision(db, {
    governmentId: context.governmentId,
    demandId,
    offerId,
    decision: 'accepted',
    score: String(score.score),
    initiativeId,
    decidedBy: context.userId,
  });
  if (!decision) throw fieldError('offerId', 'validation.matchAlreadyDecided');
  await updateVersioned(db, cooperationDemands, context, demandId, demand.version, { status: 'matched' });
  await recordAudit(db, context, {
    entityType: 'match',
    entityId: decision.id,
    action: 'create',
    after: decision,
  });
  return decision;
}

export async function dismissMatch(
  db: Database,
  context: TenantContext,
  demandId: string,
  offerId: string,
  reason: string,
) {
  await getDemand(db, context, demandId);
  await getOffer(db, context, offerId);
  const decision = await queries.insertDecision(db, {
    governmentId: context.governmentId,
    demandId,
    offerId,
    decision: 'dismissed',
    reason,
    decidedBy: context.userId,
  });
  if (!decision) throw fieldError('offerId', 'validation.matchAlreadyDecided');
  await recordAudit(db, context, {
    entityType: 'match',
    entityId: decision.id,
    action: 'create',
    after: decision,
  });
  return decision;
}
