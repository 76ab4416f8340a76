import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/link-lifecycle';
import { memberships, users } from '../../src/server/db/schema';
import { runReminderWorker } from '../../src/server/modules/agenda/reminders.service';
import { runUtilityWorker } from '../../src/server/modules/utility/utility.worker';
import { createMailer } from '../../src/server/platform/mailer';
import { createLink, createMember, createPartner, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
type ReceivedMail = { to: string[]; raw: string };
const received: ReceivedMail[] = [];
let smtp: SMTPServer;
let smtpPort = 0;

beforeAll(async () => {
  testApp = await createTestApp();
  // A real SMTP server on loopback: alerts are received, not mocked.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        // Quoted-printable soft line breaks unfolded, so that a long URL reads whole.
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: raw.replace(/=\r?\n/g, ''),
        });
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

/** Calendar arithmetic on ISO dates of the government's calendar. */
const shift = (date: string, days: number) => {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
};
/** Noon in Bogotá (UTC−5, no daylight saving) of a calendar date. */
const noonInBogota = (date: string) => new Date(`${date}T17:00:00Z`);

/** A reminder worker of this government only: other test files share the database on PostgreSQL. */
async function runWorker(now: Date, workerId: string, governmentId: string) {
  const mailer = createMailer(`smtp://127.0.0.1:${smtpPort}`, 'Vínculo <no-reply@vinculo.test>');
  try {
    return await runReminderWorker({
      db: testApp.database.db,
      mailer,
      publicUrl: 'http://localhost:3000',
      workerId,
      now,
      governmentId,
    });
  } finally {
    mailer.close();
  }
}

/** A liaison of one department (the membership's department set directly: setup, not under test). */
async function createLiaison(governmentId: string, departmentId: string) {
  const db = testApp.database.db;
  const email = await createMember(db, governmentId, 'liaison');
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  await db
    .update(memberships)
    .set({ departmentId })
    .where(and(eq(memberships.userId, user?.id ?? ''), eq(memberships.governmentId, governmentId)));
  return email;
}

async function notificationsOf(client: Client, base: string) {
  const body = (await client.get(`${base}/notifications`)).json() as {
    items: { title: string; kind: string; path: string | null }[];
  };
  return body.items;
}

describe('overdue work reaches its owner', () => {
  it('notifies the owner of a commitment recorded after its due date, once, whatever the number of workers', async () => {
    const { client, base, email, government } = await createWorld(testApp.app, 'admin');
    const department = (
      await client.post(`${base}/departments`, { name: 'Secretaría de Movilidad', acronym: 'SM' })
    ).json();
    const userId = (await client.get('/api/auth/session')).json().user.id as string;
    const today = todayIn('America/Bogota');
    const response = await client.post(`${base}/commitments`, {
      title: 'Enviar el plan de trabajo acordado en la visita',
      ownerDepartmentId: department.id,
      ownerUserId: userId,
      ownerName: 'Persona admin',
      dueDate: shift(today, -10),
    });
    expect(response.statusCode).toBe(201);
    const commitment = response.json();
    const before = received.length;
    const now = new Date();
    await Promise.all([
      runWorker(now, 'overdue-a', government.id),
      runWorker(now, 'overdue-b', government.id),
    ]);
    await runWorker(now, 'overdue-c', government.id);
    const mails = received.slice(before).filter((mail) => mail.to.includes(email));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.raw).toContain(commitment.id);
    const bell = await notificationsOf(client, base);
    expect(bell.filter((item) => item.kind === 'commitment_overdue')).toHaveLength(1);
    expect(bell[0]?.title).toContain('Enviar el plan de trabajo acordado en la visita');
  });
});

