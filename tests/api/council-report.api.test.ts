import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/contracts/reports';
import type { IndexResult, Overview, VerdictPage } from '../../src/contracts/utility';
import { addDays, todayIn } from '../../src/domain/calendar';
import {
  auditLog,
  commitments,
  councilReports,
  departments,
  eventCosts,
  events,
  indicators,
  initiatives,
  investmentLeads,
  linkParties,
  links,
  measurements,
  mirRows,
  partners,
  projectParticipants,
  projectTransactions,
} from '../../src/server/db/schema';
import { formatMoney, formatNumber } from '../../src/web/lib/format';
import { createMember, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

const zone = 'America/Bogota';

/**
 * A government with one productive and one protocol-only link, an event of the period with a cost
 * in pesos and one in francs (no rate), two commitments fulfilled in the period and one overdue,
 * money mobilised (pesos, and dollars without a rate), an established investment and an initiative
 * with a measured indicator.
 */
async function seedGovernment(role: 'coordinator' | 'admin' = 'coordinator') {
  const world = await createWorld(testApp.app, role);
  const db = testApp.app.database.db;
  const g = world.government.id;
  const today = todayIn(zone);
  const daysAgo = (days: number) => addDays(today, -days);
  const [department] = await db
    .insert(departments)
    .values({ governmentId: g, name: 'Planeación' })
    .returning();
  const [donor] = await db
    .insert(partners)
    .values({ governmentId: g, name: 'Agencia de Cooperación de Baviera', kind: 'cooperation_agency' })
    .returning();
  const [sister] = await db
    .insert(partners)
    .values({ governmentId: g, name: 'Ciudad de Valparaíso', kind: 'city_government' })
    .returning();
  const [productive, idle] = await db
    .insert(links)
    .values([
      {
        governmentId: g,
        title: 'Convenio de cooperación técnica',
        kind: 'convenio',
        status: 'active',
        signedOn: daysAgo(900),
      },
      {
        governmentId: g,
        title: 'Hermanamiento con Valparaíso',
        kind: 'sister_city',
        status: 'active',
        signedOn: daysAgo(1200),
      },
    ])
    .returning();
  await db.insert(linkParties).values([
    { governmentId: g, linkId: productive!.id, partnerId: donor!.id, role: 'counterpart' },
    { governmentId: g, linkId: idle!.id, partnerId: sister!.id, role: 'counterpart' },
  ]);
  const [initiative] = await db
    .insert(initiatives)
    .values({ governmentId: g, title: 'Huertas urbanas en ladera', stage: 'implementation' })
    .returning();
  await db
    .insert(projectParticipants)
    .values({ governmentId: g, initiativeId: initiative!.id, partnerId: donor!.id, role: 'funding' });
  await db.insert(projectTransactions).values([
    {
      governmentId: g,
      initiativeId: initiative!.id,
      type: '3',
      transactionDate: daysAgo(40),
      valueDate: daysAgo(40),
      amountMinor: 123_456_789_00,
      currency: 'COP',
      providerPartnerId: donor!.id,
    },
    {
      governmentId: g,
      initiativeId: initiative!.id,
      type: '1',
      transactionDate: daysAgo(40),
      valueDate: daysAgo(40),
      amountMinor: 2_500_00,
      currency: 'USD',
      providerPartnerId: donor!.id,
    },
  ]);
  const [row] = await db
    .insert(mirRows)
    .values({ governmentId: g, initiativeId: initiative!.id, level: 'purpose' })
    .returning();
  const [indicator] = await db
    .insert(indicators)
    .values({
      governmentId: g,
      initiativeId: initiative!.id,
      mirRowId: row!.id,
      name: 'Familias con huerta',
      unit: 'familias',
      baselineValue: '0',
      targetValue: '400',
    })
    .returning();
  await db.insert(measurements).values({
    governmentId: g,
    initiativeId: initiative!.id,
    indicatorId: indicator!.id,
    measuredOn: daysAgo(20),
    value: '100',
    unit: 'familias',
  });
  const startsAt = DateTime.fromISO(daysAgo(60), { zone }).set({ hour: 9 });
  const [event] = await db
    .insert(events)
    .values({
      governmentId: g,
      title: 'Misión técnica a Múnich',
      kind: 'mission_abroad',
      startsAt: startsAt.toJSDate(),
      endsAt: startsAt.plus({ hours: 8 }).toJSDate(),
      timezone: zone,
      city: 'Múnich',
      countryCode: 'DE',
    })
    .returning();
  await db.insert(eventCosts).values([
    {
      governmentId: g,
      eventId: event!.id,
      category: 'travel',
      source: 'own',
      amountMinor: 8_000_000_00,
      currency: 'COP',
    },
    {
      governmentId: g,
      eventId: event!.id,
      category: 'per_diem',
      source: 'own',
      amountMinor: 450_00,
      currency: 'CHF',
    },
  ]);
  const commitment = (title: string, values: Partial<typeof commitments.$inferInsert>) => ({
    governmentId: g,
    title,
    linkId: productive!.id,
    ownerDepartmentId: department!.id,
    ownerName: 'Planeación',
    dueDate: daysAgo(30),
    ...values,
  });
  await db
    .insert(commitments)
    .values([
      commitment('Intercambio de técnicos agrícolas', { status: 'fulfilled', fulfilledOn: daysAgo(35) }),
      commitment('Guía de compostaje en español', { status: 'fulfilled', fulfilledOn: daysAgo(25) }),
      commitment('Informe de la misión', { status: 'pending', dueDate: daysAgo(10) }),
    ]);
  await db.insert(investmentLeads).values({
    governmentId: g,
    companyPartnerId: donor!.id,
    title: 'Planta de compostaje',
    originCountryCode: 'DE',
    sector: '31110',
    stage: 'established',
    currency: 'COP',
    realisedAmountMinor: 5_000_000_000_00,
    createdJobs: 35,
    establishedOn: daysAgo(50),
  });
  return { ...world, today, from: daysAgo(364), to: today };
}

async function waitForReport(client: Client, url: string): Promise<Report> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const report = (await client.get(url)).json() as Report;
    if (report.status === 'completed' || report.status === 'failed') return report;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the report did not finish within 60 s');
}

