import { and, eq, exists, inArray, or } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  auditLog,
  cooperationDemands,
  cooperationOffers,
  departments,
  events,
  indicators,
  initiatives,
  investmentLeads,
  links,
  memberships,
  mirRows,
  partnerContacts,
  partners,
  strategyTerms,
  territorialUnits,
  users,
} from '../../db/schema';
import type { Database } from '../../platform/db';
import { inTenant, type TenantContext } from '../../platform/tenancy';
import {
  type CodelistLanguage,
  getCodeName,
  getSdgList,
  getSectorName,
} from '../reference/reference.service';
import { isUuid, type Lookup, lookupKey } from './audit.changes';
import type { ReferenceTarget } from './audit.fields';

type NamedTable = { table: PgTable & { governmentId: PgColumn }; id: PgColumn; name: PgColumn };

// Each referenced kind of record and the column a person knows it by.
const namedTables: Record<Exclude<ReferenceTarget, 'user'>, NamedTable> = {
  partner: { table: partners, id: partners.id, name: partners.name },
  link: { table: links, id: links.id, name: links.title },
  department: { table: departments, id: departments.id, name: departments.name },
  territorial_unit: { table: territorialUnits, id: territorialUnits.id, name: territorialUnits.name },
  initiative: { table: initiatives, id: initiatives.id, name: initiatives.title },
  event: { table: events, id: events.id, name: events.title },
  indicator: { table: indicators, id: indicators.id, name: indicators.name },
  demand: { table: cooperationDemands, id: cooperationDemands.id, name: cooperationDemands.title },
  offer: { table: cooperationOffers, id: cooperationOffers.id, name: cooperationOffers.title },
  investment_lead: { table: investmentLeads, id: investmentLeads.id, name: investmentLeads.title },
  mir_row: { table: mirRows, id: mirRows.id, name: mirRows.narrativeSummary },
  contact: { table: partnerContacts, id: partnerContacts.id, name: partnerContacts.name },
};

/** The audited entity types whose own id names a record of one of the tables above. */
export const entityTargets: Partial<Record<string, ReferenceTarget>> = {
  partner: 'partner',
  link: 'link',
  department: 'department',
  territorial_unit: 'territorial_unit',
  initiative: 'initiative',
  event: 'event',
  indicator: 'indicator',
  demand: 'demand',
  offer: 'offer',
  investment_lead: 'investment_lead',
  mir_row: 'mir_row',
  user: 'user',
};

/**
 * People are not records of a government: a user's name is shown only to a government the person
 * belongs to or acted in, never to another one.
 */
function userNames(db: Database, context: Pick<TenantContext, 'governmentId'>, ids: string[]) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(
      and(
        inArray(users.id, ids),
        or(
          exists(
            db
              .select({ one: memberships.userId })
              .from(memberships)
              .where(and(eq(memberships.userId, users.id), inTenant(memberships, context))),
          ),
          exists(
            db
              .select({ one: auditLog.id })
              .from(auditLog)
              .where(and(eq(auditLog.actorId, users.id), inTenant(auditLog, context))),
          ),
        ),
      ),
    );
}

function codebookName(lookup: Extract<Lookup, { type: 'codebook' }>, language: CodelistLanguage) {
  switch (lookup.codebook) {
    case 'country':
      return getCodeName('countries', lookup.code, language);
    case 'currency':
      return getCodeName('currencies', lookup.code, language);
    case 'language':
      return getCodeName('languages', lookup.code, language);
    case 'organisation_type':
      return getCodeName('organisation-types', lookup.code, language);
    case 'sector':
      return getSectorName(lookup.code, language);
    case 'sdg': {
      const goal = getSdgList(language).goals.find((entry) => entry.code === lookup.code);
      return goal ? `${goal.code}. ${goal.name}` : null;
    }
    default:
      return null;
  }
}

/**
 * Names for every lookup of a page of the trail, in one query per kind of record, always inside the
 * government: an id of another government's record never gets a name.
 */
export async function resolveNames(
  db: Database,
  context: Pick<TenantContext, 'governmentId'>,
  lookups: Lookup[],
  language: CodelistLanguage,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const idsByTarget = new Map<ReferenceTarget, Set<string>>();
  const strategyCodes = new Set<string>();
  for (const lookup of lookups) {
    if (lookup.type === 'ref') {
      if (!isUuid(lookup.id)) continue;
      const ids = idsByTarget.get(lookup.to) ?? new Set<string>();
      ids.add(lookup.id);
      idsByTarget.set(lookup.to, ids);
    } else if (lookup.codebook === 'strategy') {
      strategyCodes.add(lookup.code);
    } else {
      const name = codebookName(lookup, language);
      if (name) names.set(lookupKey(lookup), name);
    }
  }
  await Promise.all([
    ...[...idsByTarget].map(async ([target, idSet]) => {
      const ids = [...idSet];
      const rows =
        target === 'user'
          ? await userNames(db, context, ids)
          : await (() => {
              const named = namedTables[target];
              return db
                .select({ id: named.id, name: named.name })
                .from(named.table)
                .where(and(inArray(named.id, ids), inTenant(named.table, context)));
            })();
      for (const row of rows) {
        if (typeof row.name === 'string' && typeof row.id === 'string')
          names.set(`${target}:${row.id}`, row.name);
      }
    }),
    (async () => {
      if (strategyCodes.size === 0) return;
      const rows = await db
        .select({ code: strategyTerms.code, name: strategyTerms.name })
        .from(strategyTerms)
        .where(and(inArray(strategyTerms.code, [...strategyCodes]), inTenant(strategyTerms, context)));
      for (const row of rows) if (row.code && row.name) names.set(`strategy#${row.code}`, row.name);
    })(),
  ]);
  return names;
}
