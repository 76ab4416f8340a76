import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type CodelistName = 'countries' | 'organisation-types' | 'currencies' | 'languages';
export type CodelistLanguage = 'es' | 'en' | 'pt';
export type CodelistItem = { code: string; name: string };
export type Codelist = { codelist: CodelistName; language: string; source: string; items: CodelistItem[] };

type CodelistDefinition = {
  /** Base name of the vendored files: data/codelists/<file>.<language>.json */
  file: string;
  source: string;
  /** Which Intl.DisplayNames type names these codes when no vendored translation exists. */
  displayType: Intl.DisplayNamesType | null;
};

const definitions: Record<CodelistName, CodelistDefinition> = {
  countries: { file: 'Country', source: 'IATI Country codelist (ISO 3166-1)', displayType: 'region' },
  'organisation-types': {
    file: 'OrganisationType',
    source: 'IATI OrganisationType codelist',
    displayType: null,
  },
  currencies: { file: 'Currency', source: 'IATI Currency codelist (ISO 4217)', displayType: 'currency' },
  languages: { file: 'Language', source: 'IATI Language codelist (ISO 639-1)', displayType: 'language' },
};

// src/server/modules/reference → repository root → data/codelists
const codelistDirectory = fileURLToPath(new URL('../../../../data/codelists/', import.meta.url));

const fileCache = new Map<string, Map<string, string> | null>();
const codelistCache = new Map<string, { codelist: Codelist; namesByCode: Map<string, string> }>();

/** Reads one vendored file once; null when the language has no vendored version. */
function readVendoredNames(file: string, language: string): Map<string, string> | null {
  const cacheKey = `${file}.${language}`;
  if (fileCache.has(cacheKey)) return fileCache.get(cacheKey) ?? null;
  const path = `${codelistDirectory}${file}.${language}.json`;
  let names: Map<string, string> | null = null;
  if (existsSync(path)) {
    const entries = JSON.parse(readFileSync(path, 'utf8')) as CodelistItem[];
    names = new Map(entries.map((entry) => [entry.code, entry.name]));
  }
  fileCache.set(cacheKey, names);
  return names;
}

/** The English file is complete: it defines which codes exist. */
function readCodes(name: CodelistName): Map<string, string> {
  const names = readVendoredNames(definitions[name].file, 'en');
  if (!names)
    throw new Error(`Missing data/codelists/${definitions[name].file}.en.json: run scripts/vendor-data.mjs`);
  return names;
}

function createDisplayNames(
  language: CodelistLanguage,
  type: Intl.DisplayNamesType,
): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames(language, { type, fallback: 'none' });
  } catch {
    return null;
  }
}

function capitalize(text: string, language: CodelistLanguage): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

function buildCodelist(name: CodelistName, language: CodelistLanguage): Codelist {
  const definition = definitions[name];
  const englishNames = readCodes(name);
  const vendoredNames = language === 'en' ? englishNames : readVendoredNames(definition.file, language);
  const displayNames =
    language !== 'en' && definition.displayType ? createDisplayNames(language, definition.displayType) : null;
  let usedDisplayNames = false;

  const items: CodelistItem[] = [];
  for (const [code, englishName] of englishNames) {
    let localName = vendoredNames?.get(code);
    if (!localName && displayNames) {
      const displayName = displayNames.of(code);
      if (displayName && displayName !== code) {
        // CLDR writes language names in lower case in es/pt; a list of options reads better capitalised.
        localName = capitalize(displayName, language);
        usedDisplayNames = true;
      }
    }
    items.push({ code, name: localName ?? englishName });
  }

  const collator = new Intl.Collator(language);
  items.sort((left, right) => collator.compare(left.name, right.name) || left.code.localeCompare(right.code));

  let source = definition.source;
  if (language === 'pt' && name === 'organisation-types')
    source += '; Portuguese translation by the Vínculo project';
  else if (usedDisplayNames) source += `; ${language} names from Unicode CLDR`;
  return { codelist: name, language, source, items };
}

function loadCodelist(name: CodelistName, language: CodelistLanguage) {
  const cacheKey = `${name}.${language}`;
  let cached = codelistCache.get(cacheKey);
  if (!cached) {
    const codelist = buildCodelist(name, language);
    cached = { codelist, namesByCode: new Map(codelist.items.map((item) => [item.code, item.name])) };
    codelistCache.set(cacheKey, cached);
  }
  return cached;
}

