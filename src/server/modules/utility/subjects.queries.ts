import { type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db';
import type { TenantContext } from '../../platform/tenancy';
import { rowsOf } from './utility.queries';
import { strategyLineMembers } from './utility.scopes';

type Tenant = Pick<TenantContext, 'governmentId'>;

export type LinkSubjectRow = {
  id: string;
  title: string;
  status: string;
  signed_on: string | null;
  valid_from: string | null;
  recorded_on: string;
  department_id: string | null;
  department_name: string | null;
  partner_id: string | null;
  partner_name: string | null;
  latitude: number | null;
  longitude: number | null;
  country_code: string | null;
};

/** Links to judge (all of the government, or one), with their first counterpart for lists and maps. */
export function findLinkSubjects(db: Database, context: Tenant, timeZone: string, linkId: string | null) {
  const one = linkId ? sql`and l.id = ${linkId}` : sql``;
  return rowsOf<LinkSubjectRow>(
    db,
    sql`select l.id, l.title, l.status, l.signed_on::text as signed_on, l.valid_from::text as valid_from,
        (l.created_at at time zone ${timeZone})::date::text as recorded_on,
        d.id as department_id, d.name as department_name,
        cp.id as partner_id, cp.name as partner_name, cp.latitude, cp.longitude, cp.country_code
      from links l
      left join departments d on d.id = l.department_id
      left join (select distinct on (lp.link_id) lp.link_id, p.id, p.name, p.latitude, p.longitude, p.country_code
        from link_parties lp join partners p on p.id = lp.partner_id and p.government_id = ${context.governmentId}
        where lp.government_id = ${context.governmentId} ${linkId ? sql`and lp.link_id = ${linkId}` : sql``}
        order by lp.link_id, (lp.role = 'counterpart') desc, p.name) cp on cp.link_id = l.id
      where l.government_id = ${context.governmentId} and l.archived_at is null ${one}`,
  );
}

export type EventSubjectRow = { id: string; title: string; kind: string; ends_at: string };

export function findEventSubjects(db: Database, context: Tenant, eventId: string | null) {
  const one = eventId ? sql`and e.id = ${eventId}` : sql``;
  return rowsOf<EventSubjectRow>(
    db,
    sql`select e.id, e.title, e.kind, e.ends_at::text as ends_at from events e
      where e.government_id = ${context.governmentId} and e.archived_at is null ${one}`,
  );
}

/** The label of a scope in this government, or null when it is not one of its records. */
export async function findScopeLabel(db: Database, context: Tenant, kind: string, id: string | null) {
  const g = context.governmentId;
  const isUuid = id !== null && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
  let query: SQL;
  switch (kind) {
    case 'government':
      query = sql`select name as label, population::text as population from governments where id = ${g}`;
      break;
    case 'link':
      if (!isUuid) return null;
      query = sql`select title as label, null as population from links where id = ${id} and government_id = ${g} and archived_at is null`;
      break;
    case 'event':
      if (!isUuid) return null;
      query = sql`select title as label, null as population from events where id = ${id} and government_id = ${g} and archived_at is null`;
      break;
    case 'partner':
      if (!isUuid) return null;
      query = sql`select name as label, null as population from partners where id = ${id} and government_id = ${g} and archived_at is null`;
      break;
    case 'territorial_unit':
      if (!isUuid) return null;
      query = sql`select name as label, population::text as population from territorial_units
        where id = ${id} and government_id = ${g} and archived_at is null`;
      break;
    default:
      if (id === null) return null;
      query = sql`select line as label, null as population from ${strategyLineMembers(g)} m where m.line = ${id} limit 1`;
  }
  const [row] = await rowsOf<{ label: string; population: string | null }>(db, query);
  return row
    ? { label: row.label, population: row.population === null ? null : Number(row.population) }
    : null;
}

/** Every scope of a kind, for the monthly snapshot. */
export async function findScopeIds(db: Database, context: Tenant, kind: string) {
  const g = context.governmentId;
  const query =
    kind === 'link'
      ? sql`select id::text as id, null as population from links where government_id = ${g} and archived_at is null`
      : kind === 'partner'
        ? sql`select id::text as id, null as population from partners where government_id = ${g} and archived_at is null`
        : kind === 'territorial_unit'
          ? sql`select id::text as id, population::text as population from territorial_units
              where government_id = ${g} and archived_at is null`
          : sql`select distinct line as id, null as population from ${strategyLineMembers(g)} m`;
  const rows = await rowsOf<{ id: string; population: string | null }>(db, query);
  return rows.map((row) => ({
    id: row.id,
    population: row.population === null ? null : Number(row.population),
  }));
}

export function countOverdueByDepartment(db: Database, context: Tenant, today: string) {
  return rowsOf<{ id: string; name: string; overdue: number }>(
    db,
    sql`select d.id, d.name, count(*)::int as overdue from commitments c join departments d on d.id = c.owner_department_id
      where c.government_id = ${context.governmentId} and c.status in ('pending', 'in_progress') and c.due_date < ${today}::date
      group by d.id, d.name order by overdue desc, d.name`,
  );
}

export function countInitiativesByStage(db: Database, context: Tenant) {
  return rowsOf<{ stage: string; count: number }>(
    db,
    sql`select stage, count(*)::int as count from initiatives where government_id = ${context.governmentId} group by stage`,
  );
}

export function countLeadsByStage(db: Database, context: Tenant) {
  return rowsOf<{ stage: string; count: number }>(
    db,
    sql`select stage, count(*)::int as count from investment_leads
      where government_id = ${context.governmentId} and archived_at is null group by stage`,
  );
}

export function listUnits(db: Database, context: Tenant) {
  return rowsOf<{ id: string; name: string; code: string | null; population: string | null }>(
    db,
    sql`select id, name, code, population::text as population from territorial_units
      where government_id = ${context.governmentId} and archived_at is null order by name`,
  );
}
