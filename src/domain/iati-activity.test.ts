import { describe, expect, it } from 'vitest';
import {
  mapActivity,
  partnerKindOfOrganisationType,
  pickNarrative,
  type RawActivity,
  transactionTypeCode,
} from './iati-activity';

const raw = (overrides: Partial<RawActivity> = {}): RawActivity => ({
  index: 4,
  identifier: ' XM-DAC-41114-P1 ',
  lang: 'en',
  defaultCurrency: 'usd',
  reportingOrg: { ref: 'XM-DAC-41114', type: '40', narratives: [{ lang: null, text: 'UNDP' }] },
  titles: [
    { lang: 'fr', text: 'Projet' },
    { lang: null, text: 'Project' },
    { lang: 'ES', text: 'Proyecto' },
  ],
  descriptions: [
    { type: '2', narratives: [{ lang: null, text: 'Objectives' }] },
    { type: '1', narratives: [{ lang: null, text: 'General' }] },
  ],
  activityStatus: '2',
  activityDates: [
    { type: '1', isoDate: '2020-01-01' },
    { type: '2', isoDate: '2020-02-15' },
    { type: '3', isoDate: '2024-12-31T00:00:00' },
  ],
  recipientCountries: ['co', 'CO', 'XX1'].map((code) => ({ code, vocabulary: null, percentage: null })),
  sectors: [
    { code: '43030', vocabulary: null },
    { code: '15110', vocabulary: '1' },
    { code: '151', vocabulary: '2' },
  ],
  transactions: [
    { typeCode: '3', typeText: null, value: '0.1', currency: null },
    { typeCode: '3', typeText: null, value: '0.2', currency: null },
    { typeCode: null, typeText: 'C', value: '100', currency: 'EUR' },
    { typeCode: '3', typeText: null, value: '5e-10', currency: null },
    { typeCode: 'X', typeText: null, value: '1', currency: null },
  ],
  parseErrors: [],
  isIncomplete: false,
  ...overrides,
});

describe('mapping an IATI activity', () => {
  it('keeps the readable parts, sums exactly and reports the unreadable transactions', () => {
    const { activity, problems } = mapActivity(raw());
    expect(activity).toMatchObject({
      iatiIdentifier: 'XM-DAC-41114-P1',
      reportingOrgRef: 'XM-DAC-41114',
      reportingOrgName: 'UNDP',
      title: 'Proyecto',
      description: 'General',
      startDate: '2020-02-15',
      endDate: '2024-12-31',
      recipientCountries: ['CO'],
      sectors: ['43030', '15110'],
      defaultCurrency: 'USD',
      transactionTotals: { '3': { USD: '0.3' }, '2': { EUR: '100' } },
      transactionCount: 3,
    });
    expect(problems.map((problem) => problem.reason)).toEqual([
      'transaction 4: value «5e-10» is not an xs:decimal',
      'transaction 5: unknown transaction type «X»',
    ]);
    expect(problems.every((problem) => !problem.isActivitySkipped && problem.index === 4)).toBe(true);
  });

  it('skips an activity without identifier or title, or cut by the end of the file', () => {
    expect(mapActivity(raw({ identifier: '  ' })).problems.at(-1)).toMatchObject({
      reason: 'no iati-identifier',
      isActivitySkipped: true,
    });
    expect(mapActivity(raw({ titles: [{ lang: 'en', text: ' ' }] })).activity).toBeNull();
    expect(mapActivity(raw({ isIncomplete: true })).activity).toBeNull();
  });

  it('reads 1.x transaction types and prefers Spanish, then English narratives', () => {
    expect(transactionTypeCode(null, ' D ')).toBe('3');
    expect(transactionTypeCode(null, '1')).toBe('1');
    expect(transactionTypeCode('11', null)).toBe('11');
    expect(transactionTypeCode(null, 'ZZ')).toBeNull();
    expect(pickNarrative([{ lang: 'fr', text: 'Bonjour' }], null)).toBe('Bonjour');
    expect(
      pickNarrative(
        [
          { lang: 'fr', text: 'Bonjour' },
          { lang: null, text: 'Hello' },
        ],
        'en',
      ),
    ).toBe('Hello');
  });

  it('maps organisation types to partner kinds', () => {
    expect(partnerKindOfOrganisationType('10')).toBe('national_government');
    expect(partnerKindOfOrganisationType('11')).toBe('city_government');
    expect(partnerKindOfOrganisationType('40')).toBe('multilateral');
    expect(partnerKindOfOrganisationType('22')).toBe('ngo_foundation');
    expect(partnerKindOfOrganisationType('72')).toBe('company_investor');
    expect(partnerKindOfOrganisationType('80')).toBe('university');
    expect(partnerKindOfOrganisationType(null)).toBe('other');
  });
});
