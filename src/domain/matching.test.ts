import { describe, expect, it } from 'vitest';
import { type MatchDemand, type MatchOffer, rankOffers, scoreOffer } from './matching';

const demand: MatchDemand = {
  sectors: ['21020', '43030'],
  sdgTargets: ['11.2', '3.6'],
  modalities: ['technical', 'financial'],
  amountSoughtMinor: 50_000_000,
  currency: 'USD',
};
const offer: MatchOffer = {
  sectors: ['21020', '43040'],
  sdgTargets: ['11.2'],
  modalities: ['financial'],
  amountMinMinor: 10_000_000,
  amountMaxMinor: 100_000_000,
  currency: 'USD',
  eligibleCountries: ['CO', 'MX'],
  eligibleGovernmentKinds: ['municipality', 'city'],
  deadline: '2026-12-31',
  status: 'open',
};
const context = {
  today: '2026-11-24',
  countryCode: 'CO',
  governmentKind: 'municipality',
  textSimilarity: 0.4,
};

describe('matching score', () => {
  it('explains each component and adds them up to the score', () => {
    const result = scoreOffer(demand, offer, context);
    const byName = Object.fromEntries(result.components.map((component) => [component.name, component]));
    // One exact sector (21020) and one of the same DAC category (430xx): (1 + 0.5) / 2.
    expect(byName.sectors).toMatchObject({
      value: 0.75,
      points: 18.75,
      reason: { key: 'matching.sectorsOverlap', params: { exact: 1, related: 1, total: 2 } },
    });
    // 11.2 exact; 3.6 has no target of goal 3 in the offer: 1 / 2.
    expect(byName.sdg?.value).toBe(0.5);
    expect(byName.modality?.reason.params).toEqual({ modalities: 'matching.modality_financial' });
    expect(byName.amount).toMatchObject({ value: 1, reason: { key: 'matching.amountWithinRange' } });
    expect(byName.deadline?.reason.key).toBe('matching.deadlineOpen');
    expect(result.score).toBe(18.75 + 7.5 + 15 + 15 + 10 + 10 + 4);
    expect(result.isEligible).toBe(true);
  });

  it('marks offers closed or for other countries as ineligible, with the reason', () => {
    const late = scoreOffer(demand, { ...offer, deadline: '2026-11-23' }, context);
    expect(late.isEligible).toBe(false);
    expect(late.components.find((c) => c.name === 'deadline')?.reason.key).toBe('matching.deadlinePassed');
    const elsewhere = scoreOffer(demand, { ...offer, eligibleCountries: ['PE'] }, context);
    expect(elsewhere.components.find((c) => c.name === 'eligibility')?.reason.key).toBe(
      'matching.countryNotEligible',
    );
    expect(scoreOffer(demand, { ...offer, eligibleGovernmentKinds: ['state'] }, context).isEligible).toBe(
      false,
    );
  });

  it('scores amounts outside the range by how far they are', () => {
    const small = scoreOffer({ ...demand, amountSoughtMinor: 5_000_000 }, offer, context);
    expect(small.components.find((c) => c.name === 'amount')).toMatchObject({
      value: 0.5,
      reason: { key: 'matching.amountBelowMinimum' },
    });
    const other = scoreOffer({ ...demand, currency: 'EUR' }, offer, context);
    expect(other.components.find((c) => c.name === 'amount')?.reason.key).toBe(
      'matching.amountOtherCurrency',
    );
  });

  it('flags deadlines within two weeks', () => {
    const soon = scoreOffer(demand, { ...offer, deadline: '2026-12-01' }, context);
    expect(soon.components.find((c) => c.name === 'deadline')?.reason).toEqual({
      key: 'matching.deadlineSoon',
      params: { days: 7, deadline: '2026-12-01' },
    });
  });

  it('ranks eligible offers first, then by score, then by the nearest deadline', () => {
    const ranked = rankOffers([
      { id: 'a', score: 90, isEligible: false, deadline: null },
      { id: 'b', score: 60, isEligible: true, deadline: '2027-01-01' },
      { id: 'c', score: 60, isEligible: true, deadline: '2026-12-15' },
      { id: 'd', score: 70, isEligible: true, deadline: null },
    ]);
    expect(ranked.map((item) => item.id)).toEqual(['d', 'c', 'b', 'a']);
  });
});
