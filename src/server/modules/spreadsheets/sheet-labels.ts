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

/** Lower case, without accents or surrounding space: how headers and labels are recognised. */
export function normalizeLabel(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
