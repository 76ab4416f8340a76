import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIn } from '../../src/domain/link-lifecycle';
import { iatiImportJobs, scheduledNotifications } from '../../src/server/db/schema';
import { runReminderWorker } from '../../src/server/modules/agenda/reminders.service';
import { createFileJob } from '../../src/server/modules/iati/iati.import';
import { type DatabaseHandle, openDatabase } from '../../src/server/platform/db';
import { createGovernment, createMember, partnerInput, testPassword } from '../factories';
import {
  type HttpAnswer,
  type HttpClient,
  sendOverHttp,
  signInOverHttp,
  startRoundRobinProxy,
} from '../round-robin-proxy';
import { startSmtpServer } from '../smtp';
import { createTestApp, type TestApp } from '../test-app';

// Two app processes share nothing but their database; PGlite is an embedded database of one process,
// so this scenario only exists on PostgreSQL (the suite runs it with VINCULO_TEST_DB=postgres).
const isPostgres = process.env.VINCULO_TEST_DB === 'postgres';

/** Calendar arithmetic on ISO dates of the government's calendar. */
const shift = (date: string, days: number) => {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
};

/** Asks `check` until it returns a value, every 50 ms, for at most `seconds` (a bound, not a retry). */
async function waitUntil<T>(what: string, seconds: number, check: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const value = await check();
    if (value !== null) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

/** An IATI file of `count` small activities with identifiers of this run. */
function iatiFile(count: number, run: string) {
  const activities = Array.from(
    { length: count },
    (_, index) =>
      `<iati-activity default-currency="USD"><iati-identifier>XM-DAC-${run}-${index}</iati-identifier>` +
      `<reporting-org ref="XM-DAC-${run}" type="10"><narrative>Agencia ${run}</narrative></reporting-org>` +
      `<title><narrative>Proyecto de movilidad sostenible número ${index}</narrative></title>` +
      `<description><narrative>Cooperación técnica con gobiernos locales de América Latina.</narrative></description>` +
      '<activity-status code="2"/></iati-activity>',
  );
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">${activities.join('\n')}</iati-activities>`,
  );
}

