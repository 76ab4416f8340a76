import { describe, expect, it } from 'vitest';
import {
  type MatchDemand,
  type MatchOffer,
  quickScore,
  rankOffers,
  scoreOffer,
  scoreOfRank,
} from './matching';

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

describe('quick score', () => {
  it('gives exactly the score and eligibility of the explained score, on random pairs', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(items: T[]) => items.filter(() => random() < 0.4);
    const sectors = ['21020', '21050', '14030', '16061', '43030', '21061'];
    const targets = ['11.2', '11.4', '6.1', '16.1', '3.6'];
    const modalities = ['technical', 'financial', 'in_kind', 'south_south'];
    for (let index = 0; index < 5000; index += 1) {
      const demandCase: MatchDemand = {
        sectors: pick(sectors),
        sdgTargets: pick(targets),
        modalities: pick(modalities),
        amountSoughtMinor: random() < 0.2 ? null : Math.floor(random() * 1e9),
        currency: random() < 0.1 ? 'EUR' : 'USD',
      };
      const offerCase: MatchOffer = {
        sectors: pick(sectors),
        sdgTargets: pick(targets),
        modalities: pick(modalities),
        amountMinMinor: random() < 0.2 ? null : Math.floor(random() * 5e8),
        amountMaxMinor: random() < 0.2 ? null : Math.floor(5e8 + random() * 1e9),
        currency: 'USD',
        eligibleCountries: random() < 0.5 ? [] : pick(['CO', 'MX', 'PE']),
        eligibleGovernmentKinds: random() < 0.5 ? [] : pick(['municipality', 'city', 'state']),
        deadline: random() < 0.2 ? null : `2026-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}-15`,
        status: random() < 0.1 ? 'closed' : 'open',
      };
      const contextCase = { ...context, textSimilarity: Math.round(random() * 100) / 100 };
      const full = scoreOffer(demandCase, offerCase, contextCase);
      expect(quickScore(demandCase, offerCase, contextCase)).toEqual({
        score: full.score,
        isEligible: full.isEligible,
      });
    }
  });
});

describe('score of rank', () => {
  it('finds the score of the n-th best without sorting everything', () => {
    const scores = [5, 90, 30, 90, 70, 10, 85];
    expect(scoreOfRank(scores, 3)).toBe(85);
    expect(scoreOfRank(scores, 2)).toBe(90);
    expect(scoreOfRank(scores, 7)).toBe(Number.NEGATIVE_INFINITY);
    expect(scoreOfRank(scores, 1)).toBe(90);
  });
});
