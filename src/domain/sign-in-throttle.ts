/**
 * Progressive delay for sign-in attempts (OWASP ASVS 2.2.1: anti-automation without a hard lockout).
 *
 * Failures are counted per key (an account's e-mail, a client address). The first `freeFailures`
 * cost nothing; after that each failure makes the key wait twice as long as the previous one before
 * it may try again, up to `maxDelaySeconds`. A correct password after the wait works, so a stranger
 * who knows an e-mail can slow its owner down for at most `maxDelaySeconds` per attempt they spend,
 * never lock them out. Failures older than `forgetAfterSeconds` are forgotten.
 */
export type ThrottlePolicy = {
  freeFailures: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  forgetAfterSeconds: number;
};

/** What the database remembers about one key. */
export type ThrottleState = { failures: number; lastFailureAt: Date | null; nextAttemptAt: Date | null };

export type ThrottleDecision =
  | { isAllowed: true; next: ThrottleState }
  | { isAllowed: false; retryAfterSeconds: number };

/** How long a key waits after its `failures`-th failure in a row. */
export function delayAfterFailures(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** doublings);
}

/** The state with stale failures forgotten. */
export function currentState(state: ThrottleState, now: Date, policy: ThrottlePolicy): ThrottleState {
  const isStale =
    state.lastFailureAt !== null &&
    now.getTime() - state.lastFailureAt.getTime() > policy.forgetAfterSeconds * 1000 &&
    (state.nextAttemptAt === null || state.nextAttemptAt.getTime() <= now.getTime());
  return isStale ? { failures: 0, lastFailureAt: null, nextAttemptAt: null } : state;
}

/**
 * Decides whether an attempt may go ahead and, if so, the state to save *before* the password is
 * checked: the attempt is counted as a failure up front, so that concurrent attempts cannot all slip
 * through between a count and a record. A success afterwards forgets the account's failures.
 */
export function decideAttempt(state: ThrottleState, now: Date, policy: ThrottlePolicy): ThrottleDecision {
  const current = currentState(state, now, policy);
  if (current.nextAttemptAt && current.nextAttemptAt.getTime() > now.getTime()) {
    return {
      isAllowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil((current.nextAttemptAt.getTime() - now.getTime()) / 1000)),
    };
  }
  const failures = current.failures + 1;
  const delay = delayAfterFailures(failures, policy);
  return {
    isAllowed: true,
    next: {
      failures,
      lastFailureAt: now,
      nextAttemptAt: delay > 0 ? new Date(now.getTime() + delay * 1000) : null,
    },
  };
}

/**
 * After a success the up-front failure is taken back: the account starts afresh; an address keeps
 * the failures of others behind it, minus this one.
 */
export function stateAfterSuccess(
  state: ThrottleState,
  scope: 'account' | 'address',
  policy: ThrottlePolicy,
): ThrottleState {
  if (scope === 'account') return { failures: 0, lastFailureAt: null, nextAttemptAt: null };
  const failures = Math.max(0, state.failures - 1);
  const delay = delayAfterFailures(failures, policy);
  return {
    failures,
    lastFailureAt: state.lastFailureAt,
    nextAttemptAt:
      delay > 0 && state.lastFailureAt ? new Date(state.lastFailureAt.getTime() + delay * 1000) : null,
  };
}