describe('renewal alerts of links', () => {
  it('alerts admins, coordinators and the liaisons of its department before validity ends, once per threshold', async () => {
    const world = await createWorld(testApp.app, 'admin');
    const { client, base, government } = world;
    const db = testApp.database.db;
    const department = (
      await client.post(`${base}/departments`, { name: 'Secretaría de Cultura', acronym: 'SC' })
    ).json();
    const otherDepartment = (
      await client.post(`${base}/departments`, { name: 'Secretaría de Hacienda', acronym: 'SH' })
    ).json();
    const coordinatorEmail = await createMember(db, government.id, 'coordinator');
    const viewerEmail = await createMember(db, government.id, 'viewer');
    const partner = await createPartner(client, base, { name: 'Ciudad de Rosario', kind: 'city_government' });
    const today = todayIn('America/Bogota');
    const link = await createLink(client, base, partner.id, {
      title: 'Hermanamiento con Rosario',
      kind: 'sister_city',
      status: 'active',
      // Signed 100 days ago: still in its grace period, so no verdict alert mixes with the renewal ones.
      signedOn: shift(today, -100),
      validFrom: shift(today, -100),
      validTo: shift(today, 20),
      departmentId: department.id,
    });
    // Liaisons join after the link is recorded: recipients are chosen when the alert is sent.
    const liaisonEmail = await createLiaison(government.id, department.id);
    const otherLiaisonEmail = await createLiaison(government.id, otherDepartment.id);

    // Recorded 20 days before it ends: the "30 days" alert goes out now, never the "90 days" one late.
    const before = received.length;
    await Promise.all([
      runWorker(new Date(), 'renewal-a', government.id),
      runWorker(new Date(), 'renewal-b', government.id),
    ]);
    const first = received.slice(before);
    const to = (address: string) => first.filter((mail) => mail.to.includes(address));
    expect(to(world.email)).toHaveLength(1);
    expect(to(coordinatorEmail)).toHaveLength(1);
    expect(to(viewerEmail)).toHaveLength(0);
    expect(to(liaisonEmail)).toHaveLength(1);
    expect(to(otherLiaisonEmail)).toHaveLength(0);
    expect(to(world.email)[0]?.raw).toContain(link.id);
    const bell = await notificationsOf(client, base);
    const renewals = bell.filter((item) => item.kind === 'link_renewal');
    expect(renewals).toHaveLength(1);
    expect(renewals[0]?.title).toContain('Hermanamiento con Rosario');
    expect(renewals[0]?.path).toBe(`/links/${link.id}`);

    // The next threshold (7 days before) arrives on its day, found by the worker's own scan.
    const weekBefore = noonInBogota(shift(today, 14));
    await runWorker(weekBefore, 'renewal-c', government.id);
    await runWorker(weekBefore, 'renewal-d', government.id);
    // (The weekly digest also reaches admins in those two weeks: count only this link's alerts.)
    const alertsOfLink = received
      .slice(before)
      .filter((mail) => mail.to.includes(world.email) && mail.raw.includes(`/links/${link.id}`));
    expect(alertsOfLink).toHaveLength(2);
    const coordinator = await signInAs(testApp.app, coordinatorEmail, testPassword);
    const coordinatorBell = await notificationsOf(coordinator, base);
    expect(coordinatorBell.filter((item) => item.kind === 'link_renewal')).toHaveLength(2);
  });

  it('starts over for a renewed link, and follows the days the government chose', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const government = (await client.get(`${base}`)).json();
    const refused = await client.put(`${base}`, {
      ...government,
      renewalAlertDays: [0, 400],
      version: government.version,
    });
    expect(refused.statusCode).toBe(400);
    const fields = (refused.json().errors as { field: string }[]).map((error) => error.field);
    expect(fields.some((field) => field.includes('renewalAlertDays'))).toBe(true);
    const saved = await client.put(`${base}`, {
      name: government.name,
      kind: government.kind,
      countryCode: government.countryCode,
      population: government.population,
      languages: government.languages,
      reportingCurrency: government.reportingCurrency,
      timezone: government.timezone,
      website: government.website,
      iatiOrgId: government.iatiOrgId,
      renewalAlertDays: [60, 15, 15],
      version: government.version,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().renewalAlertDays).toEqual([60, 15]);

    const partner = await createPartner(client, base, {
      name: 'Ciudad de Valparaíso',
      kind: 'city_government',
    });
    const today = todayIn('America/Bogota');
    const link = await createLink(client, base, partner.id, {
      title: 'Memorando con Valparaíso',
      status: 'active',
      signedOn: shift(today, -300),
      validFrom: shift(today, -300),
      validTo: shift(today, 40),
    });
    // 40 days left with thresholds 60 and 15: the "60 days" alert goes out now.
    await runWorker(new Date(), 'settings-a', government.id);
    expect((await notificationsOf(client, base)).filter((item) => item.kind === 'link_renewal')).toHaveLength(
      1,
    );

    // Renewed for three more years: nothing more until the new end date approaches.
    const current = (await client.get(`${base}/links/${link.id}`)).json();
    const renewed = await client.put(`${base}/links/${link.id}`, {
      ...current,
      validTo: shift(today, 1100),
      parties: current.parties.map((party: { partnerId: string; role: string }) => ({
        partnerId: party.partnerId,
        role: party.role,
      })),
      version: current.version,
    });
    expect(renewed.statusCode).toBe(200);
    await runWorker(noonInBogota(shift(today, 26)), 'settings-b', government.id);
    expect((await notificationsOf(client, base)).filter((item) => item.kind === 'link_renewal')).toHaveLength(
      1,
    );
  });
});

describe('verdict alerts', () => {
  it('tells the office once when a link turns protocol-only, however many processes judge it', async () => {
    const world = await createWorld(testApp.app, 'admin');
    const { client, base, government } = world;
    const db = testApp.database.db;
    const coordinatorEmail = await createMember(db, government.id, 'coordinator');
    const viewerEmail = await createMember(db, government.id, 'viewer');
    const partner = await createPartner(client, base, { name: 'Ciudad de Kazán', kind: 'city_government' });
    const today = todayIn('America/Bogota');
    const link = await createLink(client, base, partner.id, {
      title: 'Hermanamiento con Kazán',
      kind: 'sister_city',
      status: 'active',
      signedOn: shift(today, -3 * 365),
      validFrom: shift(today, -3 * 365),
    });
    const before = received.length;
    const now = new Date();
    // Two processes judge at once, then a third later: the change is found once.
    await Promise.all([runUtilityWorker(db, now), runUtilityWorker(db, now)]);
    await runUtilityWorker(db, new Date());
    await Promise.all([
      runWorker(new Date(), 'verdict-a', government.id),
      runWorker(new Date(), 'verdict-b', government.id),
    ]);
    const about = (address: string) =>
      received
        .slice(before)
        .filter((mail) => mail.to.includes(address) && mail.raw.includes(`/links/${link.id}`));
    expect(about(world.email)).toHaveLength(1);
    expect(about(coordinatorEmail)).toHaveLength(1);
    expect(about(viewerEmail)).toHaveLength(0);
    const bell = (await notificationsOf(client, base)).filter((item) => item.kind === 'verdict_change');
    expect(bell).toHaveLength(1);
    expect(bell[0]?.title).toContain('Solo protocolario');
    expect(bell[0]?.path).toBe(`/links/${link.id}`);
  });
});
