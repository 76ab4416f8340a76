import type { InitiativeInput, Stage } from '../../../contracts/initiatives';
import { todayIn } from '../../../domain/link-lifecycle';
import {
  checkStageTransition,
  describeGates,
  reachableStages,
  requirementsFor,
} from '../../../domain/policy-cycle';
import { departments, initiatives, links, partners, territorialUnits } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import {
  type FieldIssue,
  ForbiddenError,
  GateRefusedError,
  NotFoundError,
  ValidationError,
} from '../../platform/errors';
import { findIdsInTenant, type TenantContext, updateVersioned } from '../../platform/tenancy';
import { findGovernmentTimezone } from '../links/links.queries';
import { isKnownCode, isKnownSdgGoal, isKnownSdgTarget } from '../reference/reference.service';
import { checkAlignment } from '../strategy/strategy.service';
import {
  computeRollUp,
  gateProblemToIssue,
  groupDesign,
  type InitiativeDesign,
  toSnapshot,
} from './initiatives.assemble';
import * as queries from './initiatives.queries';

export async function todayFor(db: Database, context: TenantContext) {
  return todayIn(await findGovernmentTimezone(db, context));
}

function initiativeValues(input: InitiativeInput) {
  return {
    title: input.title,
    summary: input.summary ?? null,
    strategyLine: input.strategyLine ?? null,
    themes: [...new Set(input.themes)],
    planCodes: [...new Set(input.planCodes)],
    sdgGoals: [...new Set(input.sdgGoals)],
    sdgTargets: [...new Set(input.sdgTargets)],
    objective: input.objective ?? null,
    causalHypothesis: input.causalHypothesis ?? null,
    legalBasis: input.legalBasis ?? null,
    agents: input.agents ?? null,
    procedures: input.procedures ?? null,
    problemStatement: input.problemStatement ?? null,
    problemTree: input.problemTree,
    affectedPopulation: input.affectedPopulation ?? null,
    affectedPopulationDescription: input.affectedPopulationDescription ?? null,
    isWholeTerritory: input.isWholeTerritory,
    agendaSetter: input.agendaSetter ?? null,
    agendaSetterDetail: input.agendaSetterDetail ?? null,
    agendaDate: input.agendaDate ?? null,
    approach: input.approach ?? null,
    approachJustification: input.approachJustification ?? null,
    rollUpMethod: input.rollUpMethod,
    assessment: input.assessment ?? null,
  };
}

/** Every id must belong to this government, every code to its official list; all problems at once. */
async function checkReferences(db: Database, context: TenantContext, input: InitiativeInput) {
  const issues: FieldIssue[] = [];
  const check = async (
    table: typeof territorialUnits | typeof departments | typeof partners | typeof links,
    ids: string[],
    field: string,
    key: string,
  ) => {
    const existing = await findIdsInTenant(db, table, context, ids);
    ids.forEach((id, index) => {
      if (!existing.has(id)) issues.push({ field: `${field}.${index}`, key });
    });
  };
  await check(
    territorialUnits,
    input.territorialUnitIds,
    'territorialUnitIds',
    'validation.unknownTerritorialUnit',
  );
  await check(
    departments,
    input.departments.map((item) => item.departmentId),
    'departments',
    'validation.unknownDepartment',
  );
  await check(
    partners,
    input.partners.map((item) => item.partnerId),
    'partners',
    'validation.unknownPartner',
  );
  await check(links, input.linkIds, 'linkIds', 'validation.unknownLink');
  input.sdgGoals.forEach((code, index) => {
    if (!isKnownSdgGoal(code)) issues.push({ field: `sdgGoals.${index}`, key: 'validation.unknownSdg' });
  });
  input.sdgTargets.forEach((code, index) => {
    if (!isKnownSdgTarget(code)) issues.push({ field: `sdgTargets.${index}`, key: 'validation.unknownSdg' });
  });
  input.budget.forEach((line, index) => {
    if (!isKnownCode('currencies', line.currency))
      issues.push({ field: `budget.${index}.currency`, key: 'validation.unknownCurrency' });
  });
  issues.push(...(await checkAlignment(db, context, input)));
  if (issues.length > 0) throw new ValidationError(issues);
}

function relationValues(input: InitiativeInput) {
  return {
    territorialUnitIds: input.isWholeTerritory ? [] : [...new Set(input.territorialUnitIds)],
    departments: input.departments,
    partners: input.partners,
    linkIds: [...new Set(input.linkIds)],
    budget: input.budget.map((line) => ({
      source: line.source,
      amountMinor: line.amountMinor,
      currency: line.currency,
      description: line.description ?? null,
    })),
  };
}

