import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/contracts/common';
import { createPartner, createWorld, partnerInput } from '../factories';
import { type Client, createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

async function post(client: Client, url: string, body: unknown, expected = 201) {
  const response = await client.post(url, body);
  if (response.statusCode !== expected) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

function expectRefused(response: { statusCode: number; json: () => unknown }, field: string) {
  expect(response.statusCode, JSON.stringify(response.json())).toBe(422);
  expect((response.json() as Problem).errors?.map((error) => error.field)).toContain(field);
}

/** Two governments: ours, and another one whose records must never be accepted in our bodies. */
async function twoWorlds() {
  const ours = await createWorld(testApp.app, 'admin');
  const theirs = await createWorld(testApp.app, 'admin');
  const ourDepartment = await post(ours.client, `${ours.base}/departments`, {
    name: 'Relaciones Internacionales',
  });
  const theirDepartment = await post(theirs.client, `${theirs.base}/departments`, {
    name: 'Secretaría ajena',
  });
  const ourPartner = await createPartner(ours.client, ours.base, { name: 'Ayuntamiento de Bilbao' });
  const theirPartner = await createPartner(theirs.client, theirs.base, { name: 'Contraparte ajena' });
  return { ours, theirs, ourDepartment, theirDepartment, ourPartner, theirPartner };
}

const event = (participants: unknown[]) => ({
  title: 'Visita de la delegación de Bilbao',
  kind: 'incoming_delegation',
  startsAt: '2026-03-02T09:00:00-05:00',
  endsAt: '2026-03-02T18:00:00-05:00',
  timezone: 'America/Bogota',
  participants,
  costs: [],
});

describe('every id in a body is checked inside the tenant', () => {
  it('an invited liaison’s department of another government or none at all: 422 naming departmentId', async () => {
    const { ours, theirDepartment } = await twoWorlds();
    for (const departmentId of [theirDepartment.id, randomUUID()]) {
      const response = await ours.client.post(`${ours.base}/invitations`, {
        email: `enlace-${randomUUID()}@prueba.gov.co`,
        role: 'liaison',
        departmentId,
      });
      expectRefused(response, 'departmentId');
    }
  });

  it('event participants: a foreign or unknown department and contact are 422, never a 500', async () => {
    const { ours, theirs, ourPartner, theirDepartment, theirPartner } = await twoWorlds();
    const theirContact = (await theirs.client.get(`${theirs.base}/partners/${theirPartner.id}`)).json()
      .contacts[0];
    const ourContact = (await ours.client.get(`${ours.base}/partners/${ourPartner.id}`)).json().contacts[0];
    const otherPartner = await createPartner(ours.client, ours.base, { name: 'Ciudad de Lyon' });
    const cases: [Record<string, unknown>, string][] = [
      [{ side: 'own', name: 'A', departmentId: theirDepartment.id }, 'participants.0.departmentId'],
      [{ side: 'own', name: 'A', departmentId: randomUUID() }, 'participants.0.departmentId'],
      [{ side: 'partner', name: 'B', partnerContactId: theirContact.id }, 'participants.0.partnerContactId'],
      [{ side: 'partner', name: 'B', partnerContactId: randomUUID() }, 'participants.0.partnerContactId'],
      // Our own contact, but of another partner than the participant's.
      [
        { side: 'partner', name: 'B', partnerId: otherPartner.id, partnerContactId: ourContact.id },
        'participants.0.partnerContactId',
      ],
    ];
    for (const [participant, field] of cases) {
      expectRefused(await ours.client.post(`${ours.base}/events`, event([participant])), field);
    }
    const fine = await ours.client.post(
      `${ours.base}/events`,
      event([
        { side: 'partner', name: ourContact.name, partnerId: ourPartner.id, partnerContactId: ourContact.id },
      ]),
    );
    expect(fine.statusCode).toBe(201);
  });

  it('a commitment’s resulting lead of another government: 422 naming resultingLeadId', async () => {
    const { ours, theirs, ourDepartment, theirPartner } = await twoWorlds();
    const company = await createPartner(theirs.client, theirs.base, {
      name: 'Siemens',
      kind: 'company_investor',
    });
    const theirLead = await post(theirs.client, `${theirs.base}/investment-leads`, {
      companyPartnerId: company.id,
      title: 'Planta de ensamble',
      originCountryCode: 'DE',
      sector: '32110',
      currency: 'COP',
      eventIds: [],
    });
    expect(theirPartner.id).not.toBe(company.id);
    const commitment = await post(ours.client, `${ours.base}/commitments`, {
      title: 'Presentar la ciudad a inversionistas',
      ownerDepartmentId: ourDepartment.id,
      ownerName: 'Dirección',
      dueDate: '2030-06-30',
    });
    for (const resultingLeadId of [theirLead.id, randomUUID()]) {
      const response = await ours.client.post(`${ours.base}/commitments/${commitment.id}/status`, {
        status: 'fulfilled',
        evidenceDescription: 'Se presentó la ciudad.',
        resultingLeadId,
        version: 1,
      });
      expectRefused(response, 'resultingLeadId');
    }
  });

  it('an offer’s IATI activity that is not in this government’s catalogue: 422 naming iatiActivityId', async () => {
    const { ours, ourPartner } = await twoWorlds();
    const response = await ours.client.post(`${ours.base}/offers`, {
      kind: 'call',
      title: 'Convocatoria de movilidad',
      donorPartnerId: ourPartner.id,
      modalities: ['financial'],
      sectors: [],
      sdgTargets: [],
      eligibleCountries: [],
      eligibleGovernmentKinds: [],
      iatiActivityId: randomUUID(),
    });
    expectRefused(response, 'iatiActivityId');
  });
});

describe('partner contacts keep their ids', () => {
  it('an edit updates contacts in place, adds new ones and removes only those left out', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(client, base, {
      contacts: [
        { name: 'Ana Pérez', position: 'Directora', isPrimary: true },
        { name: 'Luis Gómez', isPrimary: false },
      ],
    });
    const before = (await client.get(`${base}/partners/${partner.id}`)).json();
    const ana = before.contacts.find((contact: { name: string }) => contact.name === 'Ana Pérez');
    const luis = before.contacts.find((contact: { name: string }) => contact.name === 'Luis Gómez');
    // Luis took part in an event; after he is removed from the partner the event keeps his name.
    const visit = await post(
      client,
      `${base}/events`,
      event([
        { side: 'partner', name: 'Ana Pérez', partnerId: partner.id, partnerContactId: ana.id },
        { side: 'partner', name: 'Luis Gómez', partnerId: partner.id, partnerContactId: luis.id },
      ]),
    );
    const updated = await client.put(`${base}/partners/${partner.id}`, {
      ...partnerInput(),
      contacts: [
        { id: ana.id, name: 'Ana Pérez Ruiz', position: 'Directora general', isPrimary: true },
        { name: 'Marta Díaz', isPrimary: false },
      ],
      version: before.version,
    });
    expect(updated.statusCode).toBe(200);
    const after = (await client.get(`${base}/partners/${partner.id}`)).json();
    const names = after.contacts.map((contact: { id: string; name: string }) => [
      contact.name,
      contact.id === ana.id,
    ]);
    expect(names).toEqual([
      ['Ana Pérez Ruiz', true],
      ['Marta Díaz', false],
    ]);
    const eventAfter = (await client.get(`${base}/events/${visit.id}`)).json();
    expect(
      eventAfter.participants.map((participant: { name: string; partnerContactId: string | null }) => [
        participant.name,
        participant.partnerContactId,
      ]),
    ).toEqual([
      ['Ana Pérez', ana.id],
      ['Luis Gómez', null],
    ]);
  });

  it('a contact id of another partner, or twice in the list, is 422 naming contacts.N.id', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const first = await createPartner(client, base);
    const second = await createPartner(client, base, { name: 'Ciudad de Lyon' });
    const secondContact = (await client.get(`${base}/partners/${second.id}`)).json().contacts[0];
    const firstDetail = (await client.get(`${base}/partners/${first.id}`)).json();
    const foreign = await client.put(`${base}/partners/${first.id}`, {
      ...partnerInput(),
      contacts: [{ id: secondContact.id, name: 'Intruso', isPrimary: false }],
      version: firstDetail.version,
    });
    expectRefused(foreign, 'contacts.0.id');
    const own = firstDetail.contacts[0];
    const twice = await client.put(`${base}/partners/${first.id}`, {
      ...partnerInput(),
      contacts: [
        { id: own.id, name: 'Uno', isPrimary: false },
        { id: own.id, name: 'Dos', isPrimary: false },
      ],
      version: firstDetail.version,
    });
    expectRefused(twice, 'contacts.1.id');
    // Nothing changed: the second partner still has its contact.
    expect((await client.get(`${base}/partners/${second.id}`)).json().contacts[0].id).toBe(secondContact.id);
  });
});

// Ten concurrent invitations of one new e-mail (one 201, nine 409) are tested in accounts.api.test.ts.
