import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  availableTransitions,
  checkLinkTransition,
  daysToExpiry,
  isExpiringWithin,
  todayIn,
} from './link-lifecycle';

const signedLink = {
  status: 'signed' as const,
  signedOn: '2024-03-01',
  validFrom: '2024-04-01',
  partyCount: 1,
};

describe('link lifecycle', () => {
  it('never leaves terminated', () => {
    expect(allowedTransitions('terminated')).toEqual([]);
    expect(checkLinkTransition({ ...signedLink, status: 'terminated' }, 'active', null)[0]?.key).toBe(
      'validation.transitionNotAllowed',
    );
  });

  it('refuses to skip from negotiation to active', () => {
    const problems = checkLinkTransition({ ...signedLink, status: 'negotiation' }, 'active', null);
    expect(problems).toEqual([
      {
        field: 'status',
        key: 'validation.transitionNotAllowed',
        params: { from: 'negotiation', to: 'active' },
      },
    ]);
  });

  it('requires a signature date and a counterpart to sign', () => {
    const problems = checkLinkTransition(
      { status: 'negotiation', signedOn: null, validFrom: null, partyCount: 0 },
      'signed',
      null,
    );
    expect(problems.map((problem) => problem.field)).toEqual(['signedOn', 'parties']);
  });

  it('requires the start of validity to activate', () => {
    const problems = checkLinkTransition({ ...signedLink, validFrom: null }, 'active', null);
    expect(problems).toEqual([{ field: 'validFrom', key: 'validation.validFromRequired' }]);
    expect(checkLinkTransition(signedLink, 'active', null)).toEqual([]);
  });

  it('requires a reason to terminate', () => {
    expect(checkLinkTransition(signedLink, 'terminated', '  ')[0]?.field).toBe('reason');
    expect(checkLinkTransition(signedLink, 'terminated', 'La contraparte desistió')).toEqual([]);
  });

  it('lets a dormant link come back and an expired one be renewed', () => {
    expect(checkLinkTransition({ ...signedLink, status: 'dormant' }, 'active', null)).toEqual([]);
    expect(checkLinkTransition({ ...signedLink, status: 'expired' }, 'active', null)).toEqual([]);
  });

  it('treats staying in the same status as no change', () => {
    expect(checkLinkTransition(signedLink, 'signed', null)).toEqual([]);
  });
});

describe('expiry', () => {
  it('counts whole days, across a leap day, negative once passed', () => {
    expect(daysToExpiry('2024-03-01', '2024-02-28')).toBe(2);
    expect(daysToExpiry('2024-01-01', '2024-01-11')).toBe(-10);
    expect(daysToExpiry(null, '2024-01-01')).toBeNull();
  });

  it('flags links in force ending within the window, inclusive', () => {
    expect(isExpiringWithin({ status: 'active', validTo: '2026-02-22' }, '2025-11-24', 90)).toBe(true);
    expect(isExpiringWithin({ status: 'active', validTo: '2026-02-23' }, '2025-11-24', 90)).toBe(false);
    expect(isExpiringWithin({ status: 'active', validTo: '2025-11-23' }, '2025-11-24', 90)).toBe(false);
    expect(isExpiringWithin({ status: 'terminated', validTo: '2025-12-01' }, '2025-11-24', 90)).toBe(false);
  });

  it("uses the government's calendar day, not the server's", () => {
    const lateEveningInBogota = new Date('2025-11-25T03:30:00Z');
    expect(todayIn('America/Bogota', lateEveningInBogota)).toBe('2025-11-24');
    expect(todayIn('Europe/Madrid', lateEveningInBogota)).toBe('2025-11-25');
  });
});

describe('expired only once the validity has ended', () => {
  const active = {
    status: 'active' as const,
    signedOn: '2024-05-02',
    validFrom: '2024-06-01',
    partyCount: 1,
  };

  it('is refused and not offered while the link is valid, up to its last day', () => {
    expect(checkLinkTransition({ ...active, validTo: '2027-12-31' }, 'expired', null, '2025-11-30')).toEqual([
      { field: 'status', key: 'validation.expiredWhileValid', params: { validTo: '2027-12-31' } },
    ]);
    expect(availableTransitions({ status: 'active', validTo: '2027-12-31' }, '2025-11-30')).toEqual([
      'dormant',
      'terminated',
    ]);
    expect(availableTransitions({ status: 'dormant', validTo: '2025-11-30' }, '2025-11-30')).toEqual([
      'active',
      'terminated',
    ]);
  });

  it('is allowed the day after the last day of validity, or without an end date', () => {
    expect(checkLinkTransition({ ...active, validTo: '2025-11-29' }, 'expired', null, '2025-11-30')).toEqual(
      [],
    );
    expect(availableTransitions({ status: 'active', validTo: '2025-11-29' }, '2025-11-30')).toContain(
      'expired',
    );
    expect(availableTransitions({ status: 'active', validTo: null }, '2025-11-30')).toContain('expired');
  });
});
