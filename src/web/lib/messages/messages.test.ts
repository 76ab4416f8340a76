import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The web loads one language at a time, with no Spanish fallback behind English or Portuguese: every
// key must exist in the three languages, in the shared file and in every feature's own.
const webRoot = fileURLToPath(new URL('../..', import.meta.url));
const folders = [
  path.join(webRoot, 'ui/i18n'),
  ...readdirSync(path.join(webRoot, 'features'))
    .map((feature) => path.join(webRoot, 'features', feature, 'i18n'))
    .filter((folder) => {
      try {
        return readdirSync(folder).includes('es.json');
      } catch {
        return false;
      }
    }),
];

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it.each(folders.map((folder) => [path.relative(webRoot, folder), folder]))(
    '%s has the same keys in es, en and pt',
    (_name, folder) => {
      const read = (language: string) =>
        keysOf(JSON.parse(readFileSync(path.join(folder, `${language}.json`), 'utf8'))).sort();
      const spanish = read('es');
      expect(read('en')).toEqual(spanish);
      expect(read('pt')).toEqual(spanish);
    },
  );
});
