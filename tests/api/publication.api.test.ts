import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPublicLinks } from '../../src/server/modules/publication/public.service';
import { findPublishedIds } from '../../src/server/modules/publication/publication.service';
import { createLink, createMember, createPartner, createWorld, testPassword } from '../factories';
import { createTestApp, signInAs, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

async function auditSteps(entityType: string, entityId: string) {
  const result = await testApp.app.database.db.execute(
    sql`select action, after->>'publication' as publication from audit_log
        where entity_type = ${entityType} and entity_id = ${entityId} and action = 'status_change' order by id`,
  );
  return (result as unknown as { rows: { action: string; publication: string | null }[] }).rows.map(
    (row) => row.publication,
  );
}

/** An admin's government with a link, and a coordinator and a viewer of the same government. */
async function setUp() {
  const world = await createWorld(testApp.app, 'admin');
  const db = testApp.app.database.db;
  const partner = await createPartner(world.client, world.base, {
    name: 'Ciudad de Bilbao',
    kind: 'city_government',
  });
  const link = await createLink(world.client, world.base, partner.id, { title: 'Hermanamiento con Bilbao' });
  const coordinator = await signInAs(
    testApp.app,
    await createMember(db, world.government.id, 'coordinator'),
    testPassword,
  );
  const viewer = await signInAs(
    testApp.app,
    await createMember(db, world.government.id, 'viewer'),
    testPassword,
  );
  return { ...world, admin: world.client, coordinator, viewer, link };
}

describe('publication with approval', () => {
  it('a coordinator proposes, an admin publishes, then unpublishes; every step audited', async () => {
    const { admin, coordinator, viewer, base, link, government } = await setUp();
    const proposed = await coordinator.post(`${base}/publications`, {
      entityType: 'link',
      entityId: link.id,
    });
    expect(proposed.statusCode).toBe(200);
    expect(proposed.json()).toMatchObject({
      status: 'proposed',
      title: 'Hermanamiento con Bilbao',
      version: 1,
    });
    expect(proposed.json().proposedByName).toBe('Persona coordinator');
    const { id } = proposed.json() as { id: string };
    expect(await findPublishedIds(testApp.app.database.db, government.id, 'link')).toEqual([]);

    // The coordinator may not publish, nor the viewer propose.
    expect((await coordinator.post(`${base}/publications/${id}/publish`, { version: 1 })).statusCode).toBe(
      403,
    );
    expect(
      (
        await coordinator.post(`${base}/publications`, {
          entityType: 'link',
          entityId: link.id,
          status: 'published',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await viewer.post(`${base}/publications`, { entityType: 'link', entityId: link.id })).statusCode,
    ).toBe(403);

    const queue = await viewer.get(`${base}/publications?status=proposed`);
    expect(queue.json()).toMatchObject({ total: 1, items: [{ id, status: 'proposed' }] });

    const published = await admin.post(`${base}/publications/${id}/publish`, { version: 1 });
    expect(published.statusCode).toBe(200);
    expect(published.json()).toMatchObject({ status: 'published', version: 2 });
    expect(await findPublishedIds(testApp.app.database.db, government.id, 'link')).toEqual([link.id]);

    const state = await viewer.get(`${base}/publications/records/link/${link.id}`);
    expect(state.json().publication.status).toBe('published');
    expect(state.json().portalUrl).toContain(`/transparencia/${government.slug}/vinculos/${link.id}`);

    // A coordinator may not take down what an admin published; a stale version is a conflict.
    expect((await coordinator.post(`${base}/publications/${id}/unpublish`, { version: 2 })).statusCode).toBe(
      403,
    );
    const stale = await admin.post(`${base}/publications/${id}/unpublish`, { version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ currentVersion: 2, yourVersion: 1 });
    expect((await admin.post(`${base}/publications/${id}/unpublish`, { version: 2 })).statusCode).toBe(200);
    expect(await findPublishedIds(testApp.app.database.db, government.id, 'link')).toEqual([]);
    expect((await viewer.get(`${base}/publications/records/link/${link.id}`)).json().publication).toBeNull();

    expect(await auditSteps('link', link.id)).toEqual(['proposed', 'published', null]);
  });

  it('an admin publishes directly; a coordinator withdraws a proposal; stale publish is 409', async () => {
    const { admin, coordinator, base, link, government, client } = await setUp();
    const direct = await admin.post(`${base}/publications`, {
      entityType: 'link',
      entityId: link.id,
      status: 'published',
    });
    expect(direct.json()).toMatchObject({ status: 'published', publishedByName: 'Persona admin' });
    expect(await auditSteps('link', link.id)).toEqual(['published']);

    const partner = await createPartner(client, base, { name: 'Red de ciudades' });
    const other = await createLink(client, base, partner.id, { title: 'Memorando con Lyon' });
    const proposal = (
      await coordinator.post(`${base}/publications`, { entityType: 'link', entityId: other.id })
    ).json() as { id: string; version: number };
    expect((await admin.post(`${base}/publications/${proposal.id}/publish`, { version: 7 })).statusCode).toBe(
      409,
    );
    expect(
      (await coordinator.post(`${base}/publications/${proposal.id}/unpublish`, { version: 1 })).statusCode,
    ).toBe(200);
    expect(await auditSteps('link', other.id)).toEqual(['proposed', null]);
    expect(await findPublishedIds(testApp.app.database.db, government.id, 'link')).toEqual([link.id]);
  });

  it("answers 404 for another government's records and publications", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    expect(
      (await mine.admin.post(`${mine.base}/publications`, { entityType: 'link', entityId: theirs.link.id }))
        .statusCode,
    ).toBe(404);
    expect(
      (await mine.viewer.get(`${mine.base}/publications/records/link/${theirs.link.id}`)).statusCode,
    ).toBe(404);
    const theirPublication = (
      await theirs.admin.post(`${theirs.base}/publications`, { entityType: 'link', entityId: theirs.link.id })
    ).json() as { id: string };
    expect(
      (await mine.admin.post(`${mine.base}/publications/${theirPublication.id}/publish`, { version: 1 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await mine.admin.post(`${mine.base}/publications/${theirPublication.id}/unpublish`, { version: 1 }))
        .statusCode,
    ).toBe(404);
    // A record of the wrong kind is not found either.
    expect(
      (await mine.admin.post(`${mine.base}/publications`, { entityType: 'event', entityId: mine.link.id }))
        .statusCode,
    ).toBe(404);
  });

  it('the portal switch is the admin’s, versioned and audited', async () => {
    const { admin, coordinator, base, government } = await setUp();
    const initial = (await coordinator.get(`${base}/portal-settings`)).json();
    expect(initial).toMatchObject({ isPublishing: false, version: 0, slug: government.slug });
    expect(
      (await coordinator.put(`${base}/portal-settings`, { isPublishing: true, version: 0 })).statusCode,
    ).toBe(403);
    const on = await admin.put(`${base}/portal-settings`, { isPublishing: true, version: 0 });
    expect(on.json()).toMatchObject({ isPublishing: true, version: 1 });
    expect((await admin.put(`${base}/portal-settings`, { isPublishing: false, version: 0 })).statusCode).toBe(
      409,
    );
    expect(
      (await admin.put(`${base}/portal-settings`, { isPublishing: false, version: 1 })).json(),
    ).toMatchObject({
      isPublishing: false,
      version: 2,
    });
  });
});

describe('public records for other modules', () => {
  it('lists only published records, with allow-listed fields only', async () => {
    const { admin, base, government, client } = await setUp();
    const partner = await createPartner(client, base, {
      name: 'Ciudad de Lyon',
      countryCode: 'FR',
      contacts: [{ name: 'MARCADOR-CONTACTO', email: 'marcador@example.org', isPrimary: true }],
    });
    const shown = await createLink(client, base, partner.id, {
      title: 'Hermanamiento con Lyon',
      signatories: [{ name: 'MARCADOR-FIRMANTE', side: 'own' }],
      rationale: 'MARCADOR-NOTA-INTERNA',
    });
    await createLink(client, base, partner.id, { title: 'Memorando sin publicar' });
    await admin.post(`${base}/publications`, { entityType: 'link', entityId: shown.id, status: 'published' });
    const db = testApp.app.database.db;
    const links = await findPublicLinks(db, government.id);
    expect(links.map((link) => link.title)).toEqual(['Hermanamiento con Lyon']);
    expect(links[0]?.counterparts).toMatchObject([{ name: 'Ciudad de Lyon', countryCode: 'FR' }]);
    expect(JSON.stringify(links)).not.toMatch(/MARCADOR|marcador@/);
    expect(await findPublicLinks(db, government.id, { country: 'FR' })).toHaveLength(1);
    expect(await findPublicLinks(db, government.id, { country: 'PE' })).toHaveLength(0);
  });
});
