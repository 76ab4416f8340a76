import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditChange, AuditEntry } from '../../src/contracts/audit';
import { recordAudit } from '../../src/server/platform/audit';
import { createLink, createPartner, createWorld } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

const changeOf = (entry: AuditEntry | undefined, field: string): AuditChange | undefined =>
  entry?.changes.find((change) => change.field === field);

describe('a history people can read', () => {
  it('names the records a change points to, formats money and codes, and labels fields as the forms do', async () => {
    const { client, base } = await createWorld(testApp.app, 'coordinator');
    const bilbao = await createPartner(client, base, { name: 'Ayuntamiento de Bilbao', acronym: null });
    const link = await createLink(client, base, bilbao.id, {
      annualFeeMinor: 1_250_000,
      annualFeeCurrency: 'EUR',
    });
    const audit = await client.get(`${base}/audit?entityType=link&entityId=${link.id}`);
    expect(audit.statusCode).toBe(200);
    const [entry] = audit.json().items as AuditEntry[];
    expect(entry).toMatchObject({
      action: 'create',
      entityName: 'Memorando de entendimiento en movilidad sostenible',
    });
    expect(changeOf(entry, 'parties')).toMatchObject({
      labelKey: 'links.fields.parties',
      kind: 'list',
      after: { type: 'list', items: [{ type: 'name', name: 'Ayuntamiento de Bilbao' }] },
    });
    expect(changeOf(entry, 'annualFeeMinor')).toMatchObject({
      labelKey: 'links.fields.annualFee',
      kind: 'money',
      after: { type: 'money', amountMinor: 1_250_000, currency: 'EUR' },
    });
    expect(changeOf(entry, 'status')?.after).toEqual({
      type: 'code',
      code: 'negotiation',
      labelKey: 'enums.linkStatus.negotiation',
    });
    expect(changeOf(entry, 'annualFeeCurrency')?.after).toEqual({ type: 'name', name: 'Euro' });
    expect(JSON.stringify(entry?.changes)).not.toContain(bilbao.id);

    const partnerAudit = await client.get(`${base}/audit?entityType=partner&entityId=${bilbao.id}`);
    const [partnerEntry] = partnerAudit.json().items as AuditEntry[];
    expect(changeOf(partnerEntry, 'countryCode')).toMatchObject({
      labelKey: 'partners.fields.country',
      after: { type: 'name', name: 'España' },
    });
    expect(changeOf(partnerEntry, 'contacts')?.after).toEqual({
      type: 'list',
      items: [{ type: 'text', text: 'Oficina Técnica de Cooperación' }],
      more: 0,
    });
  });

  it('names codelists in the reader’s language', async () => {
    const { client, base } = await createWorld(testApp.app, 'coordinator', 'en');
    const partner = await createPartner(client, base);
    const audit = await client.get(`${base}/audit?entityType=partner&entityId=${partner.id}`);
    const [entry] = audit.json().items as AuditEntry[];
    expect(changeOf(entry, 'countryCode')?.after).toEqual({ type: 'name', name: 'Spain' });
  });

  it('never names another government’s records, even when a trail row points to them', async () => {
    const own = await createWorld(testApp.app, 'admin');
    const other = await createWorld(testApp.app, 'admin');
    const foreign = await createPartner(other.client, other.base, { name: 'Socio Ajeno Confidencial' });
    const mine = await createPartner(own.client, own.base, { name: 'Socio Propio' });
    await recordAudit(
      testApp.app.database.db,
      { governmentId: own.government.id, userId: null },
      {
        entityType: 'commitment',
        entityId: mine.id,
        action: 'update',
        before: { counterpartPartnerId: mine.id },
        after: { counterpartPartnerId: foreign.id },
      },
    );
    const audit = await own.client.get(`${own.base}/audit?entityType=commitment`);
    const [entry] = audit.json().items as AuditEntry[];
    expect(changeOf(entry, 'counterpartPartnerId')).toMatchObject({
      labelKey: 'commitments.fields.counterpart',
      before: { type: 'name', name: 'Socio Propio' },
      after: { type: 'missing' },
    });
    expect(audit.body).not.toContain('Socio Ajeno Confidencial');
    // And the other government's trail shows none of this one's rows.
    const theirs = await other.client.get(`${other.base}/audit`);
    expect(theirs.body).not.toContain('Socio Propio');
  });

  it('filters by person, action, record type and the government’s calendar days', async () => {
    const { client, base, government } = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(client, base);
    const actors = await client.get(`${base}/audit/actors`);
    expect(actors.statusCode).toBe(200);
    const [actor] = actors.json().items as { id: string; name: string }[];
    expect(actor).toMatchObject({ name: 'Persona admin' });
    await recordAudit(
      testApp.app.database.db,
      { governmentId: government.id, userId: null },
      {
        entityType: 'transaction',
        entityId: partner.id,
        action: 'delete',
        before: { amountMinor: 5, currency: 'USD' },
      },
    );
    const byPerson = await client.get(`${base}/audit?actorId=${actor?.id}`);
    expect((byPerson.json().items as AuditEntry[]).every((entry) => entry.actorId === actor?.id)).toBe(true);
    expect(byPerson.json().total).toBeGreaterThanOrEqual(1);
    const byAction = await client.get(`${base}/audit?action=delete`);
    expect(byAction.json().items).toHaveLength(1);
    expect(byAction.json().items[0]).toMatchObject({ entityType: 'transaction', actorName: null });
    expect(changeOf(byAction.json().items[0], 'amountMinor')).toMatchObject({
      labelKey: 'funding.transactions.amount',
      before: { type: 'money', amountMinor: 5, currency: 'USD' },
    });
    const byType = await client.get(`${base}/audit?entityType=transaction`);
    expect(byType.json().total).toBe(1);

    const today = new Intl.DateTimeFormat('en-CA', { timeZone: government.timezone }).format(new Date());
    const fromToday = await client.get(`${base}/audit?from=${today}&to=${today}`);
    const everything = await client.get(`${base}/audit`);
    expect(fromToday.json().total).toBe(everything.json().total);
    expect(fromToday.json().total).toBeGreaterThan(byPerson.json().total);
    const tomorrow = new Date(`${today}T00:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const fromTomorrow = await client.get(`${base}/audit?from=${tomorrow.toISOString().slice(0, 10)}`);
    expect(fromTomorrow.json().total).toBe(0);
    const untilYesterday = await client.get(`${base}/audit?to=2000-01-01`);
    expect(untilYesterday.json().total).toBe(0);

    const bad = await client.get(`${base}/audit?from=ayer&action=borrar`);
    expect(bad.statusCode).toBe(400);
  });

  it('lets every role read the trail and nobody outside the government', async () => {
    const viewer = await createWorld(testApp.app, 'viewer');
    expect((await viewer.client.get(`${viewer.base}/audit/actors`)).statusCode).toBe(200);
    const stranger = await createWorld(testApp.app, 'admin');
    expect((await stranger.client.get(`${viewer.base}/audit/actors`)).statusCode).toBe(404);
  });
});
