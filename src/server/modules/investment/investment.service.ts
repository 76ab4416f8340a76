import type { LeadInput, LeadStage } from '../../../contracts/investment';
import {
  allowedStages,
  checkLeadStageChange,
  type PipelineProblem,
  stageRequirements,
} from '../../../domain/investment-pipeline';
import { events, investmentLeads } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { type FieldIssue, NotFoundError, ValidationError, VersionConflictError } from '../../platform/errors';
import { findIdsInTenant, setArchived, type TenantContext, updateVersioned } from '../../platform/tenancy';
import { isKnownCode, isKnownSector } from '../reference/reference.service';
import { checkAlignment } from '../strategy/strategy.service';
import * as queries from './investment.queries';

function leadValues(input: LeadInput) {
  return {
    companyPartnerId: input.companyPartnerId,
    title: input.title,
    originCountryCode: input.originCountryCode,
    sector: input.sector,
    description: input.description ?? null,
    currency: input.currency,
    expectedAmountMinor: input.expectedAmountMinor ?? null,
    realisedAmountMinor: input.realisedAmountMinor ?? null,
    expectedJobs: input.expectedJobs ?? null,
    createdJobs: input.createdJobs ?? null,
    territorialUnitId: input.territorialUnitId ?? null,
    responsibleUserId: input.responsibleUserId ?? null,
    responsibleName: input.responsibleName ?? null,
    strategyLines: [...new Set(input.strategyLines)],
    themes: [...new Set(input.themes)],
    planCodes: [...new Set(input.planCodes)],
    sdgGoals: [...new Set(input.sdgGoals)].sort((a, b) => Number(a) - Number(b)),
  };
}

/** Stage names and the "expected"/"realised" word are message keys, translated with the message. */
function toIssue(problem: PipelineProblem): FieldIssue {
  const params: Record<string, string> = { ...(problem.params ?? {}) };
  if (params.from) params.from = `validation.leadStage_${params.from}`;
  if (params.to) params.to = `validation.leadStage_${params.to}`;
  if (params.which) params.which = `validation.leadAmounts_${params.which}`;
  return { field: problem.field, key: problem.key, params };
}

/** Every reference must exist in this government and every code in its official list; all at once. */
async function checkLeadInput(db: Database, context: TenantContext, input: LeadInput) {
  const issues: FieldIssue[] = [];
  const companyKind = await queries.findPartnerKind(db, context, input.companyPartnerId);
  if (companyKind === null) issues.push({ field: 'companyPartnerId', key: 'validation.unknownPartner' });
  else if (companyKind !== 'company_investor')
    issues.push({ field: 'companyPartnerId', key: 'validation.notACompany' });
  if (!isKnownCode('countries', input.originCountryCode))
    issues.push({ field: 'originCountryCode', key: 'validation.unknownCountry' });
  if (!isKnownCode('currencies', input.currency))
    issues.push({ field: 'currency', key: 'validation.unknownCurrency' });
  if (!isKnownSector(input.sector)) issues.push({ field: 'sector', key: 'validation.unknownSector' });
  const eventIds = await findIdsInTenant(db, events, context, input.eventIds);
  input.eventIds.forEach((eventId, index) => {
    if (!eventIds.has(eventId)) issues.push({ field: `eventIds.${index}`, key: 'validation.unknownEvent' });
  });
  if (input.territorialUnitId && !(await queries.territorialUnitExists(db, context, input.territorialUnitId)))
    issues.push({ field: 'territorialUnitId', key: 'validation.unknownTerritorialUnit' });
  if (input.responsibleUserId && !(await queries.isMember(db, context, input.responsibleUserId)))
    issues.push({ field: 'responsibleUserId', key: 'validation.unknownUser' });
  issues.push(...(await checkAlignment(db, context, input)));
  return issues;
}

