/**
 * The capacity self-assessment: a questionnaire of dimensions, each answered with a maturity level
 * from 1 to 5. Pure rules, no I/O: what an answer needs, the total maturity level, what changed
 * between two editions, which next steps to suggest and how an association sums its members up.
 * The method is written out in docs/capacity.md.
 */

export const maturityLevels = [1, 2, 3, 4, 5] as const;
export type MaturityLevel = (typeof maturityLevels)[number];

/** What the rules need of a questionnaire: its dimensions (in order) and the evidence threshold. */
export type QuestionnaireShape = {
  evidenceFromLevel: number;
  dimensions: readonly { key: string }[];
};

export type CapacityAnswer = { level: MaturityLevel; evidence: string | null; note?: string | null };
export type CapacityAnswers = Readonly<Record<string, CapacityAnswer | undefined>>;

export type AnswerIssue = {
  dimensionKey: string;
  field: 'level' | 'evidence';
  problem: 'required' | 'evidenceRequired' | 'unknownDimension';
};

/**
 * What keeps a set of answers from being saved (unknown dimensions, a level of 3 or more without
 * evidence) and, when `isComplete` is asked, from closing the edition (a dimension left unanswered).
 */
export function checkAnswers(
  questionnaire: QuestionnaireShape,
  answers: CapacityAnswers,
  options: { isComplete: boolean },
): AnswerIssue[] {
  const known = new Set(questionnaire.dimensions.map((dimension) => dimension.key));
  const issues: AnswerIssue[] = [];
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) issues.push({ dimensionKey: key, field: 'level', problem: 'unknownDimension' });
  }
  for (const { key } of questionnaire.dimensions) {
    const answer = answers[key];
    if (!answer) {
      if (options.isComplete) issues.push({ dimensionKey: key, field: 'level', problem: 'required' });
      continue;
    }
    const hasEvidence = (answer.evidence ?? '').trim().length > 0;
    if (answer.level >= questionnaire.evidenceFromLevel && !hasEvidence)
      issues.push({ dimensionKey: key, field: 'evidence', problem: 'evidenceRequired' });
  }
  return issues;
}

export type CapacityScore = {
  /** Mean level of the answered dimensions, to two decimals; null when nothing is answered. */
  averageLevel: number | null;
  /** The total maturity level: the mean rounded down, at most one above the weakest dimension. */
  totalLevel: MaturityLevel | null;
  answered: number;
  dimensions: number;
};

/**
 * The total maturity level is the mean level rounded down, capped at one level above the weakest
 * dimension: a government with an excellent office and no budget at all is not "consolidated".
 */
export function scoreAnswers(questionnaire: QuestionnaireShape, answers: CapacityAnswers): CapacityScore {
  const levels = questionnaire.dimensions
    .map(({ key }) => answers[key]?.level)
    .filter((level): level is MaturityLevel => level !== undefined);
  if (levels.length === 0)
    return { averageLevel: null, totalLevel: null, answered: 0, dimensions: questionnaire.dimensions.length };
  const sum = levels.reduce((total, level) => total + level, 0);
  const average = sum / levels.length;
  const weakest = Math.min(...levels);
  // A quotient of small integers that is whole is exact in floating point: 9 / 3 is 3, not 2.999….
  const floor = Math.floor(sum / levels.length);
  const totalLevel = Math.max(1, Math.min(floor, weakest + 1, 5)) as MaturityLevel;
  return {
    averageLevel: Math.round(average * 100) / 100,
    totalLevel,
    answered: levels.length,
    dimensions: questionnaire.dimensions.length,
  };
}

export type DimensionChange = {
  dimensionKey: string;
  previous: MaturityLevel | null;
  current: MaturityLevel | null;
  /** current − previous; null when either is missing. */
  delta: number | null;
  direction: 'up' | 'down' | 'same' | 'new' | 'removed';
};

/** Dimension by dimension, what changed between the last completed edition and this one. */
export function compareEditions(
  questionnaire: QuestionnaireShape,
  previous: CapacityAnswers,
  current: CapacityAnswers,
): DimensionChange[] {
  return questionnaire.dimensions.map(({ key }) => {
    const before = previous[key]?.level ?? null;
    const after = current[key]?.level ?? null;
    if (before === null && after === null)
      return { dimensionKey: key, previous: null, current: null, delta: null, direction: 'same' };
    if (before === null)
      return { dimensionKey: key, previous: null, current: after, delta: null, direction: 'new' };
    if (after === null)
      return { dimensionKey: key, previous: before, current: null, delta: null, direction: 'removed' };
    const delta = after - before;
    return {
      dimensionKey: key,
      previous: before,
      current: after,
      delta,
      direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
    };
  });
}

export type Suggestion = { dimensionKey: string; level: MaturityLevel };

/**
 * The weakest dimensions (lowest level first, in questionnaire order on ties), up to `limit`; a
 * dimension already at the top level needs no next step. The text of each step is in the
 * questionnaire, under the dimension's current level.
 */
