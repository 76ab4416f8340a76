// Records with lines of their own, exported one line per row beside the record's columns: events with
// their costs and commitments, and projects (initiatives) with their budgets and transactions.
import { and, asc, eq, gt, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { eventKinds, eventListQuerySchema } from '../../../../contracts/agenda';
import {
  commitments,
  eventCosts,
  events,
  initiatives,
  projectBudgets,
  projectTransactions,
} from '../../../db/schema';
import { inTenant } from '../../../platform/tenancy';
import { agendaPolicy } from '../../agenda/agenda.policy';
import { cooperationPolicy } from '../../cooperation/cooperation.policy';
import { defineRegistry } from '../sheet-registry';
import { exportOnly, keysetBatches, moneyCell } from './sheet-support';

type Cost = typeof eventCosts.$inferSelect;
type Commitment = typeof commitments.$inferSelect;
type EventRow = { event: typeof events.$inferSelect; cost: Cost | null; commitment: Commitment | null };
const e = (field: string) => `headers.events.${field}`;

export const eventsSheet = defineRegistry<EventRow, never, never>({
  name: 'events',
  title: 'titles.events',
  policy: { read: agendaPolicy.read, write: agendaPolicy.read },
  columns: [
    { field: 'id', header: e('id'), type: 'text', width: 38, value: (row) => row.event.id },
    { field: 'title', header: e('title'), type: 'text', width: 40, value: (row) => row.event.title },
    {
      field: 'kind',
      header: e('kind'),
      type: 'code',
      codes: { kind: 'enum', name: 'agenda.kinds', codes: eventKinds },
      value: (row) => row.event.kind,
    },
    {
      field: 'startsOn',
      header: e('startsOn'),
      type: 'date',
      value: (row) => row.event.startsAt.toISOString(),
    },
    { field: 'city', header: e('city'), type: 'text', value: (row) => row.event.city },
    {
      field: 'countryCode',
      header: e('countryCode'),
      type: 'code',
      codes: { kind: 'codelist', name: 'countries' },
      value: (row) => row.event.countryCode,
    },
    {
      field: 'costCategory',
      header: e('costCategory'),
      type: 'code',
      codes: {
        kind: 'enum',
        name: 'agenda.costCategories',
        codes: ['travel', 'per_diem', 'accommodation', 'other'],
      },
      value: (row) => row.cost?.category ?? null,
    },
    {
      field: 'costAmount',
      header: e('costAmount'),
      type: 'money',
      value: (row) => moneyCell(row.cost?.amountMinor, row.cost?.currency),
    },
    {
      field: 'costCurrency',
      header: e('costCurrency'),
      type: 'code',
      codes: { kind: 'codelist', name: 'currencies' },
      value: (row) => row.cost?.currency ?? null,
    },
    {
      field: 'commitment',
      header: e('commitment'),
      type: 'text',
      width: 40,
      value: (row) => row.commitment?.title ?? null,
    },
    {
      field: 'commitmentStatus',
      header: e('commitmentStatus'),
      type: 'code',
      codes: {
        kind: 'enum',
        name: 'commitments.status',
        codes: ['pending', 'in_progress', 'fulfilled', 'cancelled'],
      },
      value: (row) => row.commitment?.status ?? null,
    },
    {
      field: 'commitmentDue',
      header: e('commitmentDue'),
      type: 'date',
      value: (row) => row.commitment?.dueDate ?? null,
    },
  ],
  exportQuerySchema: eventListQuerySchema.omit({ page: true, pageSize: true }),
  async *exportBatches(db, context, query) {
    const filter = query as z.infer<typeof eventListQuerySchema>;
    const batches = keysetBatches(
      async (after: typeof events.$inferSelect | null, limit) =>
        db
          .select()
          .from(events)
          .where(
            and(
              ...[
                inTenant(events, context),
                sql`${events.archivedAt} is null`,
                filter.kind ? eq(events.kind, filter.kind) : undefined,
                filter.from ? gte(sql`${events.startsAt}::date`, filter.from) : undefined,
                filter.to ? lte(sql`${events.startsAt}::date`, filter.to) : undefined,
                filter.q
                  ? sql`f_unaccent(lower(${events.title})) like '%' || f_unaccent(lower(${filter.q})) || '%'`
                  : undefined,
                after ? gt(events.id, after.id) : undefined,
              ].filter((item): item is SQL => Boolean(item)),
            ),
          )
          .orderBy(asc(events.id))
          .limit(limit),
      500,
    );
    for await (const batch of batches) {
      const ids = batch.map((event) => event.id);
      const [costs, promised] = await Promise.all([
        db
          .select()
          .from(eventCosts)
          .where(and(inTenant(eventCosts, context), inArray(eventCosts.eventId, ids)))
          .orderBy(asc(eventCosts.id)),
        db
          .select()
          .from(commitments)
          .where(and(inTenant(commitments, context), inArray(commitments.eventId, ids)))
          .orderBy(asc(commitments.id)),
      ]);
      const rows: EventRow[] = [];
      for (const event of batch) {
        const own = costs.filter((cost) => cost.eventId === event.id);
        const made = promised.filter((commitment) => commitment.eventId === event.id);
        const lines = Math.max(1, own.length, made.length);
        for (let index = 0; index < lines; index += 1)
          rows.push({ event, cost: own[index] ?? null, commitment: made[index] ?? null });
      }
      yield rows;
    }
  },
  ...exportOnly(),
});

type Budget = typeof projectBudgets.$inferSelect;
type Transaction = typeof projectTransactions.$inferSelect;
type ProjectRow = {
  initiative: { id: string; title: string };
  budget: Budget | null;
  transaction: Transaction | null;
};
const pr = (field: string) => `headers.projects.${field}`;

export const projectsSheet = defineRegistry<ProjectRow, never, never>({
  name: 'projects',
  title: 'titles.projects',
  policy: { read: cooperationPolicy.read, write: cooperationPolicy.read },
  columns: [
    {
      field: 'initiativeId',
      header: pr('initiativeId'),
      type: 'text',
      width: 38,
      value: (row) => row.initiative.id,
    },
    {
      field: 'initiative',
      header: pr('initiative'),
      type: 'text',
      width: 40,
      value: (row) => row.initiative.title,
    },
    {
      field: 'budgetKind',
      header: pr('budgetKind'),
      type: 'code',
      codes: { kind: 'enum', name: 'funding.budgetKind', codes: ['original', 'revised'] },
      value: (row) => row.budget?.kind ?? null,
    },
    {
      field: 'periodStart',
      header: pr('periodStart'),
      type: 'date',
      value: (row) => row.budget?.periodStart ?? null,
    },
    {
      field: 'periodEnd',
      header: pr('periodEnd'),
      type: 'date',
      value: (row) => row.budget?.periodEnd ?? null,
    },
    {
      field: 'budgetAmount',
      header: pr('budgetAmount'),
      type: 'money',
      value: (row) => moneyCell(row.budget?.amountMinor, row.budget?.currency),
    },
    {
      field: 'budgetCurrency',
      header: pr('budgetCurrency'),
      type: 'text',
      value: (row) => row.budget?.currency ?? null,
    },
    {
      field: 'transactionType',
      header: pr('transactionType'),
      type: 'code',
      codes: { kind: 'enum', name: 'funding.transactionType', codes: ['11', '1', '2', '3', '4'] },
      value: (row) => row.transaction?.type ?? null,
    },
    {
      field: 'transactionDate',
      header: pr('transactionDate'),
      type: 'date',
      value: (row) => row.transaction?.transactionDate ?? null,
    },
    {
      field: 'transactionAmount',
      header: pr('transactionAmount'),
      type: 'money',
      value: (row) => moneyCell(row.transaction?.amountMinor, row.transaction?.currency),
    },
    {
      field: 'transactionCurrency',
      header: pr('transactionCurrency'),
      type: 'text',
      value: (row) => row.transaction?.currency ?? null,
    },
    {
      field: 'description',
      header: pr('description'),
      type: 'text',
      width: 40,
      value: (row) => row.transaction?.description ?? null,
    },
  ],
  exportQuerySchema: z.object({ initiativeId: z.uuid().optional() }),
  async *exportBatches(db, context, query) {
    const batches = keysetBatches(
      async (after: { id: string; title: string } | null, limit) =>
        db
          .select({ id: initiatives.id, title: initiatives.title })
          .from(initiatives)
          .where(
            and(
              ...[
                inTenant(initiatives, context),
                typeof query.initiativeId === 'string' ? eq(initiatives.id, query.initiativeId) : undefined,
                sql`(exists (select 1 from ${projectBudgets} where ${projectBudgets.initiativeId} = ${initiatives.id}) or exists (select 1 from ${projectTransactions} where ${projectTransactions.initiativeId} = ${initiatives.id}))`,
                after ? gt(initiatives.id, after.id) : undefined,
              ].filter((item): item is SQL => Boolean(item)),
            ),
          )
          .orderBy(asc(initiatives.id))
          .limit(limit),
      500,
    );
    for await (const batch of batches) {
      const ids = batch.map((initiative) => initiative.id);
      const [budgets, transactions] = await Promise.all([
        db
          .select()
          .from(projectBudgets)
          .where(and(inTenant(projectBudgets, context), inArray(projectBudgets.initiativeId, ids)))
          .orderBy(asc(projectBudgets.periodStart), asc(projectBudgets.id)),
        db
          .select()
          .from(projectTransactions)
          .where(and(inTenant(projectTransactions, context), inArray(projectTransactions.initiativeId, ids)))
          .orderBy(asc(projectTransactions.transactionDate), asc(projectTransactions.id)),
      ]);
      const rows: ProjectRow[] = [];
      for (const initiative of batch) {
        const own = budgets.filter((budget) => budget.initiativeId === initiative.id);
        const moved = transactions.filter((transaction) => transaction.initiativeId === initiative.id);
        const lines = Math.max(1, own.length, moved.length);
        for (let index = 0; index < lines; index += 1)
          rows.push({ initiative, budget: own[index] ?? null, transaction: moved[index] ?? null });
      }
      yield rows;
    }
  },
  ...exportOnly(),
});
