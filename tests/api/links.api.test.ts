import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/link-lifecycle';
import { createLink, createPartner, createWorld, linkInput } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

describe('links', () => {
  it('registers an agreement with parties, signatories and documents', async () => {
    const { client, base } = await createWorld(testApp.app, 'coordinator');
    const partner = await createPartner(client, base);
    const response = await client.post(
      `${base}/links`,
      linkInput(partner.id, {
        kind: 'interinstitutional_agreement',
        registryNumber: 'AI-2024-0153',
        rationale: 'Experiencia de la contraparte en transporte por cable.',
        annualFeeMinor: 1_250_000,
        annualFeeCurrency: 'EUR',
        signatories: [{ name: 'Alcaldía de Medellín', side: 'own' }],
        documents: [{ title: 'Texto firmado', kind: 'signed_text', url: 'https://example.org/acuerdo.pdf' }],
      }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      registryNumber: 'AI-2024-0153',
      status: 'negotiation',
      annualFeeMinor: 1_250_000,
      parties: [{ partnerId: partner.id, role: 'counterpart' }],
      signatories: [{ name: 'Alcaldía de Medellín', side: 'own' }],
      documents: [{ title: 'Texto firmado', kind: 'signed_text' }],
      allowedTransitions: ['signed', 'terminated'],
    });
  });

  it('refuses validity that ends before it starts, naming the field, in English when asked', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin', 'en');
    const partner = await createPartner(client, base);
    const response = await client.post(
      `${base}/links`,
      linkInput(partner.id, { validFrom: '2025-01-01', validTo: '2024-01-01' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toEqual({
      field: 'validTo',
      message: 'The end of validity cannot precede its start.',
      code: 'custom',
    });
  });

  it('refuses parties from another government', async () => {
    const first = await createWorld(testApp.app, 'admin');
    const second = await createWorld(testApp.app, 'admin');
    const foreign = await createPartner(second.client, second.base);
    const response = await first.client.post(`${first.base}/links`, linkInput(foreign.id));
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ field: 'parties.0.partnerId' });
  });

  it('moves through the lifecycle only with what each status needs, and records each move', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(client, base);
    const link = await createLink(client, base, partner.id);
    const skip = await client.post(`${base}/links/${link.id}/status`, { status: 'active', version: 1 });
    expect(skip.statusCode).toBe(422);
    const noDate = await client.post(`${base}/links/${link.id}/status`, { status: 'signed', version: 1 });
    expect(noDate.json().errors.map((e: { field: string }) => e.field)).toEqual(['signedOn']);
    const edited = await client.put(`${base}/links/${link.id}`, {
      // Validity already ended, so that "expired" is among the moves (a link still valid may not expire).
      ...linkInput(partner.id, { signedOn: '2024-05-02', validFrom: '2024-06-01', validTo: '2025-06-01' }),
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    const signed = await client.post(`${base}/links/${link.id}/status`, { status: 'signed', version: 2 });
    expect(signed.json()).toMatchObject({ status: 'signed', version: 3 });
    const active = await client.post(`${base}/links/${link.id}/status`, { status: 'active', version: 3 });
    expect(active.json().allowedTransitions).toEqual(['dormant', 'expired', 'terminated']);
    const noReason = await client.post(`${base}/links/${link.id}/status`, {
      status: 'terminated',
      version: 4,
    });
    expect(noReason.json().errors[0].field).toBe('reason');
    const terminated = await client.post(`${base}/links/${link.id}/status`, {
      status: 'terminated',
      reason: 'La contraparte cerró su oficina regional.',
      version: 4,
    });
    expect(terminated.json()).toMatchObject({
      status: 'terminated',
      statusReason: 'La contraparte cerró su oficina regional.',
    });
    const history = (await client.get(`${base}/audit?entityType=link&entityId=${link.id}`)).json().items;
    expect(history.filter((entry: { action: string }) => entry.action === 'status_change')).toHaveLength(3);
  });

  it('refuses "expired" while the validity runs, and does not offer it', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(client, base);
    const today = todayIn('America/Bogota');
    const validTo = addDays(today, 400);
    const link = await createLink(client, base, partner.id, {
      status: 'active',
      signedOn: '2024-05-02',
      validFrom: '2024-06-01',
      validTo,
    });
    expect(link.allowedTransitions).toEqual(['dormant', 'terminated']);
    const refused = await client.post(`${base}/links/${link.id}/status`, { status: 'expired', version: 1 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toHaveLength(1);
    expect(refused.json().errors[0]).toMatchObject({
      field: 'status',
      message: `No puede marcarse como vencido mientras está vigente: su vigencia llega hasta el ${validTo}.`,
    });
    // The last day of validity is still valid; the day after, it may expire.
    const lastDay = await createLink(client, base, partner.id, {
      status: 'active',
      signedOn: '2024-05-02',
      validFrom: '2024-06-01',
      validTo: today,
    });
    expect(lastDay.allowedTransitions).not.toContain('expired');
    const ended = await createLink(client, base, partner.id, {
      status: 'active',
      signedOn: '2024-05-02',
      validFrom: '2024-06-01',
      validTo: addDays(today, -1),
    });
    expect(ended.allowedTransitions).toContain('expired');
    expect(
      (await client.post(`${base}/links/${ended.id}/status`, { status: 'expired', version: 1 })).statusCode,
    ).toBe(200);
    // Nor can it be registered as expired while valid.
    const registered = await client.post(
      `${base}/links`,
      linkInput(partner.id, { status: 'expired', signedOn: '2024-05-02', validFrom: '2024-06-01', validTo }),
    );
    expect(registered.statusCode).toBe(422);
    expect(registered.json().errors[0]).toMatchObject({ field: 'status' });
  });

  it('answers a stale status change with 409', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(client, base);
    const link = await createLink(client, base, partner.id, { signedOn: '2024-01-10' });
    await client.post(`${base}/links/${link.id}/status`, { status: 'signed', version: 1 });
    const stale = await client.post(`${base}/links/${link.id}/status`, {
      status: 'terminated',
      reason: 'x',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('lists links whose validity ends within 90 days, in the government calendar', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(client, base);
    const today = todayIn('America/Bogota');
    const common = { status: 'active' as const, signedOn: '2020-01-01', validFrom: '2020-01-01' };
    await createLink(client, base, partner.id, {
      ...common,
      title: 'Vence en 10 días',
      validTo: addDays(today, 10),
    });
    await createLink(client, base, partner.id, {
      ...common,
      title: 'Vence en 90 días',
      validTo: addDays(today, 90),
    });
    await createLink(client, base, partner.id, {
      ...common,
      title: 'Vence en 91 días',
      validTo: addDays(today, 91),
    });
    await createLink(client, base, partner.id, {
      ...common,
      title: 'Ya venció',
      validTo: addDays(today, -1),
    });
    await createLink(client, base, partner.id, { title: 'En negociación', validTo: addDays(today, 5) });
    const expiring = (await client.get(`${base}/links-expiring`)).json();
    expect(expiring.days).toBe(90);
    expect(expiring.items.map((item: { title: string }) => item.title)).toEqual([
      'Vence en 10 días',
      'Vence en 90 días',
    ]);
    expect(expiring.items[0].daysToExpiry).toBe(10);
    const filtered = (await client.get(`${base}/links?expiringWithinDays=30`)).json();
    expect(filtered.total).toBe(1);
  });

  it('filters links by partner, kind, status and theme', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const bilbao = await createPartner(client, base, { name: 'Bilbao' });
    const c40 = await createPartner(client, base, { name: 'C40', kind: 'city_network' });
    await createLink(client, base, bilbao.id, {
      title: 'Hermanamiento',
      kind: 'sister_city',
      themes: ['cultural'],
    });
    await createLink(client, base, c40.id, {
      title: 'Membresía C40',
      kind: 'network_membership',
      networkRole: 'Miembro',
      workingGroups: ['Movilidad limpia'],
      themes: ['environmental'],
    });
    expect((await client.get(`${base}/links?partnerId=${c40.id}`)).json().items[0].title).toBe(
      'Membresía C40',
    );
    expect((await client.get(`${base}/links?kind=sister_city`)).json().total).toBe(1);
    expect((await client.get(`${base}/links?theme=environmental`)).json().total).toBe(1);
    expect((await client.get(`${base}/links?status=active`)).json().total).toBe(0);
  });

  it('keeps network fields for network memberships only', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(client, base);
    const response = await client.post(
      `${base}/links`,
      linkInput(partner.id, { kind: 'sister_city', networkRole: 'Presidencia' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].field).toBe('networkRole');
  });
});
