// Labels of codes the web keeps in its feature files (cooperation.demandStatus, agenda.kinds…) rather
// than in the shared enums: a code column names such a vocabulary by its dotted path.
import type { Language } from '../../../contracts/common';
import agendaEn from '../../../web/features/agenda/i18n/en.json' with { type: 'json' };
import agendaEs from '../../../web/features/agenda/i18n/es.json' with { type: 'json' };
import agendaPt from '../../../web/features/agenda/i18n/pt.json' with { type: 'json' };
import auditEn from '../../../web/features/audit/i18n/en.json' with { type: 'json' };
import auditEs from '../../../web/features/audit/i18n/es.json' with { type: 'json' };
import auditPt from '../../../web/features/audit/i18n/pt.json' with { type: 'json' };
import cooperationEn from '../../../web/features/cooperation/i18n/en.json' with { type: 'json' };
import cooperationEs from '../../../web/features/cooperation/i18n/es.json' with { type: 'json' };
import cooperationPt from '../../../web/features/cooperation/i18n/pt.json' with { type: 'json' };
import investmentEn from '../../../web/features/investment/i18n/en.json' with { type: 'json' };
import investmentEs from '../../../web/features/investment/i18n/es.json' with { type: 'json' };
import investmentPt from '../../../web/features/investment/i18n/pt.json' with { type: 'json' };
import strategyEn from '../../../web/features/strategy/i18n/en.json' with { type: 'json' };
import strategyEs from '../../../web/features/strategy/i18n/es.json' with { type: 'json' };
import strategyPt from '../../../web/features/strategy/i18n/pt.json' with { type: 'json' };
import uiEn from '../../../web/ui/i18n/en.json' with { type: 'json' };
import uiEs from '../../../web/ui/i18n/es.json' with { type: 'json' };
import uiPt from '../../../web/ui/i18n/pt.json' with { type: 'json' };

type Tree = { [key: string]: unknown };
const trees: Record<Language, Tree[]> = {
  es: [agendaEs, auditEs, cooperationEs, investmentEs, strategyEs, uiEs],
  en: [agendaEn, auditEn, cooperationEn, investmentEn, strategyEn, uiEn],
  pt: [agendaPt, auditPt, cooperationPt, investmentPt, strategyPt, uiPt],
};

function lookup(tree: Tree, key: string): string | null {
  let node: unknown = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return null;
    node = (node as Tree)[part];
  }
  return typeof node === 'string' ? node : null;
}

/** A text of the web's strings by its full key (`partners.fields.name`), or null. */
export function webText(language: Language, key: string): string | null {
  for (const tree of trees[language]) {
    const text = lookup(tree, key);
    if (text) return text;
  }
  return null;
}

/** The label of `code` in the vocabulary at `path` of the web's feature strings, or null. */
export function featureCodeLabel(language: Language, path: string, code: string): string | null {
  if (!path.includes('.')) return null;
  for (const tree of trees[language]) {
    const label = lookup(tree, `${path}.${code}`);
    if (label) return label;
  }
  return null;
}
