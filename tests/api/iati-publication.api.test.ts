// What may be published in IATI: the standard's rules block publishing (not only the check page),
// the organisation identifier is required and stays put under published projects, an empty export
// is a clear 4xx, and the file says when anything it shows last changed and in which language.
import { spawnSync } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  governments,
  initiatives,
  partners,
  projectProfiles,
  projectTransactions,
} from '../../src/server/db/schema';
import { activitiesSchemaPath } from '../../src/server/modules/iati/iati.xsd';
import { createPartner, createWorld } from '../factories';
import { type Client, createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => {
  await testApp.close();
});

const orgId = 'CO-DANE-05001';
/** A date well in the future and one well in the past, whatever the hour and the time zone. */
const future = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
const past = '2025-03-14';

async function send(client: Client, method: 'post' | 'put' | 'delete', url: string, body?: unknown) {
  const response = await client[method](url, body);
  return { status: response.statusCode, body: response.json() };
}

/** A government with its IATI organisation identifier, a partner and one initiative with a draft profile. */
async function setUp(options: { orgId?: string | null; languages?: string[] } = {}) {
  const world = await createWorld(testApp.app, 'admin');
  const db = testApp.database.db;
  await db
    .update(governments)
    .set({
      iatiOrgId: options.orgId === undefined ? orgId : options.orgId,
      ...(options.languages ? { languages: options.languages } : {}),
    })
    .where(eq(governments.id, world.government.id));
  const partner = await createPartner(world.client, world.base, {
    name: 'World Resources Institute',
    kind: 'ngo_foundation',
    iatiOrgId: 'US-EIN-521257057',
    iatiOrgType: '21',
  });
  const initiative = (await send(world.client, 'post', `${world.base}/initiatives`, { title: 'Ciclorrutas' }))
    .body;
  const url = `${world.base}/initiatives/${initiative.id}/funding`;
  const profile = (extra: Record<string, unknown> = {}) => ({
    iatiIdentifier: `${orgId}-CICLO-1`,
    activityStatus: '2',
    sectors: [{ code: '21020', percentage: '100' }],
    startPlanned: '2025-01-01',
    endPlanned: '2026-12-31',
    startActual: '2025-02-01',
    participants: [{ partnerId: partner.id, role: 'funding' }],
    isPublished: true,
    ...extra,
  });
  return { ...world, partner, initiative, url, profile };
}

function messagesOf(body: { errors?: { field: string; message: string }[] }) {
  return (body.errors ?? []).map((error) => `${error.field}: ${error.message}`);
}

