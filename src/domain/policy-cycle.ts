/**
 * The public-policy cycle of an initiative (Aguilar Villanueva): problematización → agenda → diseño →
 * implementación → evaluación, then closed; cancelled from anywhere. A stage cannot be entered while
 * what it needs is missing, and what each stage needs accumulates: entering diseño needs a complete
 * problem and agenda as well as a logical-framework matrix. The gates are pure: the API and the board
 * call the same function, so the reason a move is refused is the same everywhere.
 */

export const openStages = ['problematization', 'agenda', 'design', 'implementation', 'evaluation'] as const;
export const stages = [...openStages, 'closed', 'cancelled'] as const;
export type Stage = (typeof stages)[number];
export type OpenStage = (typeof openStages)[number];

export const mirLevels = ['goal', 'purpose', 'component', 'activity'] as const;
export type MirLevel = (typeof mirLevels)[number];

export type ProblemNode = { id: string; text: string; children: ProblemNode[] };
export type ProblemTree = { causes: ProblemNode[]; effects: ProblemNode[] };

export type IndicatorForGate = {
  name: string;
  baselineValue: string | null;
  targetValue: string | null;
  measurementCount: number;
};

export type MirRowForGate = {
  id: string;
  level: MirLevel;
  narrativeSummary: string | null;
  meansOfVerification: string | null;
  assumptions: string | null;
  indicators: IndicatorForGate[];
};

export type ActivityForGate = {
  id: string;
  title: string;
  kind: 'interpretation' | 'organization' | 'application' | null;
  hasOwner: boolean;
  startDate: string | null;
  endDate: string | null;
};

/** Everything the gates look at, read from the initiative and its related records. */
export type InitiativeSnapshot = {
  stage: Stage;
  problemStatement: string | null;
  problemTree: ProblemTree;
  affectedPopulation: number | null;
  affectedPopulationDescription: string | null;
  territorialUnitCount: number;
  isWholeTerritory: boolean;
  agendaSetter: string | null;
  agendaDate: string | null;
  approach: 'top_down' | 'bottom_up' | null;
  approachJustification: string | null;
  mirRows: MirRowForGate[];
  activities: ActivityForGate[];
  assessment: string | null;
};

/** One unmet requirement: which stage needs it, a message key, the form field or record it points at. */
export type GateProblem = {
  stage: Stage;
  key: string;
  field: string;
  params?: Record<string, string | number>;
};

const isBlank = (value: string | null | undefined) => !value || value.trim() === '';

function countNodes(nodes: ProblemNode[]): number {
  return nodes.reduce((total, node) => total + 1 + countNodes(node.children), 0);
}

function problematizationNeeds(snapshot: InitiativeSnapshot): GateProblem[] {
  const problems: GateProblem[] = [];
  const stage = 'problematization';
  if (isBlank(snapshot.problemStatement))
    problems.push({ stage, key: 'gates.problemStatement', field: 'problemStatement' });
  if (countNodes(snapshot.problemTree.causes) === 0)
    problems.push({ stage, key: 'gates.problemCauses', field: 'problemTree.causes' });
  if (countNodes(snapshot.problemTree.effects) === 0)
    problems.push({ stage, key: 'gates.problemEffects', field: 'problemTree.effects' });
  if (
    !snapshot.affectedPopulation ||
    snapshot.affectedPopulation <= 0 ||
    isBlank(snapshot.affectedPopulationDescription)
  ) {
    problems.push({ stage, key: 'gates.affectedPopulation', field: 'affectedPopulation' });
  }
  if (!snapshot.isWholeTerritory && snapshot.territorialUnitCount === 0) {
    problems.push({ stage, key: 'gates.affectedTerritory', field: 'territorialUnitIds' });
  }
  return problems;
}

function agendaNeeds(snapshot: InitiativeSnapshot): GateProblem[] {
  const problems: GateProblem[] = [];
  const stage = 'agenda';
  if (!snapshot.agendaSetter || !snapshot.agendaDate)
    problems.push({ stage, key: 'gates.agendaEntry', field: 'agendaSetter' });
  if (!snapshot.approach) problems.push({ stage, key: 'gates.approach', field: 'approach' });
  if (isBlank(snapshot.approachJustification)) {
    problems.push({ stage, key: 'gates.approachJustification', field: 'approachJustification' });
  }
  return problems;
}

function designNeeds(snapshot: InitiativeSnapshot): GateProblem[] {
  const problems: GateProblem[] = [];
  const stage = 'design';
  const byLevel = (level: MirLevel) => snapshot.mirRows.filter((row) => row.level === level);
  for (const level of mirLevels) {
    const rows = byLevel(level);
    if (rows.length === 0)
      problems.push({ stage, key: 'gates.mirLevelMissing', field: `mir.${level}`, params: { level } });
    if ((level === 'goal' || level === 'purpose') && rows.length > 1) {
      problems.push({ stage, key: 'gates.mirLevelSingle', field: `mir.${level}`, params: { level } });
    }
  }
  for (const row of snapshot.mirRows) {
    for (const column of ['narrativeSummary', 'meansOfVerification', 'assumptions'] as const) {
      if (isBlank(row[column])) {
        problems.push({
          stage,
          key: 'gates.mirCellMissing',
          field: `mir.${row.id}.${column}`,
          params: { level: row.level, column },
        });
      }
    }
    if (row.level !== 'activity' && row.indicators.length === 0) {
      problems.push({
        stage,
        key: 'gates.mirIndicatorMissing',
        field: `mir.${row.id}.indicators`,
        params: { level: row.level },
      });
    }
  }
  const purposeIndicators = byLevel('purpose').flatMap((row) => row.indicators);
  const isPurposeMeasurable = purposeIndicators.some(
    (indicator) => !isBlank(indicator.baselineValue) && !isBlank(indicator.targetValue),
  );
  if (!isPurposeMeasurable)
    problems.push({ stage, key: 'gates.purposeIndicator', field: 'mir.purpose.indicators' });
  return problems;
}

