import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { mobilisedTransactionTypes, type UtilitySettingsInput } from '../../../contracts/utility';
import { minorUnitExponent, nonDefaultExponents } from '../../../domain/money';
import { users, utilitySettings, utilitySnapshots, verdictContests } from '../../db/schema';
import type { Database } from '../../platform/db';
import type { TenantContext } from '../../platform/tenancy';

type Tenant = Pick<TenantContext, 'governmentId'>;

/** Rows of a raw query, the same on PGlite and node-postgres. */
export async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

// ---------------------------------------------------------------------------------------------
// Money in bulk: the rule of funding.service (latest rate on or before the value date, exact
// decimal arithmetic, rounding half away from zero once per amount), written in SQL so that
// 100,000 transactions are converted where they are summed.
// ---------------------------------------------------------------------------------------------

function exponentSql(currency: SQL): SQL {
  const cases = nonDefaultExponents()
    .map(
      ({ exponent, currencies }) =>
        sql`when ${currency} in (${sql.join(
          currencies.map((code) => sql`${code}`),
          sql`, `,
        )}) then ${exponent}`,
    )
    .reduce((all, part) => sql`${all} ${part}`, sql``);
  return sql`(case ${cases} else 2 end)`;
}

/**
 * An amount in minor units of `currency` converted to minor units of the reporting currency, or
 * null when there is no rate on or before `date`: never guessed.
 */
export function reportingMinorSql(
  governmentId: string,
  reportingCurrency: string,
  amount: SQL,
  currency: SQL,
  date: SQL,
): SQL {
  const reportingExponent = minorUnitExponent(reportingCurrency);
  return sql`(case when ${amount} is null then null when ${currency} = ${reportingCurrency} then ${amount}::numeric else (
    select round(${amount}::numeric * er.rate * power(10::numeric, (${reportingExponent} - ${exponentSql(currency)})::numeric))
    from exchange_rates er
    where er.government_id = ${governmentId} and er.currency = ${currency}
      and er.reporting_currency = ${reportingCurrency} and er.rate_date <= ${date}
    order by er.rate_date desc limit 1) end)`;
}

// ---------------------------------------------------------------------------------------------
// Government facts and settings
// ---------------------------------------------------------------------------------------------

export type GovernmentFacts = {
  name: string;
  reportingCurrency: string;
  timezone: string;
  population: number | null;
  unitsPopulation: number;
  unitCount: number;
};

export async function findGovernmentFacts(db: Database, context: Tenant): Promise<GovernmentFacts> {
  const [row] = await rowsOf<{
    name: string;
    reporting_currency: string;
    timezone: string;
    population: string | null;
    units_population: string;
    unit_count: number;
  }>(
    db,
    sql`select g.name, g.reporting_currency, g.timezone, g.population::text as population,
      (select coalesce(sum(u.population), 0)::text from territorial_units u
        where u.government_id = g.id and u.archived_at is null) as units_population,
      (select count(*)::int from territorial_units u where u.government_id = g.id and u.archived_at is null) as unit_count
    from governments g where g.id = ${context.governmentId}`,
  );
  if (!row) throw new Error('government not found');
  return {
    name: row.name,
    reportingCurrency: row.reporting_currency,
    timezone: row.timezone,
    population: row.population === null ? null : Number(row.population),
    unitsPopulation: Number(row.units_population),
    unitCount: row.unit_count,
  };
}

export async function findSettings(db: Database, context: Tenant) {
  const [row] = await db
    .select()
    .from(utilitySettings)
    .where(eq(utilitySettings.governmentId, context.governmentId));
  return row ?? null;
}

/** First save of a government's settings; false when another request saved them first. */
export async function insertSettings(db: Database, context: TenantContext, values: UtilitySettingsInput) {
  const inserted = await db
    .insert(utilitySettings)
    .values({
      governmentId: context.governmentId,
      ...values,
      createdBy: context.userId,
      updatedBy: context.userId,
    })
    .onConflictDoNothing()
    .returning();
  return inserted[0] ?? null;
}

