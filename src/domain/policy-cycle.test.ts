import { describe, expect, it } from 'vitest';
import {
  checkStageTransition,
  describeGates,
  type InitiativeSnapshot,
  reachableStages,
  requirementsFor,
} from './policy-cycle';

const empty: InitiativeSnapshot = {
  stage: 'problematization',
  problemStatement: null,
  problemTree: { causes: [], effects: [] },
  affectedPopulation: null,
  affectedPopulationDescription: null,
  territorialUnitCount: 0,
  isWholeTerritory: false,
  agendaSetter: null,
  agendaDate: null,
  approach: null,
  approachJustification: null,
  mirRows: [],
  activities: [],
  assessment: null,
};

const indicator = {
  name: 'Tasa de homicidios',
  baselineValue: '24.8',
  targetValue: '18',
  measurementCount: 0,
};
const row = (id: string, level: 'goal' | 'purpose' | 'component' | 'activity', indicators = [indicator]) => ({
  id,
  level,
  narrativeSummary: `Resumen ${id}`,
  meansOfVerification: 'Informe de Medicina Legal',
  assumptions: 'Se mantiene la financiación',
  indicators: level === 'activity' ? [] : indicators,
});

const complete: InitiativeSnapshot = {
  ...empty,
  problemStatement: 'Altas tasas de violencia juvenil en las comunas nororientales.',
  problemTree: {
    causes: [
      {
        id: 'c1',
        text: 'Falta de oportunidades',
        children: [{ id: 'c1a', text: 'Deserción escolar', children: [] }],
      },
    ],
    effects: [{ id: 'e1', text: 'Homicidios de jóvenes', children: [] }],
  },
  affectedPopulation: 120_000,
  affectedPopulationDescription: 'Jóvenes de 14 a 28 años',
  territorialUnitCount: 3,
  agendaSetter: 'mayor',
  agendaDate: '2024-02-01',
  approach: 'bottom_up',
  approachJustification: 'Las juntas de acción comunal participan en el diseño.',
  mirRows: [row('fin', 'goal'), row('prop', 'purpose'), row('comp1', 'component'), row('act1', 'activity')],
  activities: [
    {
      id: 'a1',
      title: 'Mesas con líderes',
      kind: 'interpretation',
      hasOwner: true,
      startDate: '2024-03-01',
      endDate: '2024-06-30',
    },
  ],
  assessment: null,
};

const keys = (problems: { key: string }[]) => problems.map((problem) => problem.key);

