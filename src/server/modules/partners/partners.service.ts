import { randomUUID } from 'node:crypto';
import type { PartnerInput } from '../../../contracts/partners';
import { partners } from '../../db/schema';
import { recordAudit, recordAudits } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { type FieldIssue, fieldError, NotFoundError, ValidationError } from '../../platform/errors';
import { findIdsInTenant, setArchived, type TenantContext, updateVersioned } from '../../platform/tenancy';
import { isKnownCode } from '../reference/reference.service';
import * as queries from './partners.queries';

/** The codes of a partner that are not in the official codelists (also checked by the spreadsheet import). */
export function partnerCodeIssues(input: Pick<PartnerInput, 'countryCode' | 'iatiOrgType'>) {
  const issues: FieldIssue[] = [];
  if (input.countryCode && !isKnownCode('countries', input.countryCode)) {
    issues.push({ field: 'countryCode', key: 'validation.unknownCountry' });
  }
  if (input.iatiOrgType && !isKnownCode('organisation-types', input.iatiOrgType)) {
    issues.push({ field: 'iatiOrgType', key: 'validation.unknownOrganisationType' });
  }
  return issues;
}

function checkCodes(input: PartnerInput) {
  const issues = partnerCodeIssues(input);
  if (issues.length > 0) throw new ValidationError(issues);
}

function partnerValues(input: PartnerInput) {
  return {
    name: input.name,
    acronym: input.acronym ?? null,
    kind: input.kind,
    countryCode: input.countryCode ?? null,
    city: input.city ?? null,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    iatiOrgId: input.iatiOrgId ?? null,
    iatiOrgType: input.iatiOrgType ?? null,
    website: input.website ?? null,
    email: input.email ?? null,
    tags: [...new Set(input.tags)],
    notes: input.notes ?? null,
  };
}

function contactValues(input: PartnerInput) {
  return input.contacts.map((contact) => ({
    id: contact.id,
    name: contact.name,
    position: contact.position ?? null,
    email: contact.email ?? null,
    phone: contact.phone ?? null,
    language: contact.language ?? null,
    channel: contact.channel ?? null,
    isPrimary: contact.isPrimary,
  }));
}

