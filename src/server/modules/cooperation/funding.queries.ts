import { and, asc, eq, sql } from 'drizzle-orm';
import {
  exchangeRates,
  partners,
  projectBudgets,
  projectParticipants,
  projectProfiles,
  projectTransactions,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

type Tenant = Pick<TenantContext, 'governmentId'>;
export type TransactionRow = typeof projectTransactions.$inferSelect;

export async function findProfile(db: Database, context: Tenant, initiativeId: string) {
  const [row] = await db
    .select()
    .from(projectProfiles)
    .where(and(eq(projectProfiles.initiativeId, initiativeId), inTenant(projectProfiles, context)));
  return row ?? null;
}

export async function findProfileByIdentifier(db: Database, context: Tenant, iatiIdentifier: string) {
  const [row] = await db
    .select({ initiativeId: projectProfiles.initiativeId })
    .from(projectProfiles)
    .where(and(eq(projectProfiles.iatiIdentifier, iatiIdentifier), inTenant(projectProfiles, context)));
  return row ?? null;
}

export async function upsertProfile(
  db: Database,
  values: typeof projectProfiles.$inferInsert,
  expectedVersion: number | null,
) {
  if (expectedVersion === null) {
    const [row] = await db.insert(projectProfiles).values(values).onConflictDoNothing().returning();
    return row ?? null;
  }
  const [row] = await db
    .update(projectProfiles)
    .set({ ...values, version: sql`${projectProfiles.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(projectProfiles.initiativeId, values.initiativeId),
        eq(projectProfiles.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}

export async function findParticipants(db: Database, context: Tenant, initiativeId: string) {
  return db
    .select({ participant: projectParticipants, partnerName: partners.name, iatiOrgId: partners.iatiOrgId })
    .from(projectParticipants)
    .innerJoin(partners, eq(partners.id, projectParticipants.partnerId))
    .where(and(eq(projectParticipants.initiativeId, initiativeId), inTenant(projectParticipants, context)))
    .orderBy(asc(projectParticipants.role), asc(partners.name));
}

export async function replaceParticipants(
  db: Database,
  context: Tenant,
  initiativeId: string,
  rows: {
    partnerId: string;
    role: 'funding' | 'accountable' | 'extending' | 'implementing';
    sharePercent: string | null;
  }[],
) {
  await db
    .delete(projectParticipants)
    .where(and(eq(projectParticipants.initiativeId, initiativeId), inTenant(projectParticipants, context)));
  if (rows.length > 0) {
    await db
      .insert(projectParticipants)
      .values(rows.map((row) => ({ ...row, initiativeId, governmentId: context.governmentId })));
  }
}

export async function findBudgets(db: Database, context: Tenant, initiativeId: string) {
  return db
    .select()
    .from(projectBudgets)
    .where(and(eq(projectBudgets.initiativeId, initiativeId), inTenant(projectBudgets, context)))
    .orderBy(asc(projectBudgets.periodStart));
}

export async function insertBudget(db: Database, values: typeof projectBudgets.$inferInsert) {
  const [row] = await db.insert(projectBudgets).values(values).returning();
  return row!;
}

export async function deleteBudget(db: Database, context: Tenant, initiativeId: string, id: string) {
  const rows = await db
    .delete(projectBudgets)
    .where(
      and(
        eq(projectBudgets.id, id),
        eq(projectBudgets.initiativeId, initiativeId),
        inTenant(projectBudgets, context),
      ),
    )
    .returning();
  return rows[0] ?? null;
}

export async function findTransactions(db: Database, context: Tenant, initiativeId: string) {
  const provider = sql<
    string | null
  >`(select name from partners p where p.id = ${projectTransactions.providerPartnerId})`;
  const receiver = sql<
    string | null
  >`(select name from partners p where p.id = ${projectTransactions.receiverPartnerId})`;
  return db
    .select({ transaction: projectTransactions, providerName: provider, receiverName: receiver })
    .from(projectTransactions)
    .where(and(eq(projectTransactions.initiativeId, initiativeId), inTenant(projectTransactions, context)))
    .orderBy(asc(projectTransactions.valueDate), asc(projectTransactions.createdAt));
}

export async function findTransaction(db: Database, context: Tenant, initiativeId: string, id: string) {
  const [row] = await db
    .select()
    .from(projectTransactions)
    .where(
      and(
        eq(projectTransactions.id, id),
        eq(projectTransactions.initiativeId, initiativeId),
        inTenant(projectTransactions, context),
      ),
    );
  return row ?? null;
}

export async function insertTransaction(db: Database, values: typeof projectTransactions.$inferInsert) {
  const [row] = await db.insert(projectTransactions).values(values).returning();
  return row as TransactionRow;
}

export async function deleteTransaction(db: Database, context: Tenant, id: string) {
  await db
    .delete(projectTransactions)
    .where(and(eq(projectTransactions.id, id), inTenant(projectTransactions, context)));
}

export async function findRates(db: Database, context: Tenant, reportingCurrency: string) {
  return db
    .select()
    .from(exchangeRates)
    .where(and(inTenant(exchangeRates, context), eq(exchangeRates.reportingCurrency, reportingCurrency)))
    .orderBy(asc(exchangeRates.currency), asc(exchangeRates.rateDate));
}

/** Inserts or replaces the rate of a currency on a date; says which it was. */
export async function upsertRate(db: Database, values: typeof exchangeRates.$inferInsert) {
  const [row] = await db
    .insert(exchangeRates)
    .values(values)
    .onConflictDoUpdate({
      target: [
        exchangeRates.governmentId,
        exchangeRates.currency,
        exchangeRates.reportingCurrency,
        exchangeRates.rateDate,
      ],
      set: { rate: values.rate, source: values.source },
    })
    .returning({ isInsert: sql<boolean>`(xmax = 0)` });
  return Boolean(row?.isInsert);
}
