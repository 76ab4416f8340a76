import type { GateProblem, Initiative, InitiativeInput, Stage } from '../../../contracts/initiatives';
import { isForward, openStages } from '../../../domain/policy-cycle';

/**
 * The full body of PUT /initiatives/:id as the initiative is now. Each tab edits a few fields and
 * sends them over this, so saving the agenda never erases the problem tree someone else just wrote.
 */
export function initiativeToInput(initiative: Initiative): InitiativeInput {
  return {
    title: initiative.title,
    summary: initiative.summary,
    strategyLine: initiative.strategyLine,
    themes: initiative.themes,
    planCodes: initiative.planCodes,
    sdgGoals: initiative.sdgGoals,
    sdgTargets: initiative.sdgTargets,
    objective: initiative.objective,
    causalHypothesis: initiative.causalHypothesis,
    legalBasis: initiative.legalBasis,
    agents: initiative.agents,
    procedures: initiative.procedures,
    budget: initiative.budget.map((line) => ({ ...line })),
    problemStatement: initiative.problemStatement,
    problemTree: initiative.problemTree,
    affectedPopulation: initiative.affectedPopulation,
    affectedPopulationDescription: initiative.affectedPopulationDescription,
    isWholeTerritory: initiative.isWholeTerritory,
    territorialUnitIds: initiative.territorialUnits.map((unit) => unit.id),
    agendaSetter: initiative.agendaSetter,
    agendaSetterDetail: initiative.agendaSetterDetail,
    agendaDate: initiative.agendaDate,
    approach: initiative.approach,
    approachJustification: initiative.approachJustification,
    departments: initiative.departments.map(({ departmentId, role }) => ({ departmentId, role })),
    partners: initiative.partners.map(({ partnerId, role }) => ({ partnerId, role })),
    linkIds: initiative.links.map((link) => link.linkId),
    rollUpMethod: initiative.rollUpMethod,
    assessment: initiative.assessment,
  };
}

export type InitiativeTab = 'problem' | 'agenda' | 'design' | 'implementation' | 'evaluation' | 'history';

/** The tab of the initiative page where the field a gate problem names is filled in. */
export function tabOfField(field: string): InitiativeTab | null {
  const name = field.replace(/^body\./, '');
  if (/^(problemStatement|problemTree|affectedPopulation|territorialUnitIds|isWholeTerritory)/.test(name))
    return 'problem';
  if (/^(agenda|approach)/.test(name)) return 'agenda';
  if (/^(mir|indicators)/.test(name)) return 'design';
  if (/^activities/.test(name)) return 'implementation';
  if (/^(assessment|rollUpMethod)/.test(name)) return 'evaluation';
  return null;
}

/** A gate problem as the stage endpoint's 422 names it ({field, message, code}) or as the read model does. */
export type MissingItem = { field: string; message: string; key: string };

export function fromGateProblems(problems: GateProblem[]): MissingItem[] {
  return problems.map((problem) => ({ field: problem.field, message: problem.message, key: problem.key }));
}

export const boardStages = openStages;

export function isOpenStage(stage: Stage): boolean {
  return (openStages as readonly string[]).includes(stage);
}

/** Moves that the history must explain: going back, cancelling and reopening (the domain's rule). */
export function needsReason(from: Stage, to: Stage): boolean {
  return from !== to && !isForward(from, to);
}

/** An id for a new problem-tree node; unique enough within one tree. */
export function newNodeId(): string {
  return `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
