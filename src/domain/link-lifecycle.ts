import type { LinkStatus } from '../contracts/links';

// A renewal alert is about the government's calendar day: the one helper every module uses.
export { todayIn } from './calendar';

/**
 * The lifecycle of an agreement or membership: negotiation → signed → active → expired/terminated,
 * with dormant for a link that is in force but idle. Going back is allowed only where it happens in
 * practice (a signed text renegotiated; a dormant link revived; an expired one renewed).
 */
const transitions: Record<LinkStatus, readonly LinkStatus[]> = {
  negotiation: ['signed', 'terminated'],
  signed: ['active', 'negotiation', 'terminated'],
  active: ['dormant', 'expired', 'terminated'],
  dormant: ['active', 'expired', 'terminated'],
  expired: ['active', 'terminated'],
  terminated: [],
};

export function allowedTransitions(from: LinkStatus): readonly LinkStatus[] {
  return transitions[from];
}

/**
 * The statuses a link may move to today, as the page offers them: the lifecycle's moves without
 * "expired" while the link is still valid (valid until 2027 is not expired in 2025).
 */
export function availableTransitions(
  link: { status: LinkStatus; validTo: string | null },
  today: string,
): LinkStatus[] {
  return transitions[link.status].filter((to) => !isStillValid(to, link.validTo, today));
}

/** "Expired" while the validity has not ended: `validTo` is the last day the link is in force. */
function isStillValid(status: LinkStatus, validTo: string | null | undefined, today: string | undefined) {
  return status === 'expired' && Boolean(validTo && today && validTo >= today);
}

export type LinkForTransition = {
  status: LinkStatus;
  signedOn: string | null;
  validFrom: string | null;
  partyCount: number;
  /** The last day of validity; with `today`, a link still valid cannot be set as expired. */
  validTo?: string | null;
};

export type TransitionProblem = { field: string; key: string; params?: Record<string, string> };

/**
 * What stands in the way of moving a link to `to`; an empty list means the move is allowed.
 * A signed link needs its signature date and a counterpart; an active one its start of validity;
 * terminating needs a reason, because an auditor will ask.
 */
export function checkLinkTransition(
  link: LinkForTransition,
  to: LinkStatus,
  reason: string | null,
  today?: string,
): TransitionProblem[] {
  if (link.status === to) return [];
  if (!transitions[link.status].includes(to)) {
    return [{ field: 'status', key: 'validation.transitionNotAllowed', params: { from: link.status, to } }];
  }
  return checkStatusRequirements(link, to, reason, today);
}

/** The data a status needs, whether reached by a transition or set when the link is registered. */
export function checkStatusRequirements(
  link: Omit<LinkForTransition, 'status'>,
  status: LinkStatus,
  reason: string | null,
  today?: string,
) {
  const problems: TransitionProblem[] = [];
  if (isStillValid(status, link.validTo, today))
    problems.push({
      field: 'status',
      key: 'validation.expiredWhileValid',
      params: { validTo: link.validTo ?? '' },
    });
  const isSignedOrLater =
    status === 'signed' || status === 'active' || status === 'dormant' || status === 'expired';
  if (isSignedOrLater && !link.signedOn)
    problems.push({ field: 'signedOn', key: 'validation.signedOnRequired' });
  if (isSignedOrLater && link.partyCount === 0)
    problems.push({ field: 'parties', key: 'validation.counterpartRequired' });
  if ((status === 'active' || status === 'dormant') && !link.validFrom) {
    problems.push({ field: 'validFrom', key: 'validation.validFromRequired' });
  }
  if (status === 'terminated' && !reason?.trim())
    problems.push({ field: 'reason', key: 'validation.reasonRequired' });
  return problems;
}

/** Whole days from `today` to the end of validity; negative once it has passed; null without an end. */
export function daysToExpiry(validTo: string | null, today: string): number | null {
  if (!validTo) return null;
  const end = Date.parse(`${validTo}T00:00:00Z`);
  const start = Date.parse(`${today}T00:00:00Z`);
  return Math.round((end - start) / 86_400_000);
}

/** A link still in force whose validity ends within `days` days from today (inclusive). */
export function isExpiringWithin(
  link: { status: LinkStatus; validTo: string | null },
  today: string,
  days: number,
): boolean {
  const remaining = daysToExpiry(link.validTo, today);
  const isInForce = link.status === 'signed' || link.status === 'active' || link.status === 'dormant';
  return isInForce && remaining !== null && remaining >= 0 && remaining <= days;
}
