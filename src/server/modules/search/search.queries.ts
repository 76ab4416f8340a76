import { sql } from 'drizzle-orm';
import { links, partners } from '../../db/schema';
import type { Database } from '../../platform/db';
import { type TenantContext, visibleInTenant } from '../../platform/tenancy';
import { linkMatches } from '../links/links.queries';
import { partnerMatches } from '../partners/partners.queries';

function rankOf(vector: unknown, name: unknown, query: string) {
  return sql<number>`(ts_rank(${vector}, websearch_to_tsquery('es_unaccent', ${query}))
    + word_similarity(f_unaccent(lower(${query})), f_unaccent(lower(${name}))))::float8`;
}

/** Partners and links of the tenant that match, best first; accents and case do not matter. */
export async function searchEverything(db: Database, context: TenantContext, query: string, limit: number) {
  const [partnerRows, linkRows] = await Promise.all([
    db
      .select({
        id: partners.id,
        title: partners.name,
        subtitle: partners.city,
        countryCode: partners.countryCode,
        rank: rankOf(partners.searchVector, partners.name, query),
      })
      .from(partners)
      .where(sql`${visibleInTenant(partners, context)} and ${partnerMatches(query)}`)
      .orderBy(sql`5 desc`)
      .limit(limit),
    db
      .select({
        id: links.id,
        title: links.title,
        subtitle: links.registryNumber,
        kind: links.kind,
        rank: rankOf(links.searchVector, links.title, query),
      })
      .from(links)
      .where(sql`${visibleInTenant(links, context)} and ${linkMatches(query)}`)
      .orderBy(sql`5 desc`)
      .limit(limit),
  ]);
  return { partnerRows, linkRows };
}
