import type { LinkInput, LinkStatus } from '../../../contracts/links';
import {
  availableTransitions,
  checkLinkTransition,
  checkStatusRequirements,
  todayIn,
} from '../../../domain/link-lifecycle';
import { links, partners } from '../../db/schema';
import { recordAudit } from '../../platform/audit';
import type { Database } from '../../platform/db';
import { type FieldIssue, NotFoundError, ValidationError } from '../../platform/errors';
import { findIdsInTenant, setArchived, type TenantContext, updateVersioned } from '../../platform/tenancy';
import { isKnownCode } from '../reference/reference.service';
import { checkAlignment } from '../strategy/strategy.service';
import * as queries from './links.queries';
import { planLinkRenewalAlerts } from './renewals.service';

function linkValues(input: LinkInput) {
  return {
    title: input.title,
    kind: input.kind,
    registryNumber: input.registryNumber ?? null,
    description: input.description ?? null,
    rationale: input.rationale ?? null,
    signedOn: input.signedOn ?? null,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    isCouncilApproved: input.isCouncilApproved,
    councilApprovalDate: input.councilApprovalDate ?? null,
    councilApprovalReference: input.councilApprovalReference ?? null,
    networkRole: input.networkRole ?? null,
    workingGroups: input.workingGroups,
    annualFeeMinor: input.annualFeeMinor ?? null,
    annualFeeCurrency: input.annualFeeMinor == null ? null : (input.annualFeeCurrency ?? null),
    themes: [...new Set(input.themes)],
    strategyLines: [...new Set(input.strategyLines)],
    planCodes: [...new Set(input.planCodes)],
    sdgGoals: [...new Set(input.sdgGoals)].sort((a, b) => Number(a) - Number(b)),
    departmentId: input.departmentId ?? null,
  };
}

function childValues(input: LinkInput) {
  return {
    parties: input.parties.map((party) => ({ partnerId: party.partnerId, role: party.role })),
    signatories: input.signatories.map((signatory) => ({
      name: signatory.name,
      position: signatory.position ?? null,
      side: signatory.side,
      partnerId: signatory.partnerId ?? null,
    })),
    documents: input.documents.map((document) => ({
      title: document.title,
      kind: document.kind,
      url: document.url ?? null,
      fileName: document.fileName ?? null,
      mediaType: document.mediaType ?? null,
      sizeBytes: document.sizeBytes ?? null,
      issuedOn: document.issuedOn ?? null,
    })),
  };
}

/** References must exist in this government; the status must have the data it needs. */
/**
 * The references and the data the status needs. `today` (the government's) is given when a link is
 * registered: it cannot be registered as expired while valid. An update keeps its status and may
 * extend the validity of an expired link before it is renewed, so it is not refused for that.
 */
async function checkLinkInput(
  db: Database,
  context: TenantContext,
  input: LinkInput,
  status: LinkStatus,
  today?: string,
) {
  const issues: FieldIssue[] = [];
  const referenced = [
    ...input.parties.map((party, index) => ({ id: party.partnerId, field: `parties.${index}.partnerId` })),
    ...input.signatories.flatMap((signatory, index) =>
      signatory.partnerId ? [{ id: signatory.partnerId, field: `signatories.${index}.partnerId` }] : [],
    ),
  ];
  const existing = await findIdsInTenant(
    db,
    partners,
    context,
    referenced.map((item) => item.id),
  );
  for (const item of referenced) {
    if (!existing.has(item.id)) issues.push({ field: item.field, key: 'validation.unknownPartner' });
  }
  if (input.departmentId && !(await queries.departmentExists(db, context, input.departmentId))) {
    issues.push({ field: 'departmentId', key: 'validation.unknownDepartment' });
  }
  if (input.annualFeeCurrency && !isKnownCode('currencies', input.annualFeeCurrency)) {
    issues.push({ field: 'annualFeeCurrency', key: 'validation.unknownCurrency' });
  }
  issues.push(...(await checkAlignment(db, context, input)));
  const requirements = checkStatusRequirements(
    {
      signedOn: input.signedOn ?? null,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      partyCount: input.parties.length,
    },
    status,
    null,
    today,
  );
  // A link registered as already terminated records history; the reason is asked only when it moves.
  issues.push(...requirements.filter((problem) => problem.field !== 'reason'));
  if (issues.length > 0) throw new ValidationError(issues);
}