/** Registers a partner with its contacts: both rows or neither (the caller's transaction). */
export async function createPartner(db: Database, context: TenantContext, input: PartnerInput) {
  checkCodes(input);
  const partner = await queries.insertPartner(db, {
    ...partnerValues(input),
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  const contacts = await queries.syncContacts(
    db,
    context,
    partner.id,
    contactValues(input).map(({ id: _ignored, ...contact }) => contact),
  );
  await recordAudit(db, context, {
    entityType: 'partner',
    entityId: partner.id,
    action: 'create',
    after: { ...partner, contacts },
  });
  return partner;
}

/**
 * Registers many partners with their contacts in a few statements (spreadsheet imports): the same
 * rules and one audit record per partner, as `createPartner` writes one at a time.
 */
export async function createPartners(db: Database, context: TenantContext, inputs: PartnerInput[]) {
  if (inputs.length === 0) return [];
  for (const input of inputs) checkCodes(input);
  // Ids chosen here: each partner's contacts follow it whatever order the database returns rows in.
  const ids: string[] = inputs.map(() => randomUUID());
  const created = await queries.insertPartners(
    db,
    inputs.map((input, index) => ({
      id: ids[index],
      ...partnerValues(input),
      governmentId: context.governmentId,
      createdBy: context.userId,
      updatedBy: context.userId,
    })),
  );
  const contacts = await queries.insertContacts(
    db,
    created.flatMap((partner) =>
      contactValues(inputs[ids.indexOf(partner.id)] as PartnerInput).map(({ id: _ignored, ...contact }) => ({
        ...contact,
        partnerId: partner.id,
        governmentId: context.governmentId,
      })),
    ),
  );
  await recordAudits(
    db,
    context,
    created.map((partner) => ({
      entityType: 'partner',
      entityId: partner.id,
      action: 'create' as const,
      after: { ...partner, contacts: contacts.filter((contact) => contact.partnerId === partner.id) },
    })),
  );
  return created;
}

export async function getPartnerRow(db: Database, context: TenantContext, id: string) {
  const partner = await queries.findPartner(db, context, id);
  if (!partner) throw new NotFoundError();
  return partner;
}

/** The partner with its contacts, relations and the links where it is a party. */
export async function getPartner(db: Database, context: TenantContext, id: string) {
  const partner = await getPartnerRow(db, context, id);
  const [contacts, relations, links] = await Promise.all([
    queries.findContacts(db, context, id),
    queries.findRelations(db, context, id),
    queries.findLinksOfPartner(db, context, id),
  ]);
  return { partner, contacts, relations, links };
}

/** A contact id in the body must be one of this partner's contacts, and appear once. */
function checkContactIds(input: PartnerInput, existingIds: Set<string>) {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  input.contacts.forEach((contact, index) => {
    if (!contact.id) return;
    if (!existingIds.has(contact.id) || seen.has(contact.id))
      issues.push({ field: `contacts.${index}.id`, key: 'input.unknownContact' });
    seen.add(contact.id);
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Updates a partner and its contacts (updated in place, added, removed), under optimistic locking. */
export async function updatePartner(
  db: Database,
  context: TenantContext,
  id: string,
  input: PartnerInput & { version: number },
) {
  checkCodes(input);
  const before = await getPartnerRow(db, context, id);
  const contactsBefore = await queries.findContacts(db, context, id);
  checkContactIds(input, new Set(contactsBefore.map((contact) => contact.id)));
  const after = await updateVersioned(db, partners, context, id, input.version, partnerValues(input));
  // Contacts keep their ids: events that name a contact still name the same person after an edit.
  const contacts = await queries.syncContacts(db, context, id, contactValues(input));
  await recordAudit(db, context, {
    entityType: 'partner',
    entityId: id,
    action: 'update',
    before: { ...before, contacts: contactsBefore },
    after: { ...after, contacts },
  });
  return after;
}

export async function setPartnerArchived(
  db: Database,
  context: TenantContext,
  id: string,
  version: number,
  isArchived: boolean,
) {
  const before = await getPartnerRow(db, context, id);
  return setArchived(db, partners, context, { type: 'partner', id, before }, version, isArchived);
}

export async function addRelation(
  db: Database,
  context: TenantContext,
  partnerId: string,
  input: {
    toPartnerId: string;
    kind: 'member_of' | 'part_of' | 'funds' | 'represents' | 'partner_of';
    notes?: string | null | undefined;
  },
) {
  await getPartnerRow(db, context, partnerId);
  if (input.toPartnerId === partnerId) throw fieldError('toPartnerId', 'validation.sameRelationPartner');
  const existing = await findIdsInTenant(db, partners, context, [input.toPartnerId]);
  if (!existing.has(input.toPartnerId)) throw fieldError('toPartnerId', 'validation.unknownPartner');
  const relation = await queries.insertRelation(db, {
    governmentId: context.governmentId,
    fromPartnerId: partnerId,
    toPartnerId: input.toPartnerId,
    kind: input.kind,
    notes: input.notes ?? null,
    createdBy: context.userId,
  });
  await recordAudit(db, context, {
    entityType: 'partner_relation',
    entityId: relation!.id,
    action: 'create',
    after: relation,
  });
  return relation;
}

export async function removeRelation(
  db: Database,
  context: TenantContext,
  partnerId: string,
  relationId: string,
) {
  const relation = await queries.findRelation(db, context, partnerId, relationId);
  if (!relation) throw new NotFoundError();
  await queries.deleteRelation(db, context, relationId);
  await recordAudit(db, context, {
    entityType: 'partner_relation',
    entityId: relationId,
    action: 'delete',
    before: relation,
  });
}

export { findMapPoints, findPartners } from './partners.queries';