function implementationNeeds(snapshot: InitiativeSnapshot): GateProblem[] {
  const problems: GateProblem[] = [];
  const stage = 'implementation';
  if (snapshot.activities.length === 0)
    problems.push({ stage, key: 'gates.activitiesMissing', field: 'activities' });
  for (const activity of snapshot.activities) {
    const field = `activities.${activity.id}`;
    if (!activity.kind)
      problems.push({ stage, key: 'gates.activityKind', field, params: { title: activity.title } });
    if (!activity.hasOwner)
      problems.push({ stage, key: 'gates.activityOwner', field, params: { title: activity.title } });
    if (!activity.startDate || !activity.endDate) {
      problems.push({ stage, key: 'gates.activityDates', field, params: { title: activity.title } });
    }
  }
  return problems;
}

function evaluationNeeds(snapshot: InitiativeSnapshot): GateProblem[] {
  const problems: GateProblem[] = [];
  const stage = 'evaluation';
  const purposeIndicators = snapshot.mirRows
    .filter((row) => row.level === 'purpose')
    .flatMap((row) => row.indicators);
  for (const indicator of purposeIndicators) {
    if (indicator.measurementCount === 0) {
      problems.push({
        stage,
        key: 'gates.purposeMeasurement',
        field: 'indicators',
        params: { indicator: indicator.name },
      });
    }
  }
  if (purposeIndicators.length === 0)
    problems.push({ stage, key: 'gates.purposeIndicator', field: 'mir.purpose.indicators' });
  if (isBlank(snapshot.assessment)) problems.push({ stage, key: 'gates.assessment', field: 'assessment' });
  return problems;
}

const needsOf: Record<OpenStage, (snapshot: InitiativeSnapshot) => GateProblem[]> = {
  problematization: problematizationNeeds,
  agenda: agendaNeeds,
  design: designNeeds,
  implementation: implementationNeeds,
  evaluation: evaluationNeeds,
};

/** What an initiative needs to be in `stage`: that stage's own requirements and all before it. */
export function requirementsFor(stage: Stage, snapshot: InitiativeSnapshot): GateProblem[] {
  if (stage === 'cancelled') return [];
  const upTo = stage === 'closed' ? openStages.length : openStages.indexOf(stage) + 1;
  return openStages.slice(0, upTo).flatMap((each) => needsOf[each](snapshot));
}

/** The stages an initiative may be moved to from where it is, before looking at its content. */
export function reachableStages(from: Stage): Stage[] {
  if (from === 'closed') return ['evaluation'];
  if (from === 'cancelled') return ['problematization'];
  const index = openStages.indexOf(from);
  const backward = openStages.slice(0, index);
  const forward: Stage[] = index < openStages.length - 1 ? [openStages[index + 1] as Stage] : ['closed'];
  return [...forward, ...backward, 'cancelled'];
}

export function isForward(from: Stage, to: Stage): boolean {
  if (to === 'closed') return from === 'evaluation';
  const fromIndex = openStages.indexOf(from as OpenStage);
  const toIndex = openStages.indexOf(to as OpenStage);
  return fromIndex >= 0 && toIndex > fromIndex;
}

/**
 * May the initiative move from its stage to `to`? Forward moves go one stage at a time and pass the
 * gate; going back, cancelling and reopening need a reason, because the history must explain them.
 */
export function checkStageTransition(
  snapshot: InitiativeSnapshot,
  to: Stage,
  reason: string | null,
): GateProblem[] {
  const from = snapshot.stage;
  if (from === to) return [];
  if (!reachableStages(from).includes(to)) {
    return [{ stage: to, key: 'gates.transitionNotAllowed', field: 'stage', params: { from, to } }];
  }
  if (!isForward(from, to) && isBlank(reason))
    return [{ stage: to, key: 'gates.reasonRequired', field: 'reason' }];
  if (isForward(from, to)) return requirementsFor(to, snapshot);
  return [];
}

/** For the board: for every stage, whether the initiative could be moved there now and why not. */
export function describeGates(snapshot: InitiativeSnapshot) {
  return stages.map((stage) => {
    const reachable = stage === snapshot.stage || reachableStages(snapshot.stage).includes(stage);
    const problems = reachable && isForward(snapshot.stage, stage) ? requirementsFor(stage, snapshot) : [];
    return { stage, isReachable: reachable, problems };
  });
}
