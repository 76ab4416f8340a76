// Links with their parties: one row per party (a link without parties has one row with the party
// columns empty). The link is found by its id, else its registry number, else its title; a party
// is a partner named by its id or by its name. Signatories and documents are not in the sheet and
// an import keeps them as they are; the status moves through the link's lifecycle, not an import.
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  type LinkInput,
  linkInputSchema,
  linkKinds,
  linkListQuerySchema,
  linkStatuses,
  partyRoles,
} from '../../../../contracts/links';
import { todayIn } from '../../../../domain/link-lifecycle';
import { decimalStringToMinor, minorToDecimalString } from '../../../../domain/money';
import { departments, linkParties, links, partners } from '../../../db/schema';
import type { Database } from '../../../platform/db';
import { issueToField } from '../../../platform/errors';
import { inTenant, type TenantContext } from '../../../platform/tenancy';
import { linksPolicy } from '../../links/links.policy';
import {
  findGovernmentTimezone,
  findLinkExtras,
  type LinkRow,
  linkListCondition,
} from '../../links/links.queries';
import { createLink, updateLink } from '../../links/links.service';
import type { SheetColumn } from '../sheet-columns';
import { normalizeLabel } from '../sheet-labels';
import { defineRegistry, type RecordIssue } from '../sheet-registry';
import {
  afterKeyset,
  invalidIdIssues,
  keysetBatches,
  labelKey,
  parentChildRows,
  rowsDisagreeIssues,
  sameValue,
  unknownIdIssues,
} from './sheet-support';

type Party = { partnerId: string; partnerName: string; role: string };
type Row = { link: LinkRow; departmentName: string | null; party: Party | null };
type Existing = { link: LinkRow; parties: { partnerId: string; role: string }[] };
type ParsedLink = LinkInput & { status: LinkInput['status'] };

const h = (field: string) => `headers.links.${field}`;
const linkColumns: SheetColumn<Row>[] = [
  { field: 'id', header: h('id'), type: 'text', width: 38, value: (row) => row.link.id },
  {
    field: 'title',
    header: h('title'),
    type: 'text',
    width: 44,
    example: 'Hermanamiento Medellín–Bilbao',
    value: (row) => row.link.title,
  },
  {
    field: 'kind',
    header: h('kind'),
    type: 'code',
    width: 28,
    codes: { kind: 'enum', name: 'linkKind', codes: linkKinds },
    example: 'sister_city',
    value: (row) => row.link.kind,
  },
  {
    field: 'status',
    header: h('status'),
    type: 'code',
    width: 18,
    codes: { kind: 'enum', name: 'linkStatus', codes: linkStatuses },
    example: 'negotiation',
    value: (row) => row.link.status,
  },
  {
    field: 'registryNumber',
    header: h('registryNumber'),
    type: 'text',
    value: (row) => row.link.registryNumber,
  },
  { field: 'signedOn', header: h('signedOn'), type: 'date', value: (row) => row.link.signedOn },
  { field: 'validFrom', header: h('validFrom'), type: 'date', value: (row) => row.link.validFrom },
  { field: 'validTo', header: h('validTo'), type: 'date', value: (row) => row.link.validTo },
  {
    field: 'isCouncilApproved',
    header: h('isCouncilApproved'),
    type: 'boolean',
    example: false,
    value: (row) => row.link.isCouncilApproved,
  },
  {
    field: 'councilApprovalDate',
    header: h('councilApprovalDate'),
    type: 'date',
    value: (row) => row.link.councilApprovalDate,
  },
  {
    field: 'councilApprovalReference',
    header: h('councilApprovalReference'),
    type: 'text',
    value: (row) => row.link.councilApprovalReference,
  },
  {
    field: 'annualFee',
    header: h('annualFee'),
    type: 'money',
    value: (row) =>
      row.link.annualFeeMinor == null || !row.link.annualFeeCurrency
        ? null
        : Number(minorToDecimalString(row.link.annualFeeMinor, row.link.annualFeeCurrency)),
  },
  {
    field: 'annualFeeCurrency',
    header: h('annualFeeCurrency'),
    type: 'code',
    codes: { kind: 'codelist', name: 'currencies' },
    value: (row) => row.link.annualFeeCurrency,
  },
  { field: 'networkRole', header: h('networkRole'), type: 'text', value: (row) => row.link.networkRole },
  {
    field: 'workingGroups',
    header: h('workingGroups'),
    type: 'list',
    value: (row) => row.link.workingGroups,
  },
  {
    field: 'themes',
    header: h('themes'),
    type: 'list',
    example: 'cultural, education',
    value: (row) => row.link.themes,
  },
  {
    field: 'strategyLines',
    header: h('strategyLines'),
    type: 'list',
    example: 'city_diplomacy',
    value: (row) => row.link.strategyLines,
  },
  { field: 'planCodes', header: h('planCodes'), type: 'list', value: (row) => row.link.planCodes },
  {
    field: 'sdgGoals',
    header: h('sdgGoals'),
    type: 'list',
    example: '11, 17',
    value: (row) => row.link.sdgGoals,
  },
  {
    field: 'department',
    header: h('department'),
    type: 'text',
    width: 28,
    value: (row) => row.departmentName,
  },
  {
    field: 'description',
    header: h('description'),
    type: 'text',
    width: 40,
    value: (row) => row.link.description,
  },
  { field: 'rationale', header: h('rationale'), type: 'text', width: 40, value: (row) => row.link.rationale },
];
const partyColumns: SheetColumn<Row>[] = [
  {
    field: 'party.partnerId',
    header: h('partyId'),
    type: 'text',
    width: 38,
    value: (row) => row.party?.partnerId ?? null,
  },
  {
    field: 'party.partnerName',
    header: h('partyName'),
    type: 'text',
    width: 36,
    example: 'Ayuntamiento de Bilbao',
    value: (row) => row.party?.partnerName ?? null,
  },
  {
    field: 'party.role',
    header: h('partyRole'),
    type: 'code',
    width: 20,
    codes: { kind: 'enum', name: 'partyRole', codes: partyRoles },
    example: 'counterpart',
    value: (row) => row.party?.role ?? null,
  },
];
const linkFields = linkColumns.map((column) => column.field).filter((field) => field !== 'id');

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
const hasParty = (values: Record<string, unknown>) =>
  text(values['party.partnerId']) !== null || text(values['party.partnerName']) !== null;

