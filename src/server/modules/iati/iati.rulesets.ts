// An interpreter of the IATI rulesets (IATI/IATI-Rulesets, vendored in data/iati-rulesets-2.03)
// over a DOM: the checks the XSD cannot express (date order, percentage sums, identifiers).
// Semantics follow the reference Python implementation (iatirulesets/__init__.py): a case whose
// `condition` is false, or whose dates are missing, is not applicable; only a false result is a finding.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
// xpath is CommonJS: under Node's ESM loader only some of its exports are visible by name, so the
// default export (the whole module) is the one that works the same in tests and in the running app.
import xpath from 'xpath';
// Renamed: a function named use* reads as a React hook to the linter.
import { parseXsDecimal } from '../../../domain/iati-decimal';

export type RuleFinding = {
  iatiIdentifier: string | null;
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
};

type RuleInfo = { id?: string; severity?: string; message?: string };
type RuleCase = Record<string, unknown> & { ruleInfo?: RuleInfo };
export type Ruleset = Record<string, Record<string, { cases: RuleCase[] }>>;
/** true passes, false is a finding, null means the case does not apply to this element. */
type RuleResult = boolean | null;

// xpath's useNamespaces is not a React hook; the alias keeps the hooks lint rule out of it.
const selectorWithNamespaces = xpath.useNamespaces;
const select = selectorWithNamespaces({ xml: 'http://www.w3.org/XML/1998/namespace' });
const rulesetPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../data/iati-rulesets-2.03/standard.json',
);

let standardRuleset: Ruleset | null = null;
/** The IATI standard ruleset, read once. */
export function loadStandardRuleset(): Ruleset {
  standardRuleset ??= JSON.parse(readFileSync(rulesetPath, 'utf8')) as Ruleset;
  return standardRuleset;
}

function evaluate(expression: string, node: Node): xpath.SelectReturnType {
  return select(expression, node);
}

function nodesOf(expression: string, node: Node): Node[] {
  const result = evaluate(expression, node);
  return xpath.isArrayOfNodes(result) ? result : [];
}

/** XPath truthiness: a non-empty node set, a non-empty string, a non-zero number, true. */
function isTruthy(expression: string, node: Node): boolean {
  const result = evaluate(expression, node);
  if (Array.isArray(result)) return result.length > 0;
  if (typeof result === 'number') return result !== 0 && !Number.isNaN(result);
  if (typeof result === 'string') return result.length > 0;
  return Boolean(result);
}

