import type { AddressInfo } from 'node:net';
import ICAL from 'ical.js';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/link-lifecycle';
import { runReminderWorker } from '../../src/server/modules/agenda/reminders.service';
import { createMailer } from '../../src/server/platform/mailer';
import { createMember, createPartner, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
type ReceivedMail = { to: string[]; raw: string };
const received: ReceivedMail[] = [];
let smtp: SMTPServer;
let smtpPort = 0;

beforeAll(async () => {
  testApp = await createTestApp();
  // A real SMTP server on loopback: the reminder e-mails are received, not mocked.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await testApp.close();
});

const shift = (date: string, days: number) => {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
};

async function post(client: Client, url: string, body: unknown, expected = 201) {
  const response = await client.post(url, body);
  if (response.statusCode !== expected) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

async function setUp() {
  const world = await createWorld(testApp.app, 'admin');
  const department = await post(world.client, `${world.base}/departments`, {
    name: 'Agencia de Cooperación e Inversión',
    acronym: 'ACI',
  });
  const partner = await createPartner(world.client, world.base, {
    name: 'Ayuntamiento de Bilbao',
    kind: 'city_government',
  });
  const session = (await world.client.get('/api/auth/session')).json();
  return { ...world, department, partner, userId: session.user.id as string };
}

const mission = (overrides: Record<string, unknown> = {}) => ({
  title: 'Misión técnica a Bilbao sobre movilidad',
  kind: 'mission_abroad',
  startsAt: '2026-03-02T09:00:00+01:00',
  endsAt: '2026-03-05T18:00:00+01:00',
  timezone: 'Europe/Madrid',
  city: 'Bilbao',
  countryCode: 'ES',
  objectives: 'Conocer el modelo de transporte público metropolitano.',
  costs: [
    { category: 'travel', source: 'own', amountMinor: 850_000_000, currency: 'COP', description: 'Tiquetes' },
    { category: 'per_diem', source: 'own', amountMinor: 120_000_000, currency: 'COP' },
  ],
  ...overrides,
});

describe('events', () => {
  it('registers a mission with participants and costs, totalled per currency', async () => {
    const { client, base, partner, department, userId } = await setUp();
    const event = await post(
      client,
      `${base}/events`,
      mission({
        participants: [
          { side: 'own', name: 'Directora de la ACI', userId, departmentId: department.id },
          { side: 'partner', name: 'Concejal de Movilidad', partnerId: partner.id },
        ],
      }),
    );
    expect(event.costTotals).toEqual([{ currency: 'COP', amountMinor: 970_000_000 }]);
    expect(event.participants).toHaveLength(2);
    const range = (await client.get(`${base}/events?from=2026-03-01&to=2026-03-31`)).json();
    expect(range.items.map((item: { title: string }) => item.title)).toEqual([
      'Misión técnica a Bilbao sobre movilidad',
    ]);
    expect((await client.get(`${base}/events?from=2026-04-01&to=2026-04-30`)).json().total).toBe(0);
  });

  it('refuses an event that ends before it starts, comparing instants across zones', async () => {
    const { client, base } = await setUp();
    const response = await client.post(
      `${base}/events`,
      mission({ startsAt: '2026-05-10T09:00:00-05:00', endsAt: '2026-05-10T15:00:00+02:00' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({
      field: 'endsAt',
      message: 'La fecha de fin no puede ser anterior a la de inicio.',
    });
  });

  it('never archives an event with open commitments without asking, and the audit says what happened', async () => {
    const { client, base, department } = await setUp();
    const event = await post(client, `${base}/events`, mission());
    await post(client, `${base}/commitments`, {
      title: 'Enviar propuesta de hermanamiento',
      eventId: event.id,
      ownerDepartmentId: department.id,
      ownerName: 'Equipo de relaciones internacionales',
      dueDate: '2030-01-15',
    });
    const asked = await client.post(`${base}/events/${event.id}/archive`, { version: 1 });
    expect(asked.statusCode).toBe(422);
    expect(asked.json().errors[0].message).toBe(
      'El evento tiene compromisos abiertos (1): indique si se conservan o se cancelan.',
    );
    const archived = await client.post(`${base}/events/${event.id}/archive`, {
      version: 1,
      commitments: 'cancel',
      cancelReason: 'La misión se suspendió',
    });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().commitments[0]).toMatchObject({
      status: 'cancelled',
      cancelReason: 'La misión se suspendió',
    });
    const audit = (await client.get(`${base}/audit?entityType=commitment`)).json().items;
    expect(audit[0]).toMatchObject({
      action: 'status_change',
      after: { status: 'cancelled', becauseEventArchived: event.id },
    });
  });
});

describe('commitments', () => {
  it('requires an owner and derives overdue from the due date', async () => {
    const { client, base, department } = await setUp();
    const withoutOwner = await client.post(`${base}/commitments`, {
      title: 'Sin responsable',
      dueDate: '2026-01-01',
    });
    expect(withoutOwner.statusCode).toBe(400);
    expect(withoutOwner.json().errors.map((error: { field: string }) => error.field)).toEqual([
      'ownerDepartmentId',
      'ownerName',
    ]);
    // The form sends an empty «Dependencia responsable» as '': required, not an invalid id.
    const emptyOwner = await client.post(`${base}/commitments`, {
      title: 'Sin dependencia',
      ownerDepartmentId: '',
      ownerName: 'Coordinación de misiones',
      dueDate: '2026-01-01',
    });
    expect(emptyOwner.statusCode).toBe(400);
    expect(emptyOwner.json().errors[0]).toMatchObject({
      field: 'ownerDepartmentId',
      message: 'Este campo es obligatorio.',
    });
    const today = todayIn('America/Bogota');
    const late = await post(client, `${base}/commitments`, {
      title: 'Informe de la misión',
      ownerDepartmentId: department.id,
      ownerName: 'Coordinación de misiones',
      dueDate: shift(today, -3),
    });
    expect(late).toMatchObject({ status: 'overdue', storedStatus: 'pending', daysUntilDue: -3 });
    const list = (await client.get(`${base}/commitments?status=overdue`)).json();
    expect(list.items.map((item: { id: string }) => item.id)).toEqual([late.id]);
    expect((await client.get(`${base}/commitments?status=pending`)).json().total).toBe(0);
  });

  it('is fulfilled only with evidence, cancelled only with a reason', async () => {
    const { client, base, department } = await setUp();
    const commitment = await post(client, `${base}/commitments`, {
      title: 'Firmar carta de intención',
      ownerDepartmentId: department.id,
      ownerName: 'Dirección',
      dueDate: '2030-06-30',
    });
    const noEvidence = await client.post(`${base}/commitments/${commitment.id}/status`, {
      status: 'fulfilled',
      version: 1,
    });
    expect(noEvidence.json().errors[0].field).toBe('evidenceDescription');
    const fulfilled = await client.post(`${base}/commitments/${commitment.id}/status`, {
      status: 'fulfilled',
      evidenceUrl: 'https://www.medellin.gov.co/carta.pdf',
      version: 1,
    });
    expect(fulfilled.json()).toMatchObject({
      status: 'fulfilled',
      evidenceUrl: 'https://www.medellin.gov.co/carta.pdf',
    });
    const stale = await client.post(`${base}/commitments/${commitment.id}/status`, {
      status: 'cancelled',
      cancelReason: 'x',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('lets a liaison report only on commitments of their department', async () => {
    const { app } = testApp;
    const { client, base, department, government } = await setUp();
    const commitment = await post(client, `${base}/commitments`, {
      title: 'Compartir buenas prácticas',
      ownerDepartmentId: department.id,
      ownerName: 'ACI',
      dueDate: '2030-01-01',
    });
    const email = await createMember(app.database.db, government.id, 'liaison');
    const liaison = await signInAs(app, email, testPassword);
    expect(
      (
        await liaison.post(`${base}/commitments/${commitment.id}/status`, {
          status: 'in_progress',
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await liaison.post(`${base}/commitments`, {
          title: 'x',
          ownerDepartmentId: department.id,
          ownerName: 'x',
          dueDate: '2030-01-01',
        })
      ).statusCode,
    ).toBe(403);
    expect((await liaison.get(`${base}/commitments`)).statusCode).toBe(200);
  });
});

describe('reminders', () => {
  it('e-mails the owner through SMTP once per reminder, even with two workers at once', async () => {
    const { client, base, department, userId, email, government } = await setUp();
    const today = todayIn('America/Bogota');
    const commitment = await post(client, `${base}/commitments`, {
      title: 'Entregar informe a AECID',
      ownerDepartmentId: department.id,
      ownerUserId: userId,
      ownerName: 'Persona admin',
      dueDate: shift(today, 2),
    });
    const mailer = createMailer(`smtp://127.0.0.1:${smtpPort}`, 'Vínculo <no-reply@vinculo.test>');
    // Two days later at noon UTC, the "1 day before" reminder is due; run two workers at the same time.
    const later = new Date(`${shift(today, 2)}T12:00:00Z`);
    const before = received.length;
    const [first, second] = await Promise.all([
      runReminderWorker({
        db: testApp.database.db,
        governmentId: government.id,
        mailer,
        publicUrl: 'http://localhost:3000',
        workerId: 'a',
        now: later,
      }),
      runReminderWorker({
        db: testApp.database.db,
        governmentId: government.id,
        mailer,
        publicUrl: 'http://localhost:3000',
        workerId: 'b',
        now: later,
      }),
    ]);
    const mine = received.slice(before).filter((mail) => mail.to.includes(email));
    expect(mine).toHaveLength(1);
    expect(mine[0]?.raw).toContain('Subject: =?UTF-8?');
    expect(mine[0]?.raw).toContain(commitment.id);
    expect(first.sent + second.sent).toBeGreaterThanOrEqual(1);
    const again = await runReminderWorker({
      db: testApp.database.db,
      governmentId: government.id,
      mailer,
      publicUrl: 'http://localhost:3000',
      workerId: 'c',
      now: later,
    });
    expect(received.slice(before).filter((mail) => mail.to.includes(email))).toHaveLength(1);
    expect(again.claimed).toBe(0);
    const notifications = (await client.get(`${base}/notifications`)).json();
    expect(notifications.unread).toBeGreaterThanOrEqual(1);
    expect(notifications.items[0].title).toContain('Entregar informe a AECID');
    mailer.close();
  });

  it('stops reminding a fulfilled commitment', async () => {
    const { client, base, department, userId, email, government } = await setUp();
    const today = todayIn('America/Bogota');
    const commitment = await post(client, `${base}/commitments`, {
      title: 'Compromiso cumplido a tiempo',
      ownerDepartmentId: department.id,
      ownerUserId: userId,
      ownerName: 'Persona admin',
      dueDate: shift(today, 2),
    });
    await client.post(`${base}/commitments/${commitment.id}/status`, {
      status: 'fulfilled',
      evidenceDescription: 'Acta firmada',
      version: 1,
    });
    const mailer = createMailer(`smtp://127.0.0.1:${smtpPort}`, 'Vínculo <no-reply@vinculo.test>');
    const before = received.length;
    await runReminderWorker({
      db: testApp.database.db,
      governmentId: government.id,
      mailer,
      publicUrl: 'http://x',
      workerId: 'd',
      now: new Date(`${shift(today, 5)}T12:00:00Z`),
    });
    expect(
      received.slice(before).filter((mail) => mail.to.includes(email) && mail.raw.includes(commitment.id)),
    ).toHaveLength(0);
    mailer.close();
  });
});

describe('calendar feeds', () => {
  it('serves a private feed by token and a public feed of published events, both valid iCalendar', async () => {
    const { client, base, government } = await setUp();
    await post(
      client,
      `${base}/events`,
      mission({ title: 'Delegación de Seúl (publicada)', kind: 'incoming_delegation', isPublished: true }),
    );
    await post(
      client,
      `${base}/events`,
      mission({ title: 'Reunión interna de preparación', kind: 'virtual_meeting' }),
    );
    const feeds = (await client.post(`${base}/calendar-feed`, {})).json();
    expect(feeds.isNew).toBe(true);
    const privatePath = new URL(feeds.privateUrl).pathname;
    const privateFeed = await testApp.app.inject({ method: 'GET', url: privatePath });
    expect(privateFeed.statusCode).toBe(200);
    expect(privateFeed.headers['content-type']).toContain('text/calendar');
    const parsed = new ICAL.Component(ICAL.parse(privateFeed.body));
    const summaries = parsed
      .getAllSubcomponents('vevent')
      .map((event) => String(event.getFirstPropertyValue('summary')));
    expect(summaries.sort()).toEqual(['Delegación de Seúl (publicada)', 'Reunión interna de preparación']);
    const start = parsed.getAllSubcomponents('vevent')[0]?.getFirstPropertyValue('dtstart') as ICAL.Time;
    expect(start.toJSDate().toISOString()).toBe('2026-03-02T08:00:00.000Z');

    const publicFeed = await testApp.app.inject({
      method: 'GET',
      url: `/api/public/governments/${government.slug}/calendar.ics`,
    });
    const publicEvents = new ICAL.Component(ICAL.parse(publicFeed.body)).getAllSubcomponents('vevent');
    expect(publicEvents.map((event) => event.getFirstPropertyValue('summary'))).toEqual([
      'Delegación de Seúl (publicada)',
    ]);

    const reset = (await client.post(`${base}/calendar-feed`, { reset: true })).json();
    expect(reset.privateUrl).not.toBe(feeds.privateUrl);
    expect((await testApp.app.inject({ method: 'GET', url: privatePath })).statusCode).toBe(404);
  });
});

describe('tenant isolation', () => {
  it('keeps events and commitments of one government away from another', async () => {
    const first = await setUp();
    const second = await setUp();
    const event = await post(first.client, `${first.base}/events`, mission());
    const commitment = await post(first.client, `${first.base}/commitments`, {
      title: 'x',
      ownerDepartmentId: first.department.id,
      ownerName: 'x',
      dueDate: '2030-01-01',
    });
    expect((await second.client.get(`${second.base}/events/${event.id}`)).statusCode).toBe(404);
    expect((await second.client.get(`${second.base}/commitments/${commitment.id}`)).statusCode).toBe(404);
    expect((await second.client.get(`${second.base}/events`)).json().total).toBe(0);
    const foreignOwner = await second.client.post(`${second.base}/commitments`, {
      title: 'x',
      ownerDepartmentId: first.department.id,
      ownerName: 'x',
      dueDate: '2030-01-01',
    });
    expect(foreignOwner.json().errors[0].field).toBe('ownerDepartmentId');
  });
});
