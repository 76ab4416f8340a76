import type { Theme } from '../../../contracts/links';
import { presentRecordMeta, toIsoOrNull } from '../../platform/present';
import type { PositionWithNetwork, RoleWithNetwork } from './diplomacy.queries';

export function presentPosition({ position, networkName }: PositionWithNetwork) {
  return {
    id: position.id,
    kind: position.kind,
    title: position.title,
    text: position.text,
    madeOn: position.madeOn,
    forumName: position.forumName,
    networkPartnerId: position.networkPartnerId,
    networkName,
    eventId: position.eventId,
    topics: position.topics as Theme[],
    sdgGoals: position.sdgGoals,
    coSigners: position.coSigners,
    url: position.url,
    archivedAt: toIsoOrNull(position.archivedAt),
    ...presentRecordMeta(position),
  };
}

/** Whether a role is held on `today` (the government's calendar day), both ends included. */
export function isCurrentRole(role: { startsOn: string; endsOn: string | null }, today: string): boolean {
  return role.startsOn <= today && (role.endsOn === null || role.endsOn >= today);
}

export function presentRole({ role, networkName }: RoleWithNetwork, today: string) {
  return {
    id: role.id,
    networkPartnerId: role.networkPartnerId,
    networkName,
    kind: role.kind,
    title: role.title,
    holderName: role.holderName,
    startsOn: role.startsOn,
    endsOn: role.endsOn,
    notes: role.notes,
    isCurrent: isCurrentRole(role, today),
    archivedAt: toIsoOrNull(role.archivedAt),
    ...presentRecordMeta(role),
  };
}

/** Positions and roles merged by date, newest first; on the same day, roles before positions. */
export function presentTimeline(timeline: { positions: PositionWithNetwork[]; roles: RoleWithNetwork[] }) {
  const entries = [
    ...timeline.positions.map(({ position, networkName }) => ({
      type: 'position' as const,
      id: position.id,
      date: position.madeOn,
      endDate: null,
      title: position.title,
      kind: position.kind,
      networkPartnerId: position.networkPartnerId,
      networkName,
      topics: position.topics,
    })),
    ...timeline.roles.map(({ role, networkName }) => ({
      type: 'role' as const,
      id: role.id,
      date: role.startsOn,
      endDate: role.endsOn,
      title: role.title,
      kind: role.kind,
      networkPartnerId: role.networkPartnerId,
      networkName,
      topics: [] as string[],
    })),
  ];
  entries.sort(
    (left, right) =>
      right.date.localeCompare(left.date) ||
      right.type.localeCompare(left.type) ||
      left.title.localeCompare(right.title, 'es'),
  );
  return { entries };
}
