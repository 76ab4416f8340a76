import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { strategyTerms } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

export type StrategyTermRow = typeof strategyTerms.$inferSelect;
type TermKind = StrategyTermRow['kind'];

/** The built-in terms every government starts with (DESIGN.md): names come from the translations. */
export const builtInTerms: { kind: TermKind; codes: readonly string[] }[] = [
  {
    kind: 'strategy_line',
    codes: [
      'international_cooperation',
      'trade_investment',
      'city_networks',
      'international_projection',
      'city_diplomacy',
    ],
  },
  {
    kind: 'theme',
    codes: [
      'economic',
      'environmental',
      'social',
      'cultural',
      'education',
      'health',
      'security',
      'mobility',
      'innovation',
      'governance',
      'tourism',
      'urban_planning',
    ],
  },
];

export function isBuiltInTerm(kind: TermKind, code: string): boolean {
  return builtInTerms.some((group) => group.kind === kind && group.codes.includes(code));
}

/** Gives a new government the built-in strategy lines and themes; idempotent. */
export async function insertBuiltInTerms(db: Database, governmentId: string) {
  const rows = builtInTerms.flatMap((group) =>
    group.codes.map((code, index) => ({ governmentId, kind: group.kind, code, sortOrder: index + 1 })),
  );
  await db.insert(strategyTerms).values(rows).onConflictDoNothing();
}

export async function findTerms(db: Database, context: TenantContext, includeArchived: boolean) {
  return db
    .select()
    .from(strategyTerms)
    .where(
      and(
        inTenant(strategyTerms, context),
        includeArchived ? undefined : sql`${strategyTerms.archivedAt} is null`,
      ),
    )
    .orderBy(asc(strategyTerms.kind), asc(strategyTerms.sortOrder), asc(strategyTerms.code));
}

export async function findTerm(db: Database, context: TenantContext, id: string) {
  const [row] = await db
    .select()
    .from(strategyTerms)
    .where(and(eq(strategyTerms.id, id), inTenant(strategyTerms, context)));
  return row ?? null;
}

export async function findTermByCode(db: Database, context: TenantContext, kind: TermKind, code: string) {
  const [row] = await db
    .select()
    .from(strategyTerms)
    .where(and(inTenant(strategyTerms, context), eq(strategyTerms.kind, kind), eq(strategyTerms.code, code)));
  return row ?? null;
}

/** The codes among `codes` that are terms of `kinds` in this government (archived ones included). */
export async function findKnownCodes(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  kinds: TermKind[],
  codes: string[],
): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db
    .select({ code: strategyTerms.code })
    .from(strategyTerms)
    .where(
      and(
        inTenant(strategyTerms, context),
        inArray(strategyTerms.kind, kinds),
        inArray(strategyTerms.code, [...new Set(codes)]),
      ),
    );
  return new Set(rows.map((row) => row.code));
}

export async function insertTerm(db: Database, values: typeof strategyTerms.$inferInsert) {
  const [row] = await db.insert(strategyTerms).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/**
 * How many records use each term, in one statement: strategy lines and themes by code in links,
 * initiatives, events, investment leads, demands and offers; plan terms in their plan codes.
 */
export async function countUsage(db: Database, context: TenantContext): Promise<Map<string, number>> {
  const government = context.governmentId;
  const result = await db.execute(sql`
    select kind, code, count(*)::int as uses from (
      select 'strategy_line' as kind, unnest(strategy_lines) as code from links where government_id = ${government}
      union all select 'strategy_line', strategy_line from initiatives where government_id = ${government} and strategy_line is not null
      union all select 'strategy_line', strategy_line from events where government_id = ${government} and strategy_line is not null
      union all select 'strategy_line', unnest(strategy_lines) from investment_leads where government_id = ${government}
      union all select 'theme', unnest(themes) from links where government_id = ${government}
      union all select 'theme', unnest(themes) from initiatives where government_id = ${government}
      union all select 'theme', unnest(themes) from events where government_id = ${government}
      union all select 'theme', unnest(themes) from investment_leads where government_id = ${government}
      union all select 'theme', unnest(themes) from cooperation_demands where government_id = ${government}
      union all select 'theme', unnest(themes) from cooperation_offers where government_id = ${government}
      union all select 'plan', unnest(plan_codes) from links where government_id = ${government}
      union all select 'plan', unnest(plan_codes) from initiatives where government_id = ${government}
      union all select 'plan', unnest(plan_codes) from events where government_id = ${government}
      union all select 'plan', unnest(plan_codes) from investment_leads where government_id = ${government}
    ) as used group by kind, code`);
  const rows = (result as unknown as { rows: { kind: string; code: string; uses: number }[] }).rows;
  return new Map(rows.map((row) => [`${row.kind}:${row.code}`, row.uses]));
}
