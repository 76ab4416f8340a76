import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commitments,
  cooperationOffers,
  departments,
  diplomacyPositions,
  eventParticipants,
  events,
  iatiActivities,
  initiativePartners,
  initiatives,
  investmentLeads,
  linkSignatories,
  networkRoles,
  projectParticipants,
  projectTransactions,
} from '../../src/server/db/schema';
import { partnerReferences } from '../../src/server/modules/partners/partner-duplicates.queries';
import { createLink, createPartner, createWorld, partnerInput } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await testApp.app.database.db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

const bilbao = {
  name: 'Ayuntamiento de Bilbao',
  acronym: null,
  kind: 'city_government' as const,
  countryCode: 'ES',
  city: 'Bilbao',
  latitude: null,
  longitude: null,
  iatiOrgType: '11',
  contacts: [],
};

describe('similar partners', () => {
  it('finds the same IATI id and similar names in the same country, accent- and case-insensitive', async () => {
    const { client, base } = await createWorld(testApp.app, 'coordinator');
    const existing = await createPartner(client, base, bilbao);
    const aecid = await createPartner(client, base, { iatiOrgId: 'XM-DAC-50-21' });
    await createPartner(client, base, { ...bilbao, name: 'Ayuntamiento de Madrid', city: 'Madrid' });

    const byName = await client.get(
      `${base}/partners/similar?name=${encodeURIComponent('AYUNTAMIENTO DE BILBAO ')}&countryCode=ES`,
    );
    expect(byName.statusCode).toBe(200);
    expect(byName.json().items).toEqual([
      expect.objectContaining({ id: existing.id, reason: 'similar_name', similarity: 1, version: 1 }),
    ]);
    const reworded = await client.get(
      `${base}/partners/similar?name=${encodeURIComponent('Bilbao City Council')}&countryCode=ES`,
    );
    expect(reworded.json().items.map((item: { id: string }) => item.id)).toEqual([existing.id]);
    const typo = await client.get(
      `${base}/partners/similar?name=${encodeURIComponent('Ayto. de Bilbo')}&countryCode=ES`,
    );
    expect(typo.json().items.map((item: { id: string }) => item.id)).toEqual([existing.id]);

    // Another country, or the partner being edited itself, is not a duplicate.
    const elsewhere = await client.get(
      `${base}/partners/similar?name=Ayuntamiento%20de%20Bilbao&countryCode=CO`,
    );
    expect(elsewhere.json().items).toEqual([]);
    const itself = await client.get(
      `${base}/partners/similar?name=Ayuntamiento%20de%20Bilbao&countryCode=ES&excludeId=${existing.id}`,
    );
    expect(itself.json().items).toEqual([]);

    // The IATI organisation identifier matches whatever the name and country.
    const byIati = await client.get(
      `${base}/partners/similar?name=Otra%20agencia&countryCode=FR&iatiOrgId=xm-dac-50-21`,
    );
    expect(byIati.json().items).toEqual([
      expect.objectContaining({ id: aecid.id, reason: 'same_iati_org_id' }),
    ]);
  });

  it('on edit, finds the partner a rename resembles, never the partner being edited', async () => {
    const { client, base } = await createWorld(testApp.app, 'coordinator');
    const existing = await createPartner(client, base, bilbao);
    const edited = await createPartner(client, base, {
      ...bilbao,
      name: 'Diputación Foral de Gipuzkoa',
      city: 'San Sebastián',
    });
    const similar = (name: string, excludeId: string) =>
      client
        .get(
          `${base}/partners/similar?name=${encodeURIComponent(name)}&countryCode=ES&excludeId=${excludeId}`,
        )
        .then((response) => response.json().items.map((item: { id: string }) => item.id));

    // Renamed to what the other partner is called: the other one, and only it.
    expect(await similar('Ayto. de Bilbao', edited.id)).toEqual([existing.id]);
    // Its own name, or a small change of it, is not a duplicate of itself.
    expect(await similar('Diputación Foral de Gipuzkoa', edited.id)).toEqual([]);
    expect(await similar('Ayuntamiento de Bilbao (País Vasco)', existing.id)).toEqual([]);
    // A malformed id is refused naming the field, not a 5xx.
    const bad = await client.get(`${base}/partners/similar?name=Bilbao&excludeId=not-an-id`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ field: 'excludeId' }));
  });

  it('never shows another government’s partners, and reads for every role', async () => {
    const first = await createWorld(testApp.app, 'admin');
    await createPartner(first.client, first.base, bilbao);
    const other = await createWorld(testApp.app, 'viewer');
    const response = await other.client.get(
      `${other.base}/partners/similar?name=Ayuntamiento%20de%20Bilbao&countryCode=ES`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toEqual([]);
    const foreign = await other.client.get(`${first.base}/partners/similar?name=Bilbao`);
    expect([403, 404]).toContain(foreign.statusCode);
  });
});

