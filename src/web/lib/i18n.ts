import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../contracts/common';
import { languages } from '../../contracts/common';
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
  await loadMessages(language);
  await loadFeatureMessagesIn(language, wantedFeatures);
  if (i18next.language !== language) await i18next.changeLanguage(language);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'es';
}

type MessagesModule = () => Promise<{ default: Record<string, unknown> }>;

// One language at a time, in two steps: the sign-in page gets a small chunk of the strings it uses;
// signing in (any route under the app shell) loads all the strings of that language: shared UI, every
// features/<name>/i18n/<lang>.json and the server's error messages. Neither is in the entry.
const messageLoaders: Record<Language, Record<MessageScope, MessagesModule>> = {
  es: { 'sign-in': () => import('virtual:sign-in-messages/es'), app: () => import('./messages/es') },
  en: { 'sign-in': () => import('virtual:sign-in-messages/en'), app: () => import('./messages/en') },
  pt: { 'sign-in': () => import('virtual:sign-in-messages/pt'), app: () => import('./messages/pt') },
};
type MessageScope = 'sign-in' | 'app';
let messageScope: MessageScope = 'sign-in';
const loadedMessages = new Set<string>();

async function loadMessages(language: Language) {
  const key = `${language}:${messageScope}`;
  if (loadedMessages.has(key)) return;
  const messages = await messageLoaders[language][messageScope]();
  i18next.addResourceBundle(language, 'translation', messages.default, true, true);
  loadedMessages.add(key);
}

/** Before any page of the signed-in app renders: every string of the current language. */
export async function loadAppMessages() {
  messageScope = 'app';
  await loadMessages(currentLanguage());
}

// The largest features keep their strings out of the app bundle: the pages that show them load them
// (route beforeLoad), so that the shell with the strings of one language stays light. The list here
// and the exclusions in messages/<lang>.ts name the same folders.
const featureLoaders = import.meta.glob<Record<string, unknown>>(
  '../features/{utility,dashboard,capacity,reports,audit,api-tokens,open-data,actor-map}/i18n/*.json',
  { import: 'default' },
);
export type LazyFeature =
  | 'utility'
  | 'dashboard'
  | 'capacity'
  | 'reports'
  | 'audit'
  | 'api-tokens'
  | 'open-data'
  | 'actor-map';
const wantedFeatures = new Set<LazyFeature>();

/** The strings of features whose texts load with their pages, in the current language (and after a switch). */
export async function loadFeatureMessages(...features: LazyFeature[]) {
  for (const feature of features) wantedFeatures.add(feature);
  await loadFeatureMessagesIn(currentLanguage(), features);
}

async function loadFeatureMessagesIn(language: Language, features: Iterable<LazyFeature>) {
  await Promise.all(
    [...features].map(async (feature) => {
      const key = `${language}:feature:${feature}`;
      const loader = Object.entries(featureLoaders).find(([file]) =>
        file.endsWith(`/${feature}/i18n/${language}.json`),
      )?.[1];
      if (loadedMessages.has(key) || !loader) return;
      i18next.addResourceBundle(language, 'translation', await loader(), true, true);
      loadedMessages.add(key);
    }),
  );
}

export async function initI18n() {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    lng: language,
    // Every string exists in es, en and pt (the translation files are checked); Spanish is not
    // downloaded as a fallback for the other two.
    fallbackLng: false,
    supportedLngs: [...languages],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
    resources: {},
    partialBundledLanguages: true,
  });
  await loadMessages(language);
  document.documentElement.lang = language;
  setRequestLanguage(language);
}
