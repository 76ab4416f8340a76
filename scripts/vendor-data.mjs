#!/usr/bin/env node
// Regenerates the vendored public data in data/ from the shared, byte-for-byte copies of the upstream
// repositories, so that the provenance written in data/SOURCES.md can be reproduced:
// `node scripts/vendor-data.mjs path/to/upstream-copies`. The source folder is an argument, never a path
// guessed beside the repository: nothing else in the repository reads outside it (see
// tests/self-contained.test.ts), and this script only writes what the rest then reads from data/.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
if (!process.argv[2]) {
  console.error('usage: node scripts/vendor-data.mjs path/to/upstream-copies');
  process.exit(2);
}
const sharedData = resolve(process.argv[2]);
const dataDir = join(repoRoot, 'data');

/** Codelists the app reads now (first four) and the ones later modules need (cooperation, IATI, SDGs). */
const codelists = [
  'Country',
  'OrganisationType',
  'Currency',
  'Language',
  'Sector',
  'SectorCategory',
  'OrganisationRole',
  'TransactionType',
  'UNSDG-Goals',
  'UNSDG-Targets',
];
const codelistLanguages = ['es', 'en'];

/**
 * IATI publishes no Portuguese codelists. This is the project's own translation of the
 * OrganisationType codelist; country, currency and language names in Portuguese come from
 * Intl.DisplayNames (CLDR) at run time.
 */
const organisationTypePortuguese = [
  { code: '10', name: 'Governo' },
  { code: '11', name: 'Governo local' },
  { code: '15', name: 'Outras entidades do setor público' },
  { code: '21', name: 'ONG internacional' },
  { code: '22', name: 'ONG nacional' },
  { code: '23', name: 'ONG regional' },
  { code: '24', name: 'ONG sediada no país parceiro' },
  { code: '30', name: 'Parceria público-privada' },
  { code: '40', name: 'Multilateral' },
  { code: '60', name: 'Fundação' },
  { code: '70', name: 'Setor privado' },
  { code: '71', name: 'Setor privado no país provedor' },
  { code: '72', name: 'Setor privado no país beneficiário da ajuda' },
  { code: '73', name: 'Setor privado em país terceiro' },
  { code: '80', name: 'Instituição acadêmica, de formação e de pesquisa' },
  { code: '90', name: 'Outros' },
];

const schemaFiles = [
  'iati-activities-schema.xsd',
  'iati-common.xsd',
  'iati-organisations-schema.xsd',
  'iati-registry-record-schema.xsd',
  'xml.xsd',
];

function readManifest() {
  const [header, ...rows] = readFileSync(join(sharedData, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const columns = header.split('\t');
  const byFile = new Map();
  for (const row of rows) {
    const cells = row.split('\t');
    const entry = Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']));
    byFile.set(entry.file, entry);
  }
  return byFile;
}

function writeJson(path, value) {
  mkdirSync(dirname(path), { recursive: true });
  // One entry per line: small diffs when upstream changes, still compact.
  const body = Array.isArray(value)
    ? `[\n${value.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`
    : `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(path, body);
}

/** Byte-for-byte copy that, unlike copyFileSync, does not carry over the read-only mode of the source. */
function copyBytes(from, to) {
  writeFileSync(to, readFileSync(from));
}

const manifest = readManifest();
const vendored = [];
const notes = [];

function provenance(sharedPath) {
  const entry = manifest.get(sharedPath);
  if (!entry) throw new Error(`${sharedPath} is not in MANIFEST.tsv`);
  return entry;
}

for (const name of codelists) {
  for (const language of codelistLanguages) {
    const sharedPath = `iati-codelists/codeforiati/json/${language}/${name}.json`;
    const source = JSON.parse(readFileSync(join(sharedData, sharedPath), 'utf8'));
    const active = source.data.filter((item) => item.status === 'active');
    // Keep the official order; keep `category` where the list has one (sector → category, target → goal).
    const items = active
      .filter((item) => typeof item.name === 'string' && item.name.trim() !== '')
      .map((item) =>
        item.category
          ? { code: item.code, name: item.name, category: item.category }
          : { code: item.code, name: item.name },
      );
    const missing = active.length - items.length;
    if (items.length === 0) {
      notes.push(
        `\`${name}.${language}.json\` is not written: the upstream ${language} list has no names (consumers fall back to English).`,
      );
      continue;
    }
    if (missing > 0) {
      notes.push(
        `\`${name}.${language}.json\` omits ${missing} active code(s) that have no ${language} name upstream (consumers fall back to English).`,
      );
    }
    const target = `codelists/${name}.${language}.json`;
    writeJson(join(dataDir, target), items);
    vendored.push({
      target,
      sharedPath,
      change: `active entries only, reduced to code/name${items[0]?.category ? '/category' : ''}`,
    });
  }
}

