import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoAssociation } from '../../src/cli/demo/capacity-demo';
import { buildDemoGovernments } from '../../src/cli/demo/demo-data';

// The README named a CDMX liaison (enlace.planeacion.cdmx) that the demo never had.
describe('the demo accounts the README names', () => {
  it('are exactly the demo accounts that exist', () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');
    const named = new Set(readme.match(/[a-z][a-z.]*@vinculo\.demo/g) ?? []);
    const existing = new Set([
      ...buildDemoGovernments(new Date('2026-01-15T12:00:00Z')).flatMap((government) =>
        government.users.map((user) => user.email),
      ),
      ...demoAssociation.users.map((user) => user.email),
    ]);
    expect([...named].filter((email) => !existing.has(email))).toEqual([]);
    expect([...existing].filter((email) => !named.has(email))).toEqual([]);
  });
});
