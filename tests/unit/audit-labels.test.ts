import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entitySpecs } from '../../src/server/modules/audit/audit.fields';

// Every label and code the trail names must exist in the three languages, or people would read keys.
const root = new URL('../../src/web/', import.meta.url);
function messages(language: string): Record<string, unknown> {
  const files = [
    new URL(`ui/i18n/${language}.json`, root),
    ...readdirSync(new URL('features/', root)).map(
      (feature) => new URL(`features/${feature}/i18n/${language}.json`, root),
    ),
  ];
  const merged: Record<string, Record<string, unknown>> = {};
  for (const file of files) {
    let content: Record<string, Record<string, unknown>>;
    try {
      content = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    for (const [section, value] of Object.entries(content))
      merged[section] = { ...merged[section], ...value };
  }
  return merged;
}

function lookup(tree: Record<string, unknown>, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

describe('the audit trail speaks every language', () => {
  for (const language of ['es', 'en', 'pt']) {
    it(`has every field label and code list it names in ${language}`, () => {
      const tree = messages(language);
      const missing: string[] = [];
      for (const [entityType, spec] of Object.entries(entitySpecs)) {
        for (const key of Object.values(spec.labels ?? {})) {
          if (typeof lookup(tree, key) !== 'string') missing.push(`${entityType}: ${key}`);
        }
        for (const field of Object.values(spec.fields ?? {})) {
          if (
            field.kind === 'code' &&
            field.labels !== 'utility.verdict' &&
            typeof lookup(tree, field.labels) !== 'object'
          ) {
            missing.push(`${entityType}: ${field.labels}`);
          }
        }
      }
      expect(missing).toEqual([]);
    });
  }
});
