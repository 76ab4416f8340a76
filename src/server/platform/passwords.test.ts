import { describe, expect, it } from 'vitest';
import {
  generatePassword,
  hashingCounters,
  hashPassword,
  setHashingConcurrency,
  verifyPassword,
} from './passwords';

describe('passwords', () => {
  it('hashes with a salt and verifies', async () => {
    const first = await hashPassword('una contraseña larga', 10);
    const second = await hashPassword('una contraseña larga', 10);
    expect(first).not.toBe(second);
    expect(first.startsWith('scrypt$1024$8$1$')).toBe(true);
    expect(await verifyPassword('una contraseña larga', first)).toBe(true);
    expect(await verifyPassword('otra contraseña', first)).toBe(false);
  });

  it('treats composed and decomposed accents as the same password', async () => {
    const hash = await hashPassword('contrase\u00f1a-segura', 10);
    expect(await verifyPassword('contrasen\u0303a-segura', hash)).toBe(true);
  });

  it('rejects malformed hashes instead of throwing', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('generates readable passwords of 19 characters', () => {
    expect(generatePassword()).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);
  });
});

describe('hashing slots', () => {
  it('runs at most the configured number of scrypt computations at once', async () => {
    setHashingConcurrency(2);
    const before = hashingCounters();
    const hash = await hashPassword('una contraseña larga', 10);
    await Promise.all(Array.from({ length: 8 }, () => verifyPassword('una contraseña larga', hash)));
    const after = hashingCounters();
    expect(after.verifications - before.verifications).toBe(8);
    expect(after.peakConcurrency).toBeLessThanOrEqual(2);
  });
});
