// Headers and code labels of the spreadsheets in the user's language. Headers live with the server's
// messages (sheets section); the labels of codes are the web's own (enums), so that a spreadsheet
// says "Gobierno local o ciudad" exactly where the screen does.
import type { Language } from '../../../contracts/common';
import errorsEn from '../../../contracts/i18n/errors.en.json' with { type: 'json' };
import errorsEs from '../../../contracts/i18n/errors.es.json' with { type: 'json' };
import errorsPt from '../../../contracts/i18n/errors.pt.json' with { type: 'json' };
import uiEn from '../../../web/ui/i18n/en.json' with { type: 'json' };
import uiEs from '../../../web/ui/i18n/es.json' with { type: 'json' };
import uiPt from '../../../web/ui/i18n/pt.json' with { type: 'json' };
import { featureCodeLabel } from './sheet-feature-labels';

type Tree = { [key: string]: string | Tree };
const sheets: Record<Language, Tree> = {
  es: errorsEs.sheets as Tree,
  en: errorsEn.sheets as Tree,
  pt: errorsPt.sheets as Tree,
};
const enums: Record<Language, Tree> = {
  es: uiEs.enums as Tree,
  en: uiEn.enums as Tree,
  pt: uiPt.enums as Tree,
};
export const sheetLanguages: readonly Language[] = ['es', 'en', 'pt'];

function lookup(tree: Tree, key: string): string | null {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return null;
    node = node[part];
  }
  return typeof node === 'string' ? node : null;
}

/** A text of the sheets section (`headers.partners.name`, `yes`, `sheetTitles.partners`…). */
export function sheetText(language: Language, key: string): string {
  return lookup(sheets[language], key) ?? lookup(sheets.es, key) ?? key;
}

/** The label of a code of one of the web's enums (`partnerKind`, `linkStatus`…). */
export function enumLabel(language: Language, enumName: string, code: string): string {
  return (
    lookup(enums[language], `${enumName}.${code}`) ??
    featureCodeLabel(language, enumName, code) ??
    lookup(enums.es, `${enumName}.${code}`) ??
    code
  );
}

/**
 * Letters and punctuation that PostgreSQL's unaccent folds and Unicode decomposition leaves alone:
 * folded alike here, so that a name read from a file meets the same name compared in SQL with
 * `f_unaccent(lower(…))` («CAF – Banco» is «caf - banco» on both sides).
 */
const unaccentFolds: [RegExp, string][] = [
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/[\u2018\u2019\u201a\u201b\u2032]/g, "'"],
  [/[\u201c\u201d\u201e\u201f\u2033]/g, '"'],
  [/\u2026/g, '...'],
  [/æ/g, 'ae'],
  [/œ/g, 'oe'],
  [/ß/g, 'ss'],
  [/ø/g, 'o'],
  [/ł/g, 'l'],
  [/đ/g, 'd'],
  [/ı/g, 'i'],
];

/**
 * Lower case, without accents or surrounding space, with the folds of PostgreSQL's unaccent: how
 * headers and labels are recognised, and how a file's names meet the names compared in SQL.
 */
export function normalizeLabel(value: string): string {
  let folded = value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  for (const [pattern, replacement] of unaccentFolds) folded = folded.replace(pattern, replacement);
  return folded.replace(/\s+/g, ' ').trim();
}
