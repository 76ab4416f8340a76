import { and, eq, sql } from 'drizzle-orm';
import { governments, openDataSettings } from '../../db/schema';
import type { Database } from '../../platform/db';
import type { TenantContext } from '../../platform/tenancy';

export async function findGovernmentBySlug(db: Database, slug: string) {
  const [row] = await db.select().from(governments).where(eq(governments.slug, slug));
  return row ?? null;
}

export async function findGovernmentById(db: Database, governmentId: string) {
  const [row] = await db.select().from(governments).where(eq(governments.id, governmentId));
  return row ?? null;
}

export async function findSettings(db: Database, governmentId: string) {
  const [row] = await db
    .select()
    .from(openDataSettings)
    .where(eq(openDataSettings.governmentId, governmentId));
  return row ?? null;
}

/** Saves the settings if the caller saw the current version (0: none saved yet); null when not. */
export async function saveSettings(
  db: Database,
  context: TenantContext,
  values: { licenseId: string },
  expectedVersion: number,
) {
  if (expectedVersion === 0) {
    const [row] = await db
      .insert(openDataSettings)
      .values({
        governmentId: context.governmentId,
        ...values,
        createdBy: context.userId,
        updatedBy: context.userId,
      })
      .onConflictDoNothing()
      .returning();
    return row ?? null;
  }
  const [row] = await db
    .update(openDataSettings)
    .set({
      ...values,
      updatedAt: new Date(),
      updatedBy: context.userId,
      version: sql`${openDataSettings.version} + 1`,
    })
    .where(
      and(
        eq(openDataSettings.governmentId, context.governmentId),
        eq(openDataSettings.version, expectedVersion),
      ),
    )
    .returning();
  return row ?? null;
}
