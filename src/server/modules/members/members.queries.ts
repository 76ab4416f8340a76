import { and, asc, eq, sql } from 'drizzle-orm';
import { memberships, users } from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';

export async function findMembers(db: Database, context: Pick<TenantContext, 'governmentId'>) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      departmentId: memberships.departmentId,
      isDisabled: users.isDisabled,
      version: memberships.version,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inTenant(memberships, context))
    .orderBy(asc(users.name));
}

export async function findUserByEmail(db: Database, email: string) {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row ?? null;
}

export async function insertUser(db: Database, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row!;
}

export async function findMembership(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  userId: string,
) {
  const [row] = await db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inTenant(memberships, context)));
  return row ?? null;
}

export async function insertMembership(db: Database, values: typeof memberships.$inferInsert) {
  const [row] = await db.insert(memberships).values(values).returning();
  return row!;
}
