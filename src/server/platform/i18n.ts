import { type Language, languages } from '../../contracts/common';
import en from '../../contracts/i18n/errors.en.json' with { type: 'json' };
import es from '../../contracts/i18n/errors.es.json' with { type: 'json' };
import pt from '../../contracts/i18n/errors.pt.json' with { type: 'json' };

type Catalogue = {
  validation: Record<string, string>;
  problems: Record<string, string>;
  gates: Record<string, string>;
  iatiRules: Record<string, string>;
  input: Record<string, string>;
};
const catalogues: Record<Language, Catalogue> = { es, en, pt };

export type MessageParams = Record<string, string | number>;

/** Translates a `validation.x`, `problems.x`, `gates.x` (…) or `iatiRules.x` key; an unknown key is returned as it is. */
export function translate(language: Language, key: string, params: MessageParams = {}): string {
  const [section, name] = key.split('.', 2) as [keyof Catalogue, string | undefined];
  const catalogue = catalogues[language] ?? catalogues.es;
  const template =
    name &&
    (section === 'validation' ||
      section === 'problems' ||
      section === 'gates' ||
      section === 'iatiRules' ||
      section === 'input' ||
      section === 'emails' ||
      section === 'matching' ||
      section === 'access' ||
      (section as string) === 'utility' ||
      (section as string) === 'capacity')
      ? (catalogue[section][name] ?? catalogues.es[section][name])
      : undefined;
  if (!template) return key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, param: string) => {
    const value = String(params[param] ?? '');
    // A parameter may itself be a message key (a stage or level name), translated in the same language.
    // A list of keys ("matching.modality_technical, matching.modality_financial") is named item by item.
    if (
      /^(?:gates|validation|matching|iatiRules)\.\w+(?:, (?:gates|validation|matching|iatiRules)\.\w+)*$/.test(
        value,
      )
    ) {
      return value
        .split(', ')
        .map((item) => translate(language, item))
        .join(', ');
    }
    return value;
  });
}

/**
 * The caller's language: an explicit `lang` query, else the first supported language of
 * Accept-Language, else Spanish, the language of the people who use Vínculo.
 */
export function negotiateLanguage(acceptLanguage: string | undefined, explicit?: string): Language {
  if (explicit && (languages as readonly string[]).includes(explicit)) return explicit as Language;
  if (!acceptLanguage) return 'es';
  const candidates = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const quality = rest.find((item) => item.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: quality ? Number.parseFloat(quality.trim().slice(2)) : 1 };
    })
    .filter((candidate) => candidate.tag && candidate.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const candidate of candidates) {
    const base = candidate.tag.split('-')[0] as Language;
    if ((languages as readonly string[]).includes(base)) return base;
  }
  return 'es';
}