export function suggestNextSteps(
  questionnaire: QuestionnaireShape,
  answers: CapacityAnswers,
  limit = 3,
): Suggestion[] {
  return questionnaire.dimensions
    .map(({ key }, order) => ({ key, order, level: answers[key]?.level }))
    .filter((item): item is { key: string; order: number; level: MaturityLevel } => item.level !== undefined)
    .filter((item) => item.level < 5)
    .sort((a, b) => a.level - b.level || a.order - b.order)
    .slice(0, limit)
    .map((item) => ({ dimensionKey: item.key, level: item.level }));
}

export type MemberResult = { memberId: string; answers: CapacityAnswers };

export type DimensionSummary = {
  dimensionKey: string;
  /** Mean level among members that answered it, to two decimals; null when none did. */
  averageLevel: number | null;
  /** How many members are at each level 1..5 (index 0 is level 1). */
  distribution: [number, number, number, number, number];
};

/** An association's view of its members' shared results: mean and distribution per dimension. */
export function summariseMembers(questionnaire: QuestionnaireShape, members: readonly MemberResult[]) {
  return questionnaire.dimensions.map(({ key }): DimensionSummary => {
    const distribution: DimensionSummary['distribution'] = [0, 0, 0, 0, 0];
    let sum = 0;
    let count = 0;
    for (const member of members) {
      const level = member.answers[key]?.level;
      if (level === undefined) continue;
      distribution[level - 1] = (distribution[level - 1] ?? 0) + 1;
      sum += level;
      count += 1;
    }
    return {
      dimensionKey: key,
      averageLevel: count === 0 ? null : Math.round((sum / count) * 100) / 100,
      distribution,
    };
  });
}

export type RankedMember = { memberId: string; position: number; score: CapacityScore };

/**
 * Members ranked by mean level (then total level); equal results share a position (1, 2, 2, 4), so
 * that a tie is never presented as a difference.
 */
export function rankMembers(
  questionnaire: QuestionnaireShape,
  members: readonly MemberResult[],
): RankedMember[] {
  const scored = members
    .map((member) => ({ memberId: member.memberId, score: scoreAnswers(questionnaire, member.answers) }))
    .sort(
      (a, b) =>
        (b.score.averageLevel ?? 0) - (a.score.averageLevel ?? 0) ||
        (b.score.totalLevel ?? 0) - (a.score.totalLevel ?? 0),
    );
  let position = 0;
  return scored.map((item, index) => {
    const previous = scored[index - 1];
    const isTied =
      previous !== undefined &&
      previous.score.averageLevel === item.score.averageLevel &&
      previous.score.totalLevel === item.score.totalLevel;
    if (!isTied) position = index + 1;
    return { ...item, position };
  });
}

type Position = readonly number[];

/**
 * The centre of the bounding box of GeoJSON geometries (Polygon, MultiPolygon, Point…): where a
 * government sits on a map of members, from the geometry of its territorial units.
 */
export function geometryCentre(
  geometries: readonly unknown[],
): { longitude: number; latitude: number } | null {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  const visit = (node: unknown): void => {
    if (!Array.isArray(node)) return;
    if (node.length >= 2 && typeof node[0] === 'number' && typeof node[1] === 'number') {
      const [x, y] = node as Position as [number, number];
      if (!Number.isFinite(x) || !Number.isFinite(y)) return;
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      return;
    }
    for (const child of node) visit(child);
  };
  for (const geometry of geometries) {
    if (geometry && typeof geometry === 'object' && 'coordinates' in geometry)
      visit((geometry as { coordinates: unknown }).coordinates);
  }
  if (!Number.isFinite(minX)) return null;
  return {
    longitude: Math.round(((minX + maxX) / 2) * 1e5) / 1e5,
    latitude: Math.round(((minY + maxY) / 2) * 1e5) / 1e5,
  };
}

export type QuestionnaireUploadIssue = {
  field: 'id' | 'version';
  problem: 'instanceId' | 'versionNotHigher' | 'tooMany';
};

/**
 * Whether an association may store an uploaded questionnaire. Its id must not be one of the
 * instance's (an edition's questionnaire id would then name two different questionnaires), a new
 * version of one of its own must be higher than the last (older versions stay: editions that used
 * them keep their meaning), and it keeps at most `limit` versions in all.
 */
export function checkQuestionnaireUpload(
  upload: { id: string; version: number },
  stored: { isInstanceId: boolean; latestVersion: number | null; count: number; limit: number },
): QuestionnaireUploadIssue[] {
  if (stored.isInstanceId) return [{ field: 'id', problem: 'instanceId' }];
  if (stored.latestVersion !== null && upload.version <= stored.latestVersion)
    return [{ field: 'version', problem: 'versionNotHigher' }];
  if (stored.count >= stored.limit) return [{ field: 'id', problem: 'tooMany' }];
  return [];
}
