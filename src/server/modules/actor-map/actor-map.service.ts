import { type ActorMap, type ActorMapQuery, actorMapLimits } from '../../../contracts/actor-map';
import type { Database } from '../../platform/db';
import { NotFoundError } from '../../platform/errors';
import type { TenantContext } from '../../platform/tenancy';
import * as queries from './actor-map.queries';

/**
 * The "mapa de actores" of a government: its partners, the relations among them and the links that
 * join each to the government. Without a filter every current partner is an actor (one with no link
 * or relation yet is still on the map); a strategy line or link status keeps the partners of the
 * matching links and the relations among them. Bounded: a larger registry is cut and says so.
 */
export async function getActorMap(
  db: Database,
  context: TenantContext,
  query: ActorMapQuery,
): Promise<ActorMap> {
  const government = await queries.findGovernmentName(db, context);
  if (!government) throw new NotFoundError();
  const isFiltered = Boolean(query.strategyLine || query.linkStatus);
  const parties = await queries.findLinkParties(db, context, query, actorMapLimits.links + 1);
  const partyIds = [...new Set(parties.map((party) => party.partnerId))];
  const actors = await queries.findActors(
    db,
    context,
    isFiltered ? partyIds : null,
    actorMapLimits.actors + 1,
  );
  const actorIds = new Set(actors.slice(0, actorMapLimits.actors).map((actor) => actor.id));
  const relations = await queries.findRelations(
    db,
    context,
    isFiltered ? [...actorIds] : null,
    actorMapLimits.relations + 1,
  );
  const shownLinks = parties.slice(0, actorMapLimits.links).filter((party) => actorIds.has(party.partnerId));
  const linkCount = new Map<string, number>();
  for (const party of shownLinks) linkCount.set(party.partnerId, (linkCount.get(party.partnerId) ?? 0) + 1);
  return {
    government,
    actors: actors
      .slice(0, actorMapLimits.actors)
      .map((actor) => ({ ...actor, linkCount: linkCount.get(actor.id) ?? 0 })),
    links: shownLinks,
    relations: relations
      .slice(0, actorMapLimits.relations)
      .filter((relation) => actorIds.has(relation.fromPartnerId) && actorIds.has(relation.toPartnerId)),
    isTruncated:
      actors.length > actorMapLimits.actors ||
      parties.length > actorMapLimits.links ||
      relations.length > actorMapLimits.relations,
  };
}
