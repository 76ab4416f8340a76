// Cooperation demands and offers: one row per record, matched by id or title; the department of a
// demand and the donor of an offer are written by their names and found by them inside the government.
import { and, asc, eq, gt, inArray, or, type SQL } from 'drizzle-orm';
import {
  type DemandInput,
  demandInputSchema,
  demandListQuerySchema,
  type OfferInput,
  offerInputSchema,
  offerKinds,
  offerListQuerySchema,
  urgencies,
} from '../../../../contracts/cooperation';
import { cooperationDemands, cooperationOffers, departments, partners } from '../../../db/schema';
import { inTenant } from '../../../platform/tenancy';
import { cooperationPolicy } from '../../cooperation/cooperation.policy';
import {
  type DemandRow,
  demandListCondition,
  type OfferRow,
  offerListCondition,
} from '../../cooperation/cooperation.queries';
import { createDemand, createOffer, updateDemand, updateOffer } from '../../cooperation/demands.service';
import type { SheetColumn } from '../sheet-columns';
import { defineRecordSheet } from './record-sheet';
import { keysetBatches, labelKey, moneyCell } from './sheet-support';

type Named<Row> = { row: Row; names: Record<string, string | null> };
const listFilter = { page: true, pageSize: true } as const;

function column<Row>(
  registry: string,
  field: string,
  type: SheetColumn<Named<Row>>['type'],
  value: (row: Row, names: Record<string, string | null>) => ReturnType<SheetColumn<Named<Row>>['value']>,
  extra: Partial<SheetColumn<Named<Row>>> = {},
): SheetColumn<Named<Row>> {
  return {
    field,
    header: `headers.${registry}.${field}`,
    type,
    value: (item) => value(item.row, item.names),
    ...extra,
  };
}

const demandColumns: SheetColumn<Named<DemandRow>>[] = [
  column('demands', 'id', 'text', (row) => row.id, { width: 38 }),
  column('demands', 'title', 'text', (row) => row.title, {
    width: 40,
    example: 'Agua potable para la vereda El Placer',
  }),
  column('demands', 'description', 'text', (row) => row.description, { width: 40 }),
  column('demands', 'raisedBy', 'code', (row) => row.raisedBy, {
    codes: { kind: 'enum', name: 'cooperation.raisedBy', codes: ['department', 'community'] },
    example: 'department',
  }),
  column('demands', 'department', 'text', (_row, names) => names.department ?? null, { width: 30 }),
  column('demands', 'communityName', 'text', (row) => row.communityName),
  column('demands', 'problemStatement', 'text', (row) => row.problemStatement, { width: 40 }),
  column('demands', 'affectedPopulation', 'number', (row) => row.affectedPopulation, { example: 1200 }),
  column('demands', 'affectedPopulationDescription', 'text', (row) => row.affectedPopulationDescription),
  column('demands', 'sectors', 'list', (row) => row.sectors, { example: '14030' }),
  column('demands', 'modalities', 'list', (row) => row.modalities, { example: 'technical' }),
  column('demands', 'themes', 'list', (row) => row.themes),
  column('demands', 'sdgGoals', 'list', (row) => row.sdgGoals, { example: '6' }),
  column('demands', 'sdgTargets', 'list', (row) => row.sdgTargets),
  column('demands', 'amountSoughtMinor', 'money', (row) => moneyCell(row.amountSoughtMinor, row.currency), {
    example: 150000000,
  }),
  column('demands', 'currency', 'code', (row) => row.currency, {
    codes: { kind: 'codelist', name: 'currencies' },
    example: 'COP',
  }),
  column('demands', 'urgency', 'code', (row) => row.urgency, {
    codes: { kind: 'enum', name: 'cooperation.urgency', codes: urgencies },
    example: 'high',
  }),
  column('demands', 'neededBy', 'date', (row) => row.neededBy),
  column('demands', 'status', 'code', (row) => row.status, {
    codes: {
      kind: 'enum',
      name: 'cooperation.demandStatus',
      codes: ['open', 'matched', 'closed', 'withdrawn'],
    },
    example: 'open',
  }),
];

