import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  governments,
  iatiActivities,
  iatiImportJobs,
  partners,
  projectBudgets,
  projectParticipants,
  projectProfiles,
  projectTransactions,
} from '../../src/server/db/schema';
import { createFileJob, runImportJob } from '../../src/server/modules/iati/iati.import';
import { activitiesSchemaPath } from '../../src/server/modules/iati/iati.xsd';
import { createMember, createPartner, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

const realFiles = path.resolve(import.meta.dirname, '../../data/fixtures/iati-real-files');
const realActivityFiles = ['activities', 'dportal-multi-publisher'].flatMap((folder) =>
  readdirSync(path.join(realFiles, folder))
    .filter((name) => name.endsWith('.xml'))
    .map((name) => path.join(realFiles, folder, name)),
);

function xmllint(xml: string) {
  const result = spawnSync('xmllint', ['--noout', '--schema', activitiesSchemaPath, '-'], { input: xml });
  return { status: result.status, stderr: result.stderr.toString() };
}

async function post(client: Client, url: string, body: unknown, expected = 201) {
  const response = await client.post(url, body);
  if (response.statusCode !== expected) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A published project with participants, budgets and every transaction type, as the cooperation module stores it. */
async function createPublishedProject(orgId: string | null = 'CO-NIT-890905211') {
  const world = await createWorld(testApp.app, 'admin');
  const db = testApp.database.db;
  if (orgId)
    await db.update(governments).set({ iatiOrgId: orgId }).where(eq(governments.id, world.government.id));
  const donor = await createPartner(world.client, world.base, {
    iatiOrgId: 'XM-DAC-50-10',
    iatiOrgType: '10',
  });
  const implementer = await createPartner(world.client, world.base, {
    name: 'Fundación Mi Comuna',
    acronym: 'FMC',
    kind: 'ngo_foundation',
    countryCode: 'CO',
    city: 'Medellín',
    iatiOrgType: '22',
  });
  const initiative = await post(world.client, `${world.base}/initiatives`, {
    title: 'Movilidad sostenible en la comuna 13',
    strategyLine: 'international_cooperation',
    themes: ['mobility'],
    sdgGoals: ['11'],
    sdgTargets: ['11.2'],
  });
  const hidden = await post(world.client, `${world.base}/initiatives`, { title: 'Borrador sin publicar' });
  const governmentId = world.government.id;
  const identifier = `${orgId ?? 'XX'}-PRY-001`;
  await db.insert(projectProfiles).values([
    {
      initiativeId: initiative.id,
      governmentId,
      iatiIdentifier: identifier,
      activityStatus: '2',
      sectors: [
        { code: '21020', percentage: '60' },
        { code: '43030', percentage: '40' },
      ],
      collaborationType: '1',
      defaultFlowType: '10',
      defaultFinanceType: '110',
      defaultAidType: 'C01',
      defaultTiedStatus: '5',
      startPlanned: '2025-01-01',
      startActual: '2025-02-03',
      endPlanned: '2026-12-31',
      isPublished: true,
    },
    { initiativeId: hidden.id, governmentId, iatiIdentifier: `${identifier}-X`, isPublished: false },
  ]);
  await db.insert(projectParticipants).values([
    { governmentId, initiativeId: initiative.id, partnerId: donor.id, role: 'funding', sharePercent: '100' },
    { governmentId, initiativeId: initiative.id, partnerId: implementer.id, role: 'implementing' },
  ]);
  await db.insert(projectBudgets).values([
    {
      governmentId,
      initiativeId: initiative.id,
      kind: 'original',
      status: 'committed',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      amountMinor: 25_000_050,
      currency: 'EUR',
      valueDate: '2025-01-01',
    },
    {
      governmentId,
      initiativeId: initiative.id,
      kind: 'revised',
      status: 'indicative',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      amountMinor: 900_000_000,
      currency: 'COP',
      valueDate: '2026-01-01',
    },
  ]);
  const transaction = (type: '11' | '1' | '2' | '3' | '4', date: string, amountMinor: number) => ({
    governmentId,
    initiativeId: initiative.id,
    type,
    transactionDate: date,
    valueDate: date,
    amountMinor,
    currency: 'EUR',
    providerPartnerId: type === '11' || type === '1' ? donor.id : null,
    receiverPartnerId: type === '3' ? implementer.id : null,
    description: type === '3' ? 'Primer desembolso a la fundación' : null,
  });
  await db
    .insert(projectTransactions)
    .values([
      transaction('11', '2025-01-15', 25_000_050),
      transaction('1', '2025-02-01', 12_345_67),
      transaction('2', '2025-02-10', 10_000_00),
      transaction('3', '2025-03-01', 5_000_01),
      transaction('4', '2025-04-01', 99),
    ]);
  return { ...world, identifier, donor, implementer };
}

describe('IATI export', () => {
  it('exports published projects as IATI 2.03 valid against the XSD, with no ruleset errors', async () => {
    const { client, base, identifier } = await createPublishedProject();
    const response = await client.get(`${base}/iati/export.xml`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/xml');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="iati-activities-.*\.xml"$/,
    );
    const validation = xmllint(response.body);
    expect(validation.stderr).toContain('validates');
    expect(validation.status).toBe(0);

    const parsed = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      parseAttributeValue: false,
    }).parse(response.body);
    const activity = parsed['iati-activities']['iati-activity'];
    expect(Array.isArray(activity)).toBe(false); // the unpublished initiative is not exported
    expect(activity['iati-identifier']).toBe(identifier);
    expect(activity['reporting-org']['@_type']).toBe('11');
    expect(
      activity.tag.map((tag: Record<string, string>) => `${tag['@_vocabulary']}:${tag['@_code']}`),
    ).toEqual(['2:11', '3:11.2']);
    const values = activity.transaction.map((item: { value: Record<string, string> }) => item.value['#text']);
    expect(values).toEqual(['250000.50', '12345.67', '10000.00', '5000.01', '0.99']);
    // 900,000,000 centavos of COP: pesos keep their two decimals (ICU would show none).
    expect(activity.budget[1].value['#text']).toBe('9000000.00');
    const funding = activity['participating-org'].find(
      (org: Record<string, string>) => org['@_role'] === '1',
    );
    expect(funding['@_ref']).toBe('XM-DAC-50-10');

    const check = await client.get(`${base}/iati/export-check`);
    expect(check.statusCode).toBe(200);
    const body = check.json();
    expect(body.activityCount).toBe(1);
    expect(body.isSchemaValid).toBe(true);
    expect(body.findings.filter((finding: { severity: string }) => finding.severity === 'error')).toEqual([]);
  });

  it('refuses to export without the government IATI organisation identifier', async () => {
    const { client, base } = await createPublishedProject(null);
    const response = await client.get(`${base}/iati/export.xml`);
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0]).toMatchObject({ field: 'iatiOrgId' });
    expect((await client.get(`${base}/iati/export-check`)).statusCode).toBe(422);
  });
});