function textOf(node: Node): string {
  return node.nodeType === 2 ? ((node as Attr).value ?? '') : (node.textContent ?? '');
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function pathTexts(element: Node, ruleCase: RuleCase): { nodes: Node[]; texts: string[] } {
  const nodes = stringList(ruleCase.paths).flatMap((expression) => nodesOf(expression, element));
  return { nodes, texts: nodes.map(textOf) };
}

/** The calendar date a check runs on, when its caller knows the publisher's time zone. */
let checkDay: string | null = null;

function today(): string {
  return checkDay ?? new Date().toISOString().slice(0, 10);
}

/** Today's date (YYYY-MM-DD) in a time zone: at 01:00 UTC it is still yesterday in Medellín. */
export function dayInTimeZone(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .format(now)
      .slice(0, 10);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** The dates matched by an expression as YYYY-MM-DD; NOW/TODAY is the current date. */
function datesOf(expression: string, element: Node): string[] {
  if (expression === 'NOW' || expression === 'TODAY') return [today()];
  return nodesOf(expression, element)
    .map((node) => /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(textOf(node).trim())?.[0])
    .filter((date): date is string => Boolean(date));
}

function addOneYear(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const shifted = new Date(Date.UTC(year + 1, month - 1, day));
  // 29 February plus one year is 28 February, as relativedelta does.
  if (shifted.getUTCMonth() !== month - 1) shifted.setUTCDate(0);
  return shifted.toISOString().slice(0, 10);
}

function sumEquals(texts: string[], expected: unknown): boolean {
  const target = parseXsDecimal(String(expected));
  if (!target) return false;
  let scale = target.scale;
  const values = texts.map((text) => parseXsDecimal(text));
  if (values.some((value) => value === null)) return false;
  for (const value of values) scale = Math.max(scale, value?.scale ?? 0);
  const scaled = (value: { units: bigint; scale: number }) =>
    value.units * 10n ** BigInt(scale - value.scale);
  const total = values.reduce((sum, value) => sum + scaled(value as { units: bigint; scale: number }), 0n);
  return total === scaled(target);
}

function substitute(ruleCase: RuleCase, value: string): RuleCase {
  const replaced: RuleCase = {};
  for (const [key, item] of Object.entries(ruleCase)) {
    if (typeof item === 'string') replaced[key] = item.replaceAll('$1', value);
    else if (Array.isArray(item))
      replaced[key] = item.map((entry) =>
        typeof entry === 'string' ? entry.replaceAll('$1', value) : entry,
      );
    else replaced[key] = item;
  }
  return replaced;
}

function oneOrAll(element: Node, ruleCase: RuleCase): RuleResult {
  if (nodesOf(String(ruleCase.one), element).length > 0) return true;
  switch (ruleCase.all) {
    case 'lang':
      return nodesOf('descendant::narrative', element).every(
        (narrative) => nodesOf('@xml:lang', narrative).length > 0,
      );
    case 'sector':
      return nodesOf('transaction', element).every(
        (transaction) => nodesOf('sector', transaction).length > 0,
      );
    case 'currency':
      return ['value', 'forecast', 'loan-status'].every((name) =>
        nodesOf(`descendant::${name}`, element).every((node) => nodesOf('@currency', node).length > 0),
      );
    default:
      return null;
  }
}

function startsWith(element: Node, ruleCase: RuleCase): RuleResult {
  const { texts } = pathTexts(element, ruleCase);
  if (typeof ruleCase.start === 'string') {
    const [start] = nodesOf(ruleCase.start, element);
    if (!start) return null;
    return texts.every((text) => text.startsWith(textOf(start)));
  }
  // ORG-ID-PREFIX stands for the list of registration agencies of org-id.guide, which is not vendored.
  const prefixes = stringList(ruleCase.prefix).filter((prefix) => prefix !== 'ORG-ID-PREFIX');
  const separator = typeof ruleCase.separator === 'string' ? ruleCase.separator : '';
  const starts = prefixes.flatMap((prefix) =>
    nodesOf(prefix, element).map((node) => `${textOf(node)}${separator}`),
  );
  if (starts.length === 0) return null;
  return texts.every((text) => starts.some((start) => text.startsWith(start)));
}

function runCase(rule: string, element: Node, ruleCase: RuleCase): RuleResult {
  if (typeof ruleCase.condition === 'string' && !isTruthy(ruleCase.condition, element)) return null;
  const { nodes, texts } = pathTexts(element, ruleCase);
  switch (rule) {
    case 'no_more_than_one':
      return nodes.length <= 1;
    case 'atleast_one':
      return nodes.length >= 1;
    case 'dependent': {
      const counts = stringList(ruleCase.paths).map((expression) => nodesOf(expression, element).length);
      return counts.every((count) => count > 0) || counts.every((count) => count === 0);
    }
    case 'only_one_of': {
      const hasExcluded = stringList(ruleCase.excluded).some(
        (expression) => nodesOf(expression, element).length > 0,
      );
      return hasExcluded ? nodes.length === 0 : nodes.length === 1;
    }
    case 'one_or_all':
      return oneOrAll(element, ruleCase);
    case 'unique':
      return new Set(texts).size === texts.length;
    case 'strict_sum':
      return sumEquals(texts, ruleCase.sum);
    case 'sum':
      return texts.length === 0 || sumEquals(texts, ruleCase.sum);
    case 'range':
      return texts.every((text) => {
        const value = Number(text.trim());
        const min = typeof ruleCase.min === 'number' ? ruleCase.min : value;
        const max = typeof ruleCase.max === 'number' ? ruleCase.max : value;
        return parseXsDecimal(text) !== null && min <= value && value <= max;
      });
    case 'regex_matches':
      return texts.every((text) => new RegExp(String(ruleCase.regex)).test(text));
    case 'regex_no_matches':
      return texts.every((text) => !new RegExp(String(ruleCase.regex)).test(text));
    case 'no_spaces':
      return texts.every((text) => text === text.trim());
    case 'no_percent':
      return texts.every((text) => !text.includes('%'));
    case 'startswith':
      return startsWith(element, ruleCase);
    case 'evaluates_to_true':
      return isTruthy(String(ruleCase.eval), element);
    case 'if_then':
      return isTruthy(String(ruleCase.if), element) ? isTruthy(String(ruleCase.then), element) : true;
    case 'date_now': {
      const [value] = nodesOf(String(ruleCase.date), element).map(textOf);
      if (!value) return null;
      const time = Date.parse(value.trim());
      // "Must not be in the future": now itself is not the future.
      return Number.isNaN(time) ? false : time <= Date.now();
    }
    case 'date_order': {
      const less = datesOf(String(ruleCase.less), element);
      const more = datesOf(String(ruleCase.more), element);
      if (less.length === 0 || more.length === 0) return null;
      // Every date matched by `less` is checked, not only the first: each transaction counts.
      return less.every((date) => date <= (more[0] as string));
    }
    case 'time_limit': {
      const [start] = datesOf(String(ruleCase.start), element);
      const [end] = datesOf(String(ruleCase.end), element);
      if (!start || !end) return null;
      return end <= addOneYear(start);
    }
    case 'between_dates': {
      const [date] = datesOf(String(ruleCase.date), element);
      const [start] = datesOf(String(ruleCase.start), element);
      const [end] = datesOf(String(ruleCase.end), element);
      if (!date || !start || !end) return null;
      return start < date && date < end;
    }
    default:
      return null; // a rule type this interpreter does not know is not applied
  }
}

function identifierOf(element: Node): string | null {
  const [identifier] = nodesOf('ancestor-or-self::iati-activity[1]/iati-identifier', element);
  return identifier ? textOf(identifier).trim() : null;
}

function finding(element: Node, rule: string, ruleCase: RuleCase): RuleFinding {
  const info = ruleCase.ruleInfo ?? {};
  return {
    iatiIdentifier: identifierOf(element),
    ruleId: info.id ?? rule,
    severity: info.severity === 'warning' ? 'warning' : 'error',
    message: info.message ?? `${rule} failed`,
  };
}

/** Runs one rule over one element; a loop expands into its inner rules once per distinct value. */
function runRule(rule: string, element: Node, ruleCase: RuleCase): RuleFinding[] {
  if (rule !== 'loop')
    return runCase(rule, element, ruleCase) === false ? [finding(element, rule, ruleCase)] : [];
  const values = [...new Set(nodesOf(String(ruleCase.foreach), element).map(textOf))];
  const inner = (ruleCase.do ?? {}) as Record<string, { cases: RuleCase[] }>;
  const findings: RuleFinding[] = [];
  for (const [innerRule, { cases }] of Object.entries(inner))
    for (const innerCase of cases)
      for (const value of values) findings.push(...runRule(innerRule, element, substitute(innerCase, value)));
  return findings;
}

/** Every finding of a ruleset over a parsed document. */
export function checkRuleset(document: Document, ruleset: Ruleset): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const [context, rules] of Object.entries(ruleset)) {
    const elements = nodesOf(context, document);
    for (const element of elements)
      for (const [rule, { cases }] of Object.entries(rules))
        for (const ruleCase of cases) findings.push(...runRule(rule, element, ruleCase));
  }
  return findings;
}

/**
 * Parses an XML text and checks it against the IATI standard ruleset (or another one). `today` is
 * what NOW means in date rules ("actual start not in the future"): the publisher's calendar date,
 * else UTC's.
 */
export function checkXmlAgainstRuleset(
  xml: string,
  ruleset: Ruleset = loadStandardRuleset(),
  options: { today?: string } = {},
): RuleFinding[] {
  const document = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  // The check is synchronous: no other check can run while the day is set.
  checkDay = options.today ?? null;
  try {
    return checkRuleset(document, ruleset);
  } finally {
    checkDay = null;
  }
}

/** Rules whose message is translated (errors.*.json, section iatiRules); the others show the ruleset's English. */
const translatedRules = new Set([
  '11.1.1',
  '11.1.2',
  '11.1.3',
  '11.1.4',
  '11.1.5',
  '11.2.1',
  '11.2.2',
  '8.6.3',
  '7.5.3',
]);

/** The message key of a rule: its own translation, or the generic one with the ruleset's message. */
export function ruleMessageKey(ruleId: string): string {
  return translatedRules.has(ruleId) ? `iatiRules.r${ruleId.replaceAll('.', '_')}` : 'iatiRules.ruleFailed';
}
