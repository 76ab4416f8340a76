import { describe, expect, it } from 'vitest';
import {
  type CapacityAnswers,
  checkAnswers,
  checkQuestionnaireUpload,
  compareEditions,
  geometryCentre,
  rankMembers,
  scoreAnswers,
  suggestNextSteps,
  summariseMembers,
} from './capacity';

const questionnaire = {
  evidenceFromLevel: 3,
  dimensions: [{ key: 'office' }, { key: 'budget' }, { key: 'legal' }, { key: 'networks' }],
};

const answers = (levels: Record<string, 1 | 2 | 3 | 4 | 5>): CapacityAnswers =>
  Object.fromEntries(
    Object.entries(levels).map(([key, level]) => [
      key,
      { level, evidence: level >= 3 ? 'Decreto 1 de 2020' : null },
    ]),
  );

describe('capacity answers', () => {
  it('needs evidence from level 3 up, and every dimension only to complete', () => {
    const draft: CapacityAnswers = {
      office: { level: 3, evidence: '  ' },
      budget: { level: 2, evidence: null },
      legal: { level: 4, evidence: 'https://example.org/acuerdo.pdf' },
    };
    expect(checkAnswers(questionnaire, draft, { isComplete: false })).toEqual([
      { dimensionKey: 'office', field: 'evidence', problem: 'evidenceRequired' },
    ]);
    expect(checkAnswers(questionnaire, draft, { isComplete: true })).toEqual([
      { dimensionKey: 'office', field: 'evidence', problem: 'evidenceRequired' },
      { dimensionKey: 'networks', field: 'level', problem: 'required' },
    ]);
  });

  it('refuses a dimension the questionnaire does not have', () => {
    expect(checkAnswers(questionnaire, answers({ staff: 1 }), { isComplete: false })).toEqual([
      { dimensionKey: 'staff', field: 'level', problem: 'unknownDimension' },
    ]);
  });
});

describe('total maturity level', () => {
  it('is the mean rounded down', () => {
    expect(scoreAnswers(questionnaire, answers({ office: 4, budget: 3, legal: 4, networks: 4 }))).toEqual({
      averageLevel: 3.75,
      totalLevel: 3,
      answered: 4,
      dimensions: 4,
    });
    expect(scoreAnswers(questionnaire, answers({ office: 3, budget: 3, legal: 3 })).totalLevel).toBe(3);
  });

  it('never stands more than one level above the weakest dimension', () => {
    const score = scoreAnswers(questionnaire, answers({ office: 5, budget: 1, legal: 5, networks: 5 }));
    expect(score.averageLevel).toBe(4);
    expect(score.totalLevel).toBe(2);
  });

  it('has no level when nothing is answered', () => {
    expect(scoreAnswers(questionnaire, {})).toMatchObject({
      averageLevel: null,
      totalLevel: null,
      answered: 0,
    });
  });
});

describe('editions over time', () => {
  it('says what went up, down, stayed, appeared', () => {
    const changes = compareEditions(
      questionnaire,
      answers({ office: 2, budget: 3, legal: 4 }),
      answers({ office: 3, budget: 3, legal: 2, networks: 1 }),
    );
    expect(changes.map((change) => [change.dimensionKey, change.direction, change.delta])).toEqual([
      ['office', 'up', 1],
      ['budget', 'same', 0],
      ['legal', 'down', -2],
      ['networks', 'new', null],
    ]);
  });

  it('suggests next steps for the weakest dimensions, in questionnaire order on ties, none at level 5', () => {
    expect(
      suggestNextSteps(questionnaire, answers({ office: 5, budget: 2, legal: 1, networks: 2 }), 2),
    ).toEqual([
      { dimensionKey: 'legal', level: 1 },
      { dimensionKey: 'budget', level: 2 },
    ]);
    expect(suggestNextSteps(questionnaire, answers({ office: 5, budget: 5, legal: 5, networks: 5 }))).toEqual(
      [],
    );
  });
});

describe('an association over its members', () => {
  const members = [
    { memberId: 'a', answers: answers({ office: 4, budget: 3, legal: 3, networks: 5 }) },
    { memberId: 'b', answers: answers({ office: 2, budget: 3, legal: 1, networks: 2 }) },
    { memberId: 'c', answers: answers({ office: 4, budget: 3, legal: 3, networks: 5 }) },
  ];

  it('averages and distributes each dimension', () => {
    const [office, budget] = summariseMembers(questionnaire, members);
    expect(office).toEqual({ dimensionKey: 'office', averageLevel: 3.33, distribution: [0, 1, 0, 2, 0] });
    expect(budget?.distribution).toEqual([0, 0, 3, 0, 0]);
  });

  it('ranks by mean level, ties sharing a position', () => {
    expect(rankMembers(questionnaire, members).map((item) => [item.memberId, item.position])).toEqual([
      ['a', 1],
      ['c', 1],
      ['b', 3],
    ]);
  });
});

describe('where a government sits on the map', () => {
  it('is the centre of the bounding box of its units', () => {
    const square = {
      type: 'Polygon',
      coordinates: [
        [
          [-75.6, 6.2],
          [-75.5, 6.2],
          [-75.5, 6.3],
          [-75.6, 6.2],
        ],
      ],
    };
    const other = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [-75.7, 6.1],
            [-75.65, 6.15],
            [-75.7, 6.1],
          ],
        ],
      ],
    };
    expect(geometryCentre([square, other, null])).toEqual({ longitude: -75.6, latitude: 6.2 });
    expect(geometryCentre([])).toBeNull();
  });
});

describe('what an association may upload as its own questionnaire', () => {
  const stored = { isInstanceId: false, latestVersion: null, count: 0, limit: 100 };
  it('accepts a new id, or a higher version of one of its own', () => {
    expect(checkQuestionnaireUpload({ id: 'red', version: 1 }, stored)).toEqual([]);
    expect(
      checkQuestionnaireUpload({ id: 'red', version: 3 }, { ...stored, latestVersion: 2, count: 2 }),
    ).toEqual([]);
  });
  it('refuses the same or a lower version: older versions stay as they were', () => {
    expect(checkQuestionnaireUpload({ id: 'red', version: 2 }, { ...stored, latestVersion: 2 })).toEqual([
      { field: 'version', problem: 'versionNotHigher' },
    ]);
    expect(checkQuestionnaireUpload({ id: 'red', version: 1 }, { ...stored, latestVersion: 2 })).toEqual([
      { field: 'version', problem: 'versionNotHigher' },
    ]);
  });
  it('refuses an id of the instance and more versions than the limit', () => {
    expect(checkQuestionnaireUpload({ id: 'x', version: 9 }, { ...stored, isInstanceId: true })).toEqual([
      { field: 'id', problem: 'instanceId' },
    ]);
    expect(checkQuestionnaireUpload({ id: 'red', version: 1 }, { ...stored, count: 100 })).toEqual([
      { field: 'id', problem: 'tooMany' },
    ]);
  });
});