const offerColumns: SheetColumn<Named<OfferRow>>[] = [
  column('offers', 'id', 'text', (row) => row.id, { width: 38 }),
  column('offers', 'kind', 'code', (row) => row.kind, {
    codes: { kind: 'enum', name: 'cooperation.offerKind', codes: offerKinds },
    example: 'call',
  }),
  column('offers', 'title', 'text', (row) => row.title, {
    width: 40,
    example: 'Convocatoria de agua y saneamiento',
  }),
  column('offers', 'description', 'text', (row) => row.description, { width: 40 }),
  column('offers', 'donor', 'text', (_row, names) => names.donor ?? null, { width: 30 }),
  column('offers', 'currency', 'code', (row) => row.currency, {
    codes: { kind: 'codelist', name: 'currencies' },
    example: 'EUR',
  }),
  column('offers', 'amountMinMinor', 'money', (row) => moneyCell(row.amountMinMinor, row.currency)),
  column('offers', 'amountMaxMinor', 'money', (row) => moneyCell(row.amountMaxMinor, row.currency), {
    example: 200000,
  }),
  column('offers', 'modalities', 'list', (row) => row.modalities, { example: 'financial' }),
  column('offers', 'sectors', 'list', (row) => row.sectors, { example: '14030' }),
  column('offers', 'sdgGoals', 'list', (row) => row.sdgGoals),
  column('offers', 'sdgTargets', 'list', (row) => row.sdgTargets),
  column('offers', 'themes', 'list', (row) => row.themes),
  column('offers', 'eligibleCountries', 'list', (row) => row.eligibleCountries, { example: 'CO, MX' }),
  column('offers', 'eligibleGovernmentKinds', 'list', (row) => row.eligibleGovernmentKinds),
  column('offers', 'opensOn', 'date', (row) => row.opensOn),
  column('offers', 'deadline', 'date', (row) => row.deadline),
  column('offers', 'url', 'text', (row) => row.url, { width: 30 }),
  column('offers', 'status', 'code', (row) => row.status, {
    codes: { kind: 'enum', name: 'cooperation.offerStatus', codes: ['open', 'closed'] },
    example: 'open',
  }),
];

export const demandsSheet = defineRecordSheet<DemandRow, DemandInput>({
  name: 'demands',
  title: 'titles.demands',
  policy: { read: cooperationPolicy.read, write: cooperationPolicy.raiseDemand },
  columns: demandColumns,
  exportQuerySchema: demandListQuerySchema.omit(listFilter),
  exportBatches: (db, context, query) =>
    keysetBatches(async (after: Named<DemandRow> | null, limit) => {
      const where = demandListCondition(context, query as Parameters<typeof demandListCondition>[1]);
      const keyset: SQL | undefined = after ? gt(cooperationDemands.id, after.row.id) : undefined;
      const rows = await db
        .select({ row: cooperationDemands, department: departments.name })
        .from(cooperationDemands)
        .leftJoin(departments, eq(departments.id, cooperationDemands.departmentId))
        .where(keyset ? and(where, keyset) : where)
        .orderBy(asc(cooperationDemands.id))
        .limit(limit);
      return rows.map(({ row, department }) => ({ row, names: { department } }));
    }),
  inputSchema: demandInputSchema,
  money: { amountSoughtMinor: 'currency' },
  references: [
    {
      column: 'department',
      inputField: 'departmentId',
      table: departments,
      id: departments.id,
      name: departments.name,
    },
  ],
  find: (db, context, ids, titles) =>
    db
      .select()
      .from(cooperationDemands)
      .where(
        and(
          inTenant(cooperationDemands, context),
          or(
            ids.length > 0 ? inArray(cooperationDemands.id, ids) : undefined,
            inArray(labelKey(cooperationDemands.title), titles),
          ),
        ),
      )
      .orderBy(asc(cooperationDemands.createdAt), asc(cooperationDemands.id)),
  asInput: (row) => ({ ...row }),
  add: async (db, context, input) => {
    await createDemand(db, context, input);
  },
  update: async (db, context, row, input) => {
    await updateDemand(db, context, row.id, input);
  },
});

export const offersSheet = defineRecordSheet<OfferRow, OfferInput>({
  name: 'offers',
  title: 'titles.offers',
  policy: { read: cooperationPolicy.read, write: cooperationPolicy.write },
  columns: offerColumns,
  exportQuerySchema: offerListQuerySchema.omit(listFilter),
  exportBatches: (db, context, query) =>
    keysetBatches(async (after: Named<OfferRow> | null, limit) => {
      const where = offerListCondition(context, query as Parameters<typeof offerListCondition>[1]);
      const keyset: SQL | undefined = after ? gt(cooperationOffers.id, after.row.id) : undefined;
      const rows = await db
        .select({ row: cooperationOffers, donor: partners.name })
        .from(cooperationOffers)
        .leftJoin(partners, eq(partners.id, cooperationOffers.donorPartnerId))
        .where(keyset ? and(where, keyset) : where)
        .orderBy(asc(cooperationOffers.id))
        .limit(limit);
      return rows.map(({ row, donor }) => ({ row, names: { donor } }));
    }),
  inputSchema: offerInputSchema,
  money: { amountMinMinor: 'currency', amountMaxMinor: 'currency' },
  references: [
    { column: 'donor', inputField: 'donorPartnerId', table: partners, id: partners.id, name: partners.name },
  ],
  find: (db, context, ids, titles) =>
    db
      .select()
      .from(cooperationOffers)
      .where(
        and(
          inTenant(cooperationOffers, context),
          or(
            ids.length > 0 ? inArray(cooperationOffers.id, ids) : undefined,
            inArray(labelKey(cooperationOffers.title), titles),
          ),
        ),
      )
      .orderBy(asc(cooperationOffers.createdAt), asc(cooperationOffers.id)),
  asInput: (row) => ({ ...row }),
  add: async (db, context, input) => {
    await createOffer(db, context, input);
  },
  update: async (db, context, row, input) => {
    await updateOffer(db, context, row.id, input);
  },
});
