import type { DemandInput, OfferInput } from '../../../contracts/cooperation';
import {
  cooperationDemands,
  cooperationOffers,
  departments,
  partners,
  territorialUnits,
} from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { type FieldIssue, ForbiddenError, NotFoundError, ValidationError } from '../../platform/errors';
import { findIdsInTenant, setArchived, type TenantContext, updateVersioned } from '../../platform/tenancy';
import { findInitiative } from '../initiatives/initiatives.queries';
import { isKnownCode, isKnownSdgTarget, isKnownSector } from '../reference/reference.service';
import { checkAlignment } from '../strategy/strategy.service';
import * as queries from './cooperation.queries';

function checkCodes(
  input: { sectors: string[]; sdgTargets: string[]; currency?: string | null | undefined },
  issues: FieldIssue[],
) {
  input.sectors.forEach((code, index) => {
    if (!isKnownSector(code)) issues.push({ field: `sectors.${index}`, key: 'validation.unknownSector' });
  });
  input.sdgTargets.forEach((code, index) => {
    if (!isKnownSdgTarget(code)) issues.push({ field: `sdgTargets.${index}`, key: 'validation.unknownSdg' });
  });
  if (input.currency && !isKnownCode('currencies', input.currency))
    issues.push({ field: 'currency', key: 'validation.unknownCurrency' });
}

/**
 * The SDG goals a demand or offer serves: those ticked, and the goal of every ticked target, so that a
 * goal ticked without targets is kept (it was lost before) and a target never stands without its goal.
 */
function goalsOf(input: { sdgGoals: string[]; sdgTargets: string[] }): string[] {
  const goals = new Set([...input.sdgGoals, ...input.sdgTargets.map((target) => target.split('.')[0] ?? '')]);
  goals.delete('');
  return [...goals].sort((a, b) => Number(a) - Number(b));
}

