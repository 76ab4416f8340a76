import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './db';

describe('PGlite data folder lock', () => {
  it('creates a lock with our pid and removes it on release', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'vinculo-lock-'));
    const release = acquireDataDirLock(folder);
    const lockFile = path.join(folder, 'vinculo.lock');
    expect(readFileSync(lockFile, 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it('refuses a folder held by another live process, with a message that says what to do', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'vinculo-lock-'));
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(path.join(folder, 'vinculo.lock'), String(holder.pid));
      expect(() => acquireDataDirLock(folder)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(folder)).toThrow(/in use by another Vínculo process.*DATABASE_URL/);
    } finally {
      holder.kill();
    }
  });

  it('takes over a lock left by a process that died', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'vinculo-lock-'));
    // Pids above the kernel's default maximum (4194304) are never alive.
    writeFileSync(path.join(folder, 'vinculo.lock'), '4194305');
    const release = acquireDataDirLock(folder);
    expect(readFileSync(path.join(folder, 'vinculo.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
