import { describe, expect, it } from 'vitest';
import { iatiTextLimits, mapActivity, type RawActivity, truncateText } from './iati-activity';

const raw = (overrides: Partial<RawActivity> = {}): RawActivity => ({
  index: 0,
  identifier: 'XM-DAC-41114-P1',
  lang: 'en',
  defaultCurrency: 'USD',
  reportingOrg: { ref: 'XM-DAC-41114', type: '40', narratives: [{ lang: null, text: 'UNDP' }] },
  titles: [{ lang: null, text: 'Project' }],
  descriptions: [],
  activityStatus: '2',
  activityDates: [],
  recipientCountries: [],
  sectors: [],
  transactions: [],
  parseErrors: [],
  isIncomplete: false,
  ...overrides,
});

describe('IATI texts are bounded', () => {
  it('cuts a huge title, description and publisher name to their limits, marked with an ellipsis', () => {
    const huge = 'á'.repeat(3_000_000);
    const { activity } = mapActivity(
      raw({
        titles: [{ lang: null, text: huge }],
        descriptions: [{ type: '1', narratives: [{ lang: null, text: huge }] }],
        reportingOrg: { ref: 'X', type: '40', narratives: [{ lang: null, text: huge }] },
      }),
    );
    expect(activity?.title).toHaveLength(iatiTextLimits.title);
    expect(activity?.title.endsWith('…')).toBe(true);
    expect(activity?.description).toHaveLength(iatiTextLimits.description);
    expect(activity?.reportingOrgName).toHaveLength(iatiTextLimits.name);
  });

  it('skips an activity whose identifier is longer than any real one', () => {
    const result = mapActivity(raw({ identifier: 'X'.repeat(300) }));
    expect(result.activity).toBeNull();
    expect(result.problems.at(-1)?.reason).toBe('iati-identifier longer than 255 characters');
  });

  it('never splits a surrogate pair and leaves short texts and null alone', () => {
    expect(truncateText('ab😀cd', 4)).toBe('ab…');
    expect(truncateText('abc', 3)).toBe('abc');
    expect(truncateText(null, 3)).toBeNull();
  });
});
