#!/usr/bin/env node
// Builds the demo's IATI catalogues, data/demo/<city>/catalogo-iati.xml, from real IATI activity files:
// `node scripts/vendor-demo-iati.mjs path/to/iati-real-files`. Whole <iati-activity> elements are
// copied byte for byte (never re-serialised) into a new <iati-activities version="2.03"> root. The
// source folder is an argument, read only when this script is run by hand; the app and the tests read
// the result from data/ (see data/SOURCES.md for the selection rule). The folder may be the vendored
// copies themselves, data/fixtures/iati-real-files: the result is the same.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!process.argv[2]) {
  console.error('usage: node scripts/vendor-demo-iati.mjs path/to/iati-real-files');
  process.exit(2);
}
const sourceDir = resolve(process.argv[2]);

/** Read in this order. */
const sources = [
  'dportal-multi-publisher/covid-dportal-fixture.xml',
  'dportal-multi-publisher/dportal_28.xml',
  'dportal-multi-publisher/dportal_54.xml',
  'dportal-multi-publisher/dportal_55.xml',
  'dportal-multi-publisher/dportal_98.xml',
  'dportal-multi-publisher/dportal_111.xml',
  'activities/who-arg.xml',
  'activities/worldbank-sv.xml',
  'activities/wri-521257057-strategic-plan-2023-2027.xml',
];
const cities = [
  { slug: 'medellin', countryCode: 'CO' },
  { slug: 'cdmx', countryCode: 'MX' },
];
/** Tens of activities, not thousands, and no single publisher filling the catalogue. */
const maxActivities = 40;
const maxPerPublisher = 8;

const activityPattern = /<iati-activity[\s>][\s\S]*?<\/iati-activity>/g;

/** The activity without its transactions: a transaction's own recipient-country does not count. */
const activityLevel = (text) => text.replace(/<transaction[\s>][\s\S]*?<\/transaction>/g, '');

/**
 * The namespace declarations of a source root (d-portal's extracts put some attributes in ns0, ns1…):
 * the new root declares those the copied activities use, so that they stay well-formed.
 */
const namespaceDeclarations = (text) => {
  const root = /<iati-activities\b[^>]*>/.exec(text)?.[0] ?? '';
  return [...root.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)].map(([, prefix, uri]) => ({ prefix, uri }));
};

/**
 * The activity's main recipient country: the largest percentage, the first listed among equals (or
 * when none is given). An activity shared by many countries belongs to the catalogue of its main one
 * only, so that each demo city's catalogue is about its own country.
 */
const mainRecipientCountry = (own) => {
  let main = null;
  let mainShare = Number.NEGATIVE_INFINITY;
  for (const [tag] of own.matchAll(/<recipient-country\b[^>]*>/g)) {
    const code = /\bcode="([^"]*)"/.exec(tag)?.[1]?.trim();
    if (!code) continue;
    const share = Number(/\bpercentage="([^"]*)"/.exec(tag)?.[1] ?? Number.NaN);
    const comparable = Number.isFinite(share) ? share : -1;
    if (comparable > mainShare) {
      main = code;
      mainShare = comparable;
    }
  }
  return main;
};

const firstMatch = (text, pattern) => pattern.exec(text)?.[1]?.trim() ?? null;

for (const city of cities) {
  const chosen = [];
  const identifiers = new Set();
  const perPublisher = new Map();
  const namespaces = new Map();
  for (const source of sources) {
    const text = readFileSync(join(sourceDir, source), 'utf8');
    const declared = namespaceDeclarations(text);
    for (const [element] of text.matchAll(activityPattern)) {
      if (chosen.length >= maxActivities) break;
      const own = activityLevel(element);
      if (mainRecipientCountry(own) !== city.countryCode) continue;
      const identifier = firstMatch(own, /<iati-identifier>([^<]*)<\/iati-identifier>/);
      const publisher = firstMatch(own, /<reporting-org\b[^>]*\bref="([^"]*)"/);
      const hasTitle = /<title>\s*<narrative[^>]*>\s*[^<\s]/.test(own);
      if (!identifier || !publisher || !hasTitle || identifiers.has(identifier)) continue;
      if ((perPublisher.get(publisher) ?? 0) >= maxPerPublisher) continue;
      identifiers.add(identifier);
      perPublisher.set(publisher, (perPublisher.get(publisher) ?? 0) + 1);
      chosen.push({ element, source });
      for (const { prefix, uri } of declared) {
        if (!element.includes(`${prefix}:`)) continue;
        if (namespaces.has(prefix) && namespaces.get(prefix) !== uri)
          throw new Error(`${source}: prefix ${prefix} bound to two namespaces`);
        namespaces.set(prefix, uri);
      }
    }
  }
  const body = chosen.map(({ element, source }) => `<!-- ${source} -->\n${element}`).join('\n');
  const xmlns = [...namespaces].map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities${xmlns} version="2.03">\n${body}\n</iati-activities>\n`;
  writeFileSync(join(repoRoot, 'data', 'demo', city.slug, 'catalogo-iati.xml'), xml);
  console.log(
    `${city.slug}: ${chosen.length} activities (${city.countryCode}) from ${perPublisher.size} publishers: ${[...perPublisher].map(([ref, count]) => `${ref} ×${count}`).join(', ')}`,
  );
}