describe('publishing is blocked by the IATI standard rules', () => {
  it('refuses a profile whose dates the rules forbid, with the rule in Spanish, and saves nothing', async () => {
    const { client, url, profile } = await setUp();
    const backwards = await send(client, 'put', `${url}/profile`, profile({ endPlanned: '2024-12-31' }));
    expect(backwards.status).toBe(422);
    expect(messagesOf(backwards.body)).toEqual([
      'endPlanned: Regla IATI 11.1.2: el inicio previsto debe ser anterior al fin previsto.',
    ]);
    const early = await send(client, 'put', `${url}/profile`, profile({ startActual: future }));
    expect(messagesOf(early.body)).toEqual([
      'startActual: Regla IATI 11.1.4: el inicio real no puede estar en el futuro.',
    ]);
    expect((await client.get(url)).json().profile).toBeNull();
    // The same dates in a draft are kept: only publishing is refused.
    const draft = await send(
      client,
      'put',
      `${url}/profile`,
      profile({ startActual: future, isPublished: false }),
    );
    expect(draft.status).toBe(200);
  });

  it('refuses a future disbursement in a published project, and publishing a project that has one', async () => {
    const { client, url, profile } = await setUp();
    expect((await send(client, 'put', `${url}/profile`, profile())).status).toBe(200);
    const disbursement = { type: '3', transactionDate: past, amountMinor: 100, currency: 'COP' };
    expect((await send(client, 'post', `${url}/transactions`, disbursement)).status).toBe(201);
    const ahead = await send(client, 'post', `${url}/transactions`, {
      ...disbursement,
      transactionDate: future,
    });
    expect(ahead.status).toBe(422);
    expect(messagesOf(ahead.body)).toEqual([
      'transactionDate: Regla IATI 11.2.1: la fecha de una transacción no puede estar en el futuro.',
      'valueDate: Regla IATI 11.2.2: la fecha valor de una transacción no puede estar en el futuro.',
    ]);
    expect((await client.get(url)).json().transactions).toHaveLength(1);

    // Unpublished, the planned disbursement may be recorded; publishing it again is refused.
    const version = (await client.get(url)).json().profile.version;
    expect(
      (await send(client, 'put', `${url}/profile`, profile({ isPublished: false, version }))).status,
    ).toBe(200);
    expect(
      (await send(client, 'post', `${url}/transactions`, { ...disbursement, transactionDate: future }))
        .status,
    ).toBe(201);
    const republish = await send(client, 'put', `${url}/profile`, profile({ version: version + 1 }));
    expect(republish.status).toBe(422);
    expect(republish.body.errors.map((error: { field: string }) => error.field)).toEqual([
      'transactions',
      'transactions',
    ]);
  });

  it('refuses a budget period longer than a year in a published project', async () => {
    const { client, url, profile } = await setUp();
    expect((await send(client, 'put', `${url}/profile`, profile())).status).toBe(200);
    const budget = {
      periodStart: '2025-01-01',
      periodEnd: '2026-06-30',
      amountMinor: 1_000,
      currency: 'COP',
      valueDate: '2025-01-01',
    };
    const long = await send(client, 'post', `${url}/budgets`, budget);
    expect(messagesOf(long.body)).toEqual([
      'periodEnd: Regla IATI 7.5.3: un periodo de presupuesto no puede durar más de un año.',
    ]);
    expect(
      (await send(client, 'post', `${url}/budgets`, { ...budget, periodEnd: '2025-12-31' })).status,
    ).toBe(201);
  });

  it('refuses to export a file that breaks the rules, while the check page lists what to fix', async () => {
    const { client, base, url, profile, initiative, government } = await setUp();
    expect((await send(client, 'put', `${url}/profile`, profile())).status).toBe(200);
    // Data stored before these checks existed: a future disbursement of a published project.
    await testApp.database.db.insert(projectTransactions).values({
      governmentId: government.id,
      initiativeId: initiative.id,
      type: '3',
      transactionDate: future,
      valueDate: past,
      amountMinor: 100,
      currency: 'COP',
    });
    const refused = await client.get(`${base}/iati/export.xml`);
    expect(refused.statusCode).toBe(422);
    expect(messagesOf(refused.json())).toEqual([
      `projects: ${orgId}-CICLO-1: Regla IATI 11.2.1: la fecha de una transacción no puede estar en el futuro.`,
    ]);
    const check = (await client.get(`${base}/iati/export-check`)).json();
    expect(check.findings.filter((finding: { severity: string }) => finding.severity === 'error')).toEqual([
      expect.objectContaining({ ruleId: '11.2.1', iatiIdentifier: `${orgId}-CICLO-1` }),
    ]);
  });
});

describe('the organisation identifier', () => {
  it('is required to publish, and every identifier must begin with it', async () => {
    const { client, url, profile, base } = await setUp({ orgId: null });
    const refused = await send(client, 'put', `${url}/profile`, profile());
    expect(messagesOf(refused.body)).toEqual([
      'isPublished: Para publicar en IATI, el gobierno necesita su identificador de organización IATI: regístrelo en el perfil del gobierno.',
    ]);
    expect((await send(client, 'put', `${url}/profile`, profile({ isPublished: false }))).status).toBe(200);
    const government = (await client.get(base)).json();
    const update = { ...government, iatiOrgId: 'CO-NIT-890905211' };
    expect((await send(client, 'put', base, update)).status).toBe(200);
    const version = (await client.get(url)).json().profile.version;
    const mismatched = await send(client, 'put', `${url}/profile`, profile({ version }));
    expect(mismatched.body.errors.map((error: { field: string }) => error.field)).toEqual(['iatiIdentifier']);
  });

  it('cannot change while projects are published with it', async () => {
    const { client, url, profile, base } = await setUp();
    expect((await send(client, 'put', `${url}/profile`, profile())).status).toBe(200);
    const government = (await client.get(base)).json();
    for (const iatiOrgId of ['CO-NIT-890905211', null]) {
      const changed = await send(client, 'put', base, { ...government, iatiOrgId });
      expect(changed.status).toBe(422);
      expect(messagesOf(changed.body)).toEqual([
        `iatiOrgId: No se puede cambiar: hay proyectos publicados en IATI (1) cuyos identificadores empiezan por ${orgId}. Retire su publicación o conserve el identificador.`,
      ]);
    }
    // Saving the profile with the same identifier still works.
    expect((await send(client, 'put', base, { ...government, name: 'Alcaldía de Medellín' })).status).toBe(
      200,
    );
  });
});