/** A partner referenced from every table that can point at a partner. */
async function referenceEverywhere(governmentId: string, partnerId: string, linkId: string) {
  const db = testApp.app.database.db;
  const [department] = await db
    .insert(departments)
    .values({ governmentId, name: 'Relaciones Internacionales' })
    .returning();
  const [initiative] = await db
    .insert(initiatives)
    .values({ governmentId, title: 'Proyecto de movilidad' })
    .returning();
  const [event] = await db
    .insert(events)
    .values({
      governmentId,
      title: 'Misión a Bilbao',
      kind: 'mission_abroad',
      startsAt: new Date('2026-03-01T10:00:00Z'),
      endsAt: new Date('2026-03-03T10:00:00Z'),
      timezone: 'Europe/Madrid',
    })
    .returning();
  await db
    .insert(eventParticipants)
    .values({ governmentId, eventId: event!.id, side: 'partner', name: 'Alcalde', partnerId });
  await db.insert(commitments).values({
    governmentId,
    title: 'Enviar el plan de trabajo',
    ownerDepartmentId: department!.id,
    ownerName: 'Dirección',
    dueDate: '2026-04-01',
    counterpartPartnerId: partnerId,
  });
  await db
    .insert(cooperationOffers)
    .values({ governmentId, kind: 'call', title: 'Convocatoria', donorPartnerId: partnerId });
  await db
    .insert(initiativePartners)
    .values({ governmentId, initiativeId: initiative!.id, partnerId, role: 'funder' });
  await db
    .insert(projectParticipants)
    .values({ governmentId, initiativeId: initiative!.id, partnerId, role: 'funding' });
  await db.insert(projectTransactions).values({
    governmentId,
    initiativeId: initiative!.id,
    type: '1',
    transactionDate: '2026-01-10',
    valueDate: '2026-01-10',
    amountMinor: 100_000,
    currency: 'EUR',
    providerPartnerId: partnerId,
    receiverPartnerId: partnerId,
  });
  await db
    .insert(iatiActivities)
    .values({ governmentId, iatiIdentifier: 'XM-1', title: 'Actividad', partnerId });
  await db.insert(investmentLeads).values({
    governmentId,
    companyPartnerId: partnerId,
    title: 'Centro de servicios',
    originCountryCode: 'ES',
    sector: 'ict',
    currency: 'EUR',
  });
  await db.insert(diplomacyPositions).values({
    governmentId,
    kind: 'declaration',
    title: 'Declaración',
    text: 'Texto',
    madeOn: '2026-01-01',
    networkPartnerId: partnerId,
  });
  await db.insert(networkRoles).values({
    governmentId,
    networkPartnerId: partnerId,
    kind: 'presidency',
    title: 'Presidencia',
    startsOn: '2026-01-01',
  });
  await db
    .insert(linkSignatories)
    .values({ governmentId, linkId, name: 'Alcalde de Bilbao', side: 'counterpart', partnerId });
  return { initiativeId: initiative!.id, eventId: event!.id };
}

/** Every foreign-key column of the database that points at partners.id. */
async function partnerForeignKeys() {
  return rows<{ table_name: string; column_name: string }>(sql`
    select cl.relname as table_name, a.attname as column_name
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
    where c.contype = 'f' and c.confrelid = 'partners'::regclass`);
}

