import type { AuditEntry } from '../../../contracts/audit';
import type { auditLog } from '../../db/schema';
import type { Database } from '../../platform/db';
import { toIso } from '../../platform/present';
import type { TenantContext } from '../../platform/tenancy';
import type { CodelistLanguage } from '../reference/reference.service';
import {
  describeChanges,
  flattenSnapshot,
  isUuid,
  type Lookup,
  lookupsOf,
  resolveChanges,
} from './audit.changes';
import { entityTargets, resolveNames } from './audit.names';

type AuditRow = { entry: typeof auditLog.$inferSelect; actorName: string | null };

/** What a record is called in its own snapshot when it is not a record with a name of its own. */
function snapshotName(row: AuditRow['entry']): string | null {
  const fields = { ...flattenSnapshot(row.before), ...flattenSnapshot(row.after) };
  for (const key of ['title', 'name', 'description', 'reference', 'fileName', 'email']) {
    const value = fields[key];
    if (typeof value === 'string' && value.trim() !== '') return value.slice(0, 300);
  }
  return null;
}

/**
 * A page of the trail as people read it: each entry's changed fields with their labels, the names
 * of the records they point to and the record's own name, resolved in one batch within the government.
 */
export async function presentAuditEntries(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  rows: AuditRow[],
  language: CodelistLanguage,
): Promise<AuditEntry[]> {
  const pending = rows.map((row) => describeChanges(row.entry.entityType, row.entry.before, row.entry.after));
  const entityLookups: (Lookup | null)[] = rows.map((row) => {
    const target = entityTargets[row.entry.entityType];
    return target && isUuid(row.entry.entityId) ? { type: 'ref', to: target, id: row.entry.entityId } : null;
  });
  const lookups = [
    ...pending.flatMap(lookupsOf),
    ...entityLookups.filter((lookup): lookup is Lookup => lookup !== null),
  ];
  const names = await resolveNames(db, context, lookups, language);
  return rows.map(({ entry, actorName }, index) => {
    const entityLookup = entityLookups[index];
    const resolvedName =
      entityLookup?.type === 'ref' ? names.get(`${entityLookup.to}:${entityLookup.id}`) : undefined;
    return {
      id: entry.id,
      actorId: entry.actorId,
      actorName,
      entityType: entry.entityType,
      entityId: entry.entityId,
      entityName: resolvedName ?? snapshotName(entry),
      action: entry.action,
      before: entry.before ?? null,
      after: entry.after ?? null,
      changes: resolveChanges(pending[index] ?? [], names),
      occurredAt: toIso(entry.occurredAt),
    };
  });
}
