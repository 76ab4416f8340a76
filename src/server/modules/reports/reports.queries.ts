import { and, count, desc, eq, getTableColumns, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Money, ReportCommitment, ReportEvent, ReportPeriod } from '../../../domain/council-report';
import { councilReports, users } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';
import { reportingMinorSql, rowsOf } from '../utility/utility.queries';

type Tenant = Pick<TenantContext, 'governmentId'>;

// ——— report jobs ———

const { pdf: _pdf, xlsx: _xlsx, ...jobColumns } = getTableColumns(councilReports);
export type ReportRow = Omit<typeof councilReports.$inferSelect, 'pdf' | 'xlsx'>;
export type ReportListRow = ReportRow & { createdByName: string | null };

export async function insertReport(db: Database, values: typeof councilReports.$inferInsert) {
  const [row] = await db.insert(councilReports).values(values).returning(jobColumns);
  return row as ReportRow;
}

export async function updateReport(
  db: Database,
  id: string,
  values: Partial<typeof councilReports.$inferInsert>,
) {
  const [row] = await db
    .update(councilReports)
    .set(values)
    .where(eq(councilReports.id, id))
    .returning(jobColumns);
  return row as ReportRow | undefined;
}

/** One report of the tenant, without its files, with the name of who asked for it. */
export async function findReport(db: Database, context: Tenant, id: string) {
  const [row] = await db
    .select({ ...jobColumns, createdByName: users.name })
    .from(councilReports)
    .leftJoin(users, eq(users.id, councilReports.createdBy))
    .where(and(eq(councilReports.id, id), inTenant(councilReports, context)));
  return row as ReportListRow | undefined;
}

export async function findReports(db: Database, context: Tenant, limit: number) {
  const rows = await db
    .select({ ...jobColumns, createdByName: users.name })
    .from(councilReports)
    .leftJoin(users, eq(users.id, councilReports.createdBy))
    .where(inTenant(councilReports, context))
    .orderBy(desc(councilReports.createdAt), desc(councilReports.id))
    .limit(limit);
  const [total] = await db
    .select({ value: count() })
    .from(councilReports)
    .where(inTenant(councilReports, context));
  return { items: rows as ReportListRow[], total: total?.value ?? 0 };
}

/** The bytes of one file of a completed report of the tenant, or undefined. */
export async function findReportFile(db: Database, context: Tenant, id: string, kind: 'pdf' | 'xlsx') {
  const [row] = await db
    .select({ status: councilReports.status, file: councilReports[kind] })
    .from(councilReports)
    .where(and(eq(councilReports.id, id), inTenant(councilReports, context)));
  return row;
}

function claimableCondition(staleBefore: Date): SQL {
  return or(
    eq(councilReports.status, 'queued'),
    and(eq(councilReports.status, 'running'), lt(councilReports.heartbeatAt, staleBefore)),
  ) as SQL;
}

/**
 * Claims a report for this worker: queued, or running with a heartbeat older than `staleBefore` (its
 * process died). SKIP LOCKED lets several processes look at once without waiting or double work.
 */
export async function claimReport(db: Database, id: string, workerId: string, staleBefore: Date) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: councilReports.id })
      .from(councilReports)
      .where(and(eq(councilReports.id, id), claimableCondition(staleBefore)))
      .for('update', { skipLocked: true });
    if (!row) return null;
    const now = new Date();
    return updateReport(tx, id, {
      status: 'running',
      claimedBy: workerId,
      heartbeatAt: now,
      startedAt: now,
      progress: 0,
      step: 'figures',
      error: null,
    });
  });
}

/** Reports another process could have left behind: queued, or running without a recent heartbeat. */
export async function findClaimableReportIds(db: Database, staleBefore: Date) {
  const rows = await db
    .select({ id: councilReports.id })
    .from(councilReports)
    .where(claimableCondition(staleBefore))
    .orderBy(councilReports.createdAt);
  return rows.map((row) => row.id);
}

// ——— what the report reads for its period ———

/**
 * Events of the agenda whose first day (in the government's calendar) falls in the period, with
 * each cost converted to the reporting currency at the rate of that day (null: no rate).
 */
