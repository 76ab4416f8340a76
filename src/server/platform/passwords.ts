import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { findPasswordProblem } from '../../domain/password-policy';
import { fieldError } from './errors';

type ScryptParams = { cost: number; blockSize: number; parallelization: number };

/**
 * Each scrypt run at the default cost holds 128 MB (128 × N × r bytes) while it runs: ten sign-ins at
 * once would need more than a gigabyte. Runs beyond this number wait in line (per process), so that
 * memory stays bounded whatever the traffic; the sign-in limiter keeps the line short.
 */
let hashingSlots = Number(process.env.PASSWORD_HASH_CONCURRENCY ?? 2) || 2;
let running = 0;
const waiting: (() => void)[] = [];
const counters = { verifications: 0, peakConcurrency: 0 };

/** How many scrypt runs may be in progress at once in this process (config: PASSWORD_HASH_CONCURRENCY). */
export function setHashingConcurrency(slots: number) {
  hashingSlots = Math.max(1, Math.floor(slots));
}

/** Password checks done by this process, and the most scrypt runs seen at once: for tests and benchmarks. */
export function hashingCounters(): Readonly<typeof counters> {
  return { ...counters };
}

async function withHashingSlot<T>(work: () => Promise<T>): Promise<T> {
  // A finished run hands its slot straight to the next in line, so that no newcomer can jump in between.
  if (running < hashingSlots) running += 1;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  counters.peakConcurrency = Math.max(counters.peakConcurrency, running);
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

function deriveKey(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return withHashingSlot(() => runScrypt(password, salt, params));
}

function runScrypt(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const { cost, blockSize, parallelization } = params;
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      64,
      { N: cost, r: blockSize, p: parallelization, maxmem: 256 * cost * blockSize + 1024 * 1024 },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/**
 * scrypt (memory-hard, salted, built into Node) with OWASP's parameters by default (N=2^17, r=8, p=1).
 * The parameters travel inside the hash so that they can be raised later without breaking old hashes.
 */
export async function hashPassword(password: string, costExponent = 17): Promise<string> {
  const params = { cost: 2 ** costExponent, blockSize: 8, parallelization: 1 };
  const salt = randomBytes(16);
  const key = await deriveKey(password, salt, params);
  return [
    'scrypt',
    params.cost,
    params.blockSize,
    params.parallelization,
    salt.toString('base64'),
    key.toString('base64'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, blockSize, parallelization, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !cost || !blockSize || !parallelization || !salt || !key) return false;
  counters.verifications += 1;
  const expected = Buffer.from(key, 'base64');
  const actual = await deriveKey(password, Buffer.from(salt, 'base64'), {
    cost: Number(cost),
    blockSize: Number(blockSize),
    parallelization: Number(parallelization),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A readable random password for seeded accounts: 4 groups of 4 characters without look-alikes. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679';
  const bytes = randomBytes(16);
  const characters = Array.from(bytes, (byte) => alphabet[byte % alphabet.length]);
  return [0, 4, 8, 12].map((start) => characters.slice(start, start + 4).join('')).join('-');
}

/**
 * Refuses a new password that is short, breached, trivial or made of the person's own e-mail or name,
 * as a 422 naming the field. Every way of setting a password goes through here: the CLI, an invitation
 * accepted, a change, a reset.
 */
export function assertAcceptablePassword(
  password: string,
  person: { email?: string | null; name?: string | null },
  field = 'password',
) {
  const problem = findPasswordProblem(password, person);
  if (problem) throw fieldError(field, `access.password_${problem}`);
}
