import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// What users read: counts agree with their noun ("1 oferta mostrada", never "1 ofertas mostradas").
const root = path.resolve(import.meta.dirname, '../..');
const webCatalogues = [
  'src/web/ui/i18n',
  ...readdirSync(path.join(root, 'src/web/features'))
    .map((feature) => `src/web/features/${feature}/i18n`)
    .filter((folder) => {
      try {
        return readdirSync(path.join(root, folder)).length > 0;
      } catch {
        return false;
      }
    }),
];

function* entries(node: unknown, prefix = ''): Generator<[string, string]> {
  if (typeof node === 'string') yield [prefix, node];
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) yield* entries(value, prefix ? `${prefix}.${key}` : key);
}

// Placeholders that hold text, not a number: a word after them is not a count's noun.
const textPlaceholders = new Set([
  'name',
  'title',
  'stage',
  'file',
  'kind',
  'status',
  'date',
  'from',
  'to',
  'period',
  'month',
  'year',
  'role',
  'side',
  'field',
  'currency',
  'country',
  'language',
  'type',
  'reason',
  'error',
  'label',
  'partner',
  'department',
  'email',
  'user',
  'government',
  'target',
  'unit',
  'code',
  'value',
  'level',
  'shown',
  'evaluated',
  'imported',
  'skipped',
  'results',
  'source',
  'item',
  'action',
  'query',
  'event',
  'amount',
  'levelName',
  'columnName',
  'dimensionName',
  'which',
  'inviter',
  // Money already formatted with its currency ("2.000 COP por habitante"): an amount, not a count.
  'resourcesTarget',
  'investmentTarget',
  // Durations written in words by utility.duration.* ("hace 3 años y 2 meses", "18 meses después",
  // "30 días o menos"): the number inside already agrees with its own noun.
  'ago',
  'linkGraceDuration',
  'eventGraceDuration',
  'atRiskWindow',
]);
// Words that join two values ("{{page}} de {{pageCount}}", "{{rate}} of {{date}}"): not a noun.
const joiningWords = new Set([
  'min',
  'de',
  'del',
  'of',
  'y',
  'and',
  'e',
  'en',
  'em',
  'in',
  'a',
  'para',
  'for',
  'se',
  'will',
]);

/** "{{count}} ofertas": a numeric placeholder followed by a word, in a key that is not a plural form. */
function findUnpluralisedCounts(catalogue: unknown, hasPluralKeys = true): string[] {
  const findings: string[] = [];
  for (const [key, text] of entries(catalogue)) {
    if (/_(zero|one|two|few|many|other)$/.test(key)) continue;
    for (const match of text.matchAll(/\{\{(\w+)\}\}\s+(\p{Ll}+)/gu)) {
      const placeholder = match[1] as string;
      if (!textPlaceholders.has(placeholder) && !joiningWords.has(match[2] as string))
        findings.push(`${key}: «${text}»`);
    }
    if (hasPluralKeys && /\{\{count\}\}/.test(text)) findings.push(`${key}: {{count}} outside a plural key`);
  }
  return findings;
}

describe('wording of the web app', () => {
  it('finds the mistakes it looks for', () => {
    expect(findUnpluralisedCounts({ summary: '{{total}} ofertas mostradas' })).not.toEqual([]);
    expect(findUnpluralisedCounts({ mapping: '{{file}}: {{count}} entidades.' })).not.toEqual([]);
    expect(
      findUnpluralisedCounts({ caption_one: '{{count}} oferta', caption_other: '{{count}} ofertas' }),
    ).toEqual([]);
  });

  // The server's messages: no i18next there, so a count is written as a label ("días restantes: 3").
  // dueSoonSubject and renewalSubject are sent only two or more days ahead (…Tomorrow / …Today otherwise).
  for (const language of ['es', 'en', 'pt'])
    it(`src/contracts/i18n/errors.${language}.json: no count meets a noun it may not agree with`, () => {
      const catalogue = JSON.parse(
        readFileSync(path.join(root, `src/contracts/i18n/errors.${language}.json`), 'utf8'),
      );
      delete catalogue.emails.dueSoonSubject;
      delete catalogue.emails.renewalSubject;
      // The sign-in delay is never shorter than five seconds.
      delete catalogue.access.rateLimitedSecondsDetail;
      expect(findUnpluralisedCounts(catalogue, false)).toEqual([]);
    });

  for (const folder of webCatalogues)
    for (const language of ['es', 'en', 'pt'])
      it(`${folder}/${language}.json: every count agrees with its noun (i18next plural keys)`, () => {
        const catalogue = JSON.parse(readFileSync(path.join(root, folder, `${language}.json`), 'utf8'));
        expect(findUnpluralisedCounts(catalogue)).toEqual([]);
      });
});
