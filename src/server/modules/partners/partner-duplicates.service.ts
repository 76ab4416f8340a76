import type { MergePartnerBody, SimilarPartner } from '../../../contracts/partner-duplicates';
import type { PartnerKind } from '../../../contracts/partners';
import { likelyDuplicateThreshold, nameSimilarity } from '../../../domain/partner-similarity';
import { partners } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { fieldError, NotFoundError, VersionConflictError } from '../../platform/errors';
import { type TenantContext, updateVersioned } from '../../platform/tenancy';
import * as queries from './partner-duplicates.queries';
import { findPartner, type PartnerRow } from './partners.queries';

const maxSimilar = 10;

/**
 * Partners of the government that probably are the one described: the same IATI organisation id,
 * or a similar name (accents, case, generic words such as "Ayuntamiento" and small typos aside) in
 * the same country. The partner form asks before saving when this is not empty; the spreadsheet
 * import calls it per row with the same rule.
 */
export async function findSimilarPartners(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  input: {
    name?: string | null | undefined;
    acronym?: string | null | undefined;
    countryCode?: string | null | undefined;
    iatiOrgId?: string | null | undefined;
    excludeId?: string | null | undefined;
  },
): Promise<SimilarPartner[]> {
  const name = input.name?.trim() || null;
  const iatiOrgId = input.iatiOrgId?.trim() || null;
  if (!name && !iatiOrgId) return [];
  const candidates = await queries.findSimilarCandidates(
    db,
    context,
    { name, countryCode: input.countryCode ?? null, iatiOrgId, excludeId: input.excludeId ?? null },
    50,
  );
  return candidates
    .map((candidate) => {
      const similarity = name
        ? nameSimilarity(
            { name, acronym: input.acronym ?? null },
            { name: candidate.name, acronym: candidate.acronym },
          )
        : 0;
      return {
        id: candidate.id,
        name: candidate.name,
        acronym: candidate.acronym,
        kind: candidate.kind as PartnerKind,
        countryCode: candidate.country_code,
        city: candidate.city,
        iatiOrgId: candidate.iati_org_id,
        reason: candidate.same_iati ? ('same_iati_org_id' as const) : ('similar_name' as const),
        similarity: Math.round(similarity * 100) / 100,
        version: Number(candidate.version),
      };
    })
    .filter(
      (candidate) =>
        candidate.reason === 'same_iati_org_id' || candidate.similarity >= likelyDuplicateThreshold,
    )
    .sort(
      (a, b) =>
        Number(b.reason === 'same_iati_org_id') - Number(a.reason === 'same_iati_org_id') ||
        b.similarity - a.similarity ||
        a.name.localeCompare(b.name),
    )
    .slice(0, maxSimilar);
}

/** Fields the survivor lacks and the merged-away partner has: the merge keeps them. */
const fillableFields = [
  'acronym',
  'countryCode',
  'city',
  'latitude',
  'longitude',
  'iatiOrgId',
  'iatiOrgType',
  'website',
  'email',
  'notes',
] as const;

function filledValues(survivor: PartnerRow, loser: PartnerRow) {
  const values: Partial<Record<(typeof fillableFields)[number], unknown>> = {};
  for (const field of fillableFields) {
    if (
      (survivor[field] === null || survivor[field] === '') &&
      loser[field] !== null &&
      loser[field] !== ''
    ) {
      values[field] = loser[field];
    }
  }
  // Coordinates go together: only when the survivor had neither.
  if ('latitude' in values !== 'longitude' in values) {
    delete values.latitude;
    delete values.longitude;
  }
  const tags = [...new Set([...survivor.tags, ...loser.tags])];
  return { values, tags, hasNewTags: tags.length !== survivor.tags.length };
}

async function readPair(db: Database, context: TenantContext, partnerId: string, survivorId: string) {
  if (partnerId === survivorId) throw fieldError('survivorId', 'validation.mergeSamePartner');
  const [loser, survivor] = await Promise.all([
    findPartner(db, context, partnerId),
    findPartner(db, context, survivorId),
  ]);
  if (!loser) throw new NotFoundError();
  if (!survivor) throw fieldError('survivorId', 'validation.unknownPartner');
  if (loser.mergedIntoId) throw fieldError('survivorId', 'validation.partnerAlreadyMerged');
  if (survivor.archivedAt) throw fieldError('survivorId', 'validation.mergeIntoArchived');
  return { loser, survivor };
}

const reference = (row: PartnerRow) => ({
  id: row.id,
  name: row.name,
  countryCode: row.countryCode,
  city: row.city,
  version: row.version,
});

/** What merging `partnerId` into `survivorId` would move, drop and fill in: nothing is written. */
export async function previewMerge(
  db: Database,
  context: TenantContext,
  partnerId: string,
  survivorId: string,
) {
  const { loser, survivor } = await readPair(db, context, partnerId, survivorId);
  const counts = await queries.countMergeReferences(db, context, loser.id, survivor.id);
  const { values, hasNewTags } = filledValues(survivor, loser);
  return {
    partner: reference(loser),
    survivor: reference(survivor),
    counts: counts.filter((count) => count.moved > 0 || count.dropped > 0),
    filledFields: [...Object.keys(values), ...(hasNewTags ? ['tags'] : [])],
  };
}

/**
 * Merges a duplicate into the partner that stays, in the caller's transaction: every reference
 * (links, contacts, relations, initiatives, projects, transactions, offers, events, commitments,
 * leads, positions, network roles, IATI activities) moves to the survivor; rows that would repeat
 * what the survivor already has are dropped; empty fields of the survivor are filled from the
 * duplicate; the duplicate is archived and keeps a pointer to the survivor. Both partners are
 * under optimistic locking, and one audit record of the merge lists what moved.
 */
export async function mergePartners(
  db: Database,
  context: TenantContext,
  partnerId: string,
  body: MergePartnerBody,
) {
  await queries.lockPartners(db, context, [partnerId, body.survivorId]);
  const { loser, survivor } = await readPair(db, context, partnerId, body.survivorId);
  if (loser.version !== body.version) throw new VersionConflictError(loser.version, body.version);
  if (survivor.version !== body.survivorVersion) {
    throw new VersionConflictError(survivor.version, body.survivorVersion);
  }
  const moved = await queries.moveReferences(db, context, loser.id, survivor.id);
  const { values, tags } = filledValues(survivor, loser);
  const survivorAfter = await updateVersioned(db, partners, context, survivor.id, survivor.version, {
    ...values,
    tags,
  });
  const loserAfter = await updateVersioned(db, partners, context, loser.id, loser.version, {
    archivedAt: loser.archivedAt ?? new Date(),
    mergedIntoId: survivor.id,
  });
  await recordAudit(db, context, {
    entityType: 'partner',
    entityId: loser.id,
    action: 'merge',
    before: loser,
    after: { ...loserAfter, mergedIntoId: survivor.id, mergedIntoName: survivor.name, ...moved },
  });
  await recordAudit(db, context, {
    entityType: 'partner',
    entityId: survivor.id,
    action: 'update',
    before: survivor,
    after: { ...survivorAfter, mergedFromId: loser.id, mergedFromName: loser.name },
  });
  return {
    survivorId: survivor.id,
    mergedId: loser.id,
    counts: moved.counts.filter((c) => c.moved > 0 || c.dropped > 0),
  };
}