writeJson(join(dataDir, 'codelists/OrganisationType.pt.json'), organisationTypePortuguese);

mkdirSync(join(dataDir, 'geo'), { recursive: true });
copyBytes(
  join(sharedData, 'admin-divisions/mx/cdmx_alcaldias.geojson'),
  join(dataDir, 'geo/cdmx-alcaldias.geojson'),
);
vendored.push({
  target: 'geo/cdmx-alcaldias.geojson',
  sharedPath: 'admin-divisions/mx/cdmx_alcaldias.geojson',
  change: 'unmodified copy',
});

/**
 * Medellín's 16 comunas and 5 corregimientos: 33,000 points (730 kB) are far more than a map of the
 * city needs. A topology-preserving simplification (shared borders are simplified once, so
 * neighbouring units never open gaps or overlap) keeps 8% of the points by Visvalingam weight, and
 * coordinates are rounded to 5 decimals (about 1 m). Codes become DANE's two-digit strings (01…16,
 * 50…90); names stay as published (upper case): the demo gives each unit its proper name.
 */
function simplifiedMedellinUnits(source) {
  const topo = presimplify(topology({ units: source }, 1e6));
  const simplified = simplify(topo, quantile(topo, medellinKeptShare));
  const collection = feature(simplified, simplified.objects.units);
  const round = (value) => Math.round(value * 1e5) / 1e5;
  const roundRing = (ring) => ring.map(([longitude, latitude]) => [round(longitude), round(latitude)]);
  return {
    type: 'FeatureCollection',
    features: collection.features.map((unit) => ({
      type: 'Feature',
      properties: { code: String(unit.properties.code).padStart(2, '0'), name: unit.properties.name },
      geometry:
        unit.geometry.type === 'Polygon'
          ? { type: 'Polygon', coordinates: unit.geometry.coordinates.map(roundRing) }
          : {
              type: 'MultiPolygon',
              coordinates: unit.geometry.coordinates.map((polygon) => polygon.map(roundRing)),
            },
    })),
  };
}

const medellinKeptShare = 0.08;
const medellinPath = 'admin-divisions/co/medellin_comunas_corregimientos.geojson';
const medellin = simplifiedMedellinUnits(JSON.parse(readFileSync(join(sharedData, medellinPath), 'utf8')));
// One feature per line, like the codelists: small diffs, still compact.
writeFileSync(
  join(dataDir, 'geo/medellin-comunas-corregimientos.geojson'),
  `{"type":"FeatureCollection","features":[\n${medellin.features.map((unit) => JSON.stringify(unit)).join(',\n')}\n]}\n`,
);
vendored.push({
  target: 'geo/medellin-comunas-corregimientos.geojson',
  sharedPath: medellinPath,
  change: `topology-preserving simplification (topojson-simplify, ${medellinKeptShare * 100}% of points kept), coordinates rounded to 5 decimals, code as two-digit string`,
});

mkdirSync(join(dataDir, 'iati-schemas-2.03'), { recursive: true });
for (const file of schemaFiles) {
  const sharedPath = `iati-schemas-2.03/${file}`;
  copyBytes(join(sharedData, sharedPath), join(dataDir, 'iati-schemas-2.03', file));
  vendored.push({ target: `iati-schemas-2.03/${file}`, sharedPath, change: 'unmodified copy' });
}

