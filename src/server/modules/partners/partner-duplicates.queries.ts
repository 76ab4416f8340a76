import { type SQL, sql } from 'drizzle-orm';
import type { MergeReferenceKind } from '../../../contracts/partner-duplicates';
import { distinctiveWords } from '../../../domain/partner-similarity';
import type { Database } from '../../platform/db';
import type { TenantContext } from '../../platform/tenancy';

type Tenant = Pick<TenantContext, 'governmentId'>;

/** Rows of a raw query, the same on PGlite and node-postgres. */
async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

export type SimilarCandidate = {
  id: string;
  name: string;
  acronym: string | null;
  kind: string;
  country_code: string | null;
  city: string | null;
  iati_org_id: string | null;
  version: number;
  same_iati: boolean;
};

/**
 * Partners of the government that may be the one described: the same IATI organisation id, or, in
 * the same country (or with no country), a name sharing a distinctive word, by trigram word
 * similarity on the unaccented name (the trigram index). A bounded set; the caller scores names.
 */
export async function findSimilarCandidates(
  db: Database,
  context: Tenant,
  input: {
    name: string | null;
    countryCode: string | null;
    iatiOrgId: string | null;
    excludeId: string | null;
  },
  limit: number,
): Promise<SimilarCandidate[]> {
  const words = input.name ? distinctiveWords(input.name).slice(0, 8) : [];
  const nameConditions = [
    ...(input.name ? [sql`f_unaccent(lower(${input.name})) % f_unaccent(lower(p.name))`] : []),
    ...words.map((word) => sql`${word} <% f_unaccent(lower(p.name))`),
    ...(input.name ? [sql`lower(p.acronym) = lower(${input.name})`] : []),
  ];
  const byName =
    nameConditions.length > 0
      ? sql`(${sql.join(nameConditions, sql` or `)})${
          input.countryCode
            ? sql` and (p.country_code = ${input.countryCode} or p.country_code is null)`
            : sql``
        }`
      : sql`false`;
  const byIati = input.iatiOrgId ? sql`lower(p.iati_org_id) = lower(${input.iatiOrgId})` : sql`false`;
  return rowsOf<SimilarCandidate>(
    db,
    sql`select p.id, p.name, p.acronym, p.kind, p.country_code, p.city, p.iati_org_id, p.version,
        coalesce(${byIati}, false) as same_iati
      from partners p
      where p.government_id = ${context.governmentId} and p.archived_at is null
        ${input.excludeId ? sql`and p.id <> ${input.excludeId}` : sql``}
        and ((${byIati}) or (${byName}))
      order by coalesce(${byIati}, false) desc,
        word_similarity(${words.join(' ')}, f_unaccent(lower(p.name))) desc, p.name
      limit ${limit}`,
  );
}

/**
 * Every column that points at a partner, outside the partner's own row. `parent` is the versioned
 * record a child row belongs to: moving the child changes that record, so its version moves on
 * (a form opened before the merge then gets 409 instead of writing the merged-away partner back).
 */
type Reference = {
  kind: MergeReferenceKind;
  table: string;
  column: string;
  id: string;
  isVersioned?: boolean;
  parent?: { table: string; via: string };
};