describe.skipIf(!isPostgres)('two app processes on one PostgreSQL behind a round-robin proxy', () => {
  const run = randomUUID().slice(0, 8);
  let setup: DatabaseHandle;
  let governmentId = '';
  let base = '';
  const emails: string[] = [];
  let apps: TestApp[] = [];
  const isClosed = [false, false];
  let proxy: Awaited<ReturnType<typeof startRoundRobinProxy>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

  beforeAll(async () => {
    // The government and its people exist before the apps start: both are scoped to it, so that
    // their background work (import jobs) never touches another test's data on the shared database.
    setup = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL });
    await setup.migrate();
    const government = await createGovernment(setup.db);
    governmentId = government.id;
    base = `/api/governments/${governmentId}`;
    for (const role of ['admin', 'coordinator', 'coordinator', 'admin'] as const)
      emails.push(await createMember(setup.db, governmentId, role));
    smtp = await startSmtpServer();
    const workerScope = { governmentId };
    apps = [
      await createTestApp({ workerScope, config: { importPickupIntervalSeconds: 0.2 } }),
      await createTestApp({ workerScope, config: { importPickupIntervalSeconds: 0.2 } }),
    ];
    for (const { app } of apps) await app.listen({ host: '127.0.0.1', port: 0 });
    proxy = await startRoundRobinProxy(
      apps.map(({ app }) => (app.server.address() as { port: number }).port),
    );
  }, 60_000);

  afterAll(async () => {
    await proxy?.close();
    await Promise.all(apps.map((testApp, index) => (isClosed[index] ? null : testApp.close())));
    await smtp?.close();
    await setup?.close();
  });

  it('serves a mixed load across both processes: sessions, CSRF and writes, with zero errors', async () => {
    const clients = await Promise.all(emails.map((email) => signInOverHttp(proxy.url, email, testPassword)));
    const statuses: number[] = [];
    const unexpected: string[] = [];
    const backendsOf = clients.map(() => new Set<string>());
    const expectStatus = (client: number, answer: HttpAnswer, expected: number, what: string) => {
      statuses.push(answer.status);
      backendsOf[client]?.add(answer.headers.get('x-served-by') ?? '?');
      if (answer.status !== expected)
        unexpected.push(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
      return answer.body as { id: string; version: number; items: unknown[]; total: number };
    };

    // A session created on one process is used on the other; a write without the session's CSRF
    // token is refused by either.
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const client = clients[0] as HttpClient;
      const refused = await client.request('POST', `${base}/partners`, partnerInput(), {
        'x-csrf-token': 'x',
      });
      expectStatus(0, refused, 403, 'write with a wrong CSRF token');
      expect(refused.body).toMatchObject({ code: 'csrf_token_invalid' });
    }

    const iterations = 6;
    await Promise.all(
      clients.map(async (client, index) => {
        for (let round = 0; round < iterations; round += 1) {
          const name = `Agencia ${run} ${index}-${round}`;
          const created = expectStatus(
            index,
            await client.request('POST', `${base}/partners`, partnerInput({ name, acronym: undefined })),
            201,
            'create partner',
          );
          expectStatus(
            index,
            await client.request('GET', `${base}/partners?pageSize=25`),
            200,
            'list partners',
          );
          expectStatus(
            index,
            await client.request('GET', `${base}/partners/${created.id}`),
            200,
            'read partner',
          );
          expectStatus(
            index,
            await client.request('PUT', `${base}/partners/${created.id}`, {
              ...partnerInput({ name: `${name} (editada)`, acronym: undefined }),
              version: created.version,
            }),
            200,
            'update partner',
          );
          // The same version again: the other process must see the first write and refuse.
          expectStatus(
            index,
            await client.request('PUT', `${base}/partners/${created.id}`, {
              ...partnerInput({ name, acronym: undefined }),
              version: created.version,
            }),
            409,
            'stale update',
          );
          expectStatus(index, await client.request('GET', '/api/auth/session'), 200, 'session');
          expectStatus(index, await client.request('GET', `${base}/search?q=agencia`), 200, 'search');
        }
      }),
    );

    expect(unexpected).toEqual([]);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    // Every session was served by both processes.
    for (const backends of backendsOf) expect([...backends].sort()).toEqual(['0', '1']);
    expect(proxy.served.every((count) => count > 20)).toBe(true);
    const list = (await (clients[1] as HttpClient).request('GET', `${base}/partners?pageSize=25`)).body as {
      total: number;
    };
    expect(list.total).toBe(emails.length * iterations);
  }, 120_000);

  it('counts sign-in failures across processes: the limiter holds whichever process answers', async () => {
    const email = await createMember(setup.db, governmentId, 'viewer');
    const answers: HttpAnswer[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1)
      answers.push(
        await sendOverHttp(
          proxy.url,
          'POST',
          '/api/auth/sign-in',
          { email, password: `guess-${attempt}` },
          {},
        ),
      );
    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    expect(new Set(answers.map((answer) => answer.headers.get('x-served-by')))).toEqual(new Set(['0', '1']));
    // Right away, the right password waits too, on either process.
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const answer = await sendOverHttp(
        proxy.url,
        'POST',
        '/api/auth/sign-in',
        { email, password: testPassword },
        {},
      );
      expect(answer.status).toBe(429);
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  }, 60_000);

  it('sends each reminder once with the reminder worker running in both processes', async () => {
    const admin = await signInOverHttp(proxy.url, emails[0] as string, testPassword);
    const session = (await admin.request('GET', '/api/auth/session')).body as { user: { id: string } };
    const department = (
      await admin.request('POST', `${base}/departments`, {
        name: `Agencia de Cooperación ${run}`,
        acronym: 'ACI',
      })
    ).body as { id: string };
    const today = todayIn('America/Bogota');
    const commitmentIds: string[] = [];
    for (let index = 0; index < 6; index += 1) {
      const answer = await admin.request('POST', `${base}/commitments`, {
        title: `Compromiso ${run} número ${index}`,
        ownerDepartmentId: department.id,
        ownerUserId: session.user.id,
        ownerName: 'Persona admin',
        // Half overdue already, half due the day after tomorrow.
        dueDate: shift(today, index % 2 === 0 ? -3 : 2),
      });
      expect(answer.status).toBe(201);
      commitmentIds.push((answer.body as { id: string }).id);
    }
    const before = smtp.received.length;
    const workerPass = (processIndex: number, pass: number, now: Date) =>
      runReminderWorker({
        db: (apps[processIndex] as TestApp).database.db,
        governmentId,
        mailer: smtp.mailer,
        publicUrl: 'http://localhost:3000',
        workerId: `process-${processIndex}-pass-${pass}`,
        now,
        batchSize: 2,
      });
    // Three passes of both processes' workers at once, small batches so that they compete, at noon
    // in Bogotá on the day before the due date (the "1 day before" reminders are due then).
    const now = new Date(`${shift(today, 1)}T17:00:00Z`);
    let sent = 0;
    for (let pass = 0; pass < 4; pass += 1) {
      const outcomes = await Promise.all([workerPass(0, pass, now), workerPass(1, pass, now)]);
      sent += outcomes.reduce((sum, outcome) => sum + outcome.sent, 0);
      for (const outcome of outcomes) expect(outcome.failed).toBe(0);
    }
    const mails = smtp.received.slice(before).filter((mail) => mail.to.includes(emails[0] as string));
    const byCommitment = commitmentIds.map((id) => mails.filter((mail) => mail.text.includes(id)));
    // Every commitment reached its owner, and no e-mail was sent twice.
    for (const received of byCommitment) expect(received.length).toBeGreaterThanOrEqual(1);
    const keys = mails.map((mail) => `${mail.subject}|${commitmentIds.find((id) => mail.text.includes(id))}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(mails).toHaveLength(sent);
    const rows = await setup.db
      .select({ status: scheduledNotifications.status, commitmentId: scheduledNotifications.commitmentId })
      .from(scheduledNotifications)
      .where(eq(scheduledNotifications.governmentId, governmentId));
    expect(rows.filter((row) => row.commitmentId && row.status === 'sent')).toHaveLength(sent);
    const again = await workerPass(1, 9, now);
    expect(again.claimed).toBe(0);
  }, 60_000);

  it('resumes an import in the other process when the one running it stops', async () => {
    const admin = await signInOverHttp(proxy.url, emails[3] as string, testPassword);
    const count = 12_000;
    // Uploaded through the first process, straight to it.
    const first = apps[0] as TestApp;
    const firstUrl = `http://127.0.0.1:${(first.app.server.address() as { port: number }).port}`;
    const uploaded = await signInOverHttp(firstUrl, emails[3] as string, testPassword).then((client) =>
      client.request('POST', `${base}/iati/imports`, iatiFile(count, run), { 'x-file-name': 'agencia.xml' }),
    );
    expect(uploaded.status).toBe(202);
    const jobId = (uploaded.body as { id: string }).id;
    const readJob = async () =>
      (await setup.db.select().from(iatiImportJobs).where(eq(iatiImportJobs.id, jobId)))[0];
    // Stop the process that runs it (the first, unless the other's periodic look claimed the queued
    // job first) once it has written a part of the file.
    const running = await waitUntil('the job runs', 30, async () => {
      const job = await readJob();
      return job?.status === 'running' && job.activitiesSeen > 0 ? job : null;
    });
    const owner = apps.findIndex(({ app }) => app.workerId === running.claimedBy);
    expect(owner).toBeGreaterThanOrEqual(0);
    const other = 1 - owner;
    proxy.remove(owner);
    await (apps[owner] as TestApp).close();
    isClosed[owner] = true;
    const stopped = await readJob();
    expect(stopped?.status).not.toBe('completed');

    const finished = await waitUntil('the other process finishes the job', 90, async () => {
      const answer = await admin.request('GET', `${base}/iati/imports/${jobId}`);
      expect(answer.status).toBe(200);
      const job = answer.body as { status: string; activitiesImported: number };
      return job.status === 'completed' || job.status === 'failed' ? job : null;
    });
    expect(finished).toMatchObject({ status: 'completed', activitiesImported: count });
    expect((await readJob())?.claimedBy).toBe((apps[other] as TestApp).app.workerId);
    const catalogue = (await admin.request('GET', `${base}/iati/catalogue?pageSize=1`)).body as {
      total: number;
    };
    expect(catalogue.total).toBe(count);
  }, 150_000);

  it('finishes a job whose process died (a killed CLI import, stale heartbeat) in a running app', async () => {
    const live = apps[isClosed[0] ? 1 : 0] as TestApp;
    const folder = mkdtempSync(path.join(tmpdir(), 'vinculo-cli-import-'));
    const file = path.join(folder, 'killed.xml');
    const content = iatiFile(300, `${run}-cli`);
    writeFileSync(file, content);
    const job = await setup.db.transaction((tx) =>
      createFileJob(
        tx,
        { governmentId, userId: null },
        { fileName: 'killed.xml', storagePath: file, sizeBytes: content.length },
      ),
    );
    // As `vinculo import` leaves it when killed: running, claimed by its pid, heartbeat two minutes old.
    await setup.db
      .update(iatiImportJobs)
      .set({ status: 'running', claimedBy: 'cli:99999', heartbeatAt: new Date(Date.now() - 120_000) })
      .where(eq(iatiImportJobs.id, job.id));
    const finished = await waitUntil('a live process finishes the stale job', 60, async () => {
      const [row] = await setup.db.select().from(iatiImportJobs).where(eq(iatiImportJobs.id, job.id));
      return row?.status === 'completed' || row?.status === 'failed' ? row : null;
    });
    expect(finished).toMatchObject({
      status: 'completed',
      activitiesImported: 300,
      claimedBy: live.app.workerId,
    });
  }, 90_000);
});
