import { describe, expect, it } from 'vitest';
import { mapActivity, type RawActivity, type RawTransaction } from './iati-activity';
import { sharesByValue } from './iati-allocation';
import { parseXsDecimal } from './iati-decimal';

const weight = (type: string, value: string, currency = 'USD') => ({
  type,
  currency,
  value: parseXsDecimal(value) as NonNullable<ReturnType<typeof parseXsDecimal>>,
});

const transaction = (
  type: string,
  value: string,
  extra: Partial<RawTransaction> = {},
  currency: string | null = null,
): RawTransaction => ({ typeCode: type, typeText: null, value, currency, ...extra });

const raw = (overrides: Partial<RawActivity> = {}): RawActivity => ({
  index: 0,
  identifier: 'US-EIN-042103594-X',
  lang: 'en',
  defaultCurrency: 'USD',
  reportingOrg: null,
  titles: [{ lang: 'en', text: 'Governance, Crime, and Conflict Initiative' }],
  descriptions: [],
  activityStatus: '2',
  activityDates: [],
  recipientCountries: [],
  recipientRegions: [],
  sectors: [],
  transactions: [],
  parseErrors: [],
  isIncomplete: false,
  ...overrides,
});

describe('shares by value', () => {
  it('weighs commitments only, adds up to exactly 100 % and puts the largest share first', () => {
    const { shares, problem } = sharesByValue([
      { key: 'MX', weight: weight('2', '1') },
      { key: 'CO', weight: weight('2', '1') },
      { key: 'KE', weight: weight('2', '1') },
      // A disbursement of a commitment is the same money: not counted twice.
      { key: 'CO', weight: weight('3', '1000') },
    ]);
    expect(problem).toBeNull();
    expect(shares).toEqual([
      { code: 'MX', percentage: '33.34' },
      { code: 'CO', percentage: '33.33' },
      { code: 'KE', percentage: '33.33' },
    ]);
  });

  it('falls back to disbursements and expenditures, then to any transaction', () => {
    expect(
      sharesByValue([
        { key: 'A', weight: weight('3', '30') },
        { key: 'B', weight: weight('4', '10') },
        { key: 'C', weight: weight('1', '960') },
      ]).shares,
    ).toEqual([
      { code: 'A', percentage: '75' },
      { code: 'B', percentage: '25' },
      { code: 'C', percentage: '0' },
    ]);
    expect(sharesByValue([{ key: 'A', weight: weight('11', '5') }]).shares).toEqual([
      { code: 'A', percentage: '100' },
    ]);
  });

  it('keeps the codes without percentages when the values are in several currencies or unreadable', () => {
    expect(
      sharesByValue([
        { key: 'A', weight: weight('2', '5', 'USD') },
        { key: 'B', weight: weight('2', '5', 'GBP') },
      ]),
    ).toEqual({
      shares: [
        { code: 'A', percentage: null },
        { code: 'B', percentage: null },
      ],
      problem: 'transactions in USD, GBP: no percentages',
    });
    expect(sharesByValue([{ key: 'A', weight: null }])).toEqual({
      shares: [{ code: 'A', percentage: null }],
      problem: null,
    });
  });
});

describe('an activity that reports geography and sectors on its transactions only', () => {
  it('aggregates countries, regions and sectors to the activity and reports what it cannot read', () => {
    const { activity, problems } = mapActivity(
      raw({
        transactions: [
          transaction('2', '300', { recipientCountry: 'co', sectors: [{ code: '15140', vocabulary: '1' }] }),
          transaction('2', '100', {
            recipientRegion: { code: '489', vocabulary: null },
            sectors: [{ code: '11182', vocabulary: null }],
          }),
          transaction('2', '100', { recipientCountry: 'XX1', sectors: [{ code: '151', vocabulary: '2' }] }),
        ],
      }),
    );
    expect(activity).toMatchObject({
      recipientCountries: ['CO'],
      recipientRegions: ['489'],
      sectors: ['15140', '11182'],
      allocation: {
        countries: [{ code: 'CO', percentage: '75' }],
        regions: [{ code: '489', percentage: '25' }],
        sectors: [
          { code: '15140', percentage: '75' },
          { code: '11182', percentage: '25' },
        ],
        isGeographyFromTransactions: true,
        isSectorFromTransactions: true,
      },
    });
    expect(problems.map((problem) => problem.reason)).toEqual([
      'transaction 3: recipient-country «XX1» is not an ISO 3166-1 alpha-2 code',
    ]);
  });

  it("keeps the activity's own elements and percentages, and says when transactions repeat them", () => {
    const { activity, problems } = mapActivity(
      raw({
        recipientCountries: [
          { code: 'ke', vocabulary: null, percentage: '60' },
          { code: 'UG', vocabulary: null, percentage: '40.0' },
        ],
        sectors: [{ code: '72010', vocabulary: '1', percentage: null }],
        transactions: [transaction('3', '10', { recipientCountry: 'TZ' })],
      }),
    );
    expect(activity?.recipientCountries).toEqual(['KE', 'UG']);
    expect(activity?.allocation).toMatchObject({
      countries: [
        { code: 'KE', percentage: '60' },
        { code: 'UG', percentage: '40' },
      ],
      sectors: [{ code: '72010', percentage: null }],
      isGeographyFromTransactions: false,
      isSectorFromTransactions: false,
    });
    expect(problems.map((problem) => problem.reason)).toEqual([
      'recipient countries or regions on the activity and on its transactions: the activity ones are kept',
    ]);
  });
});