export const partnerReferences: Reference[] = [
  { kind: 'contacts', table: 'partner_contacts', column: 'partner_id', id: 'id' },
  { kind: 'relations', table: 'partner_relations', column: 'from_partner_id', id: 'id' },
  { kind: 'relations', table: 'partner_relations', column: 'to_partner_id', id: 'id' },
  {
    kind: 'linkParties',
    table: 'link_parties',
    column: 'partner_id',
    id: 'id',
    parent: { table: 'links', via: 'link_id' },
  },
  {
    kind: 'linkSignatories',
    table: 'link_signatories',
    column: 'partner_id',
    id: 'id',
    parent: { table: 'links', via: 'link_id' },
  },
  {
    kind: 'initiatives',
    table: 'initiative_partners',
    column: 'partner_id',
    id: 'initiative_id',
    parent: { table: 'initiatives', via: 'initiative_id' },
  },
  {
    kind: 'projectParticipants',
    table: 'project_participants',
    column: 'partner_id',
    id: 'id',
    parent: { table: 'initiatives', via: 'initiative_id' },
  },
  {
    kind: 'transactions',
    table: 'project_transactions',
    column: 'provider_partner_id',
    id: 'id',
    isVersioned: true,
  },
  {
    kind: 'transactions',
    table: 'project_transactions',
    column: 'receiver_partner_id',
    id: 'id',
    isVersioned: true,
  },
  { kind: 'offers', table: 'cooperation_offers', column: 'donor_partner_id', id: 'id', isVersioned: true },
  { kind: 'iatiActivities', table: 'iati_activities', column: 'partner_id', id: 'id' },
  {
    kind: 'eventParticipants',
    table: 'event_participants',
    column: 'partner_id',
    id: 'id',
    parent: { table: 'events', via: 'event_id' },
  },
  {
    kind: 'commitments',
    table: 'commitments',
    column: 'counterpart_partner_id',
    id: 'id',
    isVersioned: true,
  },
  {
    kind: 'investmentLeads',
    table: 'investment_leads',
    column: 'company_partner_id',
    id: 'id',
    isVersioned: true,
  },
  {
    kind: 'diplomacyPositions',
    table: 'diplomacy_positions',
    column: 'network_partner_id',
    id: 'id',
    isVersioned: true,
  },
  { kind: 'networkRoles', table: 'network_roles', column: 'network_partner_id', id: 'id', isVersioned: true },
  { kind: 'mergedPartners', table: 'partners', column: 'merged_into_id', id: 'id' },
];

/**
 * Rows that cannot simply be repointed because the survivor is already there: the same partner
 * twice among a link's parties or an initiative's partners (the survivor's row and role stay), a
 * relation between the two (it would relate the survivor to itself), or a relation the survivor
 * already has with the same partner and kind. `select` counts them; `delete` removes them.
 */
function conflictQueries(context: Tenant, loserId: string, survivorId: string) {
  const g = context.governmentId;
  return [
    {
      kind: 'linkParties' as const,
      from: sql`link_parties r where r.government_id = ${g} and r.partner_id = ${loserId}
        and exists (select 1 from link_parties s where s.link_id = r.link_id and s.partner_id = ${survivorId})`,
    },
    {
      kind: 'initiatives' as const,
      from: sql`initiative_partners r where r.government_id = ${g} and r.partner_id = ${loserId}
        and exists (select 1 from initiative_partners s where s.initiative_id = r.initiative_id and s.partner_id = ${survivorId})`,
    },
    {
      kind: 'projectParticipants' as const,
      from: sql`project_participants r where r.government_id = ${g} and r.partner_id = ${loserId}
        and exists (select 1 from project_participants s where s.initiative_id = r.initiative_id
          and s.role = r.role and s.partner_id = ${survivorId})`,
    },
    {
      kind: 'relations' as const,
      from: sql`partner_relations r where r.government_id = ${g}
        and ((r.from_partner_id = ${loserId} and r.to_partner_id = ${survivorId})
          or (r.from_partner_id = ${survivorId} and r.to_partner_id = ${loserId})
          or (r.from_partner_id = ${loserId} and exists (select 1 from partner_relations s
                where s.from_partner_id = ${survivorId} and s.to_partner_id = r.to_partner_id and s.kind = r.kind))
          or (r.to_partner_id = ${loserId} and exists (select 1 from partner_relations s
                where s.to_partner_id = ${survivorId} and s.from_partner_id = r.from_partner_id and s.kind = r.kind)))`,
    },
  ];
}

export type MergeCounts = { kind: MergeReferenceKind; moved: number; dropped: number }[];

function addCount(
  counts: Map<MergeReferenceKind, { moved: number; dropped: number }>,
  kind: MergeReferenceKind,
) {
  const entry = counts.get(kind) ?? { moved: 0, dropped: 0 };
  counts.set(kind, entry);
  return entry;
}

function toList(counts: Map<MergeReferenceKind, { moved: number; dropped: number }>): MergeCounts {
  return [...counts.entries()].map(([kind, value]) => ({ kind, ...value }));
}

