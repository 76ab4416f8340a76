import type { Comparison } from '../../../contracts/capacity';
import type { Language } from '../../../contracts/common';
import {
  type CapacityAnswers,
  geometryCentre,
  type MemberResult,
  rankMembers,
  scoreAnswers,
  summariseMembers,
} from '../../../domain/capacity';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { NotFoundError, ValidationError, VersionConflictError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import { answersOf } from './capacity.present';
import * as queries from './capacity.queries';
import { localizeQuestionnaire } from './capacity.questionnaire';
import { findAdoptedQuestionnaire } from './questionnaire.service';

/** The memberships of this tenant, seen from its side (an association's members, a government's associations). */
export function listMemberships(db: Database, context: TenantContext, side: queries.MembershipSide) {
  return queries.findMemberships(db, context, side);
}

async function reload(db: Database, context: TenantContext, side: queries.MembershipSide, id: string) {
  const row = await queries.findMembership(db, context, side, id);
  if (!row) throw new NotFoundError();
  return row;
}

/** The association invites a government by its short name; the government's admin must accept. */
export async function inviteMember(db: Database, context: TenantContext, governmentSlug: string) {
  const tenant = await queries.findTenantBySlug(db, governmentSlug.trim().toLowerCase());
  if (!tenant) throw new ValidationError([{ field: 'governmentSlug', key: 'capacity.unknownGovernment' }]);
  if (tenant.tenantKind !== 'government' || tenant.id === context.governmentId)
    throw new ValidationError([{ field: 'governmentSlug', key: 'capacity.notAGovernment' }]);
  const created = await queries.insertMembership(db, {
    associationId: context.governmentId,
    memberId: tenant.id,
    status: 'invited',
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  if (!created) throw new ValidationError([{ field: 'governmentSlug', key: 'capacity.alreadyMember' }]);
  await recordAudit(db, context, {
    entityType: 'association_membership',
    entityId: created.id,
    action: 'create',
    after: created,
  });
  return reload(db, context, 'association', created.id);
}

/** A government's admin accepts an invitation: from then on the association sees what it shares. */
export async function acceptMembership(db: Database, context: TenantContext, id: string, version: number) {
  const before = await reload(db, context, 'member', id);
  if (before.membership.status !== 'invited')
    throw new ValidationError([{ field: 'status', key: 'capacity.membershipNotInvited' }]);
  const after = await queries.updateMembership(db, context, 'member', id, version, {
    status: 'active',
    acceptedAt: new Date(),
    acceptedBy: context.userId,
  });
  if (!after) throw new VersionConflictError(before.membership.version, version);
  await recordAudit(db, context, {
    entityType: 'association_membership',
    entityId: id,
    action: 'status_change',
    before: before.membership,
    after,
  });
  return reload(db, context, 'member', id);
}

/**
 * Either side ends a membership (or turns down an invitation): the association stops seeing the
 * government at once. The row stays, ended, for the record of both.
 */
export async function endMembership(
  db: Database,
  context: TenantContext,
  side: queries.MembershipSide,
  id: string,
  version: number,
) {
  const before = await reload(db, context, side, id);
  if (before.membership.status === 'ended')
    throw new ValidationError([{ field: 'status', key: 'capacity.membershipEnded' }]);
  const after = await queries.updateMembership(db, context, side, id, version, {
    status: 'ended',
    endedAt: new Date(),
    endedBy: context.userId,
    endedBySide: side,
  });
  if (!after) throw new VersionConflictError(before.membership.version, version);
  await recordAudit(db, context, {
    entityType: 'association_membership',
    entityId: id,
    action: 'status_change',
    before: before.membership,
    after,
  });
  return reload(db, context, side, id);
}

/**
 * What an association sees: for each active member that shares its assessment, its latest completed
 * edition made with the questionnaire the association adopted (any version, read with the newest
 * version's dimensions), ranked; how many sharing members were left out because their editions used
 * another questionnaire; the mean and distribution per dimension; the
 * index of members that share it; where each sits on a map. Nothing else of a member is read.
 */
export async function getComparison(
  db: Database,
  context: TenantContext,
  language: Language,
): Promise<Comparison> {
  const adopted = await findAdoptedQuestionnaire(db, context.governmentId);
  const file = adopted.file;
  const members = await queries.findActiveMembers(db, context);
  const sharing = members.filter((member) => member.isSharingAssessment);
  const sharingIds = sharing.map((member) => member.id);
  const indexIds = members.filter((member) => member.isSharingIndex).map((member) => member.id);
  const [editions, withCompleted, indexes, geometries] = await Promise.all([
    queries.findLatestCompletedOf(db, sharingIds, { questionnaireId: file.id, ownerId: adopted.ownerId }),
    queries.findGovernmentsWithCompleted(db, sharingIds),
    queries.findLatestIndexOf(db, indexIds),
    queries.findUnitGeometriesOf(db, sharingIds),
  ]);
  const editionOf = new Map(editions.map((edition) => [edition.governmentId, edition]));
  const indexOf = new Map(indexes.map((row) => [row.governmentId, row.score]));
  const geometriesOf = new Map<string, unknown[]>();
  for (const row of geometries) {
    const list = geometriesOf.get(row.governmentId) ?? [];
    list.push(row.geometry);
    geometriesOf.set(row.governmentId, list);
  }
  const results: MemberResult[] = sharing.flatMap((member) => {
    const edition = editionOf.get(member.id);
    return edition ? [{ memberId: member.id, answers: answersOf(edition) as CapacityAnswers }] : [];
  });
  const memberById = new Map(sharing.map((member) => [member.id, member]));
  const dimensionKeys = new Set(file.dimensions.map((dimension) => dimension.key));
  const ranking = rankMembers(file, results).map((ranked) => {
    const member = memberById.get(ranked.memberId);
    const edition = editionOf.get(ranked.memberId);
    if (!member || !edition) throw new Error('ranked member without its edition');
    const answers = answersOf(edition);
    return {
      government: { id: member.id, name: member.name, countryCode: member.countryCode },
      position: ranked.position,
      editionId: edition.id,
      assessedOn: edition.assessedOn,
      averageLevel: ranked.score.averageLevel,
      totalLevel: ranked.score.totalLevel,
      // An edition of an older version may answer a dimension the newest version dropped: not shown.
      levels: Object.fromEntries(
        Object.entries(answers)
          .filter(([key]) => dimensionKeys.has(key))
          .map(([key, answer]) => [key, answer.level]),
      ),
      utilityIndex: indexOf.get(member.id) ?? null,
      location: geometryCentre(geometriesOf.get(member.id) ?? []),
    };
  });
  const averages = results.map((result) => scoreAnswers(file, result.answers).averageLevel ?? 0);
  return {
    questionnaire: localizeQuestionnaire(file, language),
    questionnaireSource: adopted.source,
    activeMembers: members.length,
    sharingMembers: results.length,
    otherQuestionnaireMembers: withCompleted.filter((id) => !editionOf.has(id)).length,
    averageLevel:
      averages.length === 0
        ? null
        : Math.round((averages.reduce((sum, value) => sum + value, 0) / averages.length) * 100) / 100,
    dimensions: summariseMembers(file, results),
    ranking,
  };
}
