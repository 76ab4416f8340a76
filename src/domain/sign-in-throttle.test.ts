import { describe, expect, it } from 'vitest';
import {
  decideAttempt,
  delayAfterFailures,
  stateAfterSuccess,
  type ThrottlePolicy,
  type ThrottleState,
} from './sign-in-throttle';

const policy: ThrottlePolicy = {
  freeFailures: 5,
  baseDelaySeconds: 5,
  maxDelaySeconds: 300,
  forgetAfterSeconds: 900,
};
const fresh: ThrottleState = { failures: 0, lastFailureAt: null, nextAttemptAt: null };
const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, 0) + seconds * 1000);

describe('sign-in throttle', () => {
  it('lets the first failures through without delay, then doubles the delay up to a cap', () => {
    expect([0, 4, 5, 6, 7, 10, 20].map((failures) => delayAfterFailures(failures, policy))).toEqual([
      0, 0, 5, 10, 20, 160, 300,
    ]);
  });

  it('counts each attempt before the password is checked, and refuses the next one during the delay', () => {
    let state = fresh;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const decision = decideAttempt(state, at(0), policy);
      if (!decision.isAllowed) throw new Error('refused too early');
      state = decision.next;
    }
    expect(state.failures).toBe(5);
    expect(decideAttempt(state, at(1), policy)).toEqual({ isAllowed: false, retryAfterSeconds: 4 });
    // Once the delay has passed, an attempt (the right password, say) goes ahead.
    expect(decideAttempt(state, at(5), policy).isAllowed).toBe(true);
  });

  it('never refuses for longer than the cap, however many failures', () => {
    const state: ThrottleState = { failures: 60, lastFailureAt: at(0), nextAttemptAt: at(300) };
    const decision = decideAttempt(state, at(0), policy);
    expect(decision).toEqual({ isAllowed: false, retryAfterSeconds: 300 });
    const later = decideAttempt(state, at(300), policy);
    expect(later.isAllowed && later.next.nextAttemptAt).toEqual(at(600));
  });

  it('forgets failures after a quiet period', () => {
    const state: ThrottleState = { failures: 7, lastFailureAt: at(0), nextAttemptAt: at(20) };
    const decision = decideAttempt(state, at(901), policy);
    expect(decision.isAllowed && decision.next.failures).toBe(1);
  });

  it('takes back the up-front failure after a success: the account afresh, the address minus one', () => {
    const state: ThrottleState = { failures: 6, lastFailureAt: at(0), nextAttemptAt: at(10) };
    expect(stateAfterSuccess(state, 'account', policy)).toEqual(fresh);
    expect(stateAfterSuccess(state, 'address', policy)).toEqual({
      failures: 5,
      lastFailureAt: at(0),
      nextAttemptAt: at(5),
    });
  });
});