describe('merging partners', () => {
  it('knows every column that points at a partner', async () => {
    const columns = (await partnerForeignKeys()).map((row) => `${row.table_name}.${row.column_name}`).sort();
    const handled = partnerReferences.map((reference) => `${reference.table}.${reference.column}`).sort();
    expect(handled).toEqual(columns);
  });

  it('moves every reference to the survivor in one audited transaction and archives the duplicate', async () => {
    const { client, base, government } = await createWorld(testApp.app, 'admin');
    const survivor = await createPartner(client, base, {
      ...bilbao,
      contacts: [{ name: 'Relaciones Exteriores', isPrimary: true }],
      tags: ['ciudad hermana'],
    });
    const duplicate = await createPartner(client, base, {
      ...bilbao,
      name: 'Bilbao City Council',
      website: 'https://www.bilbao.eus',
      latitude: 43.2569,
      longitude: -2.9236,
      tags: ['país vasco'],
      contacts: [{ name: 'Gabinete de Alcaldía', isPrimary: true }],
    });
    const network = await createPartner(client, base, {
      name: 'Eurocities',
      kind: 'city_network',
      countryCode: 'BE',
      iatiOrgType: '21',
    });
    // Both are parties of one link (the duplicate's party goes), the duplicate alone of another.
    const shared = await createLink(client, base, survivor.id, {
      parties: [
        { partnerId: survivor.id, role: 'counterpart' },
        { partnerId: duplicate.id, role: 'co_signer' },
      ],
    });
    const own = await createLink(client, base, duplicate.id, { title: 'Carta de intención cultural' });
    // A relation between the two disappears; the duplicate's relation to the network moves.
    await client.post(`${base}/partners/${duplicate.id}/relations`, {
      toPartnerId: survivor.id,
      kind: 'partner_of',
    });
    await client.post(`${base}/partners/${duplicate.id}/relations`, {
      toPartnerId: network.id,
      kind: 'member_of',
    });
    const { initiativeId } = await referenceEverywhere(government.id, duplicate.id, own.id);
    await testApp.app.database.db.insert(initiativePartners).values({
      governmentId: government.id,
      initiativeId,
      partnerId: survivor.id,
      role: 'implementer',
    });

    const preview = await client.get(
      `${base}/partners/${duplicate.id}/merge-preview?survivorId=${survivor.id}`,
    );
    expect(preview.statusCode).toBe(200);
    const counts = Object.fromEntries(
      preview
        .json()
        .counts.map((count: { kind: string; moved: number; dropped: number }) => [count.kind, count]),
    );
    expect(counts).toMatchObject({
      contacts: { moved: 1, dropped: 0 },
      linkParties: { moved: 1, dropped: 1 },
      relations: { moved: 1, dropped: 1 },
      initiatives: { moved: 0, dropped: 1 },
      transactions: { moved: 2, dropped: 0 },
      investmentLeads: { moved: 1 },
      eventParticipants: { moved: 1 },
    });
    expect(preview.json().filledFields).toEqual(
      expect.arrayContaining(['website', 'latitude', 'longitude', 'tags']),
    );

    const merge = await client.post(`${base}/partners/${duplicate.id}/merge`, {
      survivorId: survivor.id,
      version: duplicate.version,
      survivorVersion: survivor.version,
    });
    expect(merge.statusCode).toBe(200);
    expect(merge.json()).toMatchObject({ survivorId: survivor.id, mergedId: duplicate.id });

    // Nothing anywhere still points at the duplicate, except its own merge record.
    for (const { table_name, column_name } of await partnerForeignKeys()) {
      const [left] = await rows<{ total: number }>(
        sql`select count(*)::int as total from ${sql.raw(table_name)} where ${sql.raw(column_name)} = ${duplicate.id}`,
      );
      expect({ table: table_name, column: column_name, total: Number(left?.total) }).toEqual({
        table: table_name,
        column: column_name,
        total: 0,
      });
    }

    const kept = (await client.get(`${base}/partners/${survivor.id}`)).json();
    expect(kept.website).toBe('https://www.bilbao.eus');
    expect(kept.latitude).toBe(43.2569);
    expect(kept.tags.sort()).toEqual(['ciudad hermana', 'país vasco']);
    expect(
      kept.contacts.map((contact: { name: string; isPrimary: boolean }) => [contact.name, contact.isPrimary]),
    ).toEqual([
      ['Relaciones Exteriores', true],
      ['Gabinete de Alcaldía', false],
    ]);
    expect(kept.links.map((link: { id: string }) => link.id).sort()).toEqual([shared.id, own.id].sort());
    expect(kept.relations).toEqual([
      expect.objectContaining({ otherPartnerId: network.id, kind: 'member_of' }),
    ]);

    const sharedLink = (await client.get(`${base}/links/${shared.id}`)).json();
    expect(sharedLink.parties.map((party: { partnerId: string }) => party.partnerId)).toEqual([survivor.id]);
    expect(sharedLink.version).toBe(shared.version + 1);

    const gone = (await client.get(`${base}/partners/${duplicate.id}`)).json();
    expect(gone.archivedAt).not.toBeNull();
    expect(gone.mergedIntoId).toBe(survivor.id);
    const similar = await client.get(
      `${base}/partners/similar?name=Ayuntamiento%20de%20Bilbao&countryCode=ES`,
    );
    expect(similar.json().items.map((item: { id: string }) => item.id)).toEqual([survivor.id]);

    const audit = (await client.get(`${base}/audit?entityType=partner&entityId=${duplicate.id}`)).json();
    const record = audit.items.find((item: { action: string }) => item.action === 'merge');
    expect(record.after).toMatchObject({
      mergedIntoId: survivor.id,
      mergedIntoName: 'Ayuntamiento de Bilbao',
    });
    expect(record.after.movedIds.linkParties).toHaveLength(1);
  });

  it('refuses a stale version of either partner (409) and changes nothing', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const survivor = await createPartner(client, base, bilbao);
    const duplicate = await createPartner(client, base, { ...bilbao, name: 'Bilbao' });
    const link = await createLink(client, base, duplicate.id);
    await client.put(`${base}/partners/${survivor.id}`, {
      ...partnerInput(bilbao),
      version: survivor.version,
    });
    const staleSurvivor = await client.post(`${base}/partners/${duplicate.id}/merge`, {
      survivorId: survivor.id,
      version: duplicate.version,
      survivorVersion: survivor.version,
    });
    expect(staleSurvivor.statusCode).toBe(409);
    const staleDuplicate = await client.post(`${base}/partners/${duplicate.id}/merge`, {
      survivorId: survivor.id,
      version: duplicate.version + 5,
      survivorVersion: survivor.version + 1,
    });
    expect(staleDuplicate.statusCode).toBe(409);
    const unchanged = (await client.get(`${base}/links/${link.id}`)).json();
    expect(unchanged.parties[0].partnerId).toBe(duplicate.id);
    expect((await client.get(`${base}/partners/${duplicate.id}`)).json().archivedAt).toBeNull();
  });

  it('stays inside the government: another government’s partner is 404 or refused by field', async () => {
    const mine = await createWorld(testApp.app, 'admin');
    const theirs = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(mine.client, mine.base, bilbao);
    const foreign = await createPartner(theirs.client, theirs.base, bilbao);
    const foreignLoser = await mine.client.post(`${mine.base}/partners/${foreign.id}/merge`, {
      survivorId: partner.id,
      version: 1,
      survivorVersion: 1,
    });
    expect(foreignLoser.statusCode).toBe(404);
    const foreignSurvivor = await mine.client.post(`${mine.base}/partners/${partner.id}/merge`, {
      survivorId: foreign.id,
      version: 1,
      survivorVersion: 1,
    });
    expect(foreignSurvivor.statusCode).toBe(422);
    expect(foreignSurvivor.json().errors[0]).toMatchObject({ field: 'survivorId' });
    const itself = await mine.client.post(`${mine.base}/partners/${partner.id}/merge`, {
      survivorId: partner.id,
      version: 1,
      survivorVersion: 1,
    });
    expect(itself.statusCode).toBe(422);
    const preview = await mine.client.get(
      `${mine.base}/partners/${foreign.id}/merge-preview?survivorId=${partner.id}`,
    );
    expect(preview.statusCode).toBe(404);
    expect((await theirs.client.get(`${theirs.base}/partners/${foreign.id}`)).json().archivedAt).toBeNull();
  });

  it('is for administrators: viewers and coordinators get 403', async () => {
    for (const role of ['viewer', 'coordinator'] as const) {
      const { client, base, government } = await createWorld(testApp.app, role);
      const db = testApp.app.database.db;
      const ids = await rows<{ id: string }>(sql`insert into partners (government_id, name, kind)
        values (${government.id}, 'Ayuntamiento de Bilbao', 'city_government'), (${government.id}, 'Bilbao', 'city_government')
        returning id`);
      expect(db).toBeDefined();
      const [a, b] = ids.map((row) => row.id);
      const merge = await client.post(`${base}/partners/${a}/merge`, {
        survivorId: b,
        version: 1,
        survivorVersion: 1,
      });
      expect(merge.statusCode).toBe(403);
      const preview = await client.get(`${base}/partners/${a}/merge-preview?survivorId=${b}`);
      expect(preview.statusCode).toBe(403);
    }
  });
});