export async function updateSettings(
  db: Database,
  context: TenantContext,
  expectedVersion: number,
  values: UtilitySettingsInput,
) {
  const [row] = await db
    .update(utilitySettings)
    .set({
      ...values,
      version: sql`${utilitySettings.version} + 1`,
      updatedAt: new Date(),
      updatedBy: context.userId,
    })
    .where(
      and(
        eq(utilitySettings.governmentId, context.governmentId),
        eq(utilitySettings.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------
// Aggregates, grouped by subject `s` over the pairs of utility.scopes.ts
// ---------------------------------------------------------------------------------------------

export type InitiativeStats = { beyond: number; earlier: number; total: number; statedTarget: number | null };

export async function aggregateInitiatives(db: Database, pairs: SQL) {
  const rows = await rowsOf<{
    s: string;
    beyond: number;
    earlier: number;
    total: number;
    stated: string | null;
  }>(
    db,
    sql`select p.s,
      count(*) filter (where i.stage in ('design', 'implementation', 'evaluation', 'closed'))::int as beyond,
      count(*) filter (where i.stage in ('problematization', 'agenda'))::int as earlier,
      count(*)::int as total,
      sum(i.affected_population) filter (where i.stage <> 'cancelled')::text as stated
    from ${pairs} p join initiatives i on i.id = p.initiative_id group by p.s`,
  );
  return new Map(
    rows.map((row): [string, InitiativeStats] => [
      row.s,
      {
        beyond: row.beyond,
        earlier: row.earlier,
        total: row.total,
        statedTarget: row.stated === null ? null : Number(row.stated),
      },
    ]),
  );
}

export type CommitmentStats = {
  made: number;
  fulfilled: number;
  onTime: number;
  late: number;
  overdue: number;
  open: number;
  cancelled: number;
  overdueSince: string | null;
};

export async function aggregateCommitments(db: Database, governmentId: string, pairs: SQL, today: string) {
  const rows = await rowsOf<{
    s: string;
    made: number;
    fulfilled: number;
    on_time: number;
    late: number;
    overdue: number;
    open: number;
    cancelled: number;
    overdue_since: string | null;
  }>(
    db,
    sql`select p.s,
      count(*) filter (where c.status <> 'cancelled')::int as made,
      count(*) filter (where c.status = 'fulfilled')::int as fulfilled,
      count(*) filter (where c.status = 'fulfilled' and coalesce(c.fulfilled_on, c.due_date) <= c.due_date)::int as on_time,
      count(*) filter (where c.status = 'fulfilled' and c.fulfilled_on > c.due_date)::int as late,
      count(*) filter (where c.status in ('pending', 'in_progress') and c.due_date < ${today}::date)::int as overdue,
      count(*) filter (where c.status in ('pending', 'in_progress') and c.due_date >= ${today}::date)::int as open,
      count(*) filter (where c.status = 'cancelled')::int as cancelled,
      (min(c.due_date) filter (where c.status in ('pending', 'in_progress') and c.due_date < ${today}::date))::text as overdue_since
    from ${pairs} p join commitments c on c.id = p.commitment_id and c.government_id = ${governmentId}
    group by p.s`,
  );
  return new Map(
    rows.map((row): [string, CommitmentStats] => [
      row.s,
      {
        made: row.made,
        fulfilled: row.fulfilled,
        onTime: row.on_time,
        late: row.late,
        overdue: row.overdue,
        open: row.open,
        cancelled: row.cancelled,
        overdueSince: row.overdue_since,
      },
    ]),
  );
}

export type ResourceStats = {
  mobilisedMinor: number;
  byType: Map<string, number>;
  unconverted: Map<string, { amountMinor: number; count: number }>;
};

/**
 * The government's transactions, each converted once to the reporting currency, with one rate
 * lookup per (currency, value date) rather than per transaction: a CTE that aggregates join.
 */
export function convertedTransactionsSql(governmentId: string, reportingCurrency: string): SQL {
  const reportingExponent = minorUnitExponent(reportingCurrency);
  return sql`(
    with days as (
      select d.currency, d.value_date, (select er.rate from exchange_rates er
          where er.government_id = ${governmentId} and er.currency = d.currency
            and er.reporting_currency = ${reportingCurrency} and er.rate_date <= d.value_date
          order by er.rate_date desc limit 1) as rate
      from (select distinct t.currency, t.value_date from project_transactions t
        where t.government_id = ${governmentId} and t.currency <> ${reportingCurrency}) d)
    select t.id, t.type, t.currency, t.amount_minor, t.initiative_id, t.provider_partner_id,
      case when t.currency = ${reportingCurrency} then t.amount_minor::numeric
        when days.rate is null then null
        else round(t.amount_minor::numeric * days.rate
          * power(10::numeric, (${reportingExponent} - ${exponentSql(sql`t.currency`)})::numeric)) end as reporting_minor
    from project_transactions t
    left join days on days.currency = t.currency and days.value_date = t.value_date
    where t.government_id = ${governmentId})`;
}

function toResourceStats(
  rows: { s: string; type: string; currency: string | null; amount: string; n: number }[],
) {
  const stats = new Map<string, ResourceStats>();
  const mobilised = new Set<string>(mobilisedTransactionTypes);
  for (const row of rows) {
    const entry = stats.get(row.s) ?? { mobilisedMinor: 0, byType: new Map(), unconverted: new Map() };
    const amount = Number(row.amount);
    if (row.currency === null) {
      entry.byType.set(row.type, (entry.byType.get(row.type) ?? 0) + amount);
      if (mobilised.has(row.type)) entry.mobilisedMinor += amount;
    } else if (mobilised.has(row.type)) {
      const apart = entry.unconverted.get(row.currency) ?? { amountMinor: 0, count: 0 };
      entry.unconverted.set(row.currency, {
        amountMinor: apart.amountMinor + amount,
        count: apart.count + row.n,
      });
    }
    stats.set(row.s, entry);
  }
  return stats;
}

export async function aggregateResources(
  db: Database,
  governmentId: string,
  reportingCurrency: string,
  pairs: SQL,
) {
  const rows = await rowsOf<{ s: string; type: string; currency: string | null; amount: string; n: number }>(
    db,
    sql`select p.s, c.type, case when c.reporting_minor is null then c.currency end as currency,
        sum(coalesce(c.reporting_minor, c.amount_minor))::text as amount, count(*)::int as n
      from ${pairs} p join ${convertedTransactionsSql(governmentId, reportingCurrency)} c on c.id = p.transaction_id
      group by 1, 2, 3`,
  );
  return toResourceStats(rows);
}

/**
 * The government's money converted once (convertedTransactionsSql) and summed per initiative,
 * provider, type and currency left apart (null when converted). Each transaction is in exactly one
 * group and each is rounded once before summing, so a sum of groups equals the sum of the
 * transactions: every money figure of the module can be read from these few rows.
 */
function moneyGroupsSql(governmentId: string, reportingCurrency: string): SQL {
  return sql`(select c.initiative_id, c.provider_partner_id, c.type,
      case when c.reporting_minor is null then c.currency end as apart_currency,
      sum(coalesce(c.reporting_minor, c.amount_minor)) as amount, count(*) as n
    from ${convertedTransactionsSql(governmentId, reportingCurrency)} c group by 1, 2, 3, 4)`;
}

/**
 * Money of the subjects whose transactions are those of their initiatives (events, strategy lines,
 * territorial units: transactionPairs' default), over a `money` CTE of moneyGroupsSql. The
 * initiative pairs are distinct per subject, so each transaction counts once per subject.
 */
function initiativeMoneyPartsSql(initiativePairsSql: SQL): SQL {
  return sql`(select ip.s, b.type, b.apart_currency, b.amount, b.n
    from (select distinct s, initiative_id from ${initiativePairsSql} x) ip
    join money b on b.initiative_id = ip.initiative_id)`;
}

/**
 * Money of links, over a `money` CTE of moneyGroupsSql, counted as in transactionPairs (money of
 * their initiatives, and money their partners provided, each transaction once) but by
 * inclusion–exclusion: initiatives' money + partners' money − money in both. The partners' money is
 * summed once per partner and the initiatives' once per initiative and provider, not once per link
 * and transaction, so that 20,000 links sharing busy partners and initiatives stay cheap.
 */
function linkMoneyPartsSql(governmentId: string, initiativePairsSql: SQL, linkId: string | null): SQL {
  const oneLink = linkId === null ? sql`` : sql`and lp.link_id = ${linkId}`;
  return sql`(with lp as (select distinct lp.link_id::text as s, lp.partner_id from link_parties lp
        where lp.government_id = ${governmentId} ${oneLink}),
      a as (select ip.s, b.type, b.apart_currency, b.amount, b.n, b.provider_partner_id
        from (select distinct s, initiative_id from ${initiativePairsSql} x) ip
        join money b on b.initiative_id = ip.initiative_id),
      by_partner as (select provider_partner_id as partner_id, type, apart_currency, sum(amount) as amount, sum(n) as n
        from money where provider_partner_id is not null group by 1, 2, 3)
    select a.s, a.type, a.apart_currency, a.amount, a.n from a
    union all
    select lp.s, bp.type, bp.apart_currency, bp.amount, bp.n from lp join by_partner bp on bp.partner_id = lp.partner_id
    union all
    select a.s, a.type, a.apart_currency, -a.amount, -a.n from a join lp on lp.s = a.s and lp.partner_id = a.provider_partner_id)`;
}

export async function aggregateLinkResources(
  db: Database,
  governmentId: string,
  reportingCurrency: string,
  initiativePairsSql: SQL,
  linkId: string | null,
) {
  const rows = await rowsOf<{ s: string; type: string; currency: string | null; amount: string; n: number }>(
    db,
    sql`with money as materialized ${moneyGroupsSql(governmentId, reportingCurrency)}
      select s, type, apart_currency as currency, sum(amount)::text as amount, sum(n)::int as n
      from ${linkMoneyPartsSql(governmentId, initiativePairsSql, linkId)} parts
      group by 1, 2, 3 having sum(n) <> 0`,
  );
  return toResourceStats(rows);
}

/** What the home page shows of money, for each kind of subject it names. */
export type OverviewMoney = {
  government: Map<string, ResourceStats>;
  links: Map<string, ResourceStats>;
  events: Map<string, ResourceStats>;
  units: Map<string, ResourceStats>;
  strategyLines: Map<string, ResourceStats>;
  /** Converted mobilised money by kind of provider ('unknown' without one), as sumResourcesBySource. */
  bySource: { source: string; amountMinor: number }[];
};

/**
 * Every money figure of the home page in one statement that converts the government's transactions
 * once: the government's, each link's, each event's, each unit's and each strategy line's (as
 * gatherFacts and aggregateResources count them), and mobilised money by kind of provider.
 */
export async function aggregateOverviewMoney(
  db: Database,
  governmentId: string,
  reportingCurrency: string,
  pairs: { links: SQL; events: SQL; units: SQL; strategyLines: SQL },
): Promise<OverviewMoney> {
  const rows = await rowsOf<{
    kind: keyof Omit<OverviewMoney, 'bySource'> | 'source';
    s: string;
    type: string;
    currency: string | null;
    amount: string;
    n: number;
  }>(
    db,
    sql`with money as materialized ${moneyGroupsSql(governmentId, reportingCurrency)},
      parts as (
        select 'government' as kind, ${governmentId}::text as s, type, apart_currency, amount, n from money
        union all
        select 'links', x.* from ${linkMoneyPartsSql(governmentId, pairs.links, null)} x
        union all
        select 'events', x.* from ${initiativeMoneyPartsSql(pairs.events)} x
        union all
        select 'units', x.* from ${initiativeMoneyPartsSql(pairs.units)} x
        union all
        select 'strategyLines', x.* from ${initiativeMoneyPartsSql(pairs.strategyLines)} x
        union all
        select 'source', coalesce(p.kind, 'unknown'), b.type, b.apart_currency, b.amount, b.n from money b
          left join partners p on p.id = b.provider_partner_id and p.government_id = ${governmentId})
      select kind, s, type, apart_currency as currency, sum(amount)::text as amount, sum(n)::int as n
      from parts group by 1, 2, 3, 4 having sum(n) <> 0`,
  );
  const byKind = new Map<string, typeof rows>();
  for (const row of rows) {
    const list = byKind.get(row.kind) ?? [];
    list.push(row);
    byKind.set(row.kind, list);
  }
  // Sources with mobilised money only in currencies without a rate still show, at zero.
  const mobilised = new Set<string>(mobilisedTransactionTypes);
  const bySource = new Map<string, number>();
  for (const row of byKind.get('source') ?? []) {
    if (!mobilised.has(row.type)) continue;
    bySource.set(row.s, (bySource.get(row.s) ?? 0) + (row.currency === null ? Number(row.amount) : 0));
  }
  return {
    government: toResourceStats(byKind.get('government') ?? []),
    links: toResourceStats(byKind.get('links') ?? []),
    events: toResourceStats(byKind.get('events') ?? []),
    units: toResourceStats(byKind.get('units') ?? []),
    strategyLines: toResourceStats(byKind.get('strategyLines') ?? []),
    bySource: [...bySource.entries()].map(([source, amountMinor]) => ({ source, amountMinor })),
  };
}

/** Latest measurement on or before `today` of each indicator counting beneficiaries. */
function latestBeneficiaryMeasurements(governmentId: string, today: string): SQL {
  return sql`(select distinct on (m.indicator_id) m.indicator_id, m.initiative_id, m.value, m.disaggregated_values
    from measurements m join indicators i on i.id = m.indicator_id and i.counts_beneficiaries
    where m.government_id = ${governmentId} and m.measured_on <= ${today}::date
    order by m.indicator_id, m.measured_on desc, m.created_at desc)`;
}

export type BeneficiaryBreakdown = { dimension: string; category: string; value: number };

export async function aggregateBeneficiaries(db: Database, governmentId: string, pairs: SQL, today: string) {
  const latest = latestBeneficiaryMeasurements(governmentId, today);
  const rows = await rowsOf<{ s: string; total: number }>(
    db,
    sql`select ps.s, sum(l.value)::float8 as total
      from (select distinct s, initiative_id from ${pairs} x) ps
      join ${latest} l on l.initiative_id = ps.initiative_id group by ps.s`,
  );
  return new Map(rows.map((row) => [row.s, Number(row.total)]));
}

export async function aggregateBeneficiaryBreakdown(
  db: Database,
  governmentId: string,
  pairs: SQL,
  today: string,
) {
  const latest = latestBeneficiaryMeasurements(governmentId, today);
  const rows = await rowsOf<{ s: string; dimension: string; category: string; value: number }>(
    db,
    sql`select ps.s, d->>'dimension' as dimension, d->>'category' as category, sum((d->>'value')::numeric)::float8 as value
      from (select distinct s, initiative_id from ${pairs} x) ps
      join ${latest} l on l.initiative_id = ps.initiative_id
      cross join lateral jsonb_array_elements(l.disaggregated_values) d
      group by 1, 2, 3 order by 1, 2, 4 desc`,
  );
  const bySubject = new Map<string, BeneficiaryBreakdown[]>();
  for (const row of rows) {
    const list = bySubject.get(row.s) ?? [];
    list.push({ dimension: row.dimension, category: row.category, value: Number(row.value) });
    bySubject.set(row.s, list);
  }
  return bySubject;
}

export type IndicatorProgressRow = {
  s: string;
  indicatorId: string;
  baseline: string | null;
  target: string | null;
  direction: 'increase' | 'decrease';
  latest: string | null;
};

/** Indicators of the subjects' initiatives with their latest measurement, for progress. */
export async function findIndicatorProgressRows(
  db: Database,
  governmentId: string,
  pairs: SQL,
  today: string,
) {
  const rows = await rowsOf<{
    s: string;
    indicator_id: string;
    baseline: string | null;
    target: string | null;
    direction: 'increase' | 'decrease';
    latest: string | null;
  }>(
    db,
    sql`with latest as (select distinct on (m.indicator_id) m.indicator_id, m.value
        from measurements m where m.government_id = ${governmentId} and m.measured_on <= ${today}::date
        order by m.indicator_id, m.measured_on desc, m.created_at desc)
      select ps.s, i.id as indicator_id, i.baseline_value::text as baseline, i.target_value::text as target,
        i.direction, l.value::text as latest
      from (select distinct s, initiative_id from ${pairs} x) ps
      join indicators i on i.initiative_id = ps.initiative_id
      join latest l on l.indicator_id = i.id
      where i.baseline_value is not null and i.target_value is not null`,
  );
  return rows.map(
    (row): IndicatorProgressRow => ({
      s: row.s,
      indicatorId: row.indicator_id,
      baseline: row.baseline,
      target: row.target,
      direction: row.direction,
      latest: row.latest,
    }),
  );
}

export type LeadStats = {
  realisedLeads: number;
  realisedMinor: number;
  expectedMinor: number;
  createdJobs: number;
  expectedJobs: number;
  unconverted: Map<string, { amountMinor: number; count: number }>;
};

/** Rate date of a lead's amounts: when it was established, else announced, else registered. */
const leadRateDate = sql`coalesce(il.established_on, il.announced_on, il.created_at::date)`;

export async function aggregateLeads(
  db: Database,
  governmentId: string,
  reportingCurrency: string,
  pairs: SQL,
) {
  const realised = reportingMinorSql(
    governmentId,
    reportingCurrency,
    sql`il.realised_amount_minor`,
    sql`il.currency`,
    leadRateDate,
  );
  const expected = reportingMinorSql(
    governmentId,
    reportingCurrency,
    sql`il.expected_amount_minor`,
    sql`il.currency`,
    leadRateDate,
  );
  const rows = await rowsOf<{
    s: string;
    currency: string;
    realised_leads: number;
    realised: string;
    expected: string;
    created_jobs: number;
    expected_jobs: number;
    unconverted_amount: string;
    unconverted_count: number;
  }>(
    db,
    sql`with l as (
        select p.s, il.stage, il.currency, il.realised_amount_minor, il.created_jobs, il.expected_jobs,
          ${realised} as realised_conv, ${expected} as expected_conv
        from ${pairs} p join investment_leads il on il.id = p.lead_id)
      select s, currency,
        count(*) filter (where stage in ('established', 'aftercare') or coalesce(realised_amount_minor, 0) > 0
          or coalesce(created_jobs, 0) > 0)::int as realised_leads,
        coalesce(sum(realised_conv), 0)::text as realised,
        coalesce(sum(expected_conv) filter (where stage <> 'lost'), 0)::text as expected,
        coalesce(sum(created_jobs), 0)::int as created_jobs,
        coalesce(sum(expected_jobs) filter (where stage <> 'lost'), 0)::int as expected_jobs,
        coalesce(sum(realised_amount_minor) filter (where realised_amount_minor is not null and realised_conv is null), 0)::text
          as unconverted_amount,
        count(*) filter (where realised_amount_minor is not null and realised_conv is null)::int as unconverted_count
      from l group by 1, 2`,
  );
  const stats = new Map<string, LeadStats>();
  for (const row of rows) {
    const entry = stats.get(row.s) ?? {
      realisedLeads: 0,
      realisedMinor: 0,
      expectedMinor: 0,
      createdJobs: 0,
      expectedJobs: 0,
      unconverted: new Map(),
    };
    entry.realisedLeads += row.realised_leads;
    entry.realisedMinor += Number(row.realised);
    entry.expectedMinor += Number(row.expected);
    entry.createdJobs += row.created_jobs;
    entry.expectedJobs += row.expected_jobs;
    if (row.unconverted_count > 0)
      entry.unconverted.set(row.currency, {
        amountMinor: Number(row.unconverted_amount),
        count: row.unconverted_count,
      });
    stats.set(row.s, entry);
  }
  return stats;
}

/**
 * Territorial units reached by each subject: those of its initiatives (all units for a
 * whole-territory initiative) and of its investment leads.
 */
export function reachedUnitPairs(governmentId: string, initiativePairsSql: SQL, leadPairsSql: SQL): SQL {
  return sql`(
    select ps.s, itu.territorial_unit_id as unit_id from ${initiativePairsSql} ps
      join initiative_territorial_units itu on itu.initiative_id = ps.initiative_id
    union
    select ps.s, u.id from ${initiativePairsSql} ps
      join initiatives i on i.id = ps.initiative_id and i.is_whole_territory
      join territorial_units u on u.government_id = ${governmentId} and u.archived_at is null
    union
    select lp.s, il.territorial_unit_id from ${leadPairsSql} lp
      join investment_leads il on il.id = lp.lead_id where il.territorial_unit_id is not null)`;
}

export async function aggregateReach(db: Database, reachedPairs: SQL) {
  const rows = await rowsOf<{ s: string; units: number; population: string }>(
    db,
    sql`select r.s, count(*)::int as units, coalesce(sum(u.population), 0)::text as population
      from ${reachedPairs} r join territorial_units u on u.id = r.unit_id and u.archived_at is null group by r.s`,
  );
  return new Map(rows.map((row) => [row.s, { units: row.units, population: Number(row.population) }]));
}

// ---------------------------------------------------------------------------------------------
// Contests, verdict states, snapshots
// ---------------------------------------------------------------------------------------------

export async function findContests(
  db: Database,
  context: Tenant,
  subjectKind: 'link' | 'event',
  subjectId: string,
) {
  return db
    .select({ contest: verdictContests, createdByName: users.name })
    .from(verdictContests)
    .leftJoin(users, eq(users.id, verdictContests.createdBy))
    .where(
      and(
        eq(verdictContests.governmentId, context.governmentId),
        eq(verdictContests.subjectKind, subjectKind),
        eq(verdictContests.subjectId, subjectId),
      ),
    )
    .orderBy(desc(verdictContests.createdAt));
}

export async function findContest(db: Database, context: Tenant, id: string) {
  const [row] = await db
    .select({ contest: verdictContests, createdByName: users.name })
    .from(verdictContests)
    .leftJoin(users, eq(users.id, verdictContests.createdBy))
    .where(and(eq(verdictContests.id, id), eq(verdictContests.governmentId, context.governmentId)));
  return row ?? null;
}

/** Subject ids with an open contest, for the lists. */
export async function findOpenContestSubjects(db: Database, context: Tenant, subjectKind: 'link' | 'event') {
  const rows = await db
    .select({ subjectId: verdictContests.subjectId })
    .from(verdictContests)
    .where(
      and(
        eq(verdictContests.governmentId, context.governmentId),
        eq(verdictContests.subjectKind, subjectKind),
        isNull(verdictContests.withdrawnAt),
      ),
    );
  return new Set(rows.map((row) => row.subjectId));
}

export async function insertContest(db: Database, values: typeof verdictContests.$inferInsert) {
  const [row] = await db.insert(verdictContests).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function withdrawContest(
  db: Database,
  context: TenantContext,
  id: string,
  expectedVersion: number,
) {
  const [row] = await db
    .update(verdictContests)
    .set({
      withdrawnAt: new Date(),
      withdrawnBy: context.userId,
      version: sql`${verdictContests.version} + 1`,
      updatedAt: new Date(),
      updatedBy: context.userId,
    })
    .where(
      and(
        eq(verdictContests.id, id),
        eq(verdictContests.governmentId, context.governmentId),
        eq(verdictContests.version, expectedVersion),
        isNull(verdictContests.withdrawnAt),
      ),
    )
    .returning();
  return row ?? null;
}

export type VerdictStateInput = { subjectKind: 'link' | 'event'; subjectId: string; verdict: string };

/**
 * Remembers the verdict of each subject; a row changes (`changed_at`, `previous_verdict`) only when
 * the verdict differs, so that whoever reads the changes sees each one once.
 */
/**
 * Remembers the current verdict of each link and event and returns those whose verdict changed in
 * this statement (or that were judged for the first time). A concurrent process that writes the same
 * verdict a moment later sees no change, so each change is reported once, whatever the processes.
 */
export async function upsertVerdictStates(
  db: Database,
  context: Tenant,
  states: VerdictStateInput[],
): Promise<{ subjectKind: 'link' | 'event'; subjectId: string; verdict: string; changedAt: string }[]> {
  const changed: { subjectKind: 'link' | 'event'; subjectId: string; verdict: string; changedAt: string }[] =
    [];
  const chunkSize = 2000;
  for (let start = 0; start < states.length; start += chunkSize) {
    const chunk = states.slice(start, start + chunkSize);
    const values = sql.join(
      chunk.map(
        (state) =>
          sql`(${context.governmentId}::uuid, ${state.subjectKind}, ${state.subjectId}::uuid, ${state.verdict})`,
      ),
      sql`, `,
    );
    const rows = await rowsOf<{
      subject_kind: 'link' | 'event';
      subject_id: string;
      verdict: string;
      changed_at: string;
      is_changed: boolean;
    }>(
      db,
      sql`insert into verdict_states as vs (government_id, subject_kind, subject_id, verdict)
      values ${values}
      on conflict (subject_kind, subject_id) do update set
        previous_verdict = case when vs.verdict <> excluded.verdict then vs.verdict else vs.previous_verdict end,
        changed_at = case when vs.verdict <> excluded.verdict then now() else vs.changed_at end,
        verdict = excluded.verdict,
        checked_at = now()
      returning vs.subject_kind, vs.subject_id, vs.verdict, vs.changed_at::text as changed_at, (vs.changed_at = now()) as is_changed`,
    );
    for (const row of rows) {
      if (row.is_changed) {
        changed.push({
          subjectKind: row.subject_kind,
          subjectId: row.subject_id,
          verdict: row.verdict,
          changedAt: row.changed_at,
        });
      }
    }
  }
  return changed;
}

export async function findVerdictChangesSince(
  db: Database,
  context: Tenant,
  since: Date | null,
  limit: number,
) {
  const condition = since
    ? sql`vs.changed_at > ${since.toISOString()}::timestamptz and vs.previous_verdict is not null`
    : sql`false`;
  return rowsOf<{
    subject_kind: 'link' | 'event';
    subject_id: string;
    verdict: string;
    previous_verdict: string | null;
    changed_at: string;
    label: string | null;
    total: number;
  }>(
    db,
    sql`select vs.subject_kind, vs.subject_id, vs.verdict, vs.previous_verdict, vs.changed_at::text as changed_at,
        coalesce(l.title, e.title) as label, count(*) over ()::int as total
      from verdict_states vs
      left join links l on vs.subject_kind = 'link' and l.id = vs.subject_id
      left join events e on vs.subject_kind = 'event' and e.id = vs.subject_id
      where vs.government_id = ${context.governmentId} and ${condition}
      order by vs.changed_at desc limit ${limit}`,
  );
}

export type SnapshotRow = {
  scopeKind: string;
  scopeId: string;
  score: number | null;
  exactScore: number | null;
  components: unknown;
};

/** Inserts what is missing for this month; rows already there stay untouched (idempotent). */
export async function insertSnapshots(
  db: Database,
  context: Tenant,
  month: string,
  snapshots: SnapshotRow[],
) {
  let created = 0;
  const chunkSize = 500;
  for (let start = 0; start < snapshots.length; start += chunkSize) {
    const chunk = snapshots.slice(start, start + chunkSize);
    const inserted = await db
      .insert(utilitySnapshots)
      .values(
        chunk.map((snapshot) => ({
          governmentId: context.governmentId,
          month,
          scopeKind: snapshot.scopeKind as typeof utilitySnapshots.$inferInsert.scopeKind,
          scopeId: snapshot.scopeId,
          score: snapshot.score,
          exactScore: snapshot.exactScore,
          components: snapshot.components,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: utilitySnapshots.id });
    created += inserted.length;
  }
  return created;
}

export async function countSnapshots(db: Database, context: Tenant, month: string) {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from utility_snapshots where government_id = ${context.governmentId} and month = ${month}`,
  );
  return row?.n ?? 0;
}

export async function findSnapshots(
  db: Database,
  context: Tenant,
  scopeKind: string,
  scopeId: string,
  fromMonth: string,
) {
  return rowsOf<{
    month: string;
    score: number | null;
    exact_score: number | null;
    components: unknown;
    taken_at: string;
  }>(
    db,
    sql`select month, score, exact_score, components, taken_at::text as taken_at from utility_snapshots
      where government_id = ${context.governmentId} and scope_kind = ${scopeKind} and scope_id = ${scopeId}
        and month >= ${fromMonth}
      order by month`,
  );
}

export async function findLatestSnapshot(db: Database, context: Tenant, scopeKind: string, scopeId: string) {
  const [row] = await rowsOf<{ month: string; score: number | null; components: unknown; taken_at: string }>(
    db,
    sql`select month, score, components, taken_at::text as taken_at from utility_snapshots
      where government_id = ${context.governmentId} and scope_kind = ${scopeKind} and scope_id = ${scopeId}
      order by month desc limit 1`,
  );
  return row ?? null;
}

/** Every government with its time zone: the worker's work list. */
export async function listGovernmentZones(db: Database) {
  // Associations have no links or index of their own: the worker passes them by.
  return rowsOf<{ id: string; timezone: string }>(
    db,
    sql`select id, timezone from governments where tenant_kind = 'government' order by id`,
  );
}

export async function hasGovernmentSnapshot(db: Database, context: Tenant, month: string) {
  const [row] = await rowsOf<{ found: boolean }>(
    db,
    sql`select exists (select 1 from utility_snapshots where government_id = ${context.governmentId}
      and month = ${month} and scope_kind = 'government') as found`,
  );
  return row?.found === true;
}
