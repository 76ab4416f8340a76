import type {
  ActivityInput,
  IndicatorInput,
  InitiativeInput,
  MeasurementInput,
  MirRowInput,
  Stage,
} from '../../contracts/initiatives';

/** One value of a measurement split by one dimension (people by comuna, by sex, by age group). */
export type DemoDisaggregatedValue = {
  dimension: 'territorial_unit' | 'sex' | 'age_group';
  /** For territorial_unit, the territorial unit CODE ('01', '09007'): the seeder maps it to the unit's id. */
  category: string;
  value: string;
};

export type DemoMeasurement = Omit<MeasurementInput, 'disaggregatedValues'> & {
  // territorial_unit categories are territorial unit CODES here; the seeder maps them to ids
  disaggregatedValues?: DemoDisaggregatedValue[];
};

/** An indicator as iniciativas.json has it: its measurements are in mediciones.csv. */
export type DemoIndicatorFile = Omit<IndicatorInput, 'mirRowId'>;
export type DemoIndicator = DemoIndicatorFile & { measurements: DemoMeasurement[] };

/**
 * A row of the logical-framework matrix. `parentKey` points at the row one level up: the purpose at
 * the goal, a component at the purpose, an activity at its component.
 */
export type DemoMirRow = Omit<MirRowInput, 'parentId'> & {
  key: string;
  parentKey?: string;
  indicators: DemoIndicator[];
};

export type DemoActivity = Omit<ActivityInput, 'mirRowId' | 'ownerDepartmentId'> & {
  /** Key of the MIR row (usually an activity-level row) the activity carries out. */
  mirKey?: string;
  ownerDepartmentAcronym?: string;
};

/** An initiative as iniciativas.json has it, before its measurements are read from mediciones.csv. */
export type DemoInitiativeFile = Omit<DemoInitiative, 'mir'> & {
  mir: (Omit<DemoMirRow, 'indicators'> & { indicators: DemoIndicatorFile[] })[];
};

export type DemoInitiative = {
  key: string;
  input: Omit<
    InitiativeInput,
    'territorialUnitIds' | 'departments' | 'partners' | 'linkIds' | 'planCodes'
  > & {
    planCodes?: string[];
    territorialUnitCodes: string[];
    departments: { acronym: string; role: 'lead' | 'participant' }[];
    partners: { partnerKey: string; role: InitiativeInput['partners'][number]['role'] }[];
    linkKeys: string[];
  };
  /** The seeder walks problematization → … → targetStage through the API, passing every gate. */
  targetStage: Stage;
  mir: DemoMirRow[];
  activities: DemoActivity[];
};