async function generate(client: Client, base: string, body: { from: string; to: string; language?: string }) {
  const response = await client.post(`${base}/reports`, body);
  expect(response.statusCode, response.body).toBe(202);
  const queued = response.json() as Report;
  expect(['queued', 'running', 'completed']).toContain(queued.status);
  const report = await waitForReport(client, `${base}/reports/${queued.id}`);
  expect(report.status, report.error ?? '').toBe('completed');
  expect(report.progress).toBe(1);
  return report;
}

/** The PDF's text as pdftotext lays it out, with every kind of space made plain. */
function pdfText(bytes: Buffer): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'vinculo-report-'));
  const file = path.join(folder, 'informe.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
    /[\u00a0\u202f]/g,
    ' ',
  );
}

const plain = (value: string) => value.replace(/[\u00a0\u202f]/g, ' ');
const literal = (value: string) => plain(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A line of a table: the label, then (after spaces) the value. */
const row = (label: string, value: string) =>
  new RegExp(`${literal(label)}\\s+${literal(value)}(\\s|$)`, 'm');

describe('the report to the council', () => {
  it('generates the PDF whose figures match the API, and the same tables as a typed workbook', async () => {
    const world = await seedGovernment('coordinator');
    const { client, base } = world;
    const report = await generate(client, base, { from: world.from, to: world.to, language: 'es' });
    expect(report.pdfBytes).toBeGreaterThan(1000);

    const [overview, index, verdicts] = await Promise.all([
      client.get(`${base}/utility/overview`).then((r) => r.json() as Overview),
      client.get(`${base}/utility/index`).then((r) => r.json() as IndexResult),
      client.get(`${base}/utility/verdicts?kind=link`).then((r) => r.json() as VerdictPage),
    ]);
    // The seed is what the API says too: one productive link and one protocol-only.
    expect(verdicts.counts.productive).toBe(1);
    expect(verdicts.counts.protocol_only).toBe(1);

    const download = await client.get(`${base}/reports/${report.id}/report.pdf`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain(`informe-${world.from}-${world.to}.pdf`);
    const text = pdfText(download.rawPayload);

    expect(text).toContain('Informe de la acción internacional');
    expect(text).toContain(world.government.name);
    expect(text).toMatch(/Página 1 de \d+/);
    expect(text).toMatch(row('Índice de utilidad social (0 a 100)', formatNumber(index.score, 'es')));
    expect(index.score).toBe(overview.index.score);
    expect(text).toMatch(row('Vínculos', '2'));
    expect(text).toMatch(row('Solo protocolario', String(verdicts.counts.protocol_only)));
    expect(text).toMatch(row('Productivo', String(verdicts.counts.productive)));
    expect(text).toMatch(row('En riesgo', String(verdicts.counts.at_risk)));
    expect(text).toMatch(row('Compromisos cumplidos en el periodo', '2'));
    const overdue = overview.overdueByDepartment.reduce((sum, item) => sum + item.overdue, 0);
    expect(overdue).toBe(1);
    expect(text).toMatch(row('Compromisos vencidos', String(overdue)));
    expect(text).toMatch(
      row('Recursos movilizados', formatMoney(overview.resources.mobilisedMinor, 'COP', 'es')),
    );
    expect(overview.resources.mobilisedMinor).toBe(123_456_789_00);
    expect(text).toMatch(
      row('Inversión realizada', formatMoney(overview.investment.realisedMinor, 'COP', 'es')),
    );
    expect(text).toMatch(row('Empleos creados', '35'));
    expect(text).toMatch(row('Eventos de la agenda en el periodo', '1'));
    expect(text).toMatch(row('Costo de la agenda en el periodo', formatMoney(8_000_000_00, 'COP', 'es')));
    // The protocol-only link with its reasons, in Spanish; money without a rate apart, by currency.
    expect(text).toMatch(/Hermanamiento con\s+(Valparaíso\s+)?Ciudad de Valparaíso/);
    expect(text).toContain('No ha movilizado recursos');
    expect(plain(text)).toContain(plain(formatMoney(450_00, 'CHF', 'es')));
    expect(text).toMatch(row('USD', formatMoney(2_500_00, 'USD', 'es')));
    expect(text).toContain('Misión técnica a Múnich');
    expect(text).toContain('Familias con huerta');

    const workbookResponse = await client.get(`${base}/reports/${report.id}/report.xlsx`);
    expect(workbookResponse.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(workbookResponse.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Resumen',
      'Índice',
      'Vínculos',
      'Agenda',
      'Compromisos',
      'Recursos',
      'Sin convertir',
      'Inversión',
      'Iniciativas',
      'Indicadores',
    ]);
    const summary = workbook.getWorksheet('Resumen')!;
    expect(summary.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(summary.autoFilter).toBeTruthy();
    const values = new Map<string, unknown>();
    summary.eachRow((line, number) => {
      if (number > 1) values.set(String(line.getCell(1).value), line.getCell(2).value);
    });
    expect(values.get('Índice de utilidad social (0 a 100)')).toBe(index.score);
    expect(values.get('Compromisos cumplidos en el periodo')).toBe(2);
    expect(values.get('Compromisos vencidos')).toBe(1);
    expect(values.get('Recursos movilizados')).toBe(123_456_789);
    const linkSheet = workbook.getWorksheet('Vínculos')!;
    expect(linkSheet.rowCount).toBe(3);
    expect(linkSheet.getRow(2).getCell(4).value).toBe('Solo protocolario');
    const agenda = workbook.getWorksheet('Agenda')!;
    expect(agenda.getRow(2).getCell(1).value).toBeInstanceOf(Date);
    expect(agenda.getRow(2).getCell(5).value).toBe(8_000_000);

    // Generation is audited: asked for, then completed.
    const audit = await testApp.app.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'council_report'), eq(auditLog.entityId, report.id)));
    expect(audit.map((entry) => entry.action).sort()).toEqual(['create', 'status_change']);
  });

  it('writes English when asked, and lists past reports latest first', async () => {
    const world = await seedGovernment('admin');
    const report = await generate(world.client, world.base, {
      from: world.from,
      to: world.to,
      language: 'en',
    });
    const text = pdfText(
      (await world.client.get(`${world.base}/reports/${report.id}/report.pdf`)).rawPayload,
    );
    expect(text).toContain('Report on the international action');
    expect(text).toMatch(row('Commitments fulfilled in the period', '2'));
    expect(text).toMatch(/Page 1 of \d+/);
    const list = (await world.client.get(`${world.base}/reports`)).json() as {
      items: Report[];
      total: number;
    };
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ id: report.id, language: 'en', status: 'completed' });
    expect(list.items[0]?.createdByName).toBe('Persona admin');
  });
});

