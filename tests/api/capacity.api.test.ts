import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import questionnaireFile from '../../data/capacity/questionnaire-v1.json' with { type: 'json' };
import { utilitySnapshots } from '../../src/server/db/schema';
import { createAssociation, createMember, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

const keys = questionnaireFile.dimensions.map((dimension) => dimension.key);
type Answers = Record<string, { level: number; evidence?: string | null }>;

/** Every dimension at one level (with evidence where it is needed), then some overrides. */
function answersAt(level: number, overrides: Answers = {}): Answers {
  const all: Answers = {};
  for (const key of keys) all[key] = { level, evidence: level >= 3 ? `Decreto ${key} de 2024` : null };
  return { ...all, ...overrides };
}

/** Opens, fills and completes an edition; returns the completed detail. */
async function completeEdition(client: Client, base: string, assessedOn: string, answers: Answers) {
  const created = await client.post(`${base}/capacity/editions`, { assessedOn });
  expect(created.statusCode, created.body).toBe(201);
  const saved = await client.put(`${base}/capacity/editions/${created.json().id}`, {
    assessedOn,
    answers,
    version: created.json().version,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const completed = await client.post(`${base}/capacity/editions/${created.json().id}/complete`, {
    version: saved.json().version,
  });
  expect(completed.statusCode, completed.body).toBe(200);
  return completed.json();
}

async function associationWorld() {
  const { app } = testApp;
  const association = await createAssociation(app.database.db);
  const email = await createMember(app.database.db, association.id, 'admin');
  const client = await signInAs(app, email, testPassword);
  return { association, client, base: `/api/governments/${association.id}` };
}

describe('capacity self-assessment editions', () => {
  it('serves the questionnaire in the reader’s language', async () => {
    const { client, base } = await createWorld(testApp.app);
    const es = (await client.get(`${base}/capacity/questionnaire`)).json();
    expect(es.dimensions).toHaveLength(keys.length);
    expect(es.dimensions[0].name).toBe('Oficina y equipo');
    expect(es.dimensions[0].levels).toHaveLength(5);
    const en = (
      await client.request({ method: 'GET', url: `${base}/capacity/questionnaire?lang=en` })
    ).json();
    expect(en.dimensions[0].name).toBe('Office and staff');
  });

  it('needs evidence from level 3, every dimension to complete, and freezes a completed edition', async () => {
    const { client, base } = await createWorld(testApp.app, 'coordinator');
    const created = await client.post(`${base}/capacity/editions`, { assessedOn: '2025-03-31' });
    expect(created.statusCode, created.body).toBe(201);
    const edition = created.json();
    expect(edition).toMatchObject({
      status: 'draft',
      questionnaireVersion: 1,
      answered: 0,
      totalLevel: null,
    });

    const withoutEvidence = await client.put(`${base}/capacity/editions/${edition.id}`, {
      assessedOn: '2025-03-31',
      answers: { office_staff: { level: 3, evidence: '' }, budget: { level: 2 } },
      version: edition.version,
    });
    expect(withoutEvidence.statusCode).toBe(422);
    expect(withoutEvidence.json().errors).toEqual([
      expect.objectContaining({
        field: 'answers.office_staff.evidence',
        message: expect.stringContaining('nivel 3'),
      }),
    ]);

    const tooLong = await client.put(`${base}/capacity/editions/${edition.id}`, {
      assessedOn: '2025-03-31',
      answers: { office_staff: { level: 3, evidence: 'x'.repeat(501) } },
      version: edition.version,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0].field).toBe('answers.office_staff.evidence');

    const partial = await client.put(`${base}/capacity/editions/${edition.id}`, {
      assessedOn: '2025-03-31',
      answers: {
        office_staff: { level: 3, evidence: 'https://medellin.gov.co/decreto-883.pdf' },
        budget: { level: 2 },
      },
      version: edition.version,
    });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json()).toMatchObject({ answered: 2, averageLevel: 2.5, totalLevel: 2 });

    const incomplete = await client.post(`${base}/capacity/editions/${edition.id}/complete`, {
      version: partial.json().version,
    });
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().errors.map((error: { field: string }) => error.field)).toContain(
      'answers.legal_framework.level',
    );

    const stale = await client.put(`${base}/capacity/editions/${edition.id}`, {
      assessedOn: '2025-03-31',
      answers: answersAt(2),
      version: edition.version,
    });
    expect(stale.statusCode).toBe(409);

    const full = await client.put(`${base}/capacity/editions/${edition.id}`, {
      assessedOn: '2025-03-31',
      answers: answersAt(2, { office_staff: { level: 4, evidence: 'Acuerdo 12 de 2019' } }),
      version: partial.json().version,
    });
    const completed = await client.post(`${base}/capacity/editions/${edition.id}/complete`, {
      version: full.json().version,
    });
    expect(completed.statusCode, completed.body).toBe(200);
    expect(completed.json()).toMatchObject({ status: 'completed', totalLevel: 2, previous: null });
    expect(completed.json().completedAt).not.toBeNull();

    const frozen = await client.put(`${base}/capacity/editions/${edition.id}`, {
      assessedOn: '2025-03-31',
      answers: answersAt(1),
      version: completed.json().version,
    });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().code).toBe('edition_completed');

    const audit = (await client.get(`${base}/audit?entityType=capacity_edition`)).json();
    expect(audit.items.map((item: { action: string }) => item.action).sort()).toEqual([
      'create',
      'status_change',
      'update',
      'update',
    ]);
  });

  it('starts the next edition from the last answers and says what changed and what to do next', async () => {
    const { client, base } = await createWorld(testApp.app);
    const first = await completeEdition(client, base, '2024-11-30', answersAt(2));
    const created = await client.post(`${base}/capacity/editions`, { assessedOn: '2025-11-28' });
    expect(created.json().answers.budget.level).toBe(2);
    expect(created.json().previous.id).toBe(first.id);
    const second = await client.post(`${base}/capacity/editions`, { assessedOn: '2025-11-29' });
    expect(second.statusCode).toBe(422);

    const answers = answersAt(3, {
      budget: { level: 1 },
      transparency: { level: 2 },
      networks: { level: 5, evidence: 'Vicepresidencia de Mercociudades 2025' },
    });
    const saved = await client.put(`${base}/capacity/editions/${created.json().id}`, {
      assessedOn: '2025-11-28',
      answers,
      version: created.json().version,
    });
    const done = (
      await client.post(`${base}/capacity/editions/${created.json().id}/complete`, {
        version: saved.json().version,
      })
    ).json();
    expect(done.previous).toMatchObject({ id: first.id, totalLevel: 2 });
    const change = (key: string) =>
      done.changes.find((item: { dimensionKey: string }) => item.dimensionKey === key);
    expect(change('budget')).toMatchObject({ previous: 2, current: 1, direction: 'down' });
    expect(change('networks')).toMatchObject({ previous: 2, current: 5, delta: 3, direction: 'up' });
    expect(done.suggestions.map((item: { dimensionKey: string }) => item.dimensionKey)).toEqual([
      'budget',
      'transparency',
      'office_staff',
    ]);
    expect(done.suggestions[0].text).toContain('Reúna en una lista');
    const list = (await client.get(`${base}/capacity/editions`)).json();
    expect(list.items.map((item: { assessedOn: string }) => item.assessedOn)).toEqual([
      '2025-11-28',
      '2024-11-30',
    ]);
    expect(list.sharing).toEqual({ isSharingAssessment: false, isSharingIndex: false, version: 0 });
  });

  it('lets viewers read but not write, and only the admin share', async () => {
    const { app } = testApp;
    const { government, client, base } = await createWorld(app);
    const coordinator = await signInAs(
      app,
      await createMember(app.database.db, government.id, 'coordinator'),
      testPassword,
    );
    const viewer = await signInAs(
      app,
      await createMember(app.database.db, government.id, 'viewer'),
      testPassword,
    );
    const edition = await completeEdition(client, base, '2025-06-30', answersAt(1));
    expect((await viewer.get(`${base}/capacity/editions/${edition.id}`)).statusCode).toBe(200);
    expect((await viewer.post(`${base}/capacity/editions`, { assessedOn: '2025-07-01' })).statusCode).toBe(
      403,
    );
    const sharing = { isSharingAssessment: true, isSharingIndex: false, version: 0 };
    expect((await coordinator.put(`${base}/capacity/sharing`, sharing)).statusCode).toBe(403);
    expect((await client.put(`${base}/capacity/sharing`, sharing)).json()).toMatchObject({ version: 1 });
    expect((await client.put(`${base}/capacity/sharing`, sharing)).statusCode).toBe(409);
  });
});

