// Partners with their contacts: one row per contact (a partner without contacts has one row with
// the contact columns empty). Consecutive rows of the same partner form one record; the partner is
// found by its id, else its IATI organisation identifier, else its name in its country.
import { and, asc, inArray, or, sql } from 'drizzle-orm';
import {
  contactChannels,
  type PartnerInput,
  partnerInputSchema,
  partnerKinds,
  partnerListQuerySchema,
} from '../../../../contracts/partners';
import { partnerContacts, partners } from '../../../db/schema';
import type { Database } from '../../../platform/db';
import { issueToField } from '../../../platform/errors';
import { inTenant, type TenantContext } from '../../../platform/tenancy';
import { partnersPolicy } from '../../partners/partners.policy';
import {
  type PartnerContactRow,
  type PartnerRow,
  partnerListCondition,
} from '../../partners/partners.queries';
import {
  createPartner,
  createPartners,
  partnerCodeIssues,
  updatePartner,
} from '../../partners/partners.service';
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

type Row = { partner: PartnerRow; contact: PartnerContactRow | null };
type Existing = { partner: PartnerRow; contacts: PartnerContactRow[] };

const h = (field: string) => `headers.partners.${field}`;
const partnerColumns: SheetColumn<Row>[] = [
  { field: 'id', header: h('id'), type: 'text', width: 38, value: (row) => row.partner.id },
  {
    field: 'name',
    header: h('name'),
    type: 'text',
    width: 40,
    example: 'Ayuntamiento de Bilbao',
    value: (row) => row.partner.name,
  },
  { field: 'acronym', header: h('acronym'), type: 'text', value: (row) => row.partner.acronym },
  {
    field: 'kind',
    header: h('kind'),
    type: 'code',
    width: 28,
    codes: { kind: 'enum', name: 'partnerKind', codes: partnerKinds },
    example: 'city_government',
    value: (row) => row.partner.kind,
  },
  {
    field: 'countryCode',
    header: h('countryCode'),
    type: 'code',
    width: 24,
    codes: { kind: 'codelist', name: 'countries' },
    example: 'ES',
    value: (row) => row.partner.countryCode,
  },
  { field: 'city', header: h('city'), type: 'text', example: 'Bilbao', value: (row) => row.partner.city },
  {
    field: 'latitude',
    header: h('latitude'),
    type: 'number',
    example: 43.263,
    value: (row) => row.partner.latitude,
  },
  {
    field: 'longitude',
    header: h('longitude'),
    type: 'number',
    example: -2.935,
    value: (row) => row.partner.longitude,
  },
  {
    field: 'iatiOrgId',
    header: h('iatiOrgId'),
    type: 'text',
    width: 22,
    value: (row) => row.partner.iatiOrgId,
  },
  {
    field: 'iatiOrgType',
    header: h('iatiOrgType'),
    type: 'code',
    width: 28,
    codes: { kind: 'codelist', name: 'organisation-types' },
    value: (row) => row.partner.iatiOrgType,
  },
  {
    field: 'website',
    header: h('website'),
    type: 'text',
    width: 30,
    example: 'https://www.bilbao.eus',
    value: (row) => row.partner.website,
  },
  { field: 'email', header: h('email'), type: 'text', width: 30, value: (row) => row.partner.email },
  {
    field: 'tags',
    header: h('tags'),
    type: 'list',
    example: 'hermanamiento, europa',
    value: (row) => row.partner.tags,
  },
  { field: 'notes', header: h('notes'), type: 'text', width: 40, value: (row) => row.partner.notes },
];
const contactColumns: SheetColumn<Row>[] = [
  {
    field: 'contact.id',
    header: h('contactId'),
    type: 'text',
    width: 38,
    value: (row) => row.contact?.id ?? null,
  },
  {
    field: 'contact.name',
    header: h('contactName'),
    type: 'text',
    width: 28,
    example: 'Ane Etxebarria',
    value: (row) => row.contact?.name ?? null,
  },
  {
    field: 'contact.position',
    header: h('contactPosition'),
    type: 'text',
    width: 28,
    example: 'Directora de Relaciones Internacionales',
    value: (row) => row.contact?.position ?? null,
  },
  {
    field: 'contact.email',
    header: h('contactEmail'),
    type: 'text',
    width: 28,
    example: 'ane.etxebarria@bilbao.eus',
    value: (row) => row.contact?.email ?? null,
  },
  {
    field: 'contact.phone',
    header: h('contactPhone'),
    type: 'text',
    value: (row) => row.contact?.phone ?? null,
  },
  {
    field: 'contact.language',
    header: h('contactLanguage'),
    type: 'text',
    example: 'es',
    value: (row) => row.contact?.language ?? null,
  },
  {
    field: 'contact.channel',
    header: h('contactChannel'),
    type: 'code',
    codes: { kind: 'enum', name: 'contactChannel', codes: contactChannels },
    example: 'email',
    value: (row) => row.contact?.channel ?? null,
  },
  {
    field: 'contact.isPrimary',
    header: h('contactIsPrimary'),
    type: 'boolean',
    example: true,
    value: (row) => (row.contact ? row.contact.isPrimary : null),
  },
];
const partnerFields = partnerColumns.map((column) => column.field).filter((field) => field !== 'id');
const contactFields = ['name', 'position', 'email', 'phone', 'language', 'channel', 'isPrimary'] as const;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** The natural key a person sees: the name in its country, without accents or case. */
function naturalKey(name: string, countryCode: string | null | undefined) {
  return `${normalizeLabel(name)}|${countryCode ?? ''}`;
}