describe('who may see and make reports', () => {
  it('lets a viewer read and download but not generate, and hides reports from another government', async () => {
    const world = await seedGovernment('coordinator');
    const report = await generate(world.client, world.base, { from: world.from, to: world.to });
    const viewer = await signInAs(
      testApp.app,
      await createMember(testApp.app.database.db, world.government.id, 'viewer'),
      testPassword,
    );
    expect((await viewer.get(`${world.base}/reports`)).statusCode).toBe(200);
    expect((await viewer.get(`${world.base}/reports/${report.id}/report.pdf`)).statusCode).toBe(200);
    expect((await viewer.post(`${world.base}/reports`, { from: world.from, to: world.to })).statusCode).toBe(
      403,
    );

    const other = await createWorld(testApp.app, 'admin');
    for (const suffix of ['', '/report.pdf', '/report.xlsx']) {
      expect((await other.client.get(`${other.base}/reports/${report.id}${suffix}`)).statusCode).toBe(404);
    }
    expect((await other.client.get(`${other.base}/reports`)).json()).toEqual({ items: [], total: 0 });
  });
});

describe('bounds of a report', () => {
  it('refuses a period that ends before it starts, one longer than six years and dates that are not dates', async () => {
    const { client, base } = await createWorld(testApp.app, 'coordinator');
    const reversed = await client.post(`${base}/reports`, { from: '2026-06-01', to: '2026-01-01' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([
      expect.objectContaining({
        field: 'to',
        message: 'El fin del periodo no puede ser anterior a su inicio.',
      }),
    ]);
    const tooLong = await client.post(`${base}/reports`, { from: '2010-01-01', to: '2026-01-01' });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0]).toMatchObject({ field: 'to' });
    const notDate = await client.post(`${base}/reports`, {
      from: '2026-02-30',
      to: 'mañana',
      language: 'fr',
    });
    expect(notDate.statusCode).toBe(400);
    expect(
      notDate
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['from', 'language', 'to']);
    expect((await client.get(`${base}/reports`)).json()).toEqual({ items: [], total: 0 });
  });

  it('answers 409 for the file of a report that is not ready', async () => {
    const world = await seedGovernment('coordinator');
    const [queued] = await testApp.app.database.db
      .insert(councilReports)
      .values({
        governmentId: world.government.id,
        periodFrom: world.from,
        periodTo: world.to,
        language: 'es',
      })
      .returning();
    const response = await world.client.get(`${world.base}/reports/${queued!.id}/report.pdf`);
    expect(response.statusCode).toBe(409);
    expect(response.json().detail).toBe('El informe todavía no está listo para descargarse.');
  });
});