function groupKey(values: Record<string, unknown>): string | null {
  const id = text(values.id);
  if (id) return `id:${id.toLowerCase()}`;
  const registry = text(values.registryNumber);
  if (registry) return `registry:${normalizeLabel(registry)}`;
  const title = text(values.title);
  return title ? `title:${normalizeLabel(title)}` : null;
}

/** Which of the link's values a column compares, as the database holds them. */
function comparable(link: LinkInput | LinkRow, departmentId: string | null) {
  return {
    title: link.title,
    kind: link.kind,
    status: link.status,
    registryNumber: link.registryNumber ?? null,
    signedOn: link.signedOn ?? null,
    validFrom: link.validFrom ?? null,
    validTo: link.validTo ?? null,
    isCouncilApproved: link.isCouncilApproved,
    councilApprovalDate: link.councilApprovalDate ?? null,
    councilApprovalReference: link.councilApprovalReference ?? null,
    annualFee: link.annualFeeMinor ?? null,
    annualFeeCurrency: link.annualFeeMinor == null ? null : (link.annualFeeCurrency ?? null),
    networkRole: link.networkRole ?? null,
    workingGroups: link.workingGroups,
    themes: [...new Set(link.themes)],
    strategyLines: [...new Set(link.strategyLines)],
    planCodes: [...new Set(link.planCodes)],
    sdgGoals: [...new Set(link.sdgGoals)].sort((a, b) => Number(a) - Number(b)),
    department: departmentId,
    description: link.description ?? null,
    rationale: link.rationale ?? null,
  } as Record<string, unknown>;
}

export const linksSheet = defineRegistry<
  Row,
  ParsedLink & { departmentName: string | null; partyNames: (string | null)[] },
  Existing
