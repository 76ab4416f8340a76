import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { links, partners } from '../../src/server/db/schema';
import { linkMatches } from '../../src/server/modules/links/links.queries';
import { partnerMatches } from '../../src/server/modules/partners/partners.queries';
import type { Database } from '../../src/server/platform/db';
import { visibleInTenant } from '../../src/server/platform/tenancy';
import { createGovernment } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

type PlanNode = { 'Node Type': string; 'Index Name'?: string; 'Index Cond'?: string; Plans?: PlanNode[] };

function indexScans(node: PlanNode): PlanNode[] {
  const own = node['Index Name'] ? [node] : [];
  return [...own, ...(node.Plans ?? []).flatMap(indexScans)];
}

/** The plan PostgreSQL picks for a statement, as JSON; rows come back as objects or arrays by driver. */
async function planOf(db: Database, statement: SQL): Promise<PlanNode> {
  const result = (await db.execute(sql`explain (format json) ${statement}`)) as unknown as {
    rows: Record<string, unknown>[];
  };
  const cell = Object.values(result.rows[0] ?? {})[0];
  const plans = (typeof cell === 'string' ? JSON.parse(cell) : cell) as { Plan: PlanNode }[];
  return (plans[0] as { Plan: PlanNode }).Plan;
}

// With 100 governments, a search that scans indexes covering every government reads 100 times the
// entries it needs: the text indexes are led by government_id (btree_gin), so that the index itself
// keeps to the tenant. Checked on the very predicates the partner, link and global searches use.
describe('search scales with the tenant, not the instance', () => {
  // Generating 26,000 rows and their GIN entries takes 5–25 s on a loaded two-core machine.
  it('partner and link searches read only the government entries of their text indexes', {
    timeout: 120_000,
  }, async () => {
    const db = testApp.app.database.db;
    const governments = [await createGovernment(db), await createGovernment(db), await createGovernment(db)];
    // A realistic tenant (10,000 partners and links) beside two smaller ones: with a few hundred rows
    // the planner rightly reads the tenant's rows directly and no text index is used at all.
    for (const [index, government] of governments.entries()) {
      const size = index === 0 ? 10_000 : 2_000;
      await db.execute(sql`insert into partners (government_id, name, kind)
        select ${government.id}, case when p % 100 = 0 then 'Alcaldía de Medellín ' || p
          when p % 100 = 1 then 'Agencia de Cooperación Bilbao ' || p else 'Contraparte ' || md5(p::text) end, 'other'
        from generate_series(1, ${size}) p`);
      await db.execute(sql`insert into links (government_id, title, kind, status)
        select ${government.id}, case when l % 100 = 0 then 'Hermanamiento con Medellín ' || l
          else 'Convenio ' || md5(l::text) end, 'sister_city', 'active'
        from generate_series(1, ${size}) l`);
    }
    await db.execute(sql`analyze partners`);
    await db.execute(sql`analyze links`);
    const context = { governmentId: (governments[0] as { id: string }).id };
    for (const query of ['medelin', 'cooperacion bilbao']) {
      const partnerPlan = await planOf(
        db,
        sql`select id from partners where ${visibleInTenant(partners, context)} and ${partnerMatches(query)}`,
      );
      const linkPlan = await planOf(
        db,
        sql`select id from links where ${visibleInTenant(links, context)} and ${linkMatches(query)}`,
      );
      for (const [table, plan] of [
        ['partners', partnerPlan],
        ['links', linkPlan],
      ] as const) {
        const scans = indexScans(plan);
        const used = scans.map((scan) => scan['Index Name']);
        expect(used, `${table} "${query}"`).toContain(`${table}_government_search_idx`);
        expect(used.some((name) => name?.endsWith('_trgm_idx'))).toBe(true);
        // Every text index scan is bounded by the government in its own condition.
        for (const scan of scans.filter((scan) => scan['Index Name']?.includes('_government_')))
          expect(scan['Index Cond'], `${scan['Index Name']}`).toContain('government_id');
      }
    }
  });
});