/** Registers an initiative in problematización, with its first stage change in the history. */
export async function createInitiative(db: Database, context: TenantContext, input: InitiativeInput) {
  await checkReferences(db, context, input);
  const initiative = await queries.insertInitiative(db, {
    ...initiativeValues(input),
    stage: 'problematization',
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  const relations = relationValues(input);
  await queries.replaceRelations(db, context, initiative.id, relations);
  await queries.insertStageChange(db, {
    governmentId: context.governmentId,
    initiativeId: initiative.id,
    fromStage: null,
    toStage: 'problematization',
    actorId: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'initiative',
    entityId: initiative.id,
    action: 'create',
    after: { ...initiative, ...relations },
  });
  return initiative;
}

export async function getInitiativeRow(db: Database, context: TenantContext, id: string) {
  const initiative = await queries.findInitiative(db, context, id);
  if (!initiative) throw new NotFoundError();
  return initiative;
}

/** Closed and cancelled initiatives are history: reopen them before changing anything. */
export function assertOpen(initiative: queries.InitiativeRow) {
  if (initiative.stage === 'closed' || initiative.stage === 'cancelled') {
    throw new ValidationError([{ field: 'stage', key: 'validation.initiativeClosed' }]);
  }
}

/** Updates the initiative's own fields and relations (not its stage, which moves only through the gates). */
export async function updateInitiative(
  db: Database,
  context: TenantContext,
  id: string,
  input: InitiativeInput & { version: number },
) {
  const before = await getInitiativeRow(db, context, id);
  assertOpen(before);
  await checkReferences(db, context, input);
  const relationsBefore = await queries.findRelations(db, context, [id]);
  const after = await updateVersioned(db, initiatives, context, id, input.version, initiativeValues(input));
  const relations = relationValues(input);
  await queries.replaceRelations(db, context, id, relations);
  await recordAudit(db, context, {
    entityType: 'initiative',
    entityId: id,
    action: 'update',
    before: { ...before, relations: relationsBefore },
    after: { ...after, ...relations },
  });
  return after;
}

/** A liaison reports only where their department takes part; coordinators and admins everywhere. */
export function canReportOn(context: TenantContext, departmentIds: string[]): boolean {
  if (context.role === 'admin' || context.role === 'coordinator') return true;
  if (context.role !== 'liaison' || !context.departmentId) return false;
  return departmentIds.includes(context.departmentId);
}

export async function assertCanReport(db: Database, context: TenantContext, initiativeId: string) {
  const { departmentRows } = await queries.findRelations(db, context, [initiativeId]);
  if (
    !canReportOn(
      context,
      departmentRows.map((row) => row.departmentId),
    )
  )
    throw new ForbiddenError();
}

async function loadDesign(db: Database, context: TenantContext, ids: string[]) {
  const today = await todayFor(db, context);
  const design = groupDesign(await queries.findDesign(db, context, ids), today);
  const empty: InitiativeDesign = { rows: [], indicators: [], activities: [] };
  return { today, designOf: (id: string) => design.get(id) ?? empty };
}

/** The initiative with everything its page shows: relations, gates per stage, history, roll-up. */
export async function getInitiative(db: Database, context: TenantContext, id: string) {
  const initiative = await getInitiativeRow(db, context, id);
  const [relations, history, { designOf }] = await Promise.all([
    queries.findRelations(db, context, [id]),
    queries.findStageChanges(db, context, id),
    loadDesign(db, context, [id]),
  ]);
  const design = designOf(id);
  const snapshot = toSnapshot(initiative, relations.units.length, design);
  return {
    initiative,
    relations,
    history,
    design,
    gates: describeGates(snapshot),
    progress: computeRollUp(initiative.rollUpMethod, design),
    canReport: canReportOn(
      context,
      relations.departmentRows.map((row) => row.departmentId),
    ),
  };
}

function nextStageOf(stage: Stage): Stage | null {
  if (stage === 'closed' || stage === 'cancelled') return null;
  return reachableStages(stage)[0] ?? null;
}

/** The board: initiatives with what stands between each one and its next stage. */
export async function listInitiatives(
  db: Database,
  context: TenantContext,
  filter: queries.InitiativeListFilter,
) {
  const { items, total } = await queries.findInitiatives(db, context, filter);
  const ids = items.map((item) => item.id);
  const [relations, { designOf }] = await Promise.all([
    queries.findRelations(db, context, ids),
    loadDesign(db, context, ids),
  ]);
  const rows = items.map((initiative) => {
    const design = designOf(initiative.id);
    const unitCount = relations.units.filter((unit) => unit.initiativeId === initiative.id).length;
    const nextStage = nextStageOf(initiative.stage);
    const problems = nextStage ? requirementsFor(nextStage, toSnapshot(initiative, unitCount, design)) : [];
    return {
      initiative,
      nextStage,
      nextStageProblems: problems,
      purposeProgress: computeRollUp(initiative.rollUpMethod, design).purpose.own,
      leadDepartmentName:
        relations.departmentRows.find((row) => row.initiativeId === initiative.id && row.role === 'lead')
          ?.name ?? null,
      partnerNames: relations.partnerRows
        .filter((row) => row.initiativeId === initiative.id)
        .map((row) => row.name),
    };
  });
  return { rows, total };
}

/**
 * Moves an initiative through the cycle. The gate is checked here, on the stored data, so that no
 * client can skip it; a refusal lists every missing item. The move and its reason go to the history.
 */
export async function changeStage(
  db: Database,
  context: TenantContext,
  id: string,
  input: { stage: Stage; reason?: string | null | undefined; version: number },
) {
  const detail = await getInitiative(db, context, id);
  const snapshot = toSnapshot(detail.initiative, detail.relations.units.length, detail.design);
  const problems = checkStageTransition(snapshot, input.stage, input.reason ?? null);
  if (problems.length > 0) throw new GateRefusedError(problems.map(gateProblemToIssue));
  const from = detail.initiative.stage;
  const after = await updateVersioned(db, initiatives, context, id, input.version, {
    stage: input.stage,
    stageChangedAt: new Date(),
  });
  await queries.insertStageChange(db, {
    governmentId: context.governmentId,
    initiativeId: id,
    fromStage: from,
    toStage: input.stage,
    reason: input.reason ?? null,
    actorId: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'initiative',
    entityId: id,
    action: 'status_change',
    before: { stage: from },
    after: { stage: input.stage, reason: input.reason ?? null },
  });
  return after;
}