/** Registers a lead at the first stage, with that first move in its history. */
export async function createLead(db: Database, context: TenantContext, input: LeadInput) {
  const issues = await checkLeadInput(db, context, input);
  if (issues.length > 0) throw new ValidationError(issues);
  const lead = await queries.insertLead(db, {
    ...leadValues(input),
    stage: 'lead',
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  const eventIds = [...new Set(input.eventIds)];
  await queries.replaceLeadEvents(db, context, lead.id, eventIds);
  await queries.insertStageChange(db, {
    governmentId: context.governmentId,
    leadId: lead.id,
    fromStage: null,
    toStage: 'lead',
    actorId: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'investment_lead',
    entityId: lead.id,
    action: 'create',
    after: { ...lead, eventIds },
  });
  return lead;
}

export async function getLeadRow(db: Database, context: TenantContext, id: string) {
  const row = await queries.findLead(db, context, id);
  if (!row) throw new NotFoundError();
  return row;
}

/** A lead with its history (who moved it, when, why), its events and the stages it may move to. */
export async function getLead(db: Database, context: TenantContext, id: string) {
  const row = await getLeadRow(db, context, id);
  // One after the other: inside a transaction both would queue on the same connection anyway.
  const history = await queries.findLeadHistory(db, context, id);
  const events = await queries.findLeadEvents(db, context, id);
  return { ...row, history, events, allowedStages: allowedStages(row.lead.stage, row.lostFrom) };
}

/** The kanban board and the table: pipeline order, most recently changed first within a stage. */
export async function listLeads(db: Database, context: TenantContext, filter: queries.LeadListFilter) {
  const { items, total } = await queries.findLeads(db, context, filter);
  return {
    items: items.map((row) => ({ ...row, allowedStages: allowedStages(row.lead.stage, row.lostFrom) })),
    total,
  };
}

/**
 * Updates a lead's data, not its stage (which moves only through `changeLeadStage`). The data must
 * still satisfy the stage the lead is in: an established lead keeps its realised figures.
 */
export async function updateLead(
  db: Database,
  context: TenantContext,
  id: string,
  input: LeadInput & { version: number },
) {
  const before = await getLeadRow(db, context, id);
  const issues = await checkLeadInput(db, context, input);
  const values = leadValues(input);
  issues.push(
    ...stageRequirements({ ...values, establishedOn: before.lead.establishedOn }, before.lead.stage).map(
      toIssue,
    ),
  );
  if (issues.length > 0) throw new ValidationError(issues);
  const eventsBefore = await queries.findLeadEvents(db, context, id);
  const after = await updateVersioned(db, investmentLeads, context, id, input.version, values);
  const eventIds = [...new Set(input.eventIds)];
  await queries.replaceLeadEvents(db, context, id, eventIds);
  await recordAudit(db, context, {
    entityType: 'investment_lead',
    entityId: id,
    action: 'update',
    before: { ...before.lead, eventIds: eventsBefore.map((event) => event.id) },
    after: { ...after, eventIds },
  });
  return after;
}

export type StageChangeInput = {
  stage: LeadStage;
  reason?: string | null | undefined;
  announcedOn?: string | null | undefined;
  establishedOn?: string | null | undefined;
  version: number;
};

/**
 * Moves a lead along the pipeline. The rule is checked here on the stored data (src/domain/
 * investment-pipeline), so that no client can skip a stage; the move and its reason go to the
 * history and the audit log in the caller's transaction.
 */
export async function changeLeadStage(
  db: Database,
  context: TenantContext,
  id: string,
  input: StageChangeInput,
) {
  const { lead, lostFrom } = await getLeadRow(db, context, id);
  const reason = input.reason ?? null;
  // Each date belongs to the move that reaches its stage; other moves keep the stored dates.
  const announcedOn =
    input.stage === 'announced' ? (input.announcedOn ?? lead.announcedOn) : lead.announcedOn;
  const establishedOn =
    input.stage === 'established' ? (input.establishedOn ?? lead.establishedOn) : lead.establishedOn;
  if (lead.stage === input.stage) {
    // Nothing to move; a stale caller still learns that the lead changed under it.
    if (lead.version !== input.version) throw new VersionConflictError(lead.version, input.version);
    return lead;
  }
  const problems = checkLeadStageChange({ ...lead, establishedOn, lostFrom }, input.stage, reason);
  if (problems.length > 0) throw new ValidationError(problems.map(toIssue));
  const after = await updateVersioned(db, investmentLeads, context, id, input.version, {
    stage: input.stage,
    lostReason: input.stage === 'lost' ? reason : null,
    announcedOn,
    establishedOn,
  });
  await queries.insertStageChange(db, {
    governmentId: context.governmentId,
    leadId: id,
    fromStage: lead.stage,
    toStage: input.stage,
    reason,
    actorId: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'investment_lead',
    entityId: id,
    action: 'status_change',
    before: { stage: lead.stage },
    after: { stage: after.stage, reason, announcedOn, establishedOn },
  });
  return after;
}

export async function setLeadArchived(
  db: Database,
  context: TenantContext,
  id: string,
  version: number,
  isArchived: boolean,
) {
  const before = await getLeadRow(db, context, id);
  return setArchived(
    db,
    investmentLeads,
    context,
    { type: 'investment_lead', id, before: before.lead },
    version,
    isArchived,
  );
}

function toMinor(text: string): number {
  const value = Number(text);
  // A sum beyond 2^53 would silently lose units as a JSON number: refuse rather than misreport.
  if (!Number.isSafeInteger(value)) throw new Error(`Investment total out of safe range: ${text}`);
  return value;
}

/** Totals for the dashboard, in the government's reporting currency and minor units. */
export async function getInvestmentTotals(db: Database, context: TenantContext) {
  const settings = await queries.findGovernmentSettings(db, context);
  const sums = await queries.sumInvestment(db, context, settings);
  const years = new Map<
    number,
    { year: number; announcedMinor: number; realisedMinor: number; expectedJobs: number; createdJobs: number }
  >();
  const yearRow = (year: number) => {
    let row = years.get(year);
    if (!row) {
      row = { year, announcedMinor: 0, realisedMinor: 0, expectedJobs: 0, createdJobs: 0 };
      years.set(year, row);
    }
    return row;
  };
  for (const row of sums.announcedByYear) {
    if (row.year === null) continue;
    const entry = yearRow(Number(row.year));
    entry.announcedMinor = toMinor(row.announcedMinor);
    entry.expectedJobs = toMinor(row.expectedJobs);
  }
  for (const row of sums.realisedByYear) {
    if (row.year === null) continue;
    const entry = yearRow(Number(row.year));
    entry.realisedMinor = toMinor(row.realisedMinor);
    entry.createdJobs = toMinor(row.createdJobs);
  }
  const amounts = (row: { announcedMinor: string; realisedMinor: string; createdJobs: string }) => ({
    announcedMinor: toMinor(row.announcedMinor),
    realisedMinor: toMinor(row.realisedMinor),
    createdJobs: toMinor(row.createdJobs),
  });
  return {
    currency: settings.reportingCurrency,
    byYear: [...years.values()].sort((left, right) => left.year - right.year),
    bySector: sums.bySector.map((row) => ({ sector: row.sector, ...amounts(row) })),
    byCountry: sums.byCountry.map((row) => ({ countryCode: row.countryCode, ...amounts(row) })),
    excludedLeadCount: sums.excludedLeadCount,
  };
}
