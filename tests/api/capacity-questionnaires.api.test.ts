import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import associationFile from '../../data/capacity/associations/red-oril-v1.json' with { type: 'json' };
import instanceFile from '../../data/capacity/questionnaire-v1.json' with { type: 'json' };
import { createAssociation, createMember, createWorld, testPassword } from '../factories';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

type QuestionnaireFile = typeof associationFile;
type Answers = Record<string, { level: number; evidence?: string | null }>;

/** The association's short questionnaire, at a version and with an id of the test's choosing. */
function ownQuestionnaire(overrides: Partial<QuestionnaireFile> = {}): QuestionnaireFile {
  return { ...structuredClone(associationFile), ...overrides };
}

/** A dimension of a questionnaire being edited by the test (the fixture has four). */
function dimensionOf(file: QuestionnaireFile, index: number) {
  const dimension = file.dimensions[index];
  if (!dimension) throw new Error(`no dimension ${index}`);
  return dimension;
}

function answersAt(keys: string[], level: number): Answers {
  return Object.fromEntries(
    keys.map((key) => [key, { level, evidence: level >= 3 ? `Acta ${key} de 2025` : null }]),
  );
}

async function associationWorld() {
  const { app } = testApp;
  const association = await createAssociation(app.database.db);
  const email = await createMember(app.database.db, association.id, 'admin');
  const client = await signInAs(app, email, testPassword);
  const viewerEmail = await createMember(app.database.db, association.id, 'viewer');
  const viewer = await signInAs(app, viewerEmail, testPassword);
  return { association, client, viewer, base: `/api/governments/${association.id}` };
}

/** The association invites the government and its admin accepts. */
async function join(
  network: Awaited<ReturnType<typeof associationWorld>>,
  world: Awaited<ReturnType<typeof createWorld>>,
) {
  const invited = await network.client.post(`${network.base}/network/members`, {
    governmentSlug: world.government.slug,
  });
  expect(invited.statusCode, invited.body).toBe(201);
  const accepted = await world.client.post(
    `${world.base}/capacity/associations/${invited.json().id}/accept`,
    {
      version: invited.json().version,
    },
  );
  expect(accepted.statusCode, accepted.body).toBe(200);
  return accepted.json();
}

