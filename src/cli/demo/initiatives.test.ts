import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  activityInputSchema,
  ageGroups,
  indicatorInputSchema,
  initiativeInputSchema,
  measurementInputSchema,
  mirRowInputSchema,
  sexCategories,
} from '../../contracts/initiatives';
import { findDisaggregationMismatches } from '../../domain/indicators';
import {
  type InitiativeSnapshot,
  type MirLevel,
  mirLevels,
  openStages,
  requirementsFor,
} from '../../domain/policy-cycle';
import { isKnownSdgGoal, isKnownSdgTarget } from '../../server/modules/reference/reference.service';
import { buildDemoGovernments } from './demo-data';
import type { DemoGovernment } from './demo-types';
import type { DemoInitiative } from './initiatives-types';

const today = new Date('2025-03-10T12:00:00Z');
const todayIso = today.toISOString().slice(0, 10);
const governments = buildDemoGovernments(today);

/** A stable random id per key, as the seeder would get from the database. */
function idMap() {
  const ids = new Map<string, string>();
  return (key: string) => {
    let id = ids.get(key);
    if (!id) {
      id = randomUUID();
      ids.set(key, id);
    }
    return id;
  };
}

/** The initiative input the seeder will send, with codes, acronyms and keys replaced by ids. */
function toInput(initiative: DemoInitiative) {
  const id = idMap();
  const { territorialUnitCodes, departments, partners, linkKeys, ...rest } = initiative.input;
  return {
    ...rest,
    territorialUnitIds: territorialUnitCodes.map((code) => id(`unit:${code}`)),
    departments: departments.map((department) => ({
      departmentId: id(`department:${department.acronym}`),
      role: department.role,
    })),
    partners: partners.map((partner) => ({
      partnerId: id(`partner:${partner.partnerKey}`),
      role: partner.role,
    })),
    linkIds: linkKeys.map((key) => id(`link:${key}`)),
  };
}

function snapshotOf(initiative: DemoInitiative): InitiativeSnapshot {
  const { input } = initiative;
  return {
    stage: initiative.targetStage,
    problemStatement: input.problemStatement ?? null,
    problemTree: input.problemTree,
    affectedPopulation: input.affectedPopulation ?? null,
    affectedPopulationDescription: input.affectedPopulationDescription ?? null,
    territorialUnitCount: input.territorialUnitCodes.length,
    isWholeTerritory: input.isWholeTerritory,
    agendaSetter: input.agendaSetter ?? null,
    agendaDate: input.agendaDate ?? null,
    approach: input.approach ?? null,
    approachJustification: input.approachJustification ?? null,
    mirRows: initiative.mir.map((row) => ({
      id: row.key,
      level: row.level,
      narrativeSummary: row.narrativeSummary ?? null,
      meansOfVerification: row.meansOfVerification ?? null,
      assumptions: row.assumptions ?? null,
      indicators: row.indicators.map((indicator) => ({
        name: indicator.name,
        baselineValue: indicator.baselineValue ?? null,
        targetValue: indicator.targetValue ?? null,
        measurementCount: indicator.measurements.length,
      })),
    })),
    activities: initiative.activities.map((activity) => ({
      id: activity.title,
      title: activity.title,
      kind: activity.kind,
      hasOwner: Boolean(activity.ownerDepartmentAcronym || activity.ownerName),
      startDate: activity.startDate ?? null,
      endDate: activity.endDate ?? null,
    })),
    assessment: input.assessment ?? null,
  };
}

const stageIndex = (stage: DemoInitiative['targetStage']) =>
  stage === 'closed' ? openStages.length : openStages.indexOf(stage as (typeof openStages)[number]);

const parentLevel: Record<MirLevel, MirLevel | null> = {
  goal: null,
  purpose: 'goal',
  component: 'purpose',
  activity: 'component',
};

