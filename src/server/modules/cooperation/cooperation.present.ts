import type { Language } from '../../../contracts/common';
import type { Demand, Match, Offer } from '../../../contracts/cooperation';
import type { Funding } from '../../../contracts/funding';
import type { ScoreComponent } from '../../../domain/matching';
import { translate } from '../../platform/i18n';
import { presentRecordMeta, toIsoOrNull } from '../../platform/present';
import type { DemandRow, OfferRow } from './cooperation.queries';
import type { getFunding } from './funding.service';

export function presentDemand(row: {
  demand: DemandRow;
  departmentName: string | null;
  initiativeTitle: string | null;
}): Demand {
  const { demand } = row;
  return {
    id: demand.id,
    title: demand.title,
    description: demand.description,
    initiativeId: demand.initiativeId,
    initiativeTitle: row.initiativeTitle,
    departmentId: demand.departmentId,
    departmentName: row.departmentName,
    raisedBy: demand.raisedBy,
    communityName: demand.communityName,
    problemStatement: demand.problemStatement,
    problemTree: demand.problemTree as Demand['problemTree'],
    affectedPopulation: demand.affectedPopulation,
    affectedPopulationDescription: demand.affectedPopulationDescription,
    territorialUnitIds: demand.territorialUnitIds,
    themes: demand.themes as Demand['themes'],
    sectors: demand.sectors,
    sdgGoals: demand.sdgGoals,
    sdgTargets: demand.sdgTargets,
    modalities: demand.modalities as Demand['modalities'],
    amountSoughtMinor: demand.amountSoughtMinor,
    currency: demand.currency,
    urgency: demand.urgency,
    neededBy: demand.neededBy,
    status: demand.status,
    archivedAt: toIsoOrNull(demand.archivedAt),
    ...presentRecordMeta(demand),
  };
}

export function presentOffer(row: { offer: OfferRow; donorName: string | null }): Offer {
  const { offer } = row;
  return {
    id: offer.id,
    kind: offer.kind,
    title: offer.title,
    description: offer.description,
    donorPartnerId: offer.donorPartnerId,
    donorName: row.donorName,
    currency: offer.currency,
    amountMinMinor: offer.amountMinMinor,
    amountMaxMinor: offer.amountMaxMinor,
    modalities: offer.modalities as Offer['modalities'],
    sectors: offer.sectors,
    sdgGoals: offer.sdgGoals,
    sdgTargets: offer.sdgTargets,
    themes: offer.themes as Offer['themes'],
    eligibleCountries: offer.eligibleCountries,
    eligibleGovernmentKinds: offer.eligibleGovernmentKinds as Offer['eligibleGovernmentKinds'],
    opensOn: offer.opensOn,
    deadline: offer.deadline,
    url: offer.url,
    status: offer.status,
    iatiActivityId: offer.iatiActivityId,
    archivedAt: toIsoOrNull(offer.archivedAt),
    ...presentRecordMeta(offer),
  };
}

type ScoredMatch = {
  demand: Pick<DemandRow, 'id' | 'title'>;
  offer: Pick<OfferRow, 'id' | 'title'>;
  donorName: string | null;
  score: number;
  isEligible: boolean;
  components: ScoreComponent[];
  decision: { decision: 'accepted' | 'dismissed'; reason: string | null; initiativeId: string | null } | null;
};

/** A match with every component's reason written in the reader's language. */
export function presentMatch(match: ScoredMatch, language: Language): Match {
  return {
    demandId: match.demand.id,
    demandTitle: match.demand.title,
    offerId: match.offer.id,
    offerTitle: match.offer.title,
    donorName: match.donorName,
    score: match.score,
    isEligible: match.isEligible,
    components: match.components.map((component) => ({
      name: component.name,
      weight: component.weight,
      value: Math.round(component.value * 1000) / 1000,
      points: component.points,
      reason: translate(language, component.reason.key, component.reason.params),
    })),
    decision: match.decision?.decision ?? null,
    decisionReason: match.decision?.reason ?? null,
    initiativeId: match.decision?.initiativeId ?? null,
  };
}

export function presentFunding(funding: Awaited<ReturnType<typeof getFunding>>): Funding {
  const { profile } = funding;
  return {
    initiativeId: funding.initiative.id,
    initiativeTitle: funding.initiative.title,
    reportingCurrency: funding.reporting,
    profile: profile
      ? {
          iatiIdentifier: profile.iatiIdentifier,
          activityStatus: profile.activityStatus as '1' | '2' | '3' | '4' | '5' | '6',
          sectors: profile.sectors as { code: string; percentage: string }[],
          recipientCountryCode: profile.recipientCountryCode,
          collaborationType: profile.collaborationType,
          defaultFlowType: profile.defaultFlowType,
          defaultFinanceType: profile.defaultFinanceType,
          defaultAidType: profile.defaultAidType,
          defaultTiedStatus: profile.defaultTiedStatus,
          startPlanned: profile.startPlanned,
          endPlanned: profile.endPlanned,
          startActual: profile.startActual,
          endActual: profile.endActual,
          isPublished: profile.isPublished,
          participants: funding.participants.map((row) => ({
            partnerId: row.participant.partnerId,
            partnerName: row.partnerName,
            iatiOrgId: row.iatiOrgId,
            role: row.participant.role,
            sharePercent: row.participant.sharePercent,
          })),
          version: profile.version,
        }
      : null,
    budgets: funding.budgets.map((budget) => ({
      id: budget.id,
      kind: budget.kind,
      status: budget.status,
      periodStart: budget.periodStart,
      periodEnd: budget.periodEnd,
      amountMinor: budget.amountMinor,
      currency: budget.currency,
      valueDate: budget.valueDate,
    })),
    transactions: funding.transactions.map((row) => ({
      id: row.transaction.id,
      initiativeId: row.transaction.initiativeId,
      type: row.transaction.type,
      transactionDate: row.transaction.transactionDate,
      valueDate: row.transaction.valueDate,
      amountMinor: row.transaction.amountMinor,
      currency: row.transaction.currency,
      providerPartnerId: row.transaction.providerPartnerId,
      receiverPartnerId: row.transaction.receiverPartnerId,
      providerName: row.providerName,
      receiverName: row.receiverName,
      reference: row.transaction.reference,
      description: row.transaction.description,
      reportingAmountMinor: row.reportingAmountMinor,
      rateUsed: row.rateUsed,
      rateDate: row.rateDate,
      ...presentRecordMeta(row.transaction),
    })),
    totals: funding.totals,
    series: funding.series,
  };
}
