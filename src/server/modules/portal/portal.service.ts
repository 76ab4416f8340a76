import type { PublicFilter, PublicLink } from '../../../contracts/publication';
import type { IndexOutcome } from '../../../domain/social-utility-index';
import { computeIndex } from '../../../domain/social-utility-index';
import type { Database } from '../../platform/db';
import * as publicRecords from '../publication/public.service';
import { findPublishingGovernment, findPublishingGovernments } from '../publication/publication.queries';
import {
  type Environment,
  gatherFacts,
  loadEnvironment,
  type SubjectFacts,
  toIndexInput,
} from '../utility/facts.service';
import { computeScopeIndex } from '../utility/index.service';
import { judgeLinks } from '../utility/verdicts.service';
import * as queries from './portal.queries';

/*
 * What each portal page shows, read only through the publication module's public records (the
 * allow-list) and the social-utility services. Nothing here knows about users or sessions.
 */

export type PortalGovernment = NonNullable<Awaited<ReturnType<typeof findPublishingGovernment>>>;

export const listGovernments = findPublishingGovernments;
export const findGovernment = findPublishingGovernment;

export type JudgedLink = PublicLink & {
  verdict: string | null;
  index: IndexOutcome;
  facts: SubjectFacts;
};

/** Verdict, index and facts of every link of the government, in a fixed number of queries. */
async function judgeAll(db: Database, environment: Environment) {
  const judged = await judgeLinks(db, environment);
  const factsOf = await gatherFacts(db, environment, { kind: 'link', id: null }, { withIndicators: true });
  const verdicts = new Map(judged.map((subject) => [subject.id, subject.outcome.verdict as string]));
  return (link: PublicLink): JudgedLink => {
    const facts = factsOf(link.id);
    return {
      ...link,
      verdict: verdicts.get(link.id) ?? null,
      facts,
      index: computeIndex(
        toIndexInput(facts, environment, { kind: 'link', population: null }),
        environment.settings,
      ),
    };
  };
}

export async function getHome(db: Database, government: PortalGovernment, now: Date) {
  const environment = await loadEnvironment(db, { governmentId: government.id }, now);
  const index = await computeScopeIndex(db, environment, {
    kind: 'government',
    id: null,
    label: government.name,
    population: government.population,
  });
  const judge = await judgeAll(db, environment);
  const links = (await publicRecords.findPublicLinks(db, government.id)).map(judge);
  const events = await publicRecords.findPublicEvents(db, government.id);
  const commitments = await publicRecords.findPublicCommitments(db, government, {}, now);
  const initiatives = await publicRecords.findPublicInitiatives(db, government.id);
  const projects = await publicRecords.findPublicProjects(db, government.id);
  return {
    index,
    links: links.length,
    productive: links.filter((link) => link.verdict === 'productive').length,
    events: events.length,
    commitments: {
      total: commitments.filter((row) => row.status !== 'cancelled').length,
      fulfilled: commitments.filter((row) => row.status === 'fulfilled').length,
    },
    initiatives: initiatives.length,
    projects: projects.length,
  };
}

export async function getLinks(
  db: Database,
  government: PortalGovernment,
  filter: PublicFilter,
  now: Date,
  slice?: publicRecords.Slice,
) {
  const environment = await loadEnvironment(db, { governmentId: government.id }, now);
  const judge = await judgeAll(db, environment);
  const links = (await publicRecords.findPublicLinks(db, government.id, filter, slice)).map(judge);
  return { links, reportingCurrency: environment.facts.reportingCurrency };
}

/** One published link with what it produced; null when it is not published. */
export async function getLink(db: Database, government: PortalGovernment, linkId: string, now: Date) {
  const link = await publicRecords.findPublicLink(db, government.id, linkId);
  if (!link) return null;
  const environment = await loadEnvironment(db, { governmentId: government.id }, now);
  const judge = await judgeAll(db, environment);
  const initiativeIds = new Set(
    await publicRecords.findPublishedInitiativeIdsOfLink(db, government.id, linkId),
  );
  const eventIds = new Set(await queries.findPublishedEventIdsOfLink(db, government.id, linkId));
  const initiatives = (await publicRecords.findPublicInitiatives(db, government.id)).filter((row) =>
    initiativeIds.has(row.id),
  );
  const projects = (await publicRecords.findPublicProjects(db, government.id)).filter(
    (row) => initiativeIds.has(row.id) && !initiatives.some((initiative) => initiative.id === row.id),
  );
  const commitments = (await publicRecords.findPublicCommitments(db, government, {}, now)).filter(
    (row) => row.linkId === linkId,
  );
  const events = (await publicRecords.findPublicEvents(db, government.id)).filter((row) =>
    eventIds.has(row.id),
  );
  return {
    link: judge(link),
    initiatives: [...initiatives, ...projects.map((project) => ({ id: project.id, title: project.title }))],
    commitments,
    events,
    reportingCurrency: environment.facts.reportingCurrency,
  };
}

export const countPublic = publicRecords.countPublic;
export const getFilterValues = publicRecords.publicFilterValues;

/** Summaries over every page of a list (the agenda's costs, commitments fulfilled), read in batches. */
export const portalSummaryMaxRows = 100_000;
export async function readAll<T extends { id: string }>(read: (slice: publicRecords.Slice) => Promise<T[]>) {
  return (await publicRecords.readAllPublic(read, portalSummaryMaxRows)).rows;
}
export const getEvents = publicRecords.findPublicEvents;
export const getCommitments = publicRecords.findPublicCommitments;
export const getInitiatives = publicRecords.findPublicInitiatives;
export const getProjects = publicRecords.findPublicProjects;
export const getPositions = publicRecords.findPublicPositions;
export const getUnits = queries.findUnitsWithReach;
export const getStrategyLineNames = queries.findStrategyLineNames;
