import type { NetworkRoleInput, PositionInput } from '../../../contracts/diplomacy';
import { todayIn } from '../../../domain/link-lifecycle';
import { diplomacyPositions, networkRoles } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { type FieldIssue, NotFoundError, ValidationError } from '../../platform/errors';
import { setArchived, type TenantContext, updateVersioned } from '../../platform/tenancy';
import { findGovernmentTimezone } from '../links/links.queries';
import { isKnownSdgGoal } from '../reference/reference.service';
import { checkAlignment } from '../strategy/strategy.service';
import * as queries from './diplomacy.queries';

const networkKinds = new Set(['city_network', 'multilateral']);

/** Today in the government's calendar: whether a role is current is a question about its day. */
export async function todayFor(db: Database, context: TenantContext) {
  return todayIn(await findGovernmentTimezone(db, context));
}

/** A network is a partner of kind city network or multilateral body, of this government. */
async function checkNetwork(db: Database, context: TenantContext, partnerId: string): Promise<FieldIssue[]> {
  const kind = await queries.findPartnerKind(db, context, partnerId);
  if (kind === null) return [{ field: 'networkPartnerId', key: 'validation.unknownPartner' }];
  if (!networkKinds.has(kind)) return [{ field: 'networkPartnerId', key: 'validation.notANetwork' }];
  return [];
}

function positionValues(input: PositionInput) {
  return {
    kind: input.kind,
    title: input.title,
    text: input.text,
    madeOn: input.madeOn,
    forumName: input.forumName ?? null,
    networkPartnerId: input.networkPartnerId ?? null,
    eventId: input.eventId ?? null,
    topics: [...new Set(input.topics)],
    sdgGoals: [...new Set(input.sdgGoals)],
    coSigners: [...new Set(input.coSigners)],
    url: input.url ?? null,
  };
}

async function checkPositionInput(db: Database, context: TenantContext, input: PositionInput) {
  const issues: FieldIssue[] = [];
  if (input.networkPartnerId) issues.push(...(await checkNetwork(db, context, input.networkPartnerId)));
  if (input.eventId && !(await queries.eventExists(db, context, input.eventId)))
    issues.push({ field: 'eventId', key: 'validation.unknownEvent' });
  input.sdgGoals.forEach((code, index) => {
    if (!isKnownSdgGoal(code)) issues.push({ field: `sdgGoals.${index}`, key: 'validation.unknownSdg' });
  });
  // Topics are the government's themes.
  const themeIssues = await checkAlignment(db, context, { themes: input.topics });
  issues.push(...themeIssues.map((issue) => ({ ...issue, field: issue.field.replace(/^themes/, 'topics') })));
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Records a position, declaration or pledge made by the government in a forum or network. */
export async function createPosition(db: Database, context: TenantContext, input: PositionInput) {
  await checkPositionInput(db, context, input);
  const position = await queries.insertPosition(db, {
    ...positionValues(input),
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'diplomacy_position',
    entityId: position.id,
    action: 'create',
    after: position,
  });
  return position;
}

export async function getPosition(db: Database, context: TenantContext, id: string) {
  const row = await queries.findPosition(db, context, id);
  if (!row) throw new NotFoundError();
  return row;
}

export async function updatePosition(
  db: Database,
  context: TenantContext,
  id: string,
  input: PositionInput & { version: number },
) {
  const before = await getPosition(db, context, id);
  await checkPositionInput(db, context, input);
  const after = await updateVersioned(
    db,
    diplomacyPositions,
    context,
    id,
    input.version,
    positionValues(input),
  );
  await recordAudit(db, context, {
    entityType: 'diplomacy_position',
    entityId: id,
    action: 'update',
    before: before.position,
    after,
  });
  return after;
}

export async function setPositionArchived(
  db: Database,
  context: TenantContext,
  id: string,
  version: number,
  isArchived: boolean,
) {
  const before = await getPosition(db, context, id);
  return setArchived(
    db,
    diplomacyPositions,
    context,
    { type: 'diplomacy_position', id, before: before.position },
    version,
    isArchived,
  );
}

export async function listPositions(
  db: Database,
  context: TenantContext,
  filter: queries.PositionFilter & { page: number; pageSize: number },
) {
  return queries.findPositions(db, context, filter, filter);
}

function roleValues(input: NetworkRoleInput) {
  return {
    networkPartnerId: input.networkPartnerId,
    kind: input.kind,
    title: input.title,
    holderName: input.holderName ?? null,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    notes: input.notes ?? null,
  };
}

async function checkRoleInput(db: Database, context: TenantContext, input: NetworkRoleInput) {
  const issues = await checkNetwork(db, context, input.networkPartnerId);
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Records a role the government holds in a network: a presidency, a working-group lead… */
export async function createRole(db: Database, context: TenantContext, input: NetworkRoleInput) {
  await checkRoleInput(db, context, input);
  const role = await queries.insertRole(db, {
    ...roleValues(input),
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'network_role',
    entityId: role.id,
    action: 'create',
    after: role,
  });
  return role;
}

export async function getRoleRow(db: Database, context: TenantContext, id: string) {
  const row = await queries.findRole(db, context, id);
  if (!row) throw new NotFoundError();
  return row;
}

/** A role with today's date of the government, which says whether it is current. */
export async function getRole(db: Database, context: TenantContext, id: string) {
  const row = await getRoleRow(db, context, id);
  return { ...row, today: await todayFor(db, context) };
}

export async function updateRole(
  db: Database,
  context: TenantContext,
  id: string,
  input: NetworkRoleInput & { version: number },
) {
  const before = await getRoleRow(db, context, id);
  await checkRoleInput(db, context, input);
  const after = await updateVersioned(db, networkRoles, context, id, input.version, roleValues(input));
  await recordAudit(db, context, {
    entityType: 'network_role',
    entityId: id,
    action: 'update',
    before: before.role,
    after,
  });
  return after;
}

export async function setRoleArchived(
  db: Database,
  context: TenantContext,
  id: string,
  version: number,
  isArchived: boolean,
) {
  const before = await getRoleRow(db, context, id);
  return setArchived(
    db,
    networkRoles,
    context,
    { type: 'network_role', id, before: before.role },
    version,
    isArchived,
  );
}

export async function listRoles(
  db: Database,
  context: TenantContext,
  filter: Omit<queries.RoleFilter, 'currentOn'> & { isCurrent: boolean; page: number; pageSize: number },
) {
  const today = await todayFor(db, context);
  const { items, total } = await queries.findRoles(
    db,
    context,
    {
      networkPartnerId: filter.networkPartnerId,
      kind: filter.kind,
      currentOn: filter.isCurrent ? today : undefined,
    },
    filter,
  );
  return { items, total, today };
}

/**
 * The government's advocacy in one line of time: positions and roles, newest first. A topic filter
 * keeps only the positions on that topic, since roles carry no topic.
 */
export async function getTimeline(
  db: Database,
  context: TenantContext,
  filter: { networkPartnerId?: string | undefined; topic?: string | undefined },
) {
  const [positions, roles] = await Promise.all([
    queries.findPositions(db, context, filter),
    filter.topic
      ? Promise.resolve({ items: [] as queries.RoleWithNetwork[] })
      : queries.findRoles(db, context, { networkPartnerId: filter.networkPartnerId }),
  ]);
  return { positions: positions.items, roles: roles.items };
}