describe('gates of the policy cycle', () => {
  it('lets an initiative be registered in problematización with a draft problem', () => {
    expect(requirementsFor('problematization', empty).length).toBeGreaterThan(0);
    expect(checkStageTransition(empty, 'problematization', null)).toEqual([]);
  });

  it('refuses agenda until the problem, its tree, population and territory are there, and says which', () => {
    const problems = checkStageTransition(empty, 'agenda', null);
    expect(keys(problems)).toEqual([
      'gates.problemStatement',
      'gates.problemCauses',
      'gates.problemEffects',
      'gates.affectedPopulation',
      'gates.affectedTerritory',
      'gates.agendaEntry',
      'gates.approach',
      'gates.approachJustification',
    ]);
    expect(problems.every((problem) => problem.field)).toBe(true);
  });

  it('accepts the whole territory instead of listing units', () => {
    const snapshot = { ...complete, territorialUnitCount: 0, isWholeTerritory: true };
    expect(checkStageTransition(snapshot, 'agenda', null)).toEqual([]);
  });

  it('needs an approach justification for agenda', () => {
    const snapshot = { ...complete, approachJustification: '  ' };
    expect(keys(checkStageTransition(snapshot, 'agenda', null))).toEqual(['gates.approachJustification']);
  });

  it('needs a complete matrix with a measurable purpose for design', () => {
    const snapshot = { ...complete, stage: 'agenda' as const, mirRows: [row('fin', 'goal')] };
    expect(keys(checkStageTransition(snapshot, 'design', null))).toEqual([
      'gates.mirLevelMissing',
      'gates.mirLevelMissing',
      'gates.mirLevelMissing',
      'gates.purposeIndicator',
    ]);
    const noBaseline = {
      ...complete,
      stage: 'agenda' as const,
      mirRows: complete.mirRows.map((each) =>
        each.level === 'purpose' ? { ...each, indicators: [{ ...indicator, baselineValue: null }] } : each,
      ),
    };
    expect(keys(checkStageTransition(noBaseline, 'design', null))).toEqual(['gates.purposeIndicator']);
    expect(checkStageTransition({ ...complete, stage: 'agenda' }, 'design', null)).toEqual([]);
  });

  it('names the empty cell of the matrix', () => {
    const snapshot = {
      ...complete,
      stage: 'agenda' as const,
      mirRows: complete.mirRows.map((each) => (each.id === 'comp1' ? { ...each, assumptions: '' } : each)),
    };
    expect(checkStageTransition(snapshot, 'design', null)).toEqual([
      {
        stage: 'design',
        key: 'gates.mirCellMissing',
        field: 'mir.comp1.assumptions',
        params: { level: 'component', column: 'assumptions' },
      },
    ]);
  });

  it('allows only one goal and one purpose', () => {
    const snapshot = {
      ...complete,
      stage: 'agenda' as const,
      mirRows: [...complete.mirRows, row('fin2', 'goal')],
    };
    expect(keys(checkStageTransition(snapshot, 'design', null))).toEqual(['gates.mirLevelSingle']);
  });

  it('needs activities with kind, owner and dates for implementation', () => {
    const snapshot = {
      ...complete,
      stage: 'design' as const,
      activities: [
        {
          id: 'a1',
          title: 'Convocatoria',
          kind: null,
          hasOwner: false,
          startDate: '2024-01-01',
          endDate: null,
        },
      ],
    };
    expect(keys(checkStageTransition(snapshot, 'implementation', null))).toEqual([
      'gates.activityKind',
      'gates.activityOwner',
      'gates.activityDates',
    ]);
    expect(
      keys(checkStageTransition({ ...complete, stage: 'design', activities: [] }, 'implementation', null)),
    ).toEqual(['gates.activitiesMissing']);
  });

  it('needs a measurement of every purpose indicator and a written assessment for evaluation', () => {
    const snapshot = { ...complete, stage: 'implementation' as const };
    expect(keys(checkStageTransition(snapshot, 'evaluation', null))).toEqual([
      'gates.purposeMeasurement',
      'gates.assessment',
    ]);
    const measured = {
      ...snapshot,
      assessment: 'La tasa bajó en las tres comunas; se recomienda ampliar.',
      mirRows: complete.mirRows.map((each) => ({
        ...each,
        indicators: each.indicators.map((item) => ({ ...item, measurementCount: 2 })),
      })),
    };
    expect(checkStageTransition(measured, 'evaluation', null)).toEqual([]);
    expect(checkStageTransition({ ...measured, stage: 'evaluation' }, 'closed', null)).toEqual([]);
  });

  it('moves forward one stage at a time', () => {
    expect(keys(checkStageTransition(complete, 'design', null))).toEqual(['gates.transitionNotAllowed']);
    expect(keys(checkStageTransition(complete, 'closed', null))).toEqual(['gates.transitionNotAllowed']);
  });

  it('goes back or cancels only with a reason, without gates', () => {
    const designing = { ...empty, stage: 'design' as const };
    expect(keys(checkStageTransition(designing, 'agenda', null))).toEqual(['gates.reasonRequired']);
    expect(checkStageTransition(designing, 'agenda', 'El Concejo pidió revisar el enfoque')).toEqual([]);
    expect(keys(checkStageTransition(designing, 'cancelled', ''))).toEqual(['gates.reasonRequired']);
    expect(checkStageTransition(designing, 'cancelled', 'Se perdió la financiación')).toEqual([]);
  });

  it('reopens closed and cancelled initiatives only to a sensible stage', () => {
    expect(reachableStages('closed')).toEqual(['evaluation']);
    expect(reachableStages('cancelled')).toEqual(['problematization']);
    expect(keys(checkStageTransition({ ...complete, stage: 'cancelled' }, 'design', 'x'))).toEqual([
      'gates.transitionNotAllowed',
    ]);
  });

  it('describes every column of the board for one initiative', () => {
    const columns = describeGates({ ...complete, stage: 'agenda' });
    const design = columns.find((column) => column.stage === 'design');
    const evaluation = columns.find((column) => column.stage === 'evaluation');
    expect(design).toEqual({ stage: 'design', isReachable: true, problems: [] });
    expect(evaluation?.isReachable).toBe(false);
  });
});