/** What a merge would do: per kind of reference, rows that move and duplicates that go. */
export async function countMergeReferences(
  db: Database,
  context: Tenant,
  loserId: string,
  survivorId: string,
) {
  const counts = new Map<MergeReferenceKind, { moved: number; dropped: number }>();
  for (const conflict of conflictQueries(context, loserId, survivorId)) {
    const [row] = await rowsOf<{ total: number }>(
      db,
      sql`select count(*)::int as total from ${conflict.from}`,
    );
    addCount(counts, conflict.kind).dropped += Number(row?.total ?? 0);
  }
  for (const reference of partnerReferences) {
    const [row] = await rowsOf<{ total: number }>(
      db,
      sql`select count(*)::int as total from ${sql.raw(reference.table)}
        where government_id = ${context.governmentId} and ${sql.raw(reference.column)} = ${loserId}`,
    );
    addCount(counts, reference.kind).moved += Number(row?.total ?? 0);
  }
  // Rows counted as moving that will instead be dropped as duplicates.
  for (const entry of counts.values()) entry.moved = Math.max(0, entry.moved - entry.dropped);
  return toList(counts);
}

/**
 * Moves every reference from the loser to the survivor (after dropping the duplicates), moves the
 * version of every record whose content changed, and says which rows moved, per kind.
 */
export async function moveReferences(
  db: Database,
  context: TenantContext,
  loserId: string,
  survivorId: string,
) {
  const counts = new Map<MergeReferenceKind, { moved: number; dropped: number }>();
  const movedIds = new Map<MergeReferenceKind, string[]>();
  const touchedParents = new Map<string, Set<string>>();
  const touch = (table: string, id: string) => {
    const set = touchedParents.get(table) ?? new Set<string>();
    set.add(id);
    touchedParents.set(table, set);
  };

  // Only one primary contact: the survivor's stays primary.
  await db.execute(sql`update partner_contacts set is_primary = false
    where government_id = ${context.governmentId} and partner_id = ${loserId}
      and exists (select 1 from partner_contacts s where s.partner_id = ${survivorId} and s.is_primary)`);

  for (const conflict of conflictQueries(context, loserId, survivorId)) {
    const idColumn = conflict.kind === 'initiatives' ? 'initiative_id' : 'id';
    const parentColumn =
      conflict.kind === 'linkParties' ? 'link_id' : conflict.kind === 'relations' ? null : 'initiative_id';
    const rows = await rowsOf<{ id: string; parent_id: string | null }>(
      db,
      sql`delete from ${conflict.from} returning r.${sql.raw(idColumn)} as id${
        parentColumn ? sql`, r.${sql.raw(parentColumn)} as parent_id` : sql`, null as parent_id`
      }`,
    );
    addCount(counts, conflict.kind).dropped += rows.length;
    for (const row of rows)
      if (row.parent_id) touch(conflict.kind === 'linkParties' ? 'links' : 'initiatives', row.parent_id);
  }

  for (const reference of partnerReferences) {
    const versioning = reference.isVersioned
      ? sql`, version = version + 1, updated_at = now(), updated_by = ${context.userId}`
      : sql``;
    const rows = await rowsOf<{ id: string; parent_id: string | null }>(
      db,
      sql`update ${sql.raw(reference.table)} set ${sql.raw(reference.column)} = ${survivorId}${versioning}
        where government_id = ${context.governmentId} and ${sql.raw(reference.column)} = ${loserId}
        returning ${sql.raw(reference.id)}::text as id${
          reference.parent
            ? sql`, ${sql.raw(reference.parent.via)}::text as parent_id`
            : sql`, null as parent_id`
        }`,
    );
    addCount(counts, reference.kind).moved += rows.length;
    movedIds.set(reference.kind, [...(movedIds.get(reference.kind) ?? []), ...rows.map((row) => row.id)]);
    if (reference.parent)
      for (const row of rows) if (row.parent_id) touch(reference.parent.table, row.parent_id);
  }

  for (const [table, ids] of touchedParents) {
    await db.execute(sql`update ${sql.raw(table)} set version = version + 1, updated_at = now(), updated_by = ${context.userId}
      where government_id = ${context.governmentId} and id in (${sql.join(
        [...ids].map((id) => sql`${id}`),
        sql`, `,
      )})`);
  }
  return {
    counts: toList(counts),
    movedIds: Object.fromEntries(movedIds),
    touchedRecords: Object.fromEntries([...touchedParents].map(([table, ids]) => [table, [...ids]])),
  };
}

/** Locks both partner rows in a fixed order, so that two merges of the same pair cannot deadlock. */
export async function lockPartners(db: Database, context: Tenant, ids: string[]) {
  const sorted = [...ids].sort();
  return rowsOf<{ id: string }>(
    db,
    sql`select id from partners where government_id = ${context.governmentId}
      and id in (${sql.join(
        sorted.map((id) => sql`${id}`),
        sql`, `,
      )}) order by id for update`,
  );
}
