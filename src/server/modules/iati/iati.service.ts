import type { z } from 'zod';
import type { catalogueQuerySchema } from '../../../contracts/iati';
import type { Database } from '../../platform/db';
import { fieldError, NotFoundError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import { buildIatiActivitiesXml } from './iati.export';
import * as queries from './iati.queries';
import { checkXmlAgainstRuleset, type RuleFinding } from './iati.rulesets';
import { validateAgainstActivitiesXsd } from './iati.xsd';

type TenantOnly = Pick<TenantContext, 'governmentId'>;

/**
 * The IATI 2.03 activities file of the government's published projects. Refused (422) while the
 * government has no IATI organisation identifier: every identifier and the reporting-org need it.
 */
export async function exportActivities(db: Database, context: TenantOnly, now = new Date()) {
  const government = await queries.findGovernment(db, context);
  if (!government) throw new NotFoundError();
  const iatiOrgId = government.iatiOrgId?.trim();
  if (!iatiOrgId) throw fieldError('iatiOrgId', 'validation.governmentWithoutIatiOrgId');
  const projects = await queries.findPublishedProjects(db, context);
  const initiativeIds = projects.map((project) => project.initiative.id);
  const [participants, budgets, transactions] = await Promise.all([
    queries.findParticipants(db, context, initiativeIds),
    queries.findBudgets(db, context, initiativeIds),
    queries.findTransactions(db, context, initiativeIds),
  ]);
  const xml = buildIatiActivitiesXml({
    government: { ...government, iatiOrgId },
    projects,
    participants,
    budgets,
    transactions,
    generatedAt: now,
  });
  return { xml, activityCount: projects.length, iatiOrgId };
}

/** The export checked as IATI's own validator would: the official XSD, then the standard rulesets. */
export async function checkExport(db: Database, context: TenantOnly) {
  const { xml, activityCount } = await exportActivities(db, context);
  const xsd = await validateAgainstActivitiesXsd(xml);
  const xsdFindings: RuleFinding[] = xsd.errors.map((message) => ({
    iatiIdentifier: null,
    ruleId: xsd.isAvailable ? 'xsd' : 'xsd.unavailable',
    severity: 'error',
    message,
  }));
  return {
    activityCount,
    isSchemaValid: xsd.isValid,
    findings: [...xsdFindings, ...checkXmlAgainstRuleset(xml)],
  };
}

export async function listCatalogue(
  db: Database,
  context: TenantOnly,
  query: z.infer<typeof catalogueQuerySchema>,
) {
  return queries.findCatalogue(
    db,
    context,
    {
      q: query.q?.trim() || undefined,
      countryCode: query.countryCode,
      reportingOrgRef: query.reportingOrgRef,
    },
    query,
  );
}

export async function getImportJob(db: Database, context: TenantOnly, id: string) {
  const job = await queries.findJob(db, context, id);
  if (!job) throw new NotFoundError();
  return job;
}

/** The latest imports first; a government keeps a short history, so the list is bounded. */
export async function listImportJobs(db: Database, context: TenantOnly) {
  return queries.findJobs(db, context, 100);
}
