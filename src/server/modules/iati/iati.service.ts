import type { z } from 'zod';
import type { catalogueQuerySchema } from '../../../contracts/iati';
import type { Database } from '../../platform/db';
import { type FieldIssue, fieldError, NotFoundError, ValidationError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import { buildIatiActivitiesXml } from './iati.export';
import * as queries from './iati.queries';
import { checkXmlAgainstRuleset, dayInTimeZone, type RuleFinding, ruleMessageKey } from './iati.rulesets';
import { validateAgainstActivitiesXsd } from './iati.xsd';

type TenantOnly = Pick<TenantContext, 'governmentId'>;

type ProjectRow = NonNullable<Awaited<ReturnType<typeof queries.findProject>>>;

/** The government, with the IATI organisation identifier every identifier and reporting-org need. */
async function findPublisher(db: Database, context: TenantOnly) {
  const government = await queries.findGovernment(db, context);
  if (!government) throw new NotFoundError();
  const iatiOrgId = government.iatiOrgId?.trim();
  if (!iatiOrgId) throw fieldError('iatiOrgId', 'validation.governmentWithoutIatiOrgId');
  return { ...government, iatiOrgId };
}

/** The activities document of some projects, with everything each activity shows. */
async function buildXml(
  db: Database,
  context: TenantOnly,
  government: Awaited<ReturnType<typeof findPublisher>>,
  projects: ProjectRow[],
  now: Date,
) {
  const initiativeIds = projects.map((project) => project.initiative.id);
  const [participants, budgets, transactions, fundingChanges] = await Promise.all([
    queries.findParticipants(db, context, initiativeIds),
    queries.findBudgets(db, context, initiativeIds),
    queries.findTransactions(db, context, initiativeIds),
    queries.findFundingChanges(db, context, initiativeIds),
  ]);
  return buildIatiActivitiesXml({
    government,
    projects,
    participants,
    budgets,
    transactions,
    fundingChanges,
    generatedAt: now,
  });
}

/**
 * The activities document of the published projects, unchecked (the check page reads it). Refused
 * (422) without the government's IATI organisation identifier, and when nothing is published: an
 * iati-activities element with no activity is not valid against the XSD.
 */
async function buildPublishedXml(db: Database, context: TenantOnly, now: Date) {
  const government = await findPublisher(db, context);
  const projects = await queries.findPublishedProjects(db, context);
  if (projects.length === 0) throw fieldError('projects', 'iatiRules.noPublishedProjects');
  const xml = await buildXml(db, context, government, projects, now);
  return {
    xml,
    activityCount: projects.length,
    iatiOrgId: government.iatiOrgId,
    today: dayInTimeZone(government.timezone, now),
  };
}

/** Rule findings as field issues, in the caller's language, each naming the rule. */
export function ruleIssues(findings: RuleFinding[], fieldOf: (ruleId: string) => string): FieldIssue[] {
  return findings.map((finding) => ({
    field: fieldOf(finding.ruleId),
    key: ruleMessageKey(finding.ruleId),
    params: { ruleId: finding.ruleId, message: finding.message },
    code: `iati_rule_${finding.ruleId}`,
  }));
}

/** The same, for a whole file: each message names the project it is about. */
function projectRuleIssues(findings: RuleFinding[]): FieldIssue[] {
  return findings.map((finding) => ({
    field: 'projects',
    key: 'iatiRules.inProject',
    params: {
      identifier: finding.iatiIdentifier ?? '—',
      // A rule without its own translation keeps the ruleset's English message.
      rule:
        ruleMessageKey(finding.ruleId) === 'iatiRules.ruleFailed'
          ? `${finding.ruleId}: ${finding.message}`
          : ruleMessageKey(finding.ruleId),
    },
    code: `iati_rule_${finding.ruleId}`,
  }));
}

/**
 * The IATI 2.03 activities file of the government's published projects, as it is published: refused
 * (422, every rule named) while the IATI standard rulesets find an error in it.
 */
export async function exportActivities(db: Database, context: TenantOnly, now = new Date()) {
  const exported = await buildPublishedXml(db, context, now);
  const errors = checkXmlAgainstRuleset(exported.xml, undefined, { today: exported.today }).filter(
    (finding) => finding.severity === 'error',
  );
  if (errors.length > 0) throw new ValidationError(projectRuleIssues(errors));
  return exported;
}

/** The export checked as IATI's own validator would: the official XSD, then the standard rulesets. */
export async function checkExport(db: Database, context: TenantOnly) {
  const { xml, activityCount, today } = await buildPublishedXml(db, context, new Date());
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
    findings: [...xsdFindings, ...checkXmlAgainstRuleset(xml, undefined, { today })],
  };
}

/**
 * The errors the IATI standard rulesets find in one project as it would be published now (its saved
 * state, inside the caller's transaction): what blocks publishing it. Warnings do not block.
 */
export async function findPublicationErrors(db: Database, context: TenantOnly, initiativeId: string) {
  const government = await findPublisher(db, context);
  const project = await queries.findProject(db, context, initiativeId);
  if (!project) return [];
  const now = new Date();
  const xml = await buildXml(db, context, government, [project], now);
  return checkXmlAgainstRuleset(xml, undefined, { today: dayInTimeZone(government.timezone, now) }).filter(
    (finding) => finding.severity === 'error',
  );
}

/** How many projects the government publishes: their identifiers carry its organisation identifier. */
export async function countPublishedProjects(db: Database, context: TenantOnly) {
  return queries.countPublishedProjects(db, context);
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