function describeGovernment(government: DemoGovernment) {
  const unitCodes = new Set(government.territorialUnits.map((unit) => unit.code));
  const acronyms = new Set(government.departments.map((department) => department.acronym).filter(Boolean));
  const partnerKeys = new Set(government.partners.map((partner) => partner.key));
  const linkKeys = new Set(government.links.map((link) => link.key));

  describe(`${government.slug} initiatives`, () => {
    it('has 4 or 5 initiatives with unique keys and titles, at different stages', () => {
      const { initiatives } = government;
      expect(initiatives.length).toBeGreaterThanOrEqual(4);
      expect(initiatives.length).toBeLessThanOrEqual(5);
      expect(new Set(initiatives.map((initiative) => initiative.key)).size).toBe(initiatives.length);
      expect(new Set(initiatives.map((initiative) => initiative.input.title)).size).toBe(initiatives.length);
      expect(new Set(initiatives.map((initiative) => initiative.targetStage)).size).toBeGreaterThanOrEqual(4);
    });

    for (const initiative of government.initiatives) {
      describe(initiative.key, () => {
        it('satisfies the initiative contract once codes and keys become ids', () => {
          const parsed = initiativeInputSchema.safeParse(toInput(initiative));
          expect(parsed.success, parsed.error?.message).toBe(true);
          expect(initiative.input.summary).toContain('ilustrativ');
        });

        it('refers to territorial units, departments, partners and links of its government', () => {
          const { input } = initiative;
          for (const code of input.territorialUnitCodes) expect(unitCodes.has(code), code).toBe(true);
          for (const { acronym } of input.departments) expect(acronyms.has(acronym), acronym).toBe(true);
          for (const { partnerKey } of input.partners)
            expect(partnerKeys.has(partnerKey), partnerKey).toBe(true);
          for (const key of input.linkKeys) expect(linkKeys.has(key), key).toBe(true);
          expect(input.departments.filter((department) => department.role === 'lead')).toHaveLength(1);
          for (const activity of initiative.activities) {
            if (activity.ownerDepartmentAcronym)
              expect(acronyms.has(activity.ownerDepartmentAcronym), activity.ownerDepartmentAcronym).toBe(
                true,
              );
          }
        });

        it('names official SDG goals and targets', () => {
          for (const goal of initiative.input.sdgGoals) expect(isKnownSdgGoal(goal), goal).toBe(true);
          for (const target of initiative.input.sdgTargets)
            expect(isKnownSdgTarget(target), target).toBe(true);
        });

        it('writes money in whole minor units', () => {
          for (const line of initiative.input.budget) {
            expect(Number.isSafeInteger(line.amountMinor)).toBe(true);
            expect(['COP', 'MXN', 'EUR', 'USD']).toContain(line.currency);
          }
        });

        it('passes every gate up to its target stage', () => {
          expect(requirementsFor(initiative.targetStage, snapshotOf(initiative))).toEqual([]);
        });

        it('has a matrix whose rows, indicators and measurements satisfy their contracts', () => {
          const id = idMap();
          const keys = new Map(initiative.mir.map((row) => [row.key, row]));
          expect(keys.size).toBe(initiative.mir.length);
          if (stageIndex(initiative.targetStage) >= openStages.indexOf('design')) {
            for (const level of mirLevels)
              expect(
                initiative.mir.some((row) => row.level === level),
                level,
              ).toBe(true);
          }
          for (const row of initiative.mir) {
            const { key, parentKey, indicators, ...fields } = row;
            const parsed = mirRowInputSchema.safeParse({
              ...fields,
              parentId: parentKey ? id(parentKey) : null,
            });
            expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true);
            const expectedParent = parentLevel[row.level];
            if (expectedParent) {
              expect(parentKey, key).toBeDefined();
              expect(keys.get(parentKey ?? '')?.level, key).toBe(expectedParent);
            } else {
              expect(parentKey, key).toBeUndefined();
            }
            if (row.level === 'activity') expect(indicators, key).toEqual([]);
            for (const indicator of indicators) {
              const { measurements, ...indicatorFields } = indicator;
              const parsedIndicator = indicatorInputSchema.safeParse({
                ...indicatorFields,
                mirRowId: id(key),
              });
              expect(parsedIndicator.success, `${indicator.name}: ${parsedIndicator.error?.message}`).toBe(
                true,
              );
              if (stageIndex(initiative.targetStage) < openStages.indexOf('implementation')) {
                expect(measurements, indicator.name).toEqual([]);
              }
            }
          }
        });

        it('has measurements in range, in the indicator unit, that add up', () => {
          const indicators = initiative.mir.flatMap((row) => row.indicators);
          for (const indicator of indicators) {
            let previous = '';
            for (const measurement of indicator.measurements) {
              const label = `${indicator.name} @ ${measurement.date}`;
              const { disaggregatedValues = [], ...fields } = measurement;
              const parsed = measurementInputSchema.safeParse({
                ...fields,
                disaggregatedValues: disaggregatedValues.map((part) => ({
                  ...part,
                  category: part.dimension === 'territorial_unit' ? randomUUID() : part.category,
                })),
              });
              expect(parsed.success, `${label}: ${parsed.error?.message}`).toBe(true);
              expect(measurement.unit, label).toBe(indicator.unit);
              if (indicator.measure === 'percentage') {
                expect(Number(measurement.value), label).toBeGreaterThanOrEqual(0);
                expect(Number(measurement.value), label).toBeLessThanOrEqual(100);
              }
              expect(measurement.date > previous, label).toBe(true);
              previous = measurement.date;
              expect(measurement.date <= todayIso, label).toBe(true);
              if (indicator.baselineDate)
                expect(measurement.date >= indicator.baselineDate, label).toBe(true);
              if (indicator.targetDate) expect(measurement.date <= indicator.targetDate, label).toBe(true);
              for (const part of disaggregatedValues) {
                expect(indicator.disaggregations, label).toContain(part.dimension);
                if (part.dimension === 'territorial_unit')
                  expect(unitCodes.has(part.category), label).toBe(true);
                if (part.dimension === 'sex') expect(sexCategories, label).toContain(part.category);
                if (part.dimension === 'age_group') expect(ageGroups, label).toContain(part.category);
              }
              const mismatches = findDisaggregationMismatches(
                Number(measurement.value),
                disaggregatedValues.map((part) => ({ ...part, value: Number(part.value) })),
                indicator.measure === 'unit',
              );
              expect(mismatches, label).toEqual([]);
            }
          }
        });

        it('has activities that satisfy their contract, when it is in implementation or later', () => {
          const rowKeys = new Set(initiative.mir.map((row) => row.key));
          const id = idMap();
          if (stageIndex(initiative.targetStage) < openStages.indexOf('implementation')) {
            expect(initiative.activities).toEqual([]);
          }
          for (const activity of initiative.activities) {
            const { mirKey, ownerDepartmentAcronym, ...fields } = activity;
            const parsed = activityInputSchema.safeParse({
              ...fields,
              mirRowId: mirKey ? id(mirKey) : null,
              ownerDepartmentId: ownerDepartmentAcronym ? id(ownerDepartmentAcronym) : null,
            });
            expect(parsed.success, `${activity.title}: ${parsed.error?.message}`).toBe(true);
            if (mirKey) expect(rowKeys.has(mirKey), mirKey).toBe(true);
            if (activity.status === 'done') {
              expect(activity.progressPercent).toBe(100);
              expect(activity.endDate ?? '', activity.title).not.toBe('');
            }
          }
        });

        it('has an assessment exactly when it has been evaluated', () => {
          const evaluated = stageIndex(initiative.targetStage) >= openStages.indexOf('evaluation');
          expect(Boolean(initiative.input.assessment?.trim()), initiative.key).toBe(evaluated);
        });
      });
    }
  });
}