async function completeEdition(
  client: Client,
  base: string,
  body: { assessedOn: string; associationId?: string | null },
  answers: Answers,
) {
  const created = await client.post(`${base}/capacity/editions`, body);
  expect(created.statusCode, created.body).toBe(201);
  const saved = await client.put(`${base}/capacity/editions/${created.json().id}`, {
    assessedOn: body.assessedOn,
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

const ownKeys = associationFile.dimensions.map((dimension) => dimension.key);
const instanceKeys = instanceFile.dimensions.map((dimension) => dimension.key);

describe('an association’s own capacity questionnaire', () => {
  it('uploads versions, refuses bad, hostile and stale files field by field, and adopts one', async () => {
    const network = await associationWorld();
    const url = `${network.base}/network/questionnaires`;

    const initial = (await network.client.get(`${network.base}/network/questionnaire`)).json();
    expect(initial).toMatchObject({
      source: 'instance',
      version: 0,
      adopted: { questionnaireId: instanceFile.id, dimensions: instanceKeys.length },
      own: [],
    });
    expect(initial.instance.map((item: { questionnaireId: string }) => item.questionnaireId)).toContain(
      instanceFile.id,
    );

    // The starting point: the instance's questionnaire as a file, in every language.
    const template = await network.client.get(
      `/api/governments/${network.association.id}/capacity/questionnaire/file`,
    );
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-disposition']).toContain('attachment');
    expect(template.json()).toMatchObject({ id: instanceFile.id, title: instanceFile.title });

    const uploaded = await network.client.post(url, { questionnaire: ownQuestionnaire() });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    expect(uploaded.json().own).toEqual([
      expect.objectContaining({
        questionnaireId: associationFile.id,
        version: 1,
        dimensions: ownKeys.length,
      }),
    ]);
    // Uploading does not adopt.
    expect(uploaded.json()).toMatchObject({ source: 'instance', version: 0 });

    // A missing translation and a level out of order: each named at its field, in the reader's language.
    const broken = ownQuestionnaire({ version: 2 });
    dimensionOf(broken, 1).name.pt = '';
    const level = dimensionOf(broken, 0).levels[2];
    if (level) level.level = 4;
    const refused = await network.client.post(url, { questionnaire: broken });
    expect(refused.statusCode).toBe(400);
    const fields = refused.json().errors.map((error: { field: string }) => error.field);
    expect(fields).toContain('questionnaire.dimensions.1.name.pt');
    expect(fields).toContain('questionnaire.dimensions.0.levels');
    const english = await network.client.request({
      method: 'POST',
      url,
      payload: { questionnaire: broken },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().errors).toContainEqual(
      expect.objectContaining({
        field: 'questionnaire.dimensions.0.levels',
        message: expect.stringContaining('five levels'),
      }),
    );
    const portuguese = await network.client.request({
      method: 'POST',
      url,
      payload: { questionnaire: broken },
      headers: { 'accept-language': 'pt' },
    });
    expect(portuguese.json().errors).toContainEqual(
      expect.objectContaining({
        field: 'questionnaire.dimensions.0.levels',
        message: expect.stringContaining('cinco níveis'),
      }),
    );

    // Duplicate keys, too many dimensions, a text too long, an id with odd characters.
    const duplicate = ownQuestionnaire({ version: 2 });
    dimensionOf(duplicate, 1).key = dimensionOf(duplicate, 0).key;
    expect((await network.client.post(url, { questionnaire: duplicate })).json().errors[0].field).toBe(
      'questionnaire.dimensions.1.key',
    );
    const tooMany = ownQuestionnaire({
      version: 2,
      dimensions: Array(31).fill(associationFile.dimensions[0]),
    });
    expect((await network.client.post(url, { questionnaire: tooMany })).statusCode).toBe(400);
    const tooLong = ownQuestionnaire({ version: 2 });
    tooLong.title.es = 'x'.repeat(1001);
    expect((await network.client.post(url, { questionnaire: tooLong })).json().errors[0].field).toBe(
      'questionnaire.title.es',
    );
    const oddId = await network.client.post(url, {
      questionnaire: ownQuestionnaire({ id: 'Red ORIL/v1' }),
    });
    expect(oddId.json().errors[0]).toMatchObject({ field: 'questionnaire.id' });

    // Hostile: a body past the limit is refused before it is parsed; markup is stored as text.
    const huge = ownQuestionnaire({ version: 2 });
    dimensionOf(huge, 0).question.es = 'y'.repeat(300 * 1024);
    expect((await network.client.post(url, { questionnaire: huge })).statusCode).toBe(413);
    expect((await network.client.post(url, 'no es JSON')).statusCode).toBeLessThan(500);
    expect((await network.client.post(url, { questionnaire: [] })).statusCode).toBe(400);
    const markup = ownQuestionnaire({ id: 'red-con-marcado', version: 1 });
    markup.title.es = '<img src=x onerror=alert(1)> Cuestionario';
    // A "__proto__" key as JSON text is refused by the parser, before anything reads it.
    const withProto = JSON.stringify({ questionnaire: markup }).replace(
      '{"questionnaire":{',
      '{"questionnaire":{"__proto__":{"polluted":true},',
    );
    const proto = await network.client.request({
      method: 'POST',
      url,
      payload: withProto,
      headers: { 'content-type': 'application/json' },
    });
    expect(proto.statusCode).toBe(400);
    const stored = await network.client.post(url, { questionnaire: markup });
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.json().own[0].title).toBe('<img src=x onerror=alert(1)> Cuestionario');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // Versions: the same version again, or a lower one, is refused; older versions stay.
    const same = await network.client.post(url, { questionnaire: ownQuestionnaire() });
    expect(same.statusCode).toBe(422);
    expect(same.json().errors[0]).toMatchObject({
      field: 'questionnaire.version',
      message: expect.stringContaining('versión 1'),
    });
    const instanceId = await network.client.post(url, {
      questionnaire: ownQuestionnaire({ id: instanceFile.id, version: 9 }),
    });
    expect(instanceId.statusCode).toBe(422);
    expect(instanceId.json().errors[0].field).toBe('questionnaire.id');
    const second = ownQuestionnaire({ version: 2 });
    second.dimensions = second.dimensions.slice(0, 3);
    const newer = await network.client.post(url, { questionnaire: second });
    expect(newer.statusCode, newer.body).toBe(201);
    expect(
      newer
        .json()
        .own.filter((item: { questionnaireId: string }) => item.questionnaireId === associationFile.id)
        .map((item: { version: number }) => item.version),
    ).toEqual([2, 1]);
    const lower = await network.client.post(url, { questionnaire: ownQuestionnaire() });
    expect(lower.statusCode).toBe(422);

    // Adopting: optimistic locking, unknown ids refused, audited.
    const unknown = await network.client.put(`${network.base}/network/questionnaire`, {
      source: 'own',
      questionnaireId: 'no-existe',
      version: 0,
    });
    expect(unknown.json().errors[0].field).toBe('questionnaireId');
    const adopted = await network.client.put(`${network.base}/network/questionnaire`, {
      source: 'own',
      questionnaireId: associationFile.id,
      version: 0,
    });
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json()).toMatchObject({
      source: 'own',
      version: 1,
      adopted: { questionnaireId: associationFile.id, version: 2, dimensions: 3 },
    });
    const stale = await network.client.put(`${network.base}/network/questionnaire`, {
      source: 'instance',
      questionnaireId: instanceFile.id,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    const audit = (
      await network.client.get(`${network.base}/audit?entityType=capacity_questionnaire_choice`)
    ).json();
    expect(audit.items).toHaveLength(1);
    const uploads = (
      await network.client.get(`${network.base}/audit?entityType=capacity_questionnaire`)
    ).json();
    expect(uploads.items).toHaveLength(3);

    // The association's viewer reads, and changes nothing.
    expect((await network.viewer.get(`${network.base}/network/questionnaire`)).json().source).toBe('own');
    expect(
      (await network.viewer.post(url, { questionnaire: ownQuestionnaire({ version: 5 }) })).statusCode,
    ).toBe(403);
    expect(
      (
        await network.viewer.put(`${network.base}/network/questionnaire`, {
          source: 'instance',
          questionnaireId: instanceFile.id,
          version: 1,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lets members answer it, compares only editions made with it and shows it to no one else', async () => {
    const { app } = testApp;
    const network = await associationWorld();
    const other = await associationWorld();
    const medellin = await createWorld(app);
    const cdmx = await createWorld(app);
    const outsider = await createWorld(app);
    await join(network, medellin);
    await join(network, cdmx);
    await join(other, outsider);
    for (const world of [medellin, cdmx]) {
      await world.client.put(`${world.base}/capacity/sharing`, {
        isSharingAssessment: true,
        isSharingIndex: false,
        version: 0,
      });
    }
    // Both members assessed themselves on the instance's questionnaire.
    await completeEdition(
      medellin.client,
      medellin.base,
      { assessedOn: '2025-05-30' },
      answersAt(instanceKeys, 2),
    );
    await completeEdition(cdmx.client, cdmx.base, { assessedOn: '2025-05-30' }, answersAt(instanceKeys, 3));

    // While the association keeps the instance's questionnaire, members are offered only that one.
    const before = (await medellin.client.get(`${medellin.base}/capacity/questionnaires`)).json();
    expect(before.items).toEqual([
      expect.objectContaining({ questionnaireId: instanceFile.id, association: null }),
    ]);

    await network.client.post(`${network.base}/network/questionnaires`, {
      questionnaire: ownQuestionnaire(),
    });
    const adopted = await network.client.put(`${network.base}/network/questionnaire`, {
      source: 'own',
      questionnaireId: associationFile.id,
      version: 0,
    });
    expect(adopted.statusCode, adopted.body).toBe(200);

    // Nobody has answered it yet: both members are left out, and the page says why.
    const comparison = async () => (await network.client.get(`${network.base}/network/comparison`)).json();
    expect(await comparison()).toMatchObject({
      questionnaireSource: 'own',
      questionnaire: { id: associationFile.id },
      activeMembers: 2,
      sharingMembers: 0,
      otherQuestionnaireMembers: 2,
      ranking: [],
    });

    // A member is offered the association's questionnaire; an outsider is not, nor can it use it.
    const options = (await medellin.client.get(`${medellin.base}/capacity/questionnaires`)).json().items;
    expect(options).toEqual([
      expect.objectContaining({ questionnaireId: instanceFile.id, association: null }),
      expect.objectContaining({
        questionnaireId: associationFile.id,
        version: 1,
        dimensions: ownKeys.length,
        association: { id: network.association.id, name: network.association.name },
      }),
    ]);
    const outsiderOptions = (await outsider.client.get(`${outsider.base}/capacity/questionnaires`)).json();
    expect(JSON.stringify(outsiderOptions)).not.toContain(associationFile.id);
    const intrusion = await outsider.client.post(`${outsider.base}/capacity/editions`, {
      assessedOn: '2025-11-28',
      associationId: network.association.id,
    });
    expect(intrusion.statusCode).toBe(422);
    expect(intrusion.json().errors[0].field).toBe('associationId');
    // The association's own routes answer 404 to a government, and another association sees only its own.
    expect((await outsider.client.get(`${outsider.base}/network/questionnaire`)).statusCode).toBe(404);
    expect((await outsider.client.get(`${network.base}/network/questionnaire`)).statusCode).toBe(404);
    expect((await other.client.get(`${network.base}/network/questionnaire`)).statusCode).toBe(404);
    expect((await other.client.get(`${other.base}/network/questionnaire`)).json().own).toEqual([]);
    expect(
      (
        await other.client.put(`${network.base}/network/questionnaire`, {
          source: 'instance',
          questionnaireId: instanceFile.id,
          version: 1,
        })
      ).statusCode,
    ).toBe(404);

    // Medellín answers the association's questionnaire; its edition records whose it is.
    const edition = await completeEdition(
      medellin.client,
      medellin.base,
      { assessedOn: '2025-11-28', associationId: network.association.id },
      answersAt(ownKeys, 4),
    );
    expect(edition).toMatchObject({
      questionnaireId: associationFile.id,
      questionnaireVersion: 1,
      questionnaireOwner: { id: network.association.id },
      questionnaireTitle: associationFile.title.es,
      previous: null, // the previous edition answered another questionnaire
      totalLevel: 4,
    });
    expect(edition.questionnaire.dimensions.map((dimension: { key: string }) => dimension.key)).toEqual(
      ownKeys,
    );
    // Its answers are checked against that questionnaire: an instance dimension is unknown there.
    const draft = await medellin.client.post(`${medellin.base}/capacity/editions`, {
      assessedOn: '2025-11-29',
      associationId: network.association.id,
    });
    expect(draft.json().answers).toEqual(edition.answers); // copied from the last edition of the same questionnaire
    const unknownDimension = await medellin.client.put(
      `${medellin.base}/capacity/editions/${draft.json().id}`,
      {
        assessedOn: '2025-11-29',
        answers: { budget: { level: 1 } },
        version: draft.json().version,
      },
    );
    expect(unknownDimension.statusCode).toBe(422);
    // A CDMX draft on the association's questionnaire is not shared: only completed editions are.
    await cdmx.client.post(`${cdmx.base}/capacity/editions`, {
      assessedOn: '2025-11-29',
      associationId: network.association.id,
    });

    const shared = await comparison();
    expect(shared).toMatchObject({ sharingMembers: 1, otherQuestionnaireMembers: 1, averageLevel: 4 });
    expect(shared.ranking.map((row: { government: { id: string } }) => row.government.id)).toEqual([
      medellin.government.id,
    ]);
    expect(shared.dimensions.map((row: { dimensionKey: string }) => row.dimensionKey)).toEqual(ownKeys);

    // A new version with fewer dimensions: the comparison reads old editions with the newest dimensions,
    // and the old edition still reads with the version it answered.
    const shorter = ownQuestionnaire({ version: 2 });
    shorter.dimensions = shorter.dimensions.slice(1);
    expect(
      (await network.client.post(`${network.base}/network/questionnaires`, { questionnaire: shorter }))
        .statusCode,
    ).toBe(201);
    const afterUpgrade = await comparison();
    expect(afterUpgrade.questionnaire.version).toBe(2);
    expect(afterUpgrade.dimensions.map((row: { dimensionKey: string }) => row.dimensionKey)).toEqual(
      ownKeys.slice(1),
    );
    expect(afterUpgrade.sharingMembers).toBe(1);
    expect(Object.keys(afterUpgrade.ranking[0].levels).sort()).toEqual(ownKeys.slice(1).sort());
    const old = (await medellin.client.get(`${medellin.base}/capacity/editions/${edition.id}`)).json();
    expect(old.questionnaire).toMatchObject({ version: 1 });
    expect(old.questionnaire.dimensions).toHaveLength(ownKeys.length);
    const list = (await medellin.client.get(`${medellin.base}/capacity/editions`)).json();
    expect(
      list.items.map(
        (item: { questionnaireOwner: { id: string } | null }) => item.questionnaireOwner?.id ?? null,
      ),
    ).toEqual([network.association.id, network.association.id, null]);

    // Another tenant's ids answer 404; another association's comparison holds none of this.
    expect((await cdmx.client.get(`${cdmx.base}/capacity/editions/${edition.id}`)).statusCode).toBe(404);
    expect((await network.client.get(`${network.base}/capacity/editions/${edition.id}`)).statusCode).toBe(
      404,
    );
    const foreign = (await other.client.get(`${other.base}/network/comparison`)).json();
    expect(JSON.stringify(foreign)).not.toContain(medellin.government.id);
    expect(foreign.questionnaire.id).toBe(instanceFile.id);

    // Leaving the association: its questionnaire is no longer offered, and cannot be used.
    const mine = (await medellin.client.get(`${medellin.base}/capacity/associations`)).json().items[0];
    await medellin.client.post(`${medellin.base}/capacity/associations/${mine.id}/end`, {
      version: mine.version,
    });
    const left = (await medellin.client.get(`${medellin.base}/capacity/questionnaires`)).json().items;
    expect(left).toHaveLength(1);
    // Its own past editions keep their meaning.
    expect(
      (await medellin.client.get(`${medellin.base}/capacity/editions/${edition.id}`)).json().questionnaire.id,
    ).toBe(associationFile.id);
  });
});