/**
 * An official codelist in the caller's language, sorted by name in that language. Names come from
 * the vendored IATI files; where IATI has no translation (Portuguese, Spanish language names) they
 * come from Intl.DisplayNames, and English is the last resort so that every code is always listed.
 */
export function getCodelist(name: CodelistName, language: CodelistLanguage): Codelist {
  const { codelist } = loadCodelist(name, language);
  // Callers get their own copy: the cached list must never change under another request.
  return { ...codelist, items: codelist.items.map((item) => ({ ...item })) };
}

/** Whether a code is an active entry of the codelist (exact match: "CO", "COP", "es", "11"). */
export function isKnownCode(name: CodelistName, code: string): boolean {
  return readCodes(name).has(code);
}

/** The name of one code in the caller's language, or null when the code is not in the codelist. */
export function getCodeName(name: CodelistName, code: string, language: CodelistLanguage): string | null {
  return loadCodelist(name, language).namesByCode.get(code) ?? null;
}

// --- Sustainable Development Goals ---------------------------------------------------------------

export type SdgLanguage = 'es' | 'en';
export type SdgEntry = { code: string; name: string; goal: string };
export type SdgList = { language: string; goals: SdgEntry[]; targets: SdgEntry[] };

// src/server/modules/reference → repository root → data/sdg (vendored by scripts/vendor-data.mjs)
const sdgDirectory = fileURLToPath(new URL('../../../../data/sdg/', import.meta.url));
const sdgCache = new Map<SdgLanguage, SdgList>();

function readSdgFile<T>(name: string): T {
  const path = `${sdgDirectory}${name}`;
  if (!existsSync(path)) throw new Error(`Missing data/sdg/${name}: run scripts/vendor-data.mjs`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function loadSdgList(language: SdgLanguage): SdgList {
  let cached = sdgCache.get(language);
  if (!cached) {
    const goals = readSdgFile<{ code: string; name: string }[]>(`goals.${language}.json`);
    const targets = readSdgFile<SdgEntry[]>(`targets.${language}.json`);
    cached = {
      language,
      goals: goals.map((goal) => ({ code: goal.code, name: goal.name, goal: goal.code })),
      targets: targets.map((target) => ({ code: target.code, name: target.name, goal: target.goal })),
    };
    sdgCache.set(language, cached);
  }
  return cached;
}

/**
 * The 17 SDGs and their 169 targets with the official UN wording, in natural order (1 … 17;
 * 8.1 … 8.10, 8.a). There is no Portuguese version vendored: Portuguese falls back to English, and
 * `language` says which language the names are actually in.
 */
export function getSdgList(language: CodelistLanguage): SdgList {
  const list = loadSdgList(language === 'es' ? 'es' : 'en');
  // Callers get their own copy: the cached list must never change under another request.
  return {
    language: list.language,
    goals: list.goals.map((goal) => ({ ...goal })),
    targets: list.targets.map((target) => ({ ...target })),
  };
}

let sdgGoalCodes: Set<string> | null = null;
let sdgTargetCodes: Set<string> | null = null;

/** Whether a code is one of the 17 goals ("11"; not "011" nor "18"). */
export function isKnownSdgGoal(code: string): boolean {
  sdgGoalCodes ??= new Set(loadSdgList('en').goals.map((goal) => goal.code));
  return sdgGoalCodes.has(code);
}

/** Whether a code is one of the official targets ("3.4", "11.a"; not "3.99" nor "17.a"). */
export function isKnownSdgTarget(code: string): boolean {
  sdgTargetCodes ??= new Set(loadSdgList('en').targets.map((target) => target.code));
  return sdgTargetCodes.has(code);
}

// --- DAC 5-digit sectors (IATI Sector codelist) ---------------------------------------------------

/** Whether a code is a DAC 5-digit purpose code of the vendored IATI Sector codelist ("32110"). */
export function isKnownSector(code: string): boolean {
  const names = readVendoredNames('Sector', 'en');
  if (!names) throw new Error('Missing data/codelists/Sector.en.json: run scripts/vendor-data.mjs');
  return names.has(code);
}

/**
 * The name of a sector in the caller's language: the official Spanish file for Spanish, English
 * otherwise (IATI publishes no Portuguese sector names); null when the code is not a sector.
 */
export function getSectorName(code: string, language: CodelistLanguage): string | null {
  if (!isKnownSector(code)) return null;
  const localNames = language === 'es' ? readVendoredNames('Sector', 'es') : null;
  return localNames?.get(code) ?? readVendoredNames('Sector', 'en')?.get(code) ?? null;
}
