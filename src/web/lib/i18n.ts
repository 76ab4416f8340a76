import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../contracts/common';
import { languages } from '../../contracts/common';
import errorsEn from '../../contracts/i18n/errors.en.json';
import errorsEs from '../../contracts/i18n/errors.es.json';
import errorsPt from '../../contracts/i18n/errors.pt.json';
import en from '../ui/i18n/en.json';
import es from '../ui/i18n/es.json';
import pt from '../ui/i18n/pt.json';
import { setRequestLanguage } from './api-client';

const storageKey = 'vinculo.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

function initialLanguage(): Language {
  const stored = localStorage.getItem(storageKey);
  // Spanish is the default for everyone until they choose otherwise (their choice is saved on the server).
  return isLanguage(stored) ? stored : 'es';
}

/** Applies a UI language everywhere it matters: i18next, <html lang>, API requests, local memory. */
export async function applyLanguage(language: Language) {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  setRequestLanguage(language);
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'es';
}

type Messages = Record<string, unknown>;

// Each feature may keep its own translations in features/<name>/i18n/{es,en,pt}.json: they are merged
// here, so that features added in parallel never edit the same file.
const featureMessages = import.meta.glob<Messages>('../features/*/i18n/*.json', {
  eager: true,
  import: 'default',
});

/**
 * Merges message files section by section: a section present in two files (the web's "utility"
 * screens and the server's "utility" error messages) keeps the keys of both.
 */
function mergeMessages(...sources: Messages[]): Messages {
  const merged: Messages = {};
  for (const source of sources) {
    for (const [section, value] of Object.entries(source)) {
      const existing = merged[section];
      const isSection = (item: unknown): item is Messages =>
        typeof item === 'object' && item !== null && !Array.isArray(item);
      merged[section] = isSection(existing) && isSection(value) ? { ...existing, ...value } : value;
    }
  }
  return merged;
}

function messagesFor(language: Language): Messages {
  return mergeMessages(
    ...Object.entries(featureMessages)
      .filter(([path]) => path.endsWith(`/${language}.json`))
      .map(([, messages]) => messages),
  );
}

export async function initI18n() {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'es',
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
    resources: {
      es: { translation: mergeMessages(es, messagesFor('es'), errorsEs) },
      en: { translation: mergeMessages(en, messagesFor('en'), errorsEn) },
      pt: { translation: mergeMessages(pt, messagesFor('pt'), errorsPt) },
    },
  });
  document.documentElement.lang = language;
  setRequestLanguage(language);
}