type Totals = Map<string, bigint>;
const scale = 20n;
const decimalPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const legacyTypes: Record<string, string> = { IF: '1', C: '2', D: '3', E: '4', IC: '11' };

/** The test's own fixed-scale reading of a decimal, independent of the app's helpers. */
function toScaled(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = text.replace(/^[+-]/, '').split('.');
  const units =
    BigInt(whole || '0') * 10n ** scale + BigInt((fraction.padEnd(Number(scale), '0') || '0').slice(0, 20));
  return negative ? -units : units;
}

function textOf(node: unknown): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string') return node;
  if (typeof node === 'object' && '#text' in node) return String((node as { '#text': unknown })['#text']);
  return '';
}

/** An independent count over the whole file with a plain DOM-less parse: activities and sums per type and currency. */
function independentCount(file: string) {
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    parseAttributeValue: false,
    isArray: (name) => ['iati-activity', 'transaction', 'narrative'].includes(name),
  });
  const activities = (parser.parse(readFileSync(file, 'utf8'))['iati-activities']?.['iati-activity'] ??
    []) as Record<string, unknown>[];
  const totals: Totals = new Map();
  let readable = 0;
  for (const activity of activities) {
    const defaultCurrency = activity['@_default-currency'] as string | undefined;
    for (const transaction of (activity.transaction ?? []) as Record<string, unknown>[]) {
      const typeNode = transaction['transaction-type'] as Record<string, string> | string | undefined;
      const written =
        (typeof typeNode === 'object' ? (typeNode['@_code'] ?? typeNode['#text']) : typeNode) ?? '';
      const type = legacyTypes[written.trim().toUpperCase()] ?? written.trim();
      const valueNode = transaction.value as Record<string, string> | string | undefined;
      const value = textOf(valueNode).trim();
      const currency =
        (typeof valueNode === 'object' ? valueNode['@_currency'] : undefined) ?? defaultCurrency;
      if (!/^\d+$/.test(type) || !decimalPattern.test(value) || !currency) continue;
      const key = `${type}/${currency.toUpperCase()}`;
      totals.set(key, (totals.get(key) ?? 0n) + toScaled(value));
      readable += 1;
    }
  }
  return { activityCount: activities.length, totals, readable };
}

