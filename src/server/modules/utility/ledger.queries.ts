import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db';
import { reportingMinorSql, rowsOf } from './utility.queries';

/**
 * The lists of a ledger ("Qué ha producido"), each bounded: at most `limit` rows and the total
 * count, in one query per list (`count(*) over ()` is computed before the limit).
 */

type Counted = { total_count: number };

async function bounded<T>(db: Database, query: SQL, order: SQL, limit: number) {
  const rows = await rowsOf<T & Counted>(
    db,
    sql`select q.*, count(*) over ()::int as total_count from (${query}) q order by ${order} limit ${limit}`,
  );
  return { rows, total: rows[0]?.total_count ?? 0 };
}

export function listInitiatives(db: Database, pairs: SQL, limit: number) {
  return bounded<{ id: string; title: string; stage: string; via: string }>(
    db,
    sql`select i.id, i.title, i.stage, p.via from ${pairs} p join initiatives i on i.id = p.initiative_id`,
    sql`case when q.stage in ('design', 'implementation', 'evaluation', 'closed') then 0 else 1 end, q.title`,
    limit,
  );
}

export function listEvents(db: Database, pairs: SQL, limit: number) {
  return bounded<{ id: string; title: string; kind: string; starts_at: string; ends_at: string }>(
    db,
    sql`select distinct e.id, e.title, e.kind, e.starts_at, e.ends_at from ${pairs} p
      join events e on e.id = p.event_id and e.archived_at is null`,
    sql`q.starts_at desc`,
    limit,
  );
}

export function listLinks(db: Database, pairs: SQL, limit: number) {
  return bounded<{ id: string; title: string; kind: string; status: string; signed_on: string | null }>(
    db,
    sql`select distinct l.id, l.title, l.kind, l.status, l.signed_on::text as signed_on from ${pairs} p
      join links l on l.id = p.link_id and l.archived_at is null`,
    sql`q.title`,
    limit,
  );
}

export function listCommitments(db: Database, pairs: SQL, today: string, limit: number) {
  return bounded<{
    id: string;
    title: string;
    due_date: string;
    status: string;
    fulfilled_on: string | null;
    event_id: string | null;
    link_id: string | null;
    department_id: string | null;
    department_name: string | null;
  }>(
    db,
    sql`select c.id, c.title, c.due_date::text as due_date,
        case when c.status in ('pending', 'in_progress') and c.due_date < ${today}::date then 'overdue' else c.status end as status,
        c.fulfilled_on::text as fulfilled_on, c.event_id, c.link_id, d.id as department_id, d.name as department_name
      from ${pairs} p join commitments c on c.id = p.commitment_id
      left join departments d on d.id = c.owner_department_id`,
    sql`case q.status when 'overdue' then 0 when 'pending' then 1 when 'in_progress' then 1 when 'fulfilled' then 2 else 3 end,
      q.due_date`,
    limit,
  );
}

export function listTransactions(
  db: Database,
  governmentId: string,
  reportingCurrency: string,
  pairs: SQL,
  limit: number,
) {
  const converted = reportingMinorSql(
    governmentId,
    reportingCurrency,
    sql`t.amount_minor`,
    sql`t.currency`,
    sql`t.value_date`,
  );
  return bounded<{
    id: string;
    initiative_id: string;
    initiative_title: string;
    type: string;
    value_date: string;
    amount_minor: string;
    currency: string;
    reporting_minor: string | null;
    provider_id: string | null;
    provider_name: string | null;
  }>(
    db,
    sql`select t.id, t.initiative_id, i.title as initiative_title, t.type, t.value_date::text as value_date,
        t.amount_minor::text as amount_minor, t.currency, (${converted})::text as reporting_minor,
        pr.id as provider_id, pr.name as provider_name
      from ${pairs} p join project_transactions t on t.id = p.transaction_id
      join initiatives i on i.id = t.initiative_id
      left join partners pr on pr.id = t.provider_partner_id`,
    sql`q.value_date desc, q.id`,
    limit,
  );
}

export function listIndicators(db: Database, governmentId: string, pairs: SQL, today: string, limit: number) {
  return bounded<{
    id: string;
    initiative_id: string;
    initiative_title: string;
    name: string;
    unit: string;
    counts_beneficiaries: boolean;
    baseline_value: string | null;
    target_value: string | null;
    direction: 'increase' | 'decrease';
    latest_value: string | null;
    latest_on: string | null;
  }>(
    db,
    sql`select i.id, i.initiative_id, ini.title as initiative_title, i.name, i.unit, i.counts_beneficiaries,
        i.baseline_value::text as baseline_value, i.target_value::text as target_value, i.direction,
        l.value::text as latest_value, l.measured_on::text as latest_on
      from (select distinct initiative_id from ${pairs} x) ps
      join indicators i on i.initiative_id = ps.initiative_id
      join initiatives ini on ini.id = i.initiative_id
      left join lateral (select m.value, m.measured_on from measurements m
        where m.indicator_id = i.id and m.government_id = ${governmentId} and m.measured_on <= ${today}::date
        order by m.measured_on desc, m.created_at desc limit 1) l on true`,
    sql`q.counts_beneficiaries desc, q.initiative_title, q.name`,
    limit,
  );
}

