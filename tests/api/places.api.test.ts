import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(async () => testApp.close());

describe('city suggestions from the gazetteer', () => {
  it('suggests cities of the country by an accent- and case-insensitive prefix, with coordinates', async () => {
    const { client } = await createWorld(testApp.app, 'viewer');
    const response = await client.get('/api/reference/places?country=CO&q=MEDELLIN');
    expect(response.statusCode).toBe(200);
    expect(response.json().items[0]).toEqual({
      countryCode: 'CO',
      name: 'Medellín',
      region: 'Antioquia',
      latitude: expect.closeTo(6.23, 1),
      longitude: expect.closeTo(-75.59, 1),
    });
    const spanish = await client.get('/api/reference/places?country=JP&q=tok');
    expect(spanish.json().items.map((item: { name: string }) => item.name)).toEqual(
      expect.arrayContaining(['Tokio', 'Tokyo']),
    );
    const mexico = await client.get(
      `/api/reference/places?country=MX&q=${encodeURIComponent('álvaro obre')}`,
    );
    expect(mexico.json().items[0]).toMatchObject({ name: 'Álvaro Obregón', region: 'Ciudad de México' });
  });

  it('is bounded and validated', async () => {
    const { client } = await createWorld(testApp.app, 'viewer');
    const many = await client.get('/api/reference/places?country=US&q=s&limit=20');
    expect(many.json().items).toHaveLength(20);
    expect((await client.get('/api/reference/places?country=US&q=s&limit=500')).statusCode).toBe(400);
    expect((await client.get(`/api/reference/places?country=US&q=${'a'.repeat(101)}`)).statusCode).toBe(400);
    expect((await client.get('/api/reference/places?country=usa&q=new')).statusCode).toBe(400);
    expect((await client.get('/api/reference/places?country=ZZ&q=new')).json().items).toEqual([]);
  });

  it('needs a signed-in user', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/reference/places?country=CO&q=med',
    });
    expect(response.statusCode).toBe(401);
  });
});
