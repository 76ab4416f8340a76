import type { Language } from '../../../contracts/common';
import type { LeadStage } from '../../../contracts/investment';
import { presentRecordMeta, toIso, toIsoOrNull } from '../../platform/present';
import { getSectorName } from '../reference/reference.service';
import type { LeadWithNames } from './investment.queries';
import type { getInvestmentTotals, getLead } from './investment.service';

export function presentLeadSummary(row: LeadWithNames & { allowedStages: LeadStage[] }, language: Language) {
  const { lead } = row;
  return {
    id: lead.id,
    companyPartnerId: lead.companyPartnerId,
    companyName: row.companyName,
    title: lead.title,
    originCountryCode: lead.originCountryCode,
    sector: lead.sector,
    sectorName: getSectorName(lead.sector, language),
    description: lead.description,
    stage: lead.stage,
    lostReason: lead.lostReason,
    currency: lead.currency,
    expectedAmountMinor: lead.expectedAmountMinor,
    realisedAmountMinor: lead.realisedAmountMinor,
    expectedJobs: lead.expectedJobs,
    createdJobs: lead.createdJobs,
    territorialUnitId: lead.territorialUnitId,
    territorialUnitName: row.territorialUnitName,
    responsibleUserId: lead.responsibleUserId,
    responsibleName: lead.responsibleName,
    announcedOn: lead.announcedOn,
    establishedOn: lead.establishedOn,
    strategyLines: lead.strategyLines,
    themes: lead.themes,
    planCodes: lead.planCodes,
    sdgGoals: lead.sdgGoals,
    allowedStages: [...row.allowedStages],
    archivedAt: toIsoOrNull(lead.archivedAt),
    ...presentRecordMeta(lead),
  };
}

export function presentLead(detail: Awaited<ReturnType<typeof getLead>>, language: Language) {
  return {
    ...presentLeadSummary(detail, language),
    events: detail.events.map((event) => ({
      id: event.id,
      title: event.title,
      startsAt: toIso(event.startsAt),
    })),
    history: detail.history.map((change) => ({
      fromStage: change.fromStage,
      toStage: change.toStage,
      reason: change.reason,
      actorName: change.actorName,
      occurredAt: toIso(change.occurredAt),
    })),
  };
}

export function presentInvestmentTotals(
  totals: Awaited<ReturnType<typeof getInvestmentTotals>>,
  language: Language,
) {
  return {
    ...totals,
    bySector: totals.bySector.map((row) => ({ ...row, sectorName: getSectorName(row.sector, language) })),
  };
}