async function catalogueTotals(governmentId: string) {
  const rows = await testApp.database.db
    .select({ totals: iatiActivities.transactionTotals, count: iatiActivities.transactionCount })
    .from(iatiActivities)
    .where(eq(iatiActivities.governmentId, governmentId));
  const totals: Totals = new Map();
  let transactionCount = 0;
  for (const row of rows) {
    transactionCount += row.count;
    for (const [type, perCurrency] of Object.entries(row.totals as Record<string, Record<string, string>>))
      for (const [currency, amount] of Object.entries(perCurrency))
        totals.set(`${type}/${currency}`, (totals.get(`${type}/${currency}`) ?? 0n) + toScaled(amount));
  }
  return { rows: rows.length, totals, transactionCount };
}

async function importFile(governmentId: string, userId: string | null, file: string) {
  const db = testApp.database.db;
  const job = await db.transaction((tx) =>
    createFileJob(
      tx,
      { governmentId, userId },
      { fileName: path.basename(file), storagePath: file, sizeBytes: statSync(file).size },
    ),
  );
  return runImportJob(db, job.id, { workerId: 'test' });
}

describe('IATI import of real publisher files', () => {
  for (const file of realActivityFiles) {
    it(`${path.basename(file)}: imported + skipped = an independent count, sums per type and currency match`, async () => {
      const { government } = await createWorld(testApp.app, 'admin');
      const expected = independentCount(file);
      const job = await importFile(government.id, null, file);
      expect(job?.status).toBe('completed');
      expect((job?.activitiesImported ?? 0) + (job?.activitiesSkipped ?? 0)).toBe(expected.activityCount);
      const stored = await catalogueTotals(government.id);
      expect(stored.rows).toBe(job?.activitiesImported);
      expect(stored.transactionCount).toBe(expected.readable);
      expect(Object.fromEntries(stored.totals)).toEqual(Object.fromEntries(expected.totals));
    });
  }

  it('is idempotent, reports unreadable values and makes publishers partners with their org ids', async () => {
    const { government } = await createWorld(testApp.app, 'admin');
    const file = path.join(realFiles, 'dportal-multi-publisher/covid-dportal-fixture.xml');
    const first = await importFile(government.id, null, file);
    const before = await catalogueTotals(government.id);
    const db = testApp.database.db;
    const publishers = await db.select().from(partners).where(eq(partners.governmentId, government.id));
    const second = await importFile(government.id, null, file);
    const after = await catalogueTotals(government.id);
    expect(second?.activitiesImported).toBe(first?.activitiesImported);
    expect(after.rows).toBe(before.rows);
    expect(Object.fromEntries(after.totals)).toEqual(Object.fromEntries(before.totals));
    expect(await db.select().from(partners).where(eq(partners.governmentId, government.id))).toHaveLength(
      publishers.length,
    );
    expect(publishers.length).toBeGreaterThan(1);
    expect(publishers.every((partner) => partner.iatiOrgId && partner.tags.includes('iati'))).toBe(true);
    const skipped = (first?.skipped ?? []) as { reason: string }[];
    expect(skipped.some((entry) => entry.reason.endsWith('no value'))).toBe(true);

    const who = await createWorld(testApp.app, 'admin');
    await importFile(who.government.id, null, path.join(realFiles, 'activities/who-arg.xml'));
    const [partner] = await db.select().from(partners).where(eq(partners.governmentId, who.government.id));
    expect(partner).toMatchObject({ iatiOrgId: 'XM-DAC-928', iatiOrgType: '40', kind: 'multilateral' });
    const catalogue = (await who.client.get(`${who.base}/iati/catalogue?countryCode=AR&pageSize=5`)).json();
    expect(catalogue.total).toBe(157);
    expect(catalogue.items[0].partnerId).toBe(partner?.id);
    const search = (await who.client.get(`${who.base}/iati/catalogue?q=tuberculosis`)).json();
    expect(search.total).toBeGreaterThan(0);
    expect(search.total).toBeLessThan(157);
  });
});