for (const government of governments) describeGovernment(government);

describe('demo initiatives across both governments', () => {
  const all = governments.flatMap((government) => government.initiatives);

  it('cover every open stage and at least one closed initiative', () => {
    const stages = new Set(all.map((initiative) => initiative.targetStage));
    for (const stage of openStages) expect(stages.has(stage), stage).toBe(true);
    expect(stages.has('closed')).toBe(true);
  });

  it('include a decreasing indicator and disaggregated measurements', () => {
    const indicators = all.flatMap((initiative) => initiative.mir.flatMap((row) => row.indicators));
    expect(indicators.some((indicator) => indicator.direction === 'decrease')).toBe(true);
    const measured = indicators.filter((indicator) => indicator.measurements.length >= 4);
    expect(measured.length).toBeGreaterThanOrEqual(4);
    expect(
      indicators.some((indicator) =>
        indicator.measurements.some((measurement) =>
          measurement.disaggregatedValues?.some((part) => part.dimension === 'territorial_unit'),
        ),
      ),
    ).toBe(true);
  });

  it('stay valid whatever day the demo is seeded', () => {
    for (const day of ['2024-01-31', '2024-02-29', '2026-08-31', '2027-12-01']) {
      const date = new Date(`${day}T00:00:00Z`);
      for (const government of buildDemoGovernments(date)) {
        for (const initiative of government.initiatives) {
          expect(requirementsFor(initiative.targetStage, snapshotOf(initiative))).toEqual([]);
          for (const indicator of initiative.mir.flatMap((row) => row.indicators)) {
            for (const measurement of indicator.measurements) {
              expect(measurement.date <= day, `${day} ${indicator.name}`).toBe(true);
              if (indicator.baselineDate) expect(measurement.date >= indicator.baselineDate).toBe(true);
              if (indicator.targetDate) expect(measurement.date <= indicator.targetDate).toBe(true);
            }
          }
        }
      }
    }
  });
});