export function listLeads(
  db: Database,
  governmentId: string,
  reportingCurrency: string,
  pairs: SQL,
  limit: number,
) {
  const realised = reportingMinorSql(
    governmentId,
    reportingCurrency,
    sql`il.realised_amount_minor`,
    sql`il.currency`,
    sql`coalesce(il.established_on, il.announced_on, il.created_at::date)`,
  );
  return bounded<{
    id: string;
    title: string;
    company_id: string;
    company_name: string;
    stage: string;
    currency: string;
    expected_amount_minor: string | null;
    realised_amount_minor: string | null;
    reporting_realised: string | null;
    expected_jobs: number | null;
    created_jobs: number | null;
  }>(
    db,
    sql`select il.id, il.title, pr.id as company_id, pr.name as company_name, il.stage, il.currency,
        il.expected_amount_minor::text as expected_amount_minor, il.realised_amount_minor::text as realised_amount_minor,
        (${realised})::text as reporting_realised, il.expected_jobs, il.created_jobs
      from ${pairs} p join investment_leads il on il.id = p.lead_id join partners pr on pr.id = il.company_partner_id`,
    sql`q.title`,
    limit,
  );
}

/** Partners through which a subject reaches networks: a partner itself, a link's parties, an event's participants. */
export function subjectPartners(governmentId: string, kind: string, id: string): SQL {
  switch (kind) {
    case 'partner':
      return sql`(select ${id}::uuid as partner_id)`;
    case 'link':
      return sql`(select lp.partner_id from link_parties lp where lp.government_id = ${governmentId} and lp.link_id = ${id})`;
    case 'event':
      return sql`(select ep.partner_id from event_participants ep
        where ep.government_id = ${governmentId} and ep.event_id = ${id} and ep.partner_id is not null)`;
    default:
      return sql`(select lp.partner_id from link_parties lp
        join links l on l.id = lp.link_id and l.archived_at is null
        where lp.government_id = ${governmentId} and ${id} = any(l.strategy_lines))`;
  }
}

export function listNetworkRoles(db: Database, governmentId: string, partnersSql: SQL, limit: number) {
  return bounded<{
    id: string;
    title: string;
    kind: string;
    network_id: string;
    network_name: string;
    starts_on: string;
    ends_on: string | null;
  }>(
    db,
    sql`select r.id, r.title, r.kind, pr.id as network_id, pr.name as network_name, r.starts_on::text as starts_on,
        r.ends_on::text as ends_on
      from network_roles r join partners pr on pr.id = r.network_partner_id
      where r.government_id = ${governmentId} and r.archived_at is null
        and r.network_partner_id in (select partner_id from ${partnersSql} sp)`,
    sql`q.starts_on desc`,
    limit,
  );
}

export function listPositions(
  db: Database,
  governmentId: string,
  partnersSql: SQL,
  eventId: string | null,
  limit: number,
) {
  const byEvent = eventId ? sql`or dp.event_id = ${eventId}` : sql``;
  return bounded<{
    id: string;
    title: string;
    kind: string;
    made_on: string;
    network_id: string | null;
    network_name: string | null;
    event_id: string | null;
  }>(
    db,
    sql`select dp.id, dp.title, dp.kind, dp.made_on::text as made_on, pr.id as network_id, pr.name as network_name,
        dp.event_id
      from diplomacy_positions dp left join partners pr on pr.id = dp.network_partner_id
      where dp.government_id = ${governmentId} and dp.archived_at is null
        and (dp.network_partner_id in (select partner_id from ${partnersSql} sp) ${byEvent})`,
    sql`q.made_on desc`,
    limit,
  );
}

export function listReachedUnits(db: Database, reachedPairs: SQL, limit: number) {
  return bounded<{ id: string; name: string; code: string | null; population: string | null }>(
    db,
    sql`select distinct u.id, u.name, u.code, u.population::text as population from ${reachedPairs} r
      join territorial_units u on u.id = r.unit_id and u.archived_at is null`,
    sql`q.name`,
    limit,
  );
}

/** Open commitments (overdue first, then by due date): what a verdict's remedies name. */
export async function listOpenCommitments(db: Database, pairs: SQL, limit: number) {
  return rowsOf<{ id: string; title: string; due_date: string }>(
    db,
    sql`select c.id, c.title, c.due_date::text as due_date from ${pairs} p join commitments c on c.id = p.commitment_id
      where c.status in ('pending', 'in_progress') order by c.due_date, c.title limit ${limit}`,
  );
}

/** Initiatives still at problematization or agenda: a remedy moves them on. */
export async function listEarlierInitiatives(db: Database, pairs: SQL, limit: number) {
  return rowsOf<{ id: string; title: string; stage: string }>(
    db,
    sql`select i.id, i.title, i.stage from ${pairs} p join initiatives i on i.id = p.initiative_id
      where i.stage in ('problematization', 'agenda') order by i.title limit ${limit}`,
  );
}
