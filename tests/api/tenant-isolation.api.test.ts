import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLink, createPartner, createWorld, invite, linkInput, partnerInput } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

describe('tenant isolation', () => {
  it('keeps one government from reading or changing another’s records by id, list or search', async () => {
    const medellin = await createWorld(testApp.app, 'admin');
    const mexico = await createWorld(testApp.app, 'admin');
    const partner = await createPartner(medellin.client, medellin.base, { name: 'Cooperación Alemana GIZ' });
    const link = await createLink(medellin.client, medellin.base, partner.id, {
      title: 'Convenio de cooperación técnica',
    });

    // Through the other government's own URL: the records do not exist there.
    expect((await mexico.client.get(`${mexico.base}/partners/${partner.id}`)).statusCode).toBe(404);
    expect((await mexico.client.get(`${mexico.base}/links/${link.id}`)).statusCode).toBe(404);
    expect(
      (await mexico.client.put(`${mexico.base}/partners/${partner.id}`, { ...partnerInput(), version: 1 }))
        .statusCode,
    ).toBe(404);
    expect(
      (await mexico.client.post(`${mexico.base}/partners/${partner.id}/archive`, { version: 1 })).statusCode,
    ).toBe(404);
    expect(
      (
        await mexico.client.post(`${mexico.base}/links/${link.id}/status`, {
          status: 'terminated',
          reason: 'x',
          version: 1,
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await mexico.client.put(`${mexico.base}/links/${link.id}`, { ...linkInput(partner.id), version: 1 }))
        .statusCode,
    ).toBe(404);
    expect((await mexico.client.get(`${mexico.base}/partners`)).json().total).toBe(0);
    expect((await mexico.client.get(`${mexico.base}/links`)).json().total).toBe(0);
    expect((await mexico.client.get(`${mexico.base}/search?q=cooperacion`)).json().results).toEqual([]);
    expect((await mexico.client.get(`${mexico.base}/audit?entityId=${partner.id}`)).json().total).toBe(0);

    // Through the first government's URL: not a member, so the government itself does not exist.
    for (const url of [
      medellin.base,
      `${medellin.base}/partners`,
      `${medellin.base}/partners/${partner.id}`,
      `${medellin.base}/search?q=giz`,
    ]) {
      expect((await mexico.client.get(url)).statusCode, url).toBe(404);
    }
    expect((await mexico.client.post(`${medellin.base}/partners`, partnerInput())).statusCode).toBe(404);

    // Nothing changed for the owner.
    const own = (await medellin.client.get(`${medellin.base}/partners/${partner.id}`)).json();
    expect(own).toMatchObject({ version: 1, archivedAt: null });
  });

  it('lets a user with roles in two governments act in each with its own role', async () => {
    const { app } = testApp;
    const first = await createWorld(app, 'admin');
    const second = await createWorld(app, 'admin');
    // The second government invites the first's admin, who accepts while signed in as themselves.
    const invitation = await invite(second.client, second.base, { email: first.email, role: 'viewer' });
    const added = await first.client.post('/api/invitations/accept', { token: invitation.token });
    expect(added.statusCode).toBe(200);
    const session = (await first.client.get('/api/auth/session')).json();
    expect(session.memberships).toHaveLength(2);
    expect((await first.client.post(`${first.base}/partners`, partnerInput())).statusCode).toBe(201);
    expect((await first.client.post(`${second.base}/partners`, partnerInput())).statusCode).toBe(403);
    expect((await first.client.get(`${second.base}/partners`)).statusCode).toBe(200);
  });
});
