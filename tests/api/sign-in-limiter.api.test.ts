import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashingCounters } from '../../src/server/platform/passwords';
import { createGovernment, createMember, testPassword } from '../factories';
import { createTestApp, type TestApp } from '../test-app';

// A clock the tests move: the limiter's delays pass without sleeping.
let nowMs = Date.now();
const clock = () => new Date(nowMs);
let testApp: TestApp;
// Addresses and unknown e-mails of this run only: on PostgreSQL the limiter's rows outlive a run.
const run = randomBytes(4).toString('hex');
const address = (network: number, host: number | string) =>
  `fd00:${run.slice(0, 4)}:${run.slice(4)}:${network}::${host}`;
beforeAll(async () => {
  testApp = await createTestApp({ clock });
});
afterAll(async () => testApp.close());

function signIn(email: string, password: string, remoteAddress = '127.0.0.1') {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
    remoteAddress,
  });
}

async function newAccount() {
  const government = await createGovernment(testApp.app.database.db);
  return createMember(testApp.app.database.db, government.id, 'viewer');
}

describe('sign-in limiter', () => {
  it('checks at most the allowed number of 30 concurrent wrong passwords', async () => {
    const email = await newAccount();
    const before = hashingCounters().verifications;
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) => signIn(email, `wrong-password-${index}`, address(300, 1))),
    );
    const checked = hashingCounters().verifications - before;
    const statuses = responses.map((response) => response.statusCode);
    expect(checked).toBe(5);
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(25);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    const refused = responses.find((response) => response.statusCode === 429);
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused?.json()).toMatchObject({ code: 'rate_limited' });
  });

  it('lets the right password in once the delay has passed: a stranger cannot lock a user out', async () => {
    const email = await newAccount();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect((await signIn(email, `guess-${attempt}`, address(310, 1))).statusCode).toBe(401);
    }
    const refused = await signIn(email, testPassword, address(310, 2));
    expect(refused.statusCode).toBe(429);
    const wait = Number(refused.headers['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(5);
    expect(refused.json().detail).toBe(
      `Hubo varios intentos fallidos. Espere ${wait} segundos e intente de nuevo.`,
    );
    nowMs += wait * 1000;
    expect((await signIn(email, testPassword, address(310, 2))).statusCode).toBe(200);
    // A success forgets the account's failures: the next mistake costs nothing.
    expect((await signIn(email, 'one-more-typo', address(310, 2))).statusCode).toBe(401);
    expect((await signIn(email, testPassword, address(310, 2))).statusCode).toBe(200);
  });

  it('doubles the delay with each further failure, up to a cap', async () => {
    const email = await newAccount();
    const waits: number[] = [];
    for (let round = 0; round < 12; round += 1) {
      const response = await signIn(email, `guess-${round}`, address(320, round));
      if (response.statusCode === 429) {
        const wait = Number(response.headers['retry-after']);
        waits.push(wait);
        nowMs += wait * 1000;
      }
    }
    expect(waits.slice(0, 4)).toEqual([5, 10, 20, 40]);
    expect(Math.max(...waits)).toBeLessThanOrEqual(testApp.app.appConfig.loginMaxDelaySeconds);
    nowMs += testApp.app.appConfig.loginMaxDelaySeconds * 1000;
    expect((await signIn(email, testPassword, address(321, 1))).statusCode).toBe(200);
  });

  it('slows one noisy address without blocking other addresses or the accounts it tried', async () => {
    // Twenty failures from one address, each on a different account: no account reaches its threshold.
    for (let round = 0; round < 20; round += 1) {
      expect(
        (await signIn(`rociado-${round}.${run}@prueba.gov.co`, 'spray', address(330, 1))).statusCode,
      ).toBe(401);
    }
    const person = await newAccount();
    const blocked = await signIn(person, testPassword, address(330, 1));
    expect(blocked.statusCode).toBe(429);
    // The same person from another address, and a bystander elsewhere, are not slowed by it.
    expect((await signIn(person, testPassword, address(330, 2))).statusCode).toBe(200);
    expect((await signIn(await newAccount(), testPassword, address(330, 3))).statusCode).toBe(200);
    // The noisy address's delay is its own and bounded: after it, a person behind it gets in.
    const wait = Number(blocked.headers['retry-after']);
    expect(wait).toBeLessThanOrEqual(testApp.app.appConfig.loginMaxDelaySeconds);
    nowMs += wait * 1000;
    expect((await signIn(await newAccount(), testPassword, address(330, 1))).statusCode).toBe(200);
  });

  it('does not slow an office whose people sign in correctly from one address', async () => {
    const people = await Promise.all(Array.from({ length: 25 }, () => newAccount()));
    const statuses: number[] = [];
    for (const email of people)
      statuses.push((await signIn(email, testPassword, address(340, 1))).statusCode);
    expect(statuses.every((status) => status === 200)).toBe(true);
  });

  it('counts unknown e-mails like real ones, so the limiter tells nothing about who has an account', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1)
      statuses.push(
        (await signIn(`nadie.${run}@prueba.gov.co`, `x-${attempt}`, address(350, attempt))).statusCode,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