/** Registers a link with its parties, signatories and documents in one transaction. */
export async function createLink(db: Database, context: TenantContext, input: LinkInput) {
  await checkLinkInput(
    db,
    context,
    input,
    input.status,
    todayIn(await queries.findGovernmentTimezone(db, context)),
  );
  const link = await queries.insertLink(db, {
    ...linkValues(input),
    status: input.status,
    governmentId: context.governmentId,
    createdBy: context.userId,
    updatedBy: context.userId,
  });
  const children = childValues(input);
  await queries.replaceLinkChildren(db, context, link.id, children);
  await recordAudit(db, context, {
    entityType: 'link',
    entityId: link.id,
    action: 'create',
    after: { ...link, ...children },
  });
  await planLinkRenewalAlerts(db, link);
  return link;
}

export async function getLinkRow(db: Database, context: TenantContext, id: string) {
  const link = await queries.findLink(db, context, id);
  if (!link) throw new NotFoundError();
  return link;
}

/** A link with everything its page shows, and the statuses it may move to. */
export async function getLink(db: Database, context: TenantContext, id: string) {
  const link = await getLinkRow(db, context, id);
  const [parties, extras, departmentName, timezone] = await Promise.all([
    queries.findPartiesOfLinks(db, context, [id]),
    queries.findLinkExtras(db, context, id),
    queries.findDepartmentName(db, context, link.departmentId),
    queries.findGovernmentTimezone(db, context),
  ]);
  return {
    link,
    parties,
    ...extras,
    departmentName,
    today: todayIn(timezone),
    allowedTransitions: availableTransitions(link, todayIn(timezone)),
  };
}

/** Updates a link's data (not its status, which moves through `changeLinkStatus`). */
export async function updateLink(
  db: Database,
  context: TenantContext,
  id: string,
  input: LinkInput & { version: number },
) {
  const before = await getLink(db, context, id);
  await checkLinkInput(db, context, input, before.link.status);
  const after = await updateVersioned(db, links, context, id, input.version, linkValues(input));
  const children = childValues(input);
  await queries.replaceLinkChildren(db, context, id, children);
  await recordAudit(db, context, {
    entityType: 'link',
    entityId: id,
    action: 'update',
    before: {
      ...before.link,
      parties: before.parties,
      signatories: before.signatories,
      documents: before.documents,
    },
    after: { ...after, ...children },
  });
  await planLinkRenewalAlerts(db, after);
  return after;
}

/** Moves a link along its lifecycle; the rule and its reasons live in src/domain/link-lifecycle. */
export async function changeLinkStatus(
  db: Database,
  context: TenantContext,
  id: string,
  input: { status: LinkStatus; reason?: string | null | undefined; version: number },
) {
  const before = await getLink(db, context, id);
  const problems = checkLinkTransition(
    {
      status: before.link.status,
      signedOn: before.link.signedOn,
      validFrom: before.link.validFrom,
      validTo: before.link.validTo,
      partyCount: before.parties.length,
    },
    input.status,
    input.reason ?? null,
    before.today,
  );
  if (problems.length > 0) throw new ValidationError(problems);
  const after = await updateVersioned(db, links, context, id, input.version, {
    status: input.status,
    statusReason: input.reason ?? null,
  });
  await recordAudit(db, context, {
    entityType: 'link',
    entityId: id,
    action: 'status_change',
    before: { status: before.link.status },
    after: { status: after.status, reason: input.reason ?? null },
  });
  await planLinkRenewalAlerts(db, after);
  return after;
}

export async function setLinkArchived(
  db: Database,
  context: TenantContext,
  id: string,
  version: number,
  isArchived: boolean,
) {
  const before = await getLinkRow(db, context, id);
  return setArchived(db, links, context, { type: 'link', id, before }, version, isArchived);
}

export async function listLinks(
  db: Database,
  context: TenantContext,
  query: Parameters<typeof queries.findLinks>[2],
) {
  const today = todayIn(context.timezone ?? (await queries.findGovernmentTimezone(db, context)));
  const { items, total, parties } = await queries.findLinks(db, context, query, today);
  return { items, total, parties, today };
}

export async function listExpiringLinks(db: Database, context: TenantContext, days: number) {
  const today = todayIn(context.timezone ?? (await queries.findGovernmentTimezone(db, context)));
  const { items, parties } = await queries.findExpiringLinks(db, context, today, days);
  return { items, parties, today };
}
