// Lists that go out to spreadsheets only, with the filters of their screens: commitments, investment
// leads, diplomatic positions and initiatives. Names of the records they point to are joined in.
import { and, asc, eq, gt, inArray, notInArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { commitmentListQuerySchema } from '../../../../contracts/agenda';
import { diplomacyListQuerySchema, positionKinds } from '../../../../contracts/diplomacy';
import { initiativeListQuerySchema } from '../../../../contracts/initiatives';
import { leadListQuerySchema, leadStages } from '../../../../contracts/investment';
import { todayIn } from '../../../../domain/calendar';
import {
  commitments,
  departments,
  diplomacyPositions,
  events,
  initiativeDepartments,
  initiativeLinks,
  initiativePartners,
  initiatives,
  investmentLeads,
  links,
  partners,
} from '../../../db/schema';
import { inTenant } from '../../../platform/tenancy';
import { agendaPolicy } from '../../agenda/agenda.policy';
import { diplomacyPolicy } from '../../diplomacy/diplomacy.policy';
import { initiativesPolicy } from '../../initiatives/initiatives.policy';
import { investmentPolicy } from '../../investment/investment.policy';
import type { SheetColumn } from '../sheet-columns';
import { defineRegistry } from '../sheet-registry';
import { exportOnly, keysetBatches, moneyCell } from './sheet-support';

const listFilter = { page: true, pageSize: true } as const;
const titleMatches = (column: PgColumn, q: unknown) =>
  typeof q === 'string' && q.trim() !== ''
    ? sql`f_unaccent(lower(${column})) like '%' || f_unaccent(lower(${q})) || '%'`
    : undefined;
const defined = (conditions: (SQL | undefined)[]) => conditions.filter((item): item is SQL => Boolean(item));

type CommitmentRow = {
  commitment: typeof commitments.$inferSelect;
  department: string | null;
  counterpart: string | null;
  event: string | null;
  link: string | null;
};
const c = (field: string) => `headers.commitments.${field}`;
const commitmentColumns: SheetColumn<CommitmentRow>[] = [
  { field: 'id', header: c('id'), type: 'text', width: 38, value: (row) => row.commitment.id },
  { field: 'title', header: c('title'), type: 'text', width: 40, value: (row) => row.commitment.title },
  {
    field: 'status',
    header: c('status'),
    type: 'code',
    codes: {
      kind: 'enum',
      name: 'commitments.status',
      codes: ['pending', 'in_progress', 'fulfilled', 'cancelled'],
    },
    value: (row) => row.commitment.status,
  },
  { field: 'dueDate', header: c('dueDate'), type: 'date', value: (row) => row.commitment.dueDate },
  { field: 'department', header: c('department'), type: 'text', width: 30, value: (row) => row.department },
  { field: 'ownerName', header: c('ownerName'), type: 'text', value: (row) => row.commitment.ownerName },
  {
    field: 'counterpart',
    header: c('counterpart'),
    type: 'text',
    width: 30,
    value: (row) => row.counterpart,
  },
  { field: 'event', header: c('event'), type: 'text', width: 30, value: (row) => row.event },
  { field: 'link', header: c('link'), type: 'text', width: 30, value: (row) => row.link },
  {
    field: 'fulfilledOn',
    header: c('fulfilledOn'),
    type: 'date',
    value: (row) => row.commitment.fulfilledOn,
  },
  {
    field: 'evidenceUrl',
    header: c('evidenceUrl'),
    type: 'text',
    value: (row) => row.commitment.evidenceUrl,
  },
  {
    field: 'description',
    header: c('description'),
    type: 'text',
    width: 40,
    value: (row) => row.commitment.description,
  },
];

export const commitmentsSheet = defineRegistry<CommitmentRow, never, never>({
  name: 'commitments',
  title: 'titles.commitments',
  policy: { read: agendaPolicy.read, write: agendaPolicy.read },
  columns: commitmentColumns,
  exportQuerySchema: commitmentListQuerySchema.omit({ ...listFilter, mine: true }),
  exportBatches: (db, context, query) => {
    const filter = query as z.infer<typeof commitmentListQuerySchema>;
    const today = todayIn(context.timezone ?? 'UTC');
    const open = ['pending', 'in_progress'] as const;
    const status: SQL | undefined =
      filter.status === 'overdue'
        ? and(inArray(commitments.status, [...open]), sql`${commitments.dueDate} < ${today}`)
        : filter.status === 'pending' || filter.status === 'in_progress'
          ? and(eq(commitments.status, filter.status), sql`${commitments.dueDate} >= ${today}`)
          : filter.status
            ? eq(commitments.status, filter.status)
            : undefined;
    return keysetBatches(async (after: CommitmentRow | null, limit) =>
      db
        .select({
          commitment: commitments,
          department: departments.name,
          counterpart: partners.name,
          event: events.title,
          link: links.title,
        })
        .from(commitments)
        .leftJoin(departments, eq(departments.id, commitments.ownerDepartmentId))
        .leftJoin(partners, eq(partners.id, commitments.counterpartPartnerId))
        .leftJoin(events, eq(events.id, commitments.eventId))
        .leftJoin(links, eq(links.id, commitments.linkId))
        .where(
          and(
            ...defined([
              inTenant(commitments, context),
              status,
              filter.departmentId ? eq(commitments.ownerDepartmentId, filter.departmentId) : undefined,
              filter.partnerId ? eq(commitments.counterpartPartnerId, filter.partnerId) : undefined,
              filter.linkId ? eq(commitments.linkId, filter.linkId) : undefined,
              filter.eventId ? eq(commitments.eventId, filter.eventId) : undefined,
              after ? gt(commitments.id, after.commitment.id) : undefined,
            ]),
          ),
        )
        .orderBy(asc(commitments.id))
        .limit(limit),
    );
  },
  ...exportOnly(),
});

type LeadRow = { lead: typeof investmentLeads.$inferSelect; company: string | null };
const l = (field: string) => `headers.investment-leads.${field}`;
export const investmentLeadsSheet = defineRegistry<LeadRow, never, never>({
  name: 'investment-leads',
  title: 'titles.investment-leads',
  policy: { read: investmentPolicy.read, write: investmentPolicy.read },
  columns: [
    { field: 'id', header: l('id'), type: 'text', width: 38, value: (row) => row.lead.id },
    { field: 'title', header: l('title'), type: 'text', width: 40, value: (row) => row.lead.title },
    { field: 'company', header: l('company'), type: 'text', width: 30, value: (row) => row.company },
    {
      field: 'originCountryCode',
      header: l('originCountryCode'),
      type: 'code',
      codes: { kind: 'codelist', name: 'countries' },
      value: (row) => row.lead.originCountryCode,
    },
    { field: 'sector', header: l('sector'), type: 'text', value: (row) => row.lead.sector },
    {
      field: 'stage',
      header: l('stage'),
      type: 'code',
      codes: { kind: 'enum', name: 'investment.stages', codes: leadStages },
      value: (row) => row.lead.stage,
    },
    {
      field: 'currency',
      header: l('currency'),
      type: 'code',
      codes: { kind: 'codelist', name: 'currencies' },
      value: (row) => row.lead.currency,
    },
    {
      field: 'expectedAmount',
      header: l('expectedAmount'),
      type: 'money',
      value: (row) => moneyCell(row.lead.expectedAmountMinor, row.lead.currency),
    },
    {
      field: 'realisedAmount',
      header: l('realisedAmount'),
      type: 'money',
      value: (row) => moneyCell(row.lead.realisedAmountMinor, row.lead.currency),
    },
    {
      field: 'expectedJobs',
      header: l('expectedJobs'),
      type: 'number',
      value: (row) => row.lead.expectedJobs,
    },
    { field: 'createdJobs', header: l('createdJobs'), type: 'number', value: (row) => row.lead.createdJobs },
    { field: 'announcedOn', header: l('announcedOn'), type: 'date', value: (row) => row.lead.announcedOn },
    {
      field: 'establishedOn',
      header: l('establishedOn'),
      type: 'date',
      value: (row) => row.lead.establishedOn,
    },
    {
      field: 'responsibleName',
      header: l('responsibleName'),
      type: 'text',
      value: (row) => row.lead.responsibleName,
    },
  ],
  exportQuerySchema: leadListQuerySchema.omit(listFilter),
  exportBatches: (db, context, query) => {
    const filter = query as z.infer<typeof leadListQuerySchema>;
    return keysetBatches(async (after: LeadRow | null, limit) =>
      db
        .select({ lead: investmentLeads, company: partners.name })
        .from(investmentLeads)
        .leftJoin(partners, eq(partners.id, investmentLeads.companyPartnerId))
        .where(
          and(
            ...defined([
              inTenant(investmentLeads, context),
              sql`${investmentLeads.archivedAt} is null`,
              filter.stage ? eq(investmentLeads.stage, filter.stage) : undefined,
              titleMatches(investmentLeads.title, filter.q),
              filter.originCountryCode
                ? eq(investmentLeads.originCountryCode, filter.originCountryCode)
                : undefined,
              filter.sector ? eq(investmentLeads.sector, filter.sector) : undefined,
              after ? gt(investmentLeads.id, after.lead.id) : undefined,
            ]),
          ),
        )
        .orderBy(asc(investmentLeads.id))
        .limit(limit),
    );
  },
  ...exportOnly(),
});

type PositionRow = {
  position: typeof diplomacyPositions.$inferSelect;
  network: string | null;
  event: string | null;
};
const p = (field: string) => `headers.positions.${field}`;
export const positionsSheet = defineRegistry<PositionRow, never, never>({
  name: 'positions',
  title: 'titles.positions',
  policy: { read: diplomacyPolicy.read, write: diplomacyPolicy.read },
  columns: [
    { field: 'id', header: p('id'), type: 'text', width: 38, value: (row) => row.position.id },
    {
      field: 'kind',
      header: p('kind'),
      type: 'code',
      codes: { kind: 'enum', name: 'diplomacy.positionKinds', codes: positionKinds },
      value: (row) => row.position.kind,
    },
    { field: 'title', header: p('title'), type: 'text', width: 40, value: (row) => row.position.title },
    { field: 'madeOn', header: p('madeOn'), type: 'date', value: (row) => row.position.madeOn },
    { field: 'network', header: p('network'), type: 'text', width: 30, value: (row) => row.network },
    {
      field: 'forumName',
      header: p('forumName'),
      type: 'text',
      width: 30,
      value: (row) => row.position.forumName,
    },
    { field: 'event', header: p('event'), type: 'text', width: 30, value: (row) => row.event },
    { field: 'topics', header: p('topics'), type: 'list', value: (row) => row.position.topics },
    { field: 'sdgGoals', header: p('sdgGoals'), type: 'list', value: (row) => row.position.sdgGoals },
    { field: 'coSigners', header: p('coSigners'), type: 'list', value: (row) => row.position.coSigners },
    { field: 'url', header: p('url'), type: 'text', width: 30, value: (row) => row.position.url },
  ],
  exportQuerySchema: diplomacyListQuerySchema.omit(listFilter),
  exportBatches: (db, context, query) => {
    const filter = query as z.infer<typeof diplomacyListQuerySchema>;
    return keysetBatches(async (after: PositionRow | null, limit) =>
      db
        .select({ position: diplomacyPositions, network: partners.name, event: events.title })
        .from(diplomacyPositions)
        .leftJoin(partners, eq(partners.id, diplomacyPositions.networkPartnerId))
        .leftJoin(events, eq(events.id, diplomacyPositions.eventId))
        .where(
          and(
            ...defined([
              inTenant(diplomacyPositions, context),
              sql`${diplomacyPositions.archivedAt} is null`,
              filter.kind ? eq(diplomacyPositions.kind, filter.kind) : undefined,
              filter.networkPartnerId
                ? eq(diplomacyPositions.networkPartnerId, filter.networkPartnerId)
                : undefined,
              filter.topic ? sql`${filter.topic} = any(${diplomacyPositions.topics})` : undefined,
              after ? gt(diplomacyPositions.id, after.position.id) : undefined,
            ]),
          ),
        )
        .orderBy(asc(diplomacyPositions.id))
        .limit(limit),
    );
  },
  ...exportOnly(),
});

type InitiativeRow = { initiative: typeof initiatives.$inferSelect };
const i = (field: string) => `headers.initiatives.${field}`;
export const initiativesSheet = defineRegistry<InitiativeRow, never, never>({
  name: 'initiatives',
  title: 'titles.initiatives',
  policy: { read: initiativesPolicy.read, write: initiativesPolicy.read },
  columns: [
    { field: 'id', header: i('id'), type: 'text', width: 38, value: (row) => row.initiative.id },
    { field: 'title', header: i('title'), type: 'text', width: 40, value: (row) => row.initiative.title },
    {
      field: 'stage',
      header: i('stage'),
      type: 'code',
      codes: {
        kind: 'enum',
        name: 'stage',
        codes: [
          'problematization',
          'agenda',
          'design',
          'implementation',
          'evaluation',
          'closed',
          'cancelled',
        ],
      },
      value: (row) => row.initiative.stage,
    },
    {
      field: 'strategyLine',
      header: i('strategyLine'),
      type: 'text',
      value: (row) => row.initiative.strategyLine,
    },
    { field: 'themes', header: i('themes'), type: 'list', value: (row) => row.initiative.themes },
    { field: 'sdgGoals', header: i('sdgGoals'), type: 'list', value: (row) => row.initiative.sdgGoals },
    {
      field: 'summary',
      header: i('summary'),
      type: 'text',
      width: 40,
      value: (row) => row.initiative.summary,
    },
    {
      field: 'objective',
      header: i('objective'),
      type: 'text',
      width: 40,
      value: (row) => row.initiative.objective,
    },
    {
      field: 'affectedPopulation',
      header: i('affectedPopulation'),
      type: 'number',
      value: (row) => row.initiative.affectedPopulation,
    },
    { field: 'agendaDate', header: i('agendaDate'), type: 'date', value: (row) => row.initiative.agendaDate },
  ],
  exportQuerySchema: initiativeListQuerySchema.omit(listFilter),
  exportBatches: (db, context, query) => {
    const filter = query as z.infer<typeof initiativeListQuerySchema>;
    const related = (
      table: typeof initiativeDepartments | typeof initiativePartners | typeof initiativeLinks,
      condition: SQL,
    ) =>
      sql`exists (select 1 from ${table} where ${table.initiativeId} = ${initiatives.id} and ${condition})`;
    return keysetBatches(async (after: InitiativeRow | null, limit) =>
      db
        .select({ initiative: initiatives })
        .from(initiatives)
        .where(
          and(
            ...defined([
              inTenant(initiatives, context),
              filter.stage
                ? eq(initiatives.stage, filter.stage)
                : filter.includeClosed
                  ? undefined
                  : notInArray(initiatives.stage, ['closed', 'cancelled']),
              titleMatches(initiatives.title, filter.q),
              filter.strategyLine ? eq(initiatives.strategyLine, filter.strategyLine) : undefined,
              filter.departmentId
                ? related(initiativeDepartments, eq(initiativeDepartments.departmentId, filter.departmentId))
                : undefined,
              filter.partnerId
                ? related(initiativePartners, eq(initiativePartners.partnerId, filter.partnerId))
                : undefined,
              filter.linkId ? related(initiativeLinks, eq(initiativeLinks.linkId, filter.linkId)) : undefined,
              after ? gt(initiatives.id, after.initiative.id) : undefined,
            ]),
          ),
        )
        .orderBy(asc(initiatives.id))
        .limit(limit),
    );
  },
  ...exportOnly(),
});