// The IATI standard rulesets, interpreted by the export check (src/server/modules/iati/iati.rulesets.ts).
mkdirSync(join(dataDir, 'iati-rulesets-2.03'), { recursive: true });
copyBytes(
  join(sharedData, 'iati-rulesets-2.03/rulesets/standard.json'),
  join(dataDir, 'iati-rulesets-2.03/standard.json'),
);
vendored.push({
  target: 'iati-rulesets-2.03/standard.json',
  sharedPath: 'iati-rulesets-2.03/rulesets/standard.json',
  change: 'unmodified copy',
});

/**
 * Test fixtures (data/fixtures/): the upstream meta tests of IATI-Rulesets that the rulesets
 * interpreter is checked against, and real publisher files for the import tests, the browser test of
 * the import screen and the import benchmark (which repeats them into one large document). Only the
 * files the tests read: the Asian Development Bank file (3.6 MB) adds no structure that the others do
 * not have, so it stays out to keep the repository lean.
 */
const rulesetMetaTests = [
  'between_dates',
  'date',
  'date_now',
  'forloop',
  'if_then',
  'range',
  'regex',
  'sum',
  'time_limit',
  'unique',
  'sector_percentage_sum',
]
  .flatMap((name) => [`${name}_good.xml`, `${name}_bad.xml`])
  .concat(
    ['between_dates', 'date_order', 'date_now', 'time_limit', 'forloop', 'range', 'sum', 'if_then'].map(
      (name) => `${name}.json`,
    ),
    ['regex_matches', 'unique', 'sector_percentage_sum', 'one_or_all', 'only_one_of', 'empty'].map(
      (name) => `${name}.json`,
    ),
    ['lang', 'currency', 'sector'].flatMap((kind) => [
      `one_or_all_${kind}_good.xml`,
      `one_or_all_${kind}_bad.xml`,
    ]),
    ['activity', 'transaction'].flatMap((kind) => [
      `only_one_of_${kind}_good.xml`,
      `only_one_of_${kind}_bad.xml`,
    ]),
    ['empty.xml'],
  );
mkdirSync(join(dataDir, 'fixtures/iati-rulesets-meta-tests'), { recursive: true });
for (const file of rulesetMetaTests) {
  const sharedPath = `iati-rulesets-2.03/meta_tests/${file}`;
  copyBytes(join(sharedData, sharedPath), join(dataDir, 'fixtures/iati-rulesets-meta-tests', file));
  vendored.push({
    target: `fixtures/iati-rulesets-meta-tests/${file}`,
    sharedPath,
    change: 'unmodified copy',
  });
}

const realIatiFiles = [
  'activities/who-arg.xml',
  'activities/worldbank-sv.xml',
  'activities/wri-521257057-strategic-plan-2023-2027.xml',
  'dportal-multi-publisher/covid-dportal-fixture.xml',
  'dportal-multi-publisher/dportal_111.xml',
  'dportal-multi-publisher/dportal_28.xml',
  'dportal-multi-publisher/dportal_54.xml',
  'dportal-multi-publisher/dportal_55.xml',
  'dportal-multi-publisher/dportal_98.xml',
];
for (const file of realIatiFiles) {
  const sharedPath = `iati-real-files/${file}`;
  const target = `fixtures/iati-real-files/${file}`;
  mkdirSync(dirname(join(dataDir, target)), { recursive: true });
  copyBytes(join(sharedData, sharedPath), join(dataDir, target));
  vendored.push({ target, sharedPath, change: 'unmodified copy (test fixture)' });
}

/**
 * The official SDG wording from open-sdg/sdg-translations. The files are flat YAML maps of plain
 * scalars (`3-title: …`, `3-4-title: …`, `11-a-title: …`), long values folded onto indented
 * continuation lines; no YAML library is needed, and anything else in them is an error.
 */