function groupKey(values: Record<string, unknown>): string | null {
  const id = text(values.id);
  if (id) return `id:${id.toLowerCase()}`;
  const iati = text(values.iatiOrgId);
  if (iati) return `iati:${iati.toLowerCase()}`;
  const name = text(values.name);
  return name ? `name:${naturalKey(name, text(values.countryCode))}` : null;
}

function hasContact(values: Record<string, unknown>) {
  return (
    contactFields.some((field) => {
      const value = values[`contact.${field}`];
      return field !== 'isPrimary' ? text(value) !== null : value === true;
    }) || text(values['contact.id']) !== null
  );
}

function partnerLabel(name: unknown, countryCode: unknown) {
  const base = text(name) ?? '—';
  return text(countryCode) ? `${base} (${text(countryCode)})` : base;
}

export const partnersSheet = defineRegistry<Row, PartnerInput, Existing>({
  name: 'partners',
  title: 'titles.partners',
  policy: partnersPolicy,
  columns: [...partnerColumns, ...contactColumns],
  exportQuerySchema: partnerListQuerySchema.omit({ page: true, pageSize: true, sort: true, direction: true }),

  async *exportBatches(db, context, query) {
    const where = partnerListCondition(context, query as Parameters<typeof partnerListCondition>[1]);
    const nameKey = sql<string>`lower(${partners.name})`;
    const batches = keysetBatches<{ partner: PartnerRow; nameKey: string }>((after, limit) =>
      db
        .select({ partner: partners, nameKey })
        .from(partners)
        .where(
          after
            ? and(where, afterKeyset(nameKey, partners.id, { key: after.nameKey, id: after.partner.id }))
            : where,
        )
        .orderBy(asc(nameKey), asc(partners.id))
        .limit(limit),
    );
    for await (const batch of batches) {
      const ids = batch.map((row) => row.partner.id);
      const contacts = await db
        .select()
        .from(partnerContacts)
        .where(and(inTenant(partnerContacts, context), inArray(partnerContacts.partnerId, ids)))
        .orderBy(
          asc(partnerContacts.partnerId),
          sql`${partnerContacts.isPrimary} desc`,
          asc(partnerContacts.name),
          asc(partnerContacts.id),
        );
      yield parentChildRows(
        batch.map((row) => row.partner),
        contacts,
        { parent: (partner) => partner.id, child: (contact) => contact.partnerId },
        (partner, contact): Row => ({ partner, contact }),
      );
    }
  },

  groupKey,

  toInput(record) {
    const [first, ...rest] = record.rows;
    const issues: RecordIssue[] = [];
    if (!first) return { id: null, input: null, issues, identities: [], label: '—' };
    const values = first.values;
    // Later rows of a partner repeat its columns or leave them empty; a different value is a mistake.
    issues.push(...rowsDisagreeIssues(first, rest, partnerFields));
    const contactRows = record.rows.filter((row) => hasContact(row.values));
    const raw = {
      ...Object.fromEntries(partnerFields.map((field) => [field, values[field]])),
      contacts: contactRows.map((row) => ({
        ...(text(row.values['contact.id']) ? { id: text(row.values['contact.id']) } : {}),
        ...Object.fromEntries(contactFields.map((field) => [field, row.values[`contact.${field}`]])),
        isPrimary: row.values['contact.isPrimary'] ?? false,
      })),
    };
    const id = text(values.id);
    issues.push(...invalidIdIssues(id, first.rowNumber));
    const parsed = partnerInputSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const [head, index, field] = issue.path as (string | number)[];
        const isContact = head === 'contacts' && typeof index === 'number';
        const message = issueToField(issue as Parameters<typeof issueToField>[0]).key;
        issues.push({
          row: isContact ? (contactRows[index]?.rowNumber ?? first.rowNumber) : first.rowNumber,
          field: isContact ? (field ? `contact.${String(field)}` : null) : String(head ?? ''),
          key: message,
        });
      }
    }
    // The service's own code rules (official codelists), so that the preview finds what applying would.
    if (parsed.success)
      for (const issue of partnerCodeIssues(parsed.data))
        issues.push({ row: first.rowNumber, field: issue.field, key: issue.key });
    const identities = [
      ...(id ? [`id:${id.toLowerCase()}`] : []),
      ...(text(values.iatiOrgId) ? [`iati:${text(values.iatiOrgId)?.toLowerCase()}`] : []),
      ...(text(values.name) ? [`name:${naturalKey(text(values.name) ?? '', text(values.countryCode))}`] : []),
    ];
    return {
      id,
      input: parsed.success && issues.length === 0 ? parsed.data : null,
      issues,
      identities,
      label: partnerLabel(values.name, values.countryCode),
    };
  },

  async resolve(db, context, records) {
    const ids = records.map((item) => item.parsed.id).filter((id): id is string => Boolean(id));
    const orgIds = records
      .map((item) => item.parsed.input.iatiOrgId)
      .filter((id): id is string => Boolean(id));
    const names = records.map((item) => naturalKey(item.parsed.input.name, item.parsed.input.countryCode));
    const keySql = sql<string>`${labelKey(partners.name)} || '|' || coalesce(${partners.countryCode}, '')`;
    const found = await db
      .select({ partner: partners, key: keySql })
      .from(partners)
      .where(
        and(
          inTenant(partners, context),
          or(
            ids.length > 0 ? inArray(partners.id, ids) : sql`false`,
            orgIds.length > 0 ? inArray(partners.iatiOrgId, orgIds) : sql`false`,
            inArray(keySql, names),
          ),
        ),
      )
      .orderBy(asc(partners.createdAt), asc(partners.id));
    const byId = new Map(found.map((row) => [row.partner.id, row.partner]));
    const byOrgId = new Map<string, PartnerRow>();
    const byName = new Map<string, PartnerRow>();
    for (const row of found) {
      if (row.partner.iatiOrgId && !byOrgId.has(row.partner.iatiOrgId))
        byOrgId.set(row.partner.iatiOrgId, row.partner);
      if (!byName.has(row.key)) byName.set(row.key, row.partner);
    }
    const matched = records.map(({ parsed }) => {
      if (parsed.id) return byId.get(parsed.id) ?? null;
      if (parsed.input.iatiOrgId && byOrgId.has(parsed.input.iatiOrgId))
        return byOrgId.get(parsed.input.iatiOrgId) ?? null;
      return byName.get(naturalKey(parsed.input.name, parsed.input.countryCode)) ?? null;
    });
    const matchedIds = matched.filter((row): row is PartnerRow => row !== null).map((row) => row.id);
    const contacts =
      matchedIds.length > 0
        ? await db
            .select()
            .from(partnerContacts)
            .where(and(inTenant(partnerContacts, context), inArray(partnerContacts.partnerId, matchedIds)))
        : [];
    return records.map(({ record, parsed }, index) => {
      const issues: RecordIssue[] = [];
      const firstRow = record.rows[0]?.rowNumber ?? 0;
      const partner = matched[index] ?? null;
      // An id that is not one of this government's partners is refused, whoever it belongs to.
      issues.push(...unknownIdIssues(parsed.id, partner, record));
      const ofPartner = partner ? contacts.filter((contact) => contact.partnerId === partner.id) : [];
      const contactIds = new Set(ofPartner.map((contact) => contact.id));
      const contactRows = record.rows.filter((row) => hasContact(row.values));
      parsed.input.contacts.forEach((contact, contactIndex) => {
        if (contact.id && !contactIds.has(contact.id))
          issues.push({
            row: contactRows[contactIndex]?.rowNumber ?? firstRow,
            field: 'contact.id',
            key: 'validation.sheetUnknownId',
          });
      });
      // A contact written without its id is the partner's contact of the same name: it keeps its id.
      const claimed = new Set(parsed.input.contacts.map((contact) => contact.id).filter(Boolean));
      for (const contact of parsed.input.contacts) {
        if (contact.id) continue;
        const same = ofPartner.find(
          (candidate) =>
            !claimed.has(candidate.id) && normalizeLabel(candidate.name) === normalizeLabel(contact.name),
        );
        if (same) {
          contact.id = same.id;
          claimed.add(same.id);
        }
      }
      return { existing: partner ? { partner, contacts: ofPartner } : null, issues };
    });
  },

  changes(existing, input) {
    const { partner } = existing;
    const changed: string[] = [];
    const current: Record<string, unknown> = {
      ...partner,
      tags: partner.tags,
    };
    const next: Record<string, unknown> = { ...input, tags: [...new Set(input.tags)] };
    for (const field of partnerFields) if (!sameValue(current[field], next[field])) changed.push(field);
    const before = new Map(existing.contacts.map((contact) => [contact.id, contact]));
    const contactsChanged =
      input.contacts.length !== existing.contacts.length ||
      input.contacts.some((contact) => {
        const old = contact.id ? before.get(contact.id) : undefined;
        return !old || contactFields.some((field) => !sameValue(old[field], contact[field]));
      });
    if (contactsChanged) changed.push('contact.name');
    return changed;
  },

  async add(db: Database, context: TenantContext, input) {
    await createPartner(db, context, input);
  },

  async addMany(db: Database, context: TenantContext, inputs) {
    await createPartners(db, context, inputs);
  },

  async update(db: Database, context: TenantContext, existing, input) {
    await updatePartner(db, context, existing.partner.id, { ...input, version: existing.partner.version });
  },
});
