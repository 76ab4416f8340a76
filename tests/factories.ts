import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Role } from '../src/contracts/common';
import type { LinkInput } from '../src/contracts/links';
import type { PartnerInput } from '../src/contracts/partners';
import { addMember } from '../src/server/modules/members/members.service';
import { insertGovernment } from '../src/server/modules/territory/territory.queries';
import type { Database } from '../src/server/platform/db';
import { type Client, signInAs } from './test-app';

export const testPassword = 'correct-horse-battery-staple';

/** A fresh government of its own for each test: no truncation, no interference between tests. */
export async function createGovernment(
  db: Database,
  overrides: Partial<{ name: string; countryCode: string; timezone: string }> = {},
) {
  const suffix = randomUUID().slice(0, 8);
  return insertGovernment(db, {
    slug: `gobierno-${suffix}`,
    name: overrides.name ?? `Municipio de Prueba ${suffix}`,
    kind: 'municipality',
    countryCode: overrides.countryCode ?? 'CO',
    population: 2_600_000,
    languages: ['es'],
    reportingCurrency: 'COP',
    timezone: overrides.timezone ?? 'America/Bogota',
  });
}

/** An association (a network of governments): a tenant of its own that compares its members. */
export async function createAssociation(db: Database, name = 'Red de Prueba') {
  const suffix = randomUUID().slice(0, 8);
  return insertGovernment(db, {
    slug: `red-${suffix}`,
    name: `${name} ${suffix}`,
    kind: 'other',
    tenantKind: 'association',
    countryCode: 'CO',
    languages: ['es'],
    reportingCurrency: 'USD',
    timezone: 'America/Bogota',
  });
}

export async function createMember(
  db: Database,
  governmentId: string,
  role: Role,
  email = `${role}-${randomUUID()}@prueba.gov.co`,
) {
  await db.transaction((tx) =>
    addMember(
      tx,
      { governmentId, userId: null },
      { email, name: `Persona ${role}`, role, password: testPassword },
      10,
    ),
  );
  return email;
}

/** A government with a signed-in user of the given role. */
export async function createWorld(app: FastifyInstance, role: Role = 'admin', language = 'es') {
  const db = app.database.db;
  const government = await createGovernment(db);
  const email = await createMember(db, government.id, role);
  const client = await signInAs(app, email, testPassword, language);
  return { government, email, client, base: `/api/governments/${government.id}` };
}

export function partnerInput(overrides: Partial<PartnerInput> = {}): PartnerInput {
  return {
    name: 'Agencia Española de Cooperación Internacional para el Desarrollo',
    acronym: 'AECID',
    kind: 'cooperation_agency',
    countryCode: 'ES',
    city: 'Madrid',
    latitude: 40.4168,
    longitude: -3.7038,
    iatiOrgType: '10',
    tags: ['cooperación'],
    contacts: [{ name: 'Oficina Técnica de Cooperación', position: 'Coordinación', isPrimary: true }],
    ...overrides,
  };
}

export function linkInput(partnerId: string, overrides: Partial<LinkInput> = {}): LinkInput {
  return {
    title: 'Memorando de entendimiento en movilidad sostenible',
    kind: 'memorandum_of_understanding',
    status: 'negotiation',
    isCouncilApproved: false,
    workingGroups: [],
    themes: ['mobility'],
    strategyLines: ['international_cooperation'],
    planCodes: [],
    sdgGoals: [],
    parties: [{ partnerId, role: 'counterpart' }],
    signatories: [],
    documents: [],
    ...overrides,
  };
}

export async function createPartner(client: Client, base: string, overrides: Partial<PartnerInput> = {}) {
  const response = await client.post(`${base}/partners`, partnerInput(overrides));
  if (response.statusCode !== 201) throw new Error(`createPartner: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; version: number; name: string };
}

export async function createLink(
  client: Client,
  base: string,
  partnerId: string,
  overrides: Partial<LinkInput> = {},
) {
  const response = await client.post(`${base}/links`, linkInput(partnerId, overrides));
  if (response.statusCode !== 201) throw new Error(`createLink: ${response.statusCode} ${response.body}`);
  return response.json() as { id: string; version: number; status: string; allowedTransitions: string[] };
}

/** The token of an invitation link (`…/invitation#<token>`). */
export function tokenOfLink(url: string): string {
  const token = url.split('#')[1];
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

/**
 * Invites an e-mail through the API (the test app has no SMTP server, so the answer carries the link)
 * and returns the token to accept it with.
 */
export async function invite(
  client: Client,
  base: string,
  body: { email: string; role: Role; departmentId?: string | null },
) {
  const response = await client.post(`${base}/invitations`, body);
  if (response.statusCode !== 201) throw new Error(`invite: ${response.statusCode} ${response.body}`);
  const created = response.json() as { id: string; acceptUrl: string | null };
  if (!created.acceptUrl) throw new Error('invite: the link was e-mailed, not returned');
  return { id: created.id, token: tokenOfLink(created.acceptUrl) };
}