>({
  name: 'links',
  title: 'titles.links',
  policy: linksPolicy,
  columns: [...linkColumns, ...partyColumns],
  exportQuerySchema: linkListQuerySchema.omit({ page: true, pageSize: true, sort: true, direction: true }),

  async *exportBatches(db, context, query) {
    const today = todayIn(await findGovernmentTimezone(db, context));
    const where = linkListCondition(context, query as Parameters<typeof linkListCondition>[1], today);
    const titleKey = sql<string>`lower(${links.title})`;
    const batches = keysetBatches<{ link: LinkRow; titleKey: string; departmentName: string | null }>(
      (after, limit) =>
        db
          .select({ link: links, titleKey, departmentName: departments.name })
          .from(links)
          .leftJoin(departments, eq(departments.id, links.departmentId))
          .where(
            after
              ? and(where, afterKeyset(titleKey, links.id, { key: after.titleKey, id: after.link.id }))
              : where,
          )
          .orderBy(asc(titleKey), asc(links.id))
          .limit(limit),
    );
    for await (const batch of batches) {
      const parties = await db
        .select({
          linkId: linkParties.linkId,
          partnerId: partners.id,
          partnerName: partners.name,
          role: linkParties.role,
        })
        .from(linkParties)
        .innerJoin(partners, eq(partners.id, linkParties.partnerId))
        .where(
          and(
            inTenant(linkParties, context),
            inArray(
              linkParties.linkId,
              batch.map((row) => row.link.id),
            ),
          ),
        )
        .orderBy(asc(linkParties.linkId), asc(partners.name), asc(partners.id));
      yield parentChildRows(
        batch,
        parties,
        { parent: (row) => row.link.id, child: (party) => party.linkId },
        ({ link, departmentName }, party): Row => ({ link, departmentName, party }),
      );
    }
  },

  groupKey,

  toInput(record) {
    const [first, ...rest] = record.rows;
    const issues: RecordIssue[] = [];
    if (!first) return { id: null, input: null, issues, identities: [], label: '—' };
    const values = first.values;
    issues.push(...rowsDisagreeIssues(first, rest, linkFields));
    const partyRows = record.rows.filter((row) => hasParty(row.values));
    const currency = text(values.annualFeeCurrency);
    const fee = values.annualFee;
    let annualFeeMinor: unknown = null;
    if (fee !== null && fee !== undefined) {
      annualFeeMinor = currency ? decimalStringToMinor(String(fee), currency) : Math.round(Number(fee) * 100);
      if (annualFeeMinor === null || Number.isNaN(annualFeeMinor))
        issues.push({ row: first.rowNumber, field: 'annualFee', key: 'validation.invalidNumber' });
    }
    const raw = {
      ...Object.fromEntries(
        linkFields
          .filter((field) => field !== 'annualFee' && field !== 'department')
          .map((field) => [field, values[field]]),
      ),
      isCouncilApproved: values.isCouncilApproved ?? false,
      annualFeeMinor,
      // The parties' partners are resolved from the database; a placeholder id, one per row (two
      // parties named by name are not the same party), passes the contract.
      parties: partyRows.map((row, index) => ({
        partnerId:
          text(row.values['party.partnerId']) ?? `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
        role: row.values['party.role'] ?? 'counterpart',
      })),
    };
    const id = text(values.id);
    issues.push(...invalidIdIssues(id, first.rowNumber));
    // An empty cell is an absent value: the contract's defaults apply (a new link is in negotiation).
    const parsed = linkInputSchema.safeParse(
      Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== null)),
    );
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [head, index, field] = issue.path as (string | number)[];
        const isParty = head === 'parties' && typeof index === 'number';
        issues.push({
          row: isParty ? (partyRows[index]?.rowNumber ?? first.rowNumber) : first.rowNumber,
          field: isParty
            ? `party.${String(field === 'partnerId' ? 'partnerName' : (field ?? 'partnerName'))}`
            : head === 'parties'
              ? 'party.partnerName'
              : head === 'annualFeeMinor'
                ? 'annualFee'
                : String(head ?? ''),
          key: issueToField(issue as Parameters<typeof issueToField>[0]).key,
        });
      }
    }
    const registryNumber = text(values.registryNumber);
    const title = text(values.title);
    return {
      id,
      input:
        parsed.success && issues.length === 0
          ? {
              ...parsed.data,
              departmentName: text(values.department),
              partyNames: partyRows.map((row) => text(row.values['party.partnerName'])),
            }
          : null,
      issues,
      identities: [
        ...(id ? [`id:${id.toLowerCase()}`] : []),
        ...(registryNumber ? [`registry:${normalizeLabel(registryNumber)}`] : []),
        ...(!id && !registryNumber && title ? [`title:${normalizeLabel(title)}`] : []),
      ],
      label: title ?? '—',
    };
  },

  async resolve(db, context, records) {
    const ids = records.map((item) => item.parsed.id).filter((id): id is string => Boolean(id));
    const numbers = records
      .map((item) => item.parsed.input.registryNumber)
      .filter((value): value is string => Boolean(value));
    const titles = records.map((item) => normalizeLabel(item.parsed.input.title));
    const titleKey = labelKey(links.title);
    const found = await db
      .select({ link: links, titleKey })
      .from(links)
      .where(
        and(
          inTenant(links, context),
          or(
            ids.length > 0 ? inArray(links.id, ids) : sql`false`,
            numbers.length > 0 ? inArray(links.registryNumber, numbers) : sql`false`,
            and(isNull(links.archivedAt), inArray(titleKey, titles)),
          ),
        ),
      )
      .orderBy(asc(links.createdAt), asc(links.id));
    const byId = new Map(found.map((row) => [row.link.id, row.link]));
    const byNumber = new Map<string, LinkRow>();
    const byTitle = new Map<string, LinkRow>();
    for (const row of found) {
      if (row.link.registryNumber && !byNumber.has(row.link.registryNumber))
        byNumber.set(row.link.registryNumber, row.link);
      if (!byTitle.has(row.titleKey)) byTitle.set(row.titleKey, row.link);
    }
    // Parties: partner ids must be this government's; names are matched without accents or case.
    const partyIds = records.flatMap((item) => item.parsed.input.parties.map((party) => party.partnerId));
    const partyNames = [
      ...new Set(
        records.flatMap((item) =>
          item.parsed.input.partyNames.filter((name): name is string => Boolean(name)),
        ),
      ),
    ];
    const partnerRows =
      partyIds.length > 0
        ? await db
            .select({ id: partners.id })
            .from(partners)
            .where(and(inTenant(partners, context), inArray(partners.id, partyIds)))
        : [];
    const partnerIds = new Set(partnerRows.map((row) => row.id));
    // Both sides are compared by the database's own unaccent: it also folds what a JavaScript
    // normalisation keeps (the dash of «CAF – banco de desarrollo…», ligatures).
    const namedRows =
      partyNames.length > 0
        ? (
            (await db.execute(sql`
              select ${partners.id} as "id", given.name as "name" from ${partners}
              join unnest(array[${sql.join(
                partyNames.map((name) => sql`${name}`),
                sql`, `,
              )}]::text[]) as given(name)
                on ${labelKey(partners.name)} = ${labelKey(sql`given.name`)}
              where ${and(inTenant(partners, context), isNull(partners.archivedAt))}`)) as unknown as {
              rows: { id: string; name: string }[];
            }
          ).rows
        : [];
    const partnersByName = new Map<string, string[]>();
    for (const row of namedRows)
      partnersByName.set(row.name, [...(partnersByName.get(row.name) ?? []), row.id]);
    const departmentNames = records
      .map((item) => item.parsed.input.departmentName)
      .filter((name): name is string => Boolean(name))
      .map(normalizeLabel);
    const departmentKey = labelKey(departments.name);
    const departmentRows =
      departmentNames.length > 0
        ? await db
            .select({ id: departments.id, nameKey: departmentKey })
            .from(departments)
            .where(and(inTenant(departments, context), inArray(departmentKey, departmentNames)))
        : [];
    const departmentsByName = new Map(departmentRows.map((row) => [row.nameKey, row.id]));
    const matched = records.map(({ parsed }) => {
      if (parsed.id) return byId.get(parsed.id) ?? null;
      if (parsed.input.registryNumber && byNumber.has(parsed.input.registryNumber))
        return byNumber.get(parsed.input.registryNumber) ?? null;
      return byTitle.get(normalizeLabel(parsed.input.title)) ?? null;
    });
    const matchedIds = matched.filter((row): row is LinkRow => row !== null).map((row) => row.id);
    const existingParties =
      matchedIds.length > 0
        ? await db
            .select({ linkId: linkParties.linkId, partnerId: linkParties.partnerId, role: linkParties.role })
            .from(linkParties)
            .where(and(inTenant(linkParties, context), inArray(linkParties.linkId, matchedIds)))
        : [];
    return records.map(({ record, parsed }, index) => {
      const issues: RecordIssue[] = [];
      const firstRow = record.rows[0]?.rowNumber ?? 0;
      const link = matched[index] ?? null;
      issues.push(...unknownIdIssues(parsed.id, link, record));
      const partyRows = record.rows.filter((row) => hasParty(row.values));
      parsed.input.parties.forEach((party, partyIndex) => {
        const row = partyRows[partyIndex]?.rowNumber ?? firstRow;
        const name = parsed.input.partyNames[partyIndex];
        if (text(partyRows[partyIndex]?.values['party.partnerId'])) {
          if (!partnerIds.has(party.partnerId))
            issues.push({ row, field: 'party.partnerId', key: 'validation.sheetUnknownId' });
          return;
        }
        const candidates = name ? (partnersByName.get(name) ?? []) : [];
        if (candidates.length === 1 && candidates[0]) party.partnerId = candidates[0];
        else
          issues.push({
            row,
            field: 'party.partnerName',
            key: candidates.length > 1 ? 'validation.sheetAmbiguousPartner' : 'validation.unknownPartner',
          });
      });
      const partyIdsOfLink = parsed.input.parties.map((party) => party.partnerId);
      if (issues.length === 0 && new Set(partyIdsOfLink).size !== partyIdsOfLink.length)
        issues.push({ row: firstRow, field: 'party.partnerName', key: 'validation.duplicateParty' });
      const departmentName = parsed.input.departmentName;
      if (departmentName) {
        const departmentId = departmentsByName.get(normalizeLabel(departmentName));
        if (departmentId) parsed.input.departmentId = departmentId;
        else issues.push({ row: firstRow, field: 'department', key: 'validation.unknownDepartment' });
      } else parsed.input.departmentId = null;
      if (link && link.status !== parsed.input.status)
        issues.push({ row: firstRow, field: 'status', key: 'validation.sheetStatusByLifecycle' });
      return {
        existing: link
          ? { link, parties: existingParties.filter((party) => party.linkId === link.id) }
          : null,
        issues,
      };
    });
  },

  changes(existing, input) {
    const before = comparable(existing.link, existing.link.departmentId);
    const after = comparable(input, input.departmentId ?? null);
    const changed = linkFields.filter((field) => !sameValue(before[field], after[field]));
    const key = (parties: { partnerId: string; role: string }[]) =>
      parties
        .map((party) => `${party.partnerId}:${party.role}`)
        .sort()
        .join(',');
    if (key(existing.parties) !== key(input.parties)) changed.push('party.partnerName');
    return changed;
  },

  async add(db: Database, context: TenantContext, input) {
    const { departmentName: _department, partyNames: _names, ...link } = input;
    await createLink(db, context, link);
  },

  async update(db: Database, context: TenantContext, existing, input) {
    const { departmentName: _department, partyNames: _names, ...link } = input;
    // Signatories and documents are not in the sheet: they stay as they are.
    const extras = await findLinkExtras(db, context, existing.link.id);
    await updateLink(db, context, existing.link.id, {
      ...link,
      signatories: extras.signatories.map((signatory) => ({
        name: signatory.name,
        position: signatory.position,
        side: signatory.side,
        partnerId: signatory.partnerId,
      })),
      documents: extras.documents.map((document) => ({
        title: document.title,
        kind: document.kind,
        url: document.url,
        fileName: document.fileName,
        mediaType: document.mediaType,
        sizeBytes: document.sizeBytes,
        issuedOn: document.issuedOn,
      })),
      version: existing.link.version,
    });
  },
});