export async function findPeriodEvents(
  db: Database,
  context: Tenant,
  options: { reportingCurrency: string; timeZone: string; period: ReportPeriod; limit: number },
): Promise<ReportEvent[]> {
  const g = context.governmentId;
  const day = sql`(e.starts_at at time zone ${options.timeZone})::date`;
  const rows = await rowsOf<{
    id: string;
    title: string;
    kind: string;
    starts_on: string;
    city: string | null;
    country_code: string | null;
    strategy_line: string | null;
    costs: { amountMinor: number; currency: string; convertedMinor: string | null }[] | null;
  }>(
    db,
    sql`with chosen as (
        select e.id, e.title, e.kind, to_char(${day}, 'YYYY-MM-DD') as starts_on, ${day} as day, e.starts_at,
          e.city, e.country_code, e.strategy_line
        from events e
        where e.government_id = ${g} and e.archived_at is null
          and ${day} between ${options.period.from}::date and ${options.period.to}::date
        order by e.starts_at, e.id limit ${options.limit})
      select c.id, c.title, c.kind, c.starts_on, c.city, c.country_code, c.strategy_line,
        (select json_agg(json_build_object('amountMinor', ec.amount_minor, 'currency', ec.currency,
            'convertedMinor', (${reportingMinorSql(g, options.reportingCurrency, sql`ec.amount_minor`, sql`ec.currency`, sql`c.day`)})::text)
          order by ec.id)
          from event_costs ec where ec.event_id = c.id and ec.government_id = ${g}) as costs
      from chosen c order by c.starts_at, c.id`,
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    kind: row.kind,
    startsOn: row.starts_on,
    city: row.city,
    countryCode: row.country_code,
    strategyLine: row.strategy_line,
    costs: (row.costs ?? []).map(
      (cost): Money => ({
        amountMinor: Number(cost.amountMinor),
        currency: cost.currency,
        convertedMinor: cost.convertedMinor === null ? null : Number(cost.convertedMinor),
      }),
    ),
  }));
}

/**
 * The commitments the report speaks of: fulfilled in the period, due in the period, or still open
 * with a due date before the report's day (overdue).
 */
export async function findReportCommitments(
  db: Database,
  context: Tenant,
  period: ReportPeriod,
  asOf: string,
  limit: number,
): Promise<ReportCommitment[]> {
  const rows = await rowsOf<{
    id: string;
    title: string;
    due_date: string;
    status: ReportCommitment['status'];
    fulfilled_on: string | null;
    department: string | null;
  }>(
    db,
    sql`select c.id, c.title, to_char(c.due_date, 'YYYY-MM-DD') as due_date, c.status,
        to_char(c.fulfilled_on, 'YYYY-MM-DD') as fulfilled_on, d.name as department
      from commitments c left join departments d on d.id = c.owner_department_id
      where c.government_id = ${context.governmentId} and (
        (c.status = 'fulfilled' and c.fulfilled_on between ${period.from}::date and ${period.to}::date)
        or c.due_date between ${period.from}::date and ${period.to}::date
        or (c.status in ('pending', 'in_progress') and c.due_date < ${asOf}::date))
      order by c.due_date, c.id limit ${limit}`,
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    dueDate: row.due_date,
    status: row.status,
    fulfilledOn: row.fulfilled_on,
    ownerDepartment: row.department,
  }));
}

export type InitiativeRow = { id: string; title: string; stage: string; strategyLine: string | null };
export type IndicatorRow = {
  initiativeId: string;
  name: string;
  unit: string;
  direction: 'increase' | 'decrease';
  baseline: string | null;
  target: string | null;
  latest: string | null;
  latestOn: string | null;
};

/** Initiatives (most advanced stage first) and the indicators of their MIR with the latest measurement. */
export async function findInitiativesWithIndicators(
  db: Database,
  context: Tenant,
  asOf: string,
  limits: { initiatives: number; indicators: number },
) {
  const g = context.governmentId;
  const initiatives = await rowsOf<{
    id: string;
    title: string;
    stage: string;
    strategy_line: string | null;
  }>(
    db,
    sql`select id, title, stage, strategy_line from initiatives where government_id = ${g}
      order by array_position(array['implementation','evaluation','design','agenda','problematization','closed','cancelled']::text[], stage),
        title, id limit ${limits.initiatives}`,
  );
  const indicators = await rowsOf<{
    initiative_id: string;
    name: string;
    unit: string;
    direction: 'increase' | 'decrease';
    baseline: string | null;
    target: string | null;
    latest: string | null;
    latest_on: string | null;
  }>(
    db,
    sql`with latest as (select distinct on (m.indicator_id) m.indicator_id, m.value, m.measured_on
        from measurements m where m.government_id = ${g} and m.measured_on <= ${asOf}::date
        order by m.indicator_id, m.measured_on desc, m.created_at desc)
      select i.initiative_id, i.name, i.unit, i.direction, i.baseline_value::text as baseline,
        i.target_value::text as target, l.value::text as latest, to_char(l.measured_on, 'YYYY-MM-DD') as latest_on
      from indicators i left join latest l on l.indicator_id = i.id
      where i.government_id = ${g}
      order by i.initiative_id, i.name, i.id limit ${limits.indicators}`,
  );
  return {
    initiatives: initiatives.map(
      (row): InitiativeRow => ({
        id: row.id,
        title: row.title,
        stage: row.stage,
        strategyLine: row.strategy_line,
      }),
    ),
    indicators: indicators.map(
      (row): IndicatorRow => ({
        initiativeId: row.initiative_id,
        name: row.name,
        unit: row.unit,
        direction: row.direction,
        baseline: row.baseline,
        target: row.target,
        latest: row.latest,
        latestOn: row.latest_on,
      }),
    ),
  };
}
