import { describe, expect, it } from 'vitest';
import { roles } from '../../src/contracts/common';
import { canImportSheet, sheetImportRoles, sheetRegistries } from '../../src/contracts/spreadsheets';
import { sheetRegistryDefinitions } from '../../src/server/modules/spreadsheets/spreadsheets.registries';

// The web shows Importar and Descargar plantilla from the contract's roles; the server decides with
// each registry's write policy. They must agree, or someone sees a button that answers 403.
describe('who may import each spreadsheet', () => {
  it('matches the write policy of every registry that imports, and nothing for export-only ones', () => {
    for (const registry of sheetRegistries) {
      const definition = sheetRegistryDefinitions[registry];
      // A registry without a definition yet has no routes at all: nobody sees its controls' answers.
      if (!definition) continue;
      if (definition.isExportOnly) {
        expect(sheetImportRoles[registry], registry).toBeUndefined();
        continue;
      }
      const policy = definition.policy.write;
      const allowed = policy.access === 'tenant' ? [...policy.roles].sort() : [];
      expect([...(sheetImportRoles[registry] ?? [])].sort(), registry).toEqual(allowed);
    }
  });

  it('keeps viewers out and lets liaisons import demands and measurements only', () => {
    for (const registry of sheetRegistries) expect(canImportSheet(registry, 'viewer')).toBe(false);
    expect(sheetRegistries.filter((registry) => canImportSheet(registry, 'liaison')).sort()).toEqual([
      'demands',
      'indicators',
    ]);
    expect(canImportSheet('departments', 'coordinator')).toBe(false);
    expect(canImportSheet('departments', 'admin')).toBe(true);
    expect(roles).toContain('liaison');
  });
});
