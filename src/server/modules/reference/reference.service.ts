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
