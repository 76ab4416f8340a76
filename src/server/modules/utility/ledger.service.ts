import { computeProgress } from '../../../domain/indicators';
import type { Database } from '../../platform/db';
import { NotFoundError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import { gatherFacts, loadEnvironment } from './facts.service';
import * as ledgerQueries from './ledger.queries';
import * as subjects from './subjects.queries';
import * as queries from './utility.queries';
import {
  commitmentPairs,
  eventPairs,
  initiativePairs,
  leadPairs,
  linkPairs,
  type Subject,
  transactionPairs,
} from './utility.scopes';

export type LedgerKind = 'link' | 'event' | 'partner' | 'strategy_line';

const empty = { rows: [] as never[], total: 0 };

/**
 * "Qué ha producido": everything that cites the subject, read both ways, each list bounded, with
 * the totals in the reporting currency (amounts without a rate counted apart). 404 when the
 * subject is not a record of this government.
 */
export async function getLedger(
  db: Database,
  context: TenantContext,
  kind: LedgerKind,
  id: string,
  limit: number,
  now: Date,
) {
  const found = await subjects.findScopeLabel(db, context, kind, id);
  if (!found) throw new NotFoundError();
  const environment = await loadEnvironment(db, context, now);
  const g = environment.governmentId;
  const reporting = environment.facts.reportingCurrency;
  const subject: Subject = { kind, id };
  const initiativesSql = initiativePairs(g, subject);
  const leadsSql = leadPairs(g, subject);
  const eventsSql = eventPairs(g, subject);
  const linksSql = linkPairs(g, subject);
  const partnersSql = ledgerQueries.subjectPartners(g, kind, id);
  const reached = queries.reachedUnitPairs(g, initiativesSql, leadsSql);

  const factsOf = await gatherFacts(db, environment, subject, { withIndicators: false });
  const facts = factsOf(id);
  const breakdown =
    (await queries.aggregateBeneficiaryBreakdown(db, g, initiativesSql, environment.today)).get(id) ?? [];
  const initiatives = await ledgerQueries.listInitiatives(db, initiativesSql, limit);
  const events = eventsSql ? await ledgerQueries.listEvents(db, eventsSql, limit) : empty;
  const links = linksSql ? await ledgerQueries.listLinks(db, linksSql, limit) : empty;
  const commitments = await ledgerQueries.listCommitments(
    db,
    commitmentPairs(g, subject),
    environment.today,
    limit,
  );
  const transactions = await ledgerQueries.listTransactions(
    db,
    g,
    reporting,
    transactionPairs(g, subject),
    limit,
  );
  const indicators = await ledgerQueries.listIndicators(db, g, initiativesSql, environment.today, limit);
  const leads = await ledgerQueries.listLeads(db, g, reporting, leadsSql, limit);
  const roles = await ledgerQueries.listNetworkRoles(db, g, partnersSql, limit);
  const positions = await ledgerQueries.listPositions(
    db,
    g,
    partnersSql,
    kind === 'event' ? id : null,
    limit,
  );
  const units = await ledgerQueries.listReachedUnits(db, reached, limit);
  return {
    environment,
    label: found.label,
    facts,
    breakdown,
    initiatives,
    events,
    links,
    commitments,
    transactions,
    indicators: {
      ...indicators,
      rows: indicators.rows.map((row) => ({
        ...row,
        progress:
          row.baseline_value !== null && row.target_value !== null && row.latest_value !== null
            ? computeProgress(
                {
                  baselineValue: Number(row.baseline_value),
                  targetValue: Number(row.target_value),
                  direction: row.direction,
                },
                Number(row.latest_value),
              ).clamped
            : null,
      })),
    },
    leads,
    roles,
    positions,
    units,
  };
}
