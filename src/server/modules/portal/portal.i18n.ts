import i18next, { type TFunction } from 'i18next';
import { type Language, languages } from '../../../contracts/common';
import agendaEn from '../../../web/features/agenda/i18n/en.json';
import agendaEs from '../../../web/features/agenda/i18n/es.json';
import agendaPt from '../../../web/features/agenda/i18n/pt.json';
import investmentEn from '../../../web/features/investment/i18n/en.json';
import investmentEs from '../../../web/features/investment/i18n/es.json';
import investmentPt from '../../../web/features/investment/i18n/pt.json';
import portalEn from '../../../web/features/portal/i18n/en.json';
import portalEs from '../../../web/features/portal/i18n/es.json';
import portalPt from '../../../web/features/portal/i18n/pt.json';
import utilityEn from '../../../web/features/utility/i18n/en.json';
import utilityEs from '../../../web/features/utility/i18n/es.json';
import utilityPt from '../../../web/features/utility/i18n/pt.json';
import uiEn from '../../../web/ui/i18n/en.json';
import uiEs from '../../../web/ui/i18n/es.json';
import uiPt from '../../../web/ui/i18n/pt.json';

/*
 * The portal is rendered on the server in the visitor's language. Its own strings live beside the
 * web features' (features/portal/i18n, checked by the wording test); the names of kinds, stages and
 * verdicts are the very ones the signed-in app shows.
 */
const bundles: Record<Language, object[]> = {
  es: [uiEs, agendaEs, investmentEs, utilityEs, portalEs],
  en: [uiEn, agendaEn, investmentEn, utilityEn, portalEn],
  pt: [uiPt, agendaPt, investmentPt, utilityPt, portalPt],
};

function mergeDeep(target: Record<string, unknown>, source: Record<string, unknown>) {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      current &&
      typeof current === 'object'
    ) {
      mergeDeep(current as Record<string, unknown>, value as Record<string, unknown>);
    } else {
      target[key] = structuredClone(value);
    }
  }
  return target;
}

const translators = new Map<Language, TFunction>();
for (const language of languages) {
  const instance = i18next.createInstance();
  const translation = bundles[language].reduce<Record<string, unknown>>(
    (merged, bundle) => mergeDeep(merged, bundle as Record<string, unknown>),
    {},
  );
  instance.init({
    lng: language,
    fallbackLng: 'es',
    initAsync: false,
    showSupportNotice: false,
    resources: { [language]: { translation } },
    // React escapes every string it renders; escaping here too would show "&amp;".
    interpolation: { escapeValue: false },
  });
  translators.set(language, instance.t);
}

export function translatorFor(language: Language): TFunction {
  return translators.get(language) as TFunction;
}

/** `?lang=en` or `?lang=pt`; Spanish otherwise. */
export function portalLanguage(value: unknown): Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
    ? (value as Language)
    : 'es';
}
