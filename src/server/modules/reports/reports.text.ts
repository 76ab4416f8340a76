// The words of the report in the language asked for. The report reads the same sentences as the
// screens (verdicts, reasons, stages, kinds of event), so it loads the web's own catalogues instead
// of keeping a second copy that would drift; its own strings live with the screen's in
// src/web/features/reports/i18n.
import i18next, { type TFunction } from 'i18next';
import type { Language } from '../../../contracts/common';
import type { Reason } from '../../../contracts/utility';
import agendaEn from '../../../web/features/agenda/i18n/en.json' with { type: 'json' };
import agendaEs from '../../../web/features/agenda/i18n/es.json' with { type: 'json' };
import agendaPt from '../../../web/features/agenda/i18n/pt.json' with { type: 'json' };
import investmentEn from '../../../web/features/investment/i18n/en.json' with { type: 'json' };
import investmentEs from '../../../web/features/investment/i18n/es.json' with { type: 'json' };
import investmentPt from '../../../web/features/investment/i18n/pt.json' with { type: 'json' };
import reportsEn from '../../../web/features/reports/i18n/en.json' with { type: 'json' };
import reportsEs from '../../../web/features/reports/i18n/es.json' with { type: 'json' };
import reportsPt from '../../../web/features/reports/i18n/pt.json' with { type: 'json' };
import utilityEn from '../../../web/features/utility/i18n/en.json' with { type: 'json' };
import utilityEs from '../../../web/features/utility/i18n/es.json' with { type: 'json' };
import utilityPt from '../../../web/features/utility/i18n/pt.json' with { type: 'json' };
import { reasonText } from '../../../web/features/utility/verdict-text';
import { countryName, formatDate, formatMoney, formatNumber } from '../../../web/lib/format';
import uiEn from '../../../web/ui/i18n/en.json' with { type: 'json' };
import uiEs from '../../../web/ui/i18n/es.json' with { type: 'json' };
import uiPt from '../../../web/ui/i18n/pt.json' with { type: 'json' };

const catalogues = {
  es: { ...uiEs, ...agendaEs, ...investmentEs, ...utilityEs, ...reportsEs },
  en: { ...uiEn, ...agendaEn, ...investmentEn, ...utilityEn, ...reportsEn },
  pt: { ...uiPt, ...agendaPt, ...investmentPt, ...utilityPt, ...reportsPt },
};

const instance = i18next.createInstance();
void instance.init({
  lng: 'es',
  fallbackLng: 'es',
  initAsync: false,
  showSupportNotice: false,
  interpolation: { escapeValue: false },
  resources: {
    es: { translation: catalogues.es },
    en: { translation: catalogues.en },
    pt: { translation: catalogues.pt },
  },
});

/** Everything the PDF and the workbook write, in one language: words, numbers, dates and money. */
export type ReportText = {
  language: Language;
  t: TFunction;
  date: (value: string | null) => string;
  number: (value: number | null) => string;
  /** A ratio (0..1) as a percentage, e.g. "42 %". */
  percent: (value: number | null) => string;
  money: (minor: number | null, currency: string) => string;
  country: (code: string | null) => string;
  /** Closed vocabularies of the contracts by their label; an unknown value is shown as it is. */
  label: (group: string, value: string | null) => string;
  reason: (reason: Reason) => string;
};

/**
 * The words of one report. Labels and reasons are kept once written: 20,000 links share a few
 * thousand distinct sentences, and each costs several i18next look-ups and formatted values.
 */
export function reportText(language: Language): ReportText {
  const t = instance.getFixedT(language);
  const labels = new Map<string, string>();
  const reasons = new Map<string, string>();
  return {
    language,
    t,
    date: (value) => formatDate(value, language),
    number: (value) => formatNumber(value, language),
    percent: (value) =>
      value === null
        ? '—'
        : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value),
    money: (minor, currency) => formatMoney(minor, currency, language),
    country: (code) => countryName(code, language),
    label: (group, value) => {
      if (!value) return '—';
      const key = group + value;
      let written = labels.get(key);
      if (written === undefined) {
        written = t(key, { defaultValue: value });
        labels.set(key, written);
      }
      return written;
    },
    reason: (reason) => {
      const key = `${reason.code}\u0000${JSON.stringify(reason.params)}`;
      let written = reasons.get(key);
      if (written === undefined) {
        written = reasonText(t, reason, language);
        reasons.set(key, written);
      }
      return written;
    },
  };
}