describe('IATI import of a publisher that reports countries and sectors on transactions only', () => {
  // J-PAL (US-EIN-042103594) reports each grant's country and sector on its commitment only; the
  // Kenya COVID-19 activity has its country on the activity and its sector on the transactions.
  const excerpt = path.resolve(
    import.meta.dirname,
    '../../data/iati-transaction-level/jpal-and-kenya-covid-excerpt.xml',
  );

  it('aggregates them to the activity by value, so a search by country finds the activity', async () => {
    const world = await createWorld(testApp.app, 'admin');
    const job = await importFile(world.government.id, null, excerpt);
    expect(job).toMatchObject({ status: 'completed', activitiesImported: 3, activitiesSkipped: 0 });
    // Nothing was read from the activity level for J-PAL, and nothing needed reporting.
    expect(job?.skipped).toEqual([]);

    const colombia = (await world.client.get(`${world.base}/iati/catalogue?countryCode=CO`)).json();
    const identifiers = colombia.items.map((item: { iatiIdentifier: string }) => item.iatiIdentifier).sort();
    expect(identifiers).toEqual(['US-EIN-042103594-GCCI-3978870', 'US-EIN-042103594-PPE3978774']);
    const governance = colombia.items.find(
      (item: { iatiIdentifier: string }) => item.iatiIdentifier === 'US-EIN-042103594-GCCI-3978870',
    );
    // Shares of the ten commitments (USD 515,549): Colombia's four grants are USD 253,237; rounded to
    // hundredths by largest remainder so that they add up to 100.
    expect(governance.recipientCountries).toEqual(['CO', 'KE', 'IN', 'PY', 'MX', 'SN', 'ML']);
    expect(governance.sectors).toEqual(['15140']);
    expect(governance.allocation).toEqual({
      countries: [
        { code: 'CO', percentage: '49.12' },
        { code: 'KE', percentage: '19.4' },
        { code: 'IN', percentage: '14.55' },
        { code: 'PY', percentage: '13.12' },
        { code: 'MX', percentage: '1.64' },
        { code: 'SN', percentage: '1.2' },
        { code: 'ML', percentage: '0.97' },
      ],
      regions: [],
      sectors: [{ code: '15140', percentage: '100' }],
      isGeographyFromTransactions: true,
      isSectorFromTransactions: true,
    });
    const research = colombia.items.find(
      (item: { iatiIdentifier: string }) => item.iatiIdentifier === 'US-EIN-042103594-PPE3978774',
    );
    // The incoming funds (GBP, to the United States) are not commitments: listed, with no share.
    expect(research.allocation.countries).toEqual([
      { code: 'CO', percentage: '47.06' },
      { code: 'KE', percentage: '26.07' },
      { code: 'IN', percentage: '24.41' },
      { code: 'TZ', percentage: '2.46' },
      { code: 'US', percentage: '0' },
    ]);

    const kenya = (await world.client.get(`${world.base}/iati/catalogue?countryCode=KE`)).json();
    const covid = kenya.items.find(
      (item: { iatiIdentifier: string }) =>
        item.iatiIdentifier === 'US-EIN-27-1661997-Kenya-COVID19-FCDO-2020',
    );
    expect(covid).toMatchObject({
      recipientCountries: ['KE'],
      sectors: ['72010'],
      allocation: { isGeographyFromTransactions: false, isSectorFromTransactions: true },
    });
  });
});