describe('the exported file', () => {
  it('answers a government with nothing published with a 4xx that says what to do', async () => {
    const { client, base } = await setUp();
    for (const path of ['export.xml', 'export-check']) {
      const response = await client.get(`${base}/iati/${path}`);
      expect(response.statusCode).toBe(422);
      expect(messagesOf(response.json())).toEqual([
        'projects: Ningún proyecto está publicado en IATI todavía: marque «Publicar en IATI» en la pestaña Financiación de una iniciativa y vuelva a intentarlo.',
      ]);
    }
  });

  it('dates last-updated-datetime by the latest change of anything the activity shows', async () => {
    const { client, base, url, profile, initiative, government, partner } = await setUp();
    expect((await send(client, 'put', `${url}/profile`, profile())).status).toBe(200);
    expect(
      (
        await send(client, 'post', `${url}/transactions`, {
          type: '1',
          transactionDate: past,
          amountMinor: 100,
          currency: 'COP',
          providerPartnerId: partner.id,
        })
      ).status,
    ).toBe(201);
    const db = testApp.database.db;
    const lastUpdated = async () => {
      const response = await client.get(`${base}/iati/export.xml`);
      expect(response.statusCode).toBe(200);
      const parsed = new XMLParser({ ignoreAttributes: false }).parse(response.body);
      return parsed['iati-activities']['iati-activity']['@_last-updated-datetime'] as string;
    };
    const at = (iso: string) => new Date(iso);
    // Everything as of 1 January, audit trail included: the activity says so.
    await db
      .update(auditLog)
      .set({ occurredAt: at('2025-01-01T00:00:00Z') })
      .where(eq(auditLog.governmentId, government.id));
    await db
      .update(initiatives)
      .set({ updatedAt: at('2025-01-01T00:00:00Z') })
      .where(eq(initiatives.id, initiative.id));
    await db
      .update(projectProfiles)
      .set({ updatedAt: at('2025-01-01T00:00:00Z') })
      .where(eq(projectProfiles.initiativeId, initiative.id));
    await db
      .update(projectTransactions)
      .set({ updatedAt: at('2025-01-01T00:00:00Z') })
      .where(eq(projectTransactions.initiativeId, initiative.id));
    await db
      .update(partners)
      .set({ updatedAt: at('2025-01-01T00:00:00Z') })
      .where(eq(partners.governmentId, government.id));
    await db
      .update(governments)
      .set({ updatedAt: at('2025-01-01T00:00:00Z') })
      .where(eq(governments.id, government.id));
    expect(await lastUpdated()).toBe('2025-01-01T00:00:00.000Z');
    // A participant renamed, the government renamed, a transaction edited: each one counts.
    await db
      .update(partners)
      .set({ updatedAt: at('2025-02-01T00:00:00Z') })
      .where(eq(partners.id, partner.id));
    expect(await lastUpdated()).toBe('2025-02-01T00:00:00.000Z');
    await db
      .update(governments)
      .set({ updatedAt: at('2025-03-01T00:00:00Z') })
      .where(eq(governments.id, government.id));
    expect(await lastUpdated()).toBe('2025-03-01T00:00:00.000Z');
    await db
      .update(projectTransactions)
      .set({ updatedAt: at('2025-04-01T00:00:00Z') })
      .where(eq(projectTransactions.initiativeId, initiative.id));
    expect(await lastUpdated()).toBe('2025-04-01T00:00:00.000Z');
    // A budget added (budgets keep no timestamp of their own) or a transaction removed: now.
    const before = Date.now();
    const budget = {
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      amountMinor: 1_000,
      currency: 'COP',
      valueDate: '2025-01-01',
    };
    expect((await send(client, 'post', `${url}/budgets`, budget)).status).toBe(201);
    expect(Date.parse(await lastUpdated())).toBeGreaterThanOrEqual(before - 1000);
  });

  it("declares the government's language once and tags no narrative with a language it does not know", async () => {
    // A Brazilian municipality writes in Portuguese: its narratives were all declared Spanish.
    const { client, base, url, profile } = await setUp({ languages: ['pt', 'es'] });
    expect((await send(client, 'put', `${url}/profile`, profile())).status).toBe(200);
    const response = await client.get(`${base}/iati/export.xml`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/<iati-activity [^>]*xml:lang="pt"/);
    expect(response.body).not.toContain('xml:lang="es"');
    // The partner's English name is not declared Spanish (nor anything else: its language is not recorded).
    expect(response.body).toMatch(/<narrative>World Resources Institute<\/narrative>/);
    const lint = spawnSync('xmllint', ['--noout', '--schema', activitiesSchemaPath, '-'], {
      input: response.body,
    });
    expect(lint.status).toBe(0);
  });
});
