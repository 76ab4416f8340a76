import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

type ScryptParams = { cost: number; blockSize: number; parallelization: number };

function deriveKey(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
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