describe('comparison across the governments of an association', () => {
  it('shows only what active members share, and nothing of anyone else', async () => {
    const { app } = testApp;
    const network = await associationWorld();
    const other = await associationWorld();
    const medellin = await createWorld(app);
    const cdmx = await createWorld(app);
    const outsider = await createWorld(app);
    await completeEdition(medellin.client, medellin.base, '2025-05-30', answersAt(4));
    await completeEdition(cdmx.client, cdmx.base, '2025-05-30', answersAt(2));
    await completeEdition(outsider.client, outsider.base, '2025-05-30', answersAt(5));
    await outsider.client.put(`${outsider.base}/capacity/sharing`, {
      isSharingAssessment: true,
      isSharingIndex: true,
      version: 0,
    });

    // The association invites by short name; nothing is visible until the government's admin accepts.
    const invitations = [];
    for (const world of [medellin, cdmx]) {
      const invited = await network.client.post(`${network.base}/network/members`, {
        governmentSlug: world.government.slug,
      });
      expect(invited.statusCode, invited.body).toBe(201);
      invitations.push(invited.json());
    }
    const again = await network.client.post(`${network.base}/network/members`, {
      governmentSlug: medellin.government.slug,
    });
    expect(again.statusCode).toBe(422);
    const unknown = await network.client.post(`${network.base}/network/members`, {
      governmentSlug: 'no-existe',
    });
    expect(unknown.json().errors[0].field).toBe('governmentSlug');
    const notAGovernment = await network.client.post(`${network.base}/network/members`, {
      governmentSlug: other.association.slug,
    });
    expect(notAGovernment.statusCode).toBe(422);

    const comparison = async () => (await network.client.get(`${network.base}/network/comparison`)).json();
    expect(await comparison()).toMatchObject({ activeMembers: 0, sharingMembers: 0, ranking: [] });

    for (const [index, world] of [medellin, cdmx].entries()) {
      const seen = (await world.client.get(`${world.base}/capacity/associations`)).json().items;
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ status: 'invited', association: { id: network.association.id } });
      const accepted = await world.client.post(`${world.base}/capacity/associations/${seen[0].id}/accept`, {
        version: seen[0].version,
      });
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json().id).toBe(invitations[index].id);
    }
    // Members, but sharing nothing yet.
    expect(await comparison()).toMatchObject({ activeMembers: 2, sharingMembers: 0, ranking: [] });

    await medellin.client.put(`${medellin.base}/capacity/sharing`, {
      isSharingAssessment: true,
      isSharingIndex: true,
      version: 0,
    });
    await cdmx.client.put(`${cdmx.base}/capacity/sharing`, {
      isSharingAssessment: true,
      isSharingIndex: false,
      version: 0,
    });
    await app.database.db.insert(utilitySnapshots).values([
      {
        governmentId: medellin.government.id,
        month: '2025-10',
        scopeKind: 'government',
        score: 61,
        components: [],
      },
      {
        governmentId: cdmx.government.id,
        month: '2025-10',
        scopeKind: 'government',
        score: 48,
        components: [],
      },
    ]);
    // A draft is never shared: CDMX's newer answers stay home until completed.
    const draft = await cdmx.client.post(`${cdmx.base}/capacity/editions`, { assessedOn: '2025-11-28' });
    await cdmx.client.put(`${cdmx.base}/capacity/editions/${draft.json().id}`, {
      assessedOn: '2025-11-28',
      answers: answersAt(5),
      version: draft.json().version,
    });

    const shared = await comparison();
    expect(shared).toMatchObject({ activeMembers: 2, sharingMembers: 2, averageLevel: 3 });
    expect(
      shared.ranking.map((row: { government: { id: string }; position: number }) => [
        row.government.id,
        row.position,
      ]),
    ).toEqual([
      [medellin.government.id, 1],
      [cdmx.government.id, 2],
    ]);
    expect(shared.ranking[0].utilityIndex).toBe(61);
    expect(shared.ranking[1].utilityIndex).toBeNull(); // CDMX does not share its index
    expect(shared.ranking[1].averageLevel).toBe(2);
    expect(shared.dimensions[0]).toMatchObject({ averageLevel: 3, distribution: [0, 1, 0, 1, 0] });
    expect(JSON.stringify(shared)).not.toContain(outsider.government.id);

    // Another association sees none of it, and cannot touch this association's memberships.
    expect((await other.client.get(`${other.base}/network/comparison`)).json()).toMatchObject({
      ranking: [],
    });
    const foreignEnd = await other.client.post(`${other.base}/network/members/${invitations[0].id}/end`, {
      version: 2,
    });
    expect(foreignEnd.statusCode).toBe(404);
    // Ids of other tenants are 404, whichever way they are tried.
    const medellinEdition = (await medellin.client.get(`${medellin.base}/capacity/editions`)).json().items[0];
    expect((await cdmx.client.get(`${cdmx.base}/capacity/editions/${medellinEdition.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await network.client.get(`${network.base}/capacity/editions/${medellinEdition.id}`)).statusCode,
    ).toBe(404);
    expect((await network.client.get(`${medellin.base}/capacity/editions`)).statusCode).toBe(404);
    expect(
      (await cdmx.client.post(`${cdmx.base}/capacity/associations/${invitations[0].id}/end`, { version: 2 }))
        .statusCode,
    ).toBe(404);

    // Revoking the sharing hides the member at once.
    const sharing = (await cdmx.client.get(`${cdmx.base}/capacity/sharing`)).json();
    await cdmx.client.put(`${cdmx.base}/capacity/sharing`, { ...sharing, isSharingAssessment: false });
    expect(
      (await comparison()).ranking.map((row: { government: { id: string } }) => row.government.id),
    ).toEqual([medellin.government.id]);

    // An ex-member is invisible, whoever ended the membership.
    const mine = (await medellin.client.get(`${medellin.base}/capacity/associations`)).json().items[0];
    const left = await medellin.client.post(`${medellin.base}/capacity/associations/${mine.id}/end`, {
      version: mine.version,
    });
    expect(left.json()).toMatchObject({ status: 'ended', endedBySide: 'member' });
    expect(await comparison()).toMatchObject({ activeMembers: 1, sharingMembers: 0, ranking: [] });
    const members = (await network.client.get(`${network.base}/network/members`)).json().items;
    const cdmxMembership = members.find(
      (item: { member: { id: string } }) => item.member.id === cdmx.government.id,
    );
    const removed = await network.client.post(`${network.base}/network/members/${cdmxMembership.id}/end`, {
      version: cdmxMembership.version,
    });
    expect(removed.json()).toMatchObject({ status: 'ended', endedBySide: 'association' });
    expect(await comparison()).toMatchObject({ activeMembers: 0, ranking: [] });
  });

  it('gives an association only its own pages: the government modules answer 404', async () => {
    const network = await associationWorld();
    for (const path of ['/partners', '/links', '/agenda/events', '/capacity/editions', '/utility/overview']) {
      expect((await network.client.get(`${network.base}${path}`)).statusCode, path).toBe(404);
    }
    expect((await network.client.get(`${network.base}/members`)).statusCode).toBe(200);
    expect((await network.client.get(`${network.base}/capacity/questionnaire`)).statusCode).toBe(200);
    const session = (await network.client.get('/api/auth/session')).json();
    expect(session.memberships[0].tenantKind).toBe('association');
    const government = await createWorld(testApp.app);
    expect((await government.client.get(`${government.base}/network/comparison`)).statusCode).toBe(404);
  });
});