function readFlatYaml(path) {
  const entries = new Map();
  let key = null;
  for (const [index, line] of readFileSync(path, 'utf8').split(/\r?\n/).entries()) {
    if (line.trim() === '') continue;
    if (/^\s/.test(line)) {
      if (key === null) throw new Error(`${path}:${index + 1}: continuation line without a key`);
      entries.set(key, `${entries.get(key)} ${line.trim()}`.trim());
      continue;
    }
    const match = /^([^:\s]+):(?:\s+(.*))?$/.exec(line);
    if (!match) throw new Error(`${path}:${index + 1}: not a flat "key: value" line`);
    const value = (match[2] ?? '').trim();
    if (/^['"|>&*!%@`]/.test(value) || / #/.test(value)) {
      throw new Error(`${path}:${index + 1}: quoted, block or commented YAML scalars are not supported`);
    }
    key = match[1];
    if (entries.has(key)) throw new Error(`${path}:${index + 1}: duplicate key ${key}`);
    entries.set(key, value);
  }
  return entries;
}

/** Natural order of SDG codes: 1 < 2 < 10; 8.1 < 8.9 < 8.10 < 8.a. */
function compareSdgCodes(left, right) {
  const [leftGoal, leftTarget = ''] = left.split('.');
  const [rightGoal, rightTarget = ''] = right.split('.');
  if (leftGoal !== rightGoal) return Number(leftGoal) - Number(rightGoal);
  const leftNumeric = /^\d+$/.test(leftTarget);
  const rightNumeric = /^\d+$/.test(rightTarget);
  if (leftNumeric && rightNumeric) return Number(leftTarget) - Number(rightTarget);
  if (leftNumeric !== rightNumeric) return leftNumeric ? -1 : 1;
  return leftTarget.localeCompare(rightTarget);
}

const sdgLanguages = ['es', 'en'];
const sdgCounts = {};
for (const language of sdgLanguages) {
  const goalsPath = `sdg/open-sdg-translations/${language}/global_goals.yml`;
  const targetsPath = `sdg/open-sdg-translations/${language}/global_targets.yml`;
  const goals = [];
  for (const [key, name] of readFlatYaml(join(sharedData, goalsPath))) {
    const match = /^(\d{1,2})-title$/.exec(key);
    if (!match || Number(match[1]) < 1 || Number(match[1]) > 17 || name === '') continue;
    goals.push({ code: String(Number(match[1])), name });
  }
  goals.sort((left, right) => compareSdgCodes(left.code, right.code));
  const goalCodes = new Set(goals.map((goal) => goal.code));
  const targets = [];
  for (const [key, name] of readFlatYaml(join(sharedData, targetsPath))) {
    const match = /^(\d{1,2})-(\d{1,2}|[a-z])-title$/.exec(key);
    if (!match || name === '') continue;
    const goal = String(Number(match[1]));
    if (!goalCodes.has(goal)) continue;
    const target = /^\d+$/.test(match[2]) ? String(Number(match[2])) : match[2];
    targets.push({ code: `${goal}.${target}`, goal, name });
  }
  targets.sort((left, right) => compareSdgCodes(left.code, right.code));
  if (goals.length !== 17) throw new Error(`${goalsPath}: expected 17 goals, found ${goals.length}`);
  sdgCounts[language] = { goals: goals.length, targets: targets.length };
  writeJson(join(dataDir, `sdg/goals.${language}.json`), goals);
  writeJson(join(dataDir, `sdg/targets.${language}.json`), targets);
  vendored.push({
    target: `sdg/goals.${language}.json`,
    sharedPath: goalsPath,
    change: 'parsed from YAML: `N-title` entries of goals 1–17 as code/name, in natural order',
  });
  vendored.push({
    target: `sdg/targets.${language}.json`,
    sharedPath: targetsPath,
    change: 'parsed from YAML: `N-M-title` entries of goals 1–17 as code (N.M)/goal/name, in natural order',
  });
}
if (sdgCounts.es.targets !== sdgCounts.en.targets) {
  notes.push(
    `The Spanish and English SDG target files list different numbers of targets (${sdgCounts.es.targets} and ${sdgCounts.en.targets}).`,
  );
}

const rows = vendored.map(({ target, sharedPath, change }) => {
  const entry = provenance(sharedPath);
  return `| \`${target}\` | ${entry.origin_repo} | \`${entry.origin_path}\` | \`${entry.commit}\` | ${change} | ${entry.licence_note} |`;
});

const sources = `# Sources of the data in data/

Generated by \`node scripts/vendor-data.mjs\` from the shared byte-for-byte copies of the upstream
repositories (their \`MANIFEST.tsv\` gives repository, path and commit of each file). Do not edit the
files by hand: change the script and run it again.

## Attribution and licences

- **IATI codelists and schemas**: IATI Standard (http://iatistandard.org/). Copyright Development
  Initiatives on behalf of the IATI Secretariat, released under the Creative Commons Attribution 4.0
  licence (CC BY 4.0). The codelists were taken from the codeforIATI/codelists mirror (repository
  code under MIT); replicated lists keep the terms of their upstream sources: Country (ISO 3166-1),
  Currency (ISO 4217), Language (ISO 639-1), Sector and SectorCategory (OECD DAC CRS purpose codes),
  UNSDG-Goals and UNSDG-Targets (United Nations Statistics Division, SDG framework).
- **IATI rulesets** (\`iati-rulesets-2.03/standard.json\`): the standard ruleset of IATI/IATI-Rulesets,
  MIT licence, Copyright (c) Ben Webb and the IATI Secretariat contributors.
- \`iati-schemas-2.03/xml.xsd\` is the W3C schema for the \`xml:\` namespace, distributed with the
  IATI schemas.
- **CDMX alcaldías geometry**: from the segasi/geojson repository (no licence file), derived from
  INEGI's Marco Geoestadístico (cvegeo codes); INEGI data are under INEGI's Términos de Libre Uso de
  la Información. Attribute: "Fuente: INEGI, Marco Geoestadístico".
- **Medellín comunas and corregimientos geometry**: GeoMedellín open data, layer OD1043 "Límite
  catastral de comuna y corregimiento" (Alcaldía de Medellín, Departamento Administrativo de
  Planeación), through the userdayis/geomed repository (no licence file); Colombian public
  information (Ley 1712 de 2014). Attribute: "Fuente: Alcaldía de Medellín, GeoMedellín".
- **SDG goals and targets** (\`sdg/\`): official United Nations wording of the 17 Sustainable
  Development Goals and their 169 targets, in Spanish and English, from the open-sdg/sdg-translations
  repository (MIT licence of the repository); the texts themselves are the United Nations' official
  wording (General Assembly resolution 70/1, "Transforming our world: the 2030 Agenda for Sustainable
  Development"). Portuguese is not vendored: the server falls back to English and says so.
- **Test fixtures** (\`fixtures/\`, read by tests and the benchmark only, never by the app): the
  meta tests of IATI/IATI-Rulesets (MIT) and real IATI activity files as their publishers released
  them on the IATI Registry (WHO, World Bank, World Resources Institute) and as d-portal re-serialised
  them (multi-publisher extracts kept in OCHA-DAP/hdx-scraper-iati-viz, MIT); IATI data are published
  under the licence each publisher declares on the IATI Registry (mostly CC BY 4.0 or open data).
- **\`codelists/OrganisationType.pt.json\`** is the project's own Portuguese translation of the IATI
  OrganisationType codelist (IATI publishes no Portuguese version). Same licence as the rest of the
  project, attribution of the original list to the IATI Standard.

## Files

| file | origin repository | origin path | commit | change | licence note |
|---|---|---|---|---|---|
${rows.join('\n')}
| \`codelists/OrganisationType.pt.json\` | (this project) | translation of \`OrganisationType.en.json\` | — | project translation | CC BY 4.0 (derived from the IATI Standard) |

## Notes

- Codelist files are \`[{"code": ..., "name": ..., "category"?: ...}]\`, active entries only, in the
  official order of the upstream list.
${notes.map((note) => `- ${note}`).join('\n')}
- SDG files are \`sdg/goals.<language>.json\` (\`[{"code": "11", "name": …}]\`) and
  \`sdg/targets.<language>.json\` (\`[{"code": "11.2", "goal": "11", "name": …}]\`): the \`-title\`
  entries only (not the \`-short\` names), lettered targets as \`11.a\`, sorted 1, 2, … 10 and
  8.1 … 8.9, 8.10, 8.a.
- Portuguese names of countries, currencies and languages are not vendored: the server asks
  \`Intl.DisplayNames('pt')\` (CLDR data shipped with Node.js) and falls back to English.
`;

writeFileSync(join(dataDir, 'SOURCES.md'), sources);
console.log(`Vendored ${vendored.length + 1} files into ${dataDir}`);
