import sectorsEn from '../../../../data/codelists/Sector.en.json';
import sectorsEs from '../../../../data/codelists/Sector.es.json';
import { foldText } from './checklist-picker';

type SectorEntry = { code: string; name: string };

/**
 * The DAC 5-digit purpose codes of the IATI Sector codelist, named from the vendored codelist files
 * (there is no sector endpoint). IATI publishes no Portuguese list: Portuguese readers get the
 * English names, as the server does, not Spanish ones; a code without a Spanish name reads in English.
 */
const englishNames = new Map((sectorsEn as SectorEntry[]).map((entry) => [entry.code, entry.name]));
const namesByLanguage: Record<string, Map<string, string>> = {
  en: englishNames,
  es: new Map([
    ...englishNames,
    ...(sectorsEs as SectorEntry[]).map((entry): [string, string] => [entry.code, entry.name]),
  ]),
};

/** What a city's cooperation demands and offers are usually about; shown before any search. */
export const commonSectorCodes = [
  '43030',
  '15112',
  '15110',
  '15150',
  '15220',
  '15160',
  '15180',
  '16010',
  '16020',
  '16030',
  '16061',
  '11220',
  '11330',
  '12220',
  '14020',
  '14050',
  '21020',
  '21030',
  '22040',
  '23210',
  '25030',
  '32130',
  '33210',
  '41010',
  '43060',
] as const;

function namesFor(language: string): Map<string, string> {
  return namesByLanguage[language] ?? englishNames;
}

export function sectorName(code: string, language: string): string {
  return namesFor(language).get(code) ?? code;
}

/** "Transporte por carretera (21020)"; a code outside the codelist is shown alone. */
export function sectorLabel(code: string, language: string): string {
  const name = namesFor(language).get(code);
  return name ? `${name} (${code})` : code;
}

/** Codes whose name or number contains the text, accents ignored; the common ones when it is empty. */
export function searchSectors(text: string, language: string, limit = 30): string[] {
  const needle = foldText(text.trim());
  if (!needle) return [...commonSectorCodes];
  const found: string[] = [];
  for (const [code, name] of namesFor(language)) {
    if (code.startsWith(needle) || foldText(name).includes(needle)) found.push(code);
    if (found.length >= limit) break;
  }
  return found;
}

export function isKnownSector(code: string): boolean {
  return englishNames.has(code);
}

/** Every code of the codelist, in its order (by DAC category). */
export function allSectorCodes(): string[] {
  return [...englishNames.keys()];
}