describe('IATI import jobs over HTTP', () => {
  async function waitForJob(client: Client, url: string) {
    for (let attempt = 0; attempt < 600; attempt += 1) {
      const job = (await client.get(url)).json();
      if (job.status === 'completed' || job.status === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('the import did not finish within 30 s');
  }

  it('uploads, imports in the background with progress reaching 1, and resumes idempotently', async () => {
    const { client, base } = await createWorld(testApp.app, 'coordinator');
    const file = path.join(realFiles, 'activities/worldbank-sv.xml');
    const response = await client.request({
      method: 'POST',
      url: `${base}/iati/imports`,
      payload: readFileSync(file),
      headers: {
        'content-type': 'application/xml',
        'x-file-name': encodeURIComponent('banco mundial – sv.xml'),
      },
    });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({
      fileName: 'banco mundial – sv.xml',
      sizeBytes: statSync(file).size,
    });
    const job = await waitForJob(client, `${base}/iati/imports/${response.json().id}`);
    expect(job).toMatchObject({
      status: 'completed',
      progress: 1,
      activitiesSeen: 13,
      activitiesImported: 13,
    });
    const list = (await client.get(`${base}/iati/imports`)).json();
    expect(list.items[0].id).toBe(job.id);

    // A completed job has no file left to read: it cannot be resumed.
    expect((await client.post(`${base}/iati/imports/${job.id}/resume`)).statusCode).toBe(422);
  });

  it('resumes a job whose process died (stale heartbeat) and refuses one still alive', async () => {
    const { client, base, government } = await createWorld(testApp.app, 'admin');
    const db = testApp.database.db;
    const file = path.join(realFiles, 'dportal-multi-publisher/dportal_28.xml');
    const job = await db.transaction((tx) =>
      createFileJob(
        tx,
        { governmentId: government.id, userId: null },
        { fileName: 'dportal_28.xml', storagePath: file, sizeBytes: statSync(file).size },
      ),
    );
    // As a crash leaves it: running, half counted, its heartbeat ten minutes old.
    await db
      .update(iatiImportJobs)
      .set({ status: 'running', activitiesImported: 40, heartbeatAt: new Date(Date.now() - 600_000) })
      .where(eq(iatiImportJobs.id, job.id));
    const resumed = await client.post(`${base}/iati/imports/${job.id}/resume`);
    expect(resumed.statusCode).toBe(202);
    const finished = await waitForJob(client, `${base}/iati/imports/${job.id}`);
    expect(finished).toMatchObject({ status: 'completed', activitiesSeen: 100, activitiesImported: 100 });
    expect((await catalogueTotals(government.id)).rows).toBe(100);

    await db
      .update(iatiImportJobs)
      .set({ status: 'running', heartbeatAt: new Date() })
      .where(eq(iatiImportJobs.id, job.id));
    expect((await client.post(`${base}/iati/imports/${job.id}/resume`)).statusCode).toBe(422);
  });

  it('fails a file that is not IATI, and refuses other content types', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const response = await client.request({
      method: 'POST',
      url: `${base}/iati/imports`,
      payload: '<html><body>no</body></html>',
      headers: { 'content-type': 'text/xml' },
    });
    expect(response.statusCode).toBe(202);
    const job = await waitForJob(client, `${base}/iati/imports/${response.json().id}`);
    expect(job.status).toBe('failed');
    expect(job.error).toBe('El archivo no es XML de IATI (iati-activities).');
    const wrongType = await client.request({
      method: 'POST',
      url: `${base}/iati/imports`,
      payload: '<iati-activities/>',
      headers: { 'content-type': 'image/png' },
    });
    expect(wrongType.statusCode).toBe(415);
  });

  it('lets every role read but only admins and coordinators import; tenants are isolated', async () => {
    const world = await createWorld(testApp.app, 'admin');
    const viewerEmail = await createMember(testApp.database.db, world.government.id, 'viewer');
    const viewer = await signInAs(testApp.app, viewerEmail, testPassword);
    const upload = (client: Client) =>
      client.request({
        method: 'POST',
        url: `${world.base}/iati/imports`,
        payload: '<iati-activities version="2.03"/>',
        headers: { 'content-type': 'application/xml' },
      });
    expect((await upload(viewer)).statusCode).toBe(403);
    expect((await viewer.get(`${world.base}/iati/imports`)).statusCode).toBe(200);
    expect((await viewer.get(`${world.base}/iati/catalogue`)).statusCode).toBe(200);
    const created = await upload(world.client);
    expect(created.statusCode).toBe(202);
    const other = await createWorld(testApp.app, 'admin');
    expect((await other.client.get(`${other.base}/iati/imports/${created.json().id}`)).statusCode).toBe(404);
    expect((await other.client.get(`${world.base}/iati/imports`)).statusCode).toBe(404);
    expect((await other.client.get(`${other.base}/iati/imports`)).json().items).toEqual([]);
    await waitForJob(world.client, `${world.base}/iati/imports/${created.json().id}`);
  });
});