async function checkDemand(db: Database, context: TenantContext, input: DemandInput) {
  const issues: FieldIssue[] = [];
  checkCodes(input, issues);
  issues.push(...(await checkAlignment(db, context, { themes: input.themes })));
  if (
    input.departmentId &&
    !(await findIdsInTenant(db, departments, context, [input.departmentId])).has(input.departmentId)
  ) {
    issues.push({ field: 'departmentId', key: 'validation.unknownDepartment' });
  }
  if (input.initiativeId && !(await findInitiative(db, context, input.initiativeId))) {
    issues.push({ field: 'initiativeId', key: 'validation.unknownInitiative' });
  }
  const units = await findIdsInTenant(db, territorialUnits, context, input.territorialUnitIds);
  input.territorialUnitIds.forEach((id, index) => {
    if (!units.has(id))
      issues.push({ field: `territorialUnitIds.${index}`, key: 'validation.unknownTerritorialUnit' });
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

/** A liaison raises demands only for their own department (or for a community, under it). */
function assertMayRaise(context: TenantContext, departmentId: string | null | undefined) {
  if (context.role !== 'liaison') return;
  if (!context.departmentId || departmentId !== context.departmentId) throw new ForbiddenError();
}

function demandValues(input: DemandInput) {
  return {
    title: input.title,
    description: input.description ?? null,
    initiativeId: input.initiativeId ?? null,
    departmentId: input.departmentId ?? null,
    raisedBy: input.raisedBy,
    communityName: input.communityName ?? null,
    problemStatement: input.problemStatement ?? null,
    problemTree: input.problemTree,
    affectedPopulation: input.affectedPopulation ?? null,
    affectedPopulationDescription: input.affectedPopulationDescription ?? null,
    territorialUnitIds: [...new Set(input.territorialUnitIds)],
    themes: [...new Set(input.themes)],
    sectors: [...new Set(input.sectors)],
    sdgGoals: goalsOf(input),
    sdgTargets: [...new Set(input.sdgTargets)],
    modalities: [...new Set(input.modalities)],
    amountSoughtMinor: input.amountSoughtMinor ?? null,
    currency: input.currency ?? null,
    urgency: input.urgency,
    neededBy: input.neededBy ?? null,
    status: input.status,
  };
}

export async function createDemand(db: Database, context: TenantContext, input: DemandInput) {
  assertMayRaise(context, input.departmentId);
  await checkDemand(db, context, input);
  const demand = await queries.insertDemand(db, {
    ...demandValues(input),
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'demand',
    entityId: demand.id,
    action: 'create',
    after: demand,
  });
  return demand;
}

export async function getDemand(db: Database, context: TenantContext, id: string) {
  const found = await queries.findDemand(db, context, id);
  if (!found) throw new NotFoundError();
  return found;
}

export async function updateDemand(
  db: Database,
  context: TenantContext,
  id: string,
  input: DemandInput & { version: number },
) {
  const before = await getDemand(db, context, id);
  assertMayRaise(context, before.demand.departmentId);
  assertMayRaise(context, input.departmentId);
  await checkDemand(db, context, input);
  const after = await updateVersioned(
    db,
    cooperationDemands,
    context,
    id,
    input.version,
    demandValues(input),
  );
  await recordAudit(db, context, {
    entityType: 'demand',
    entityId: id,
    action: 'update',
    before: before.demand,
    after,
  });
  return after;
}

export async function setDemandArchived(
  db: Database,
  context: TenantContext,
  id: string,
  version: number,
  isArchived: boolean,
) {
  const before = await getDemand(db, context, id);
  assertMayRaise(context, before.demand.departmentId);
  return setArchived(
    db,
    cooperationDemands,
    context,
    { type: 'demand', id, before: before.demand },
    version,
    isArchived,
  );
}

async function checkOffer(db: Database, context: TenantContext, input: OfferInput) {
  const issues: FieldIssue[] = [];
  checkCodes(input, issues);
  issues.push(...(await checkAlignment(db, context, { themes: input.themes })));
  input.eligibleCountries.forEach((code, index) => {
    if (!isKnownCode('countries', code))
      issues.push({ field: `eligibleCountries.${index}`, key: 'validation.unknownCountry' });
  });
  if (
    input.donorPartnerId &&
    !(await findIdsInTenant(db, partners, context, [input.donorPartnerId])).has(input.donorPartnerId)
  ) {
    issues.push({ field: 'donorPartnerId', key: 'validation.unknownPartner' });
  }
  // An offer may cite an activity of the government's IATI catalogue, never another government's.
  if (input.iatiActivityId && !(await queries.isCatalogueActivity(db, context, input.iatiActivityId))) {
    issues.push({ field: 'iatiActivityId', key: 'validation.unknownIatiActivity' });
  }
  if (issues.length > 0) throw new ValidationError(issues);
}

function offerValues(input: OfferInput) {
  return {
    kind: input.kind,
    title: input.title,
    description: input.description ?? null,
    donorPartnerId: input.donorPartnerId ?? null,
    currency: input.currency ?? null,
    amountMinMinor: input.amountMinMinor ?? null,
    amountMaxMinor: input.amountMaxMinor ?? null,
    modalities: [...new Set(input.modalities)],
    sectors: [...new Set(input.sectors)],
    sdgGoals: goalsOf(input),
    sdgTargets: [...new Set(input.sdgTargets)],
    themes: [...new Set(input.themes)],
    eligibleCountries: [...new Set(input.eligibleCountries)],
    eligibleGovernmentKinds: [...new Set(input.eligibleGovernmentKinds)],
    opensOn: input.opensOn ?? null,
    deadline: input.deadline ?? null,
    url: input.url ?? null,
    status: input.status,
    iatiActivityId: input.iatiActivityId ?? null,
  };
}

export async function createOffer(db: Database, context: TenantContext, input: OfferInput) {
  await checkOffer(db, context, input);
  const offer = await queries.insertOffer(db, {
    ...offerValues(input),
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  await recordAudit(db, context, { entityType: 'offer', entityId: offer.id, action: 'create', after: offer });
  return offer;
}

export async function getOffer(db: Database, context: TenantContext, id: string) {
  const found = await queries.findOffer(db, context, id);
  if (!found) throw new NotFoundError();
  return found;
}

export async function updateOffer(
  db: Database,
  context: TenantContext,
  id: string,
  input: OfferInput & { version: number },
) {
  const before = await getOffer(db, context, id);
  await checkOffer(db, context, input);
  const after = await updateVersioned(db, cooperationOffers, context, id, input.version, offerValues(input));
  await recordAudit(db, context, {
    entityType: 'offer',
    entityId: id,
    action: 'update',
    before: before.offer,
    after,
  });
  return after;
}

export async function setOfferArchived(
  db: Database,
  context: TenantContext,
  id: string,
  version: number,
  isArchived: boolean,
) {
  const before = await getOffer(db, context, id);
  return setArchived(
    db,
    cooperationOffers,
    context,
    { type: 'offer', id, before: before.offer },
    version,
    isArchived,
  );
}
