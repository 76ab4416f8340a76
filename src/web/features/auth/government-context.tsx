import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import type { Membership } from '../../../contracts/auth';
import type { Role } from '../../../contracts/common';
import { todayIn } from '../../../domain/calendar';

const storageKey = 'vinculo.governmentId';

export type GovernmentContextValue = {
  governmentId: string;
  membership: Membership;
  memberships: Membership[];
  role: Role;
  /** Coordinators and admins create and edit partners, links and their data. */
  canEdit: boolean;
  /** Only admins edit the government profile, territory, departments and members. */
  isAdmin: boolean;
  selectGovernment: (governmentId: string) => void;
};

const GovernmentContext = createContext<GovernmentContextValue | null>(null);

function pickMembership(memberships: Membership[], preferredId: string | null): Membership | undefined {
  return memberships.find((membership) => membership.governmentId === preferredId) ?? memberships[0];
}

/** Holds the government the user works in, remembered between visits in localStorage. */
export function GovernmentProvider({
  memberships,
  children,
}: {
  memberships: Membership[];
  children: ReactNode;
}) {
  const [preferredId, setPreferredId] = useState<string | null>(() => localStorage.getItem(storageKey));
  const membership = pickMembership(memberships, preferredId);
  const selectGovernment = useCallback((governmentId: string) => {
    localStorage.setItem(storageKey, governmentId);
    setPreferredId(governmentId);
  }, []);
  const value = useMemo<GovernmentContextValue | null>(() => {
    if (!membership) return null;
    return {
      governmentId: membership.governmentId,
      membership,
      memberships,
      role: membership.role,
      canEdit: membership.role === 'admin' || membership.role === 'coordinator',
      isAdmin: membership.role === 'admin',
      selectGovernment,
    };
  }, [membership, memberships, selectGovernment]);
  if (!value) return <>{children}</>;
  return <GovernmentContext.Provider value={value}>{children}</GovernmentContext.Provider>;
}

export function useOptionalGovernment() {
  return useContext(GovernmentContext);
}

export function useGovernment(): GovernmentContextValue {
  const value = useContext(GovernmentContext);
  if (!value) throw new Error('useGovernment must be used inside a GovernmentProvider with a membership');
  return value;
}

/**
 * Today in the government's calendar (YYYY-MM-DD), the day the server counts overdue commitments and
 * closing calls by: not the browser's, which may be in another zone, and never UTC's.
 */
export function useGovernmentToday(): string {
  const government = useContext(GovernmentContext);
  return todayIn(government?.membership.timezone ?? browserTimeZone());
}

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Path of a tenant route: /governments/:id/partners ... */
export function governmentPath(governmentId: string, path = ''): string {
  return `/governments/${governmentId}${path}`;
}
