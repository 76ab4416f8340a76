import { describe, expect, it } from 'vitest';
import associationFile from '../../data/capacity/associations/red-oril-v1.json' with { type: 'json' };
import instanceFile from '../../data/capacity/questionnaire-v1.json' with { type: 'json' };
import { questionnaireFileSchema } from './capacity';

function issuesOf(value: unknown) {
  const parsed = questionnaireFileSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
}

describe('the questionnaire file format', () => {
  it('accepts the instance’s questionnaire and the demo association’s', () => {
    expect(issuesOf(instanceFile)).toEqual([]);
    expect(issuesOf(associationFile)).toEqual([]);
  });

  it('names each problem at its field with a translated message key', () => {
    const file = structuredClone(associationFile);
    const [first, second] = file.dimensions;
    if (!first || !second) throw new Error('the fixture has four dimensions');
    second.key = first.key;
    second.name.pt = ' ';
    first.levels.reverse();
    expect(
      issuesOf({ ...file, id: 'Mayúsculas', title: { es: 'x'.repeat(1001), en: 'x', pt: 'x' } }),
    ).toEqual(
      expect.arrayContaining([
        ['id', 'validation.questionnaireIdFormat'],
        ['title.es', 'validation.tooLong'],
        ['dimensions.0.levels', 'validation.questionnaireFiveLevels'],
        ['dimensions.1.name.pt', 'validation.required'],
        ['dimensions.1.key', 'validation.questionnaireDuplicateDimension'],
      ]),
    );
  });

  it('needs between one and thirty dimensions of five levels each', () => {
    expect(issuesOf({ ...associationFile, dimensions: [] })).toEqual([['dimensions', 'validation.required']]);
    const first = associationFile.dimensions[0];
    const many = Array.from({ length: 31 }, (_, index) => ({ ...first, key: `d${'a'.repeat(index)}` }));
    expect(issuesOf({ ...associationFile, dimensions: many })).toEqual([
      ['dimensions', 'validation.tooMany'],
    ]);
    const fourLevels = { ...first, levels: first?.levels.slice(0, 4) };
    expect(issuesOf({ ...associationFile, dimensions: [fourLevels] })).toEqual([
      ['dimensions.0.levels', 'validation.questionnaireFiveLevels'],
    ]);
  });
});
