import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkXmlAgainstRuleset, dayInTimeZone, loadStandardRuleset, type Ruleset } from './iati.rulesets';

// The meta tests of IATI/IATI-Rulesets: a ruleset and documents that must pass ("good") or fail ("bad"),
// vendored in data/fixtures (provenance in data/SOURCES.md).
const metaTests = path.resolve(import.meta.dirname, '../../../../data/fixtures/iati-rulesets-meta-tests');
const readRuleset = (name: string) => JSON.parse(readFileSync(path.join(metaTests, name), 'utf8')) as Ruleset;
const findingsOf = (ruleset: string, document: string) =>
  checkXmlAgainstRuleset(readFileSync(path.join(metaTests, document), 'utf8'), readRuleset(ruleset));

describe('IATI rulesets interpreter on the upstream meta tests', () => {
  const pairs: [string, string[], string[]][] = [
    ['date_order.json', ['date_good.xml'], ['date_bad.xml']],
    ['date_now.json', ['date_now_good.xml'], ['date_now_bad.xml']],
    ['time_limit.json', ['time_limit_good.xml'], ['time_limit_bad.xml']],
    ['between_dates.json', ['between_dates_good.xml'], ['between_dates_bad.xml']],
    ['forloop.json', ['forloop_good.xml'], ['forloop_bad.xml']],
    ['range.json', ['range_good.xml'], ['range_bad.xml']],
    ['sum.json', ['sum_good.xml'], ['sum_bad.xml']],
    ['if_then.json', ['if_then_good.xml'], ['if_then_bad.xml']],
    ['regex_matches.json', ['regex_good.xml'], ['regex_bad.xml']],
    ['unique.json', ['unique_good.xml'], ['unique_bad.xml']],
    ['sector_percentage_sum.json', ['sector_percentage_sum_good.xml'], ['sector_percentage_sum_bad.xml']],
    [
      'one_or_all.json',
      ['one_or_all_lang_good.xml', 'one_or_all_currency_good.xml', 'one_or_all_sector_good.xml'],
      ['one_or_all_lang_bad.xml', 'one_or_all_currency_bad.xml', 'one_or_all_sector_bad.xml'],
    ],
    [
      'only_one_of.json',
      ['only_one_of_activity_good.xml', 'only_one_of_transaction_good.xml'],
      ['only_one_of_activity_bad.xml', 'only_one_of_transaction_bad.xml'],
    ],
  ];
  for (const [ruleset, good, bad] of pairs) {
    it(`${ruleset}: good documents pass, bad ones fail`, () => {
      for (const document of good) expect(findingsOf(ruleset, document), document).toEqual([]);
      for (const document of bad) expect(findingsOf(ruleset, document).length, document).toBeGreaterThan(0);
    });
  }

  it('a ruleset without rules finds nothing', () => {
    expect(findingsOf('empty.json', 'empty.xml')).toEqual([]);
  });
});

const activity = (body: string, attributes = 'xml:lang="es" default-currency="USD"') =>
  `<iati-activities version="2.03"><iati-activity ${attributes}>
    <iati-identifier>CO-DANE-05001-P1</iati-identifier>
    <reporting-org ref="CO-DANE-05001" type="11"><narrative>Medellín</narrative></reporting-org>
    <title><narrative>Proyecto</narrative></title>
    ${body}
  </iati-activity></iati-activities>`;

describe('IATI standard ruleset on hand-made activities', () => {
  const standard = loadStandardRuleset();
  const ids = (xml: string) =>
    checkXmlAgainstRuleset(xml, standard)
      .filter((finding) => finding.severity === 'error')
      .map((finding) => finding.ruleId);

  it('a complete activity has no errors', () => {
    const xml = activity(`<activity-date type="1" iso-date="2025-01-01"/>
      <recipient-country code="CO"/>
      <sector vocabulary="1" code="43030" percentage="60"/><sector vocabulary="1" code="15110" percentage="40"/>
      <budget type="1" status="1"><period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/>
        <value currency="USD" value-date="2025-01-01">1000.00</value></budget>`);
    expect(ids(xml)).toEqual([]);
  });

  it('finds a missing start date, sector percentages off 100, a budget over a year and a future transaction', () => {
    const xml = activity(`<recipient-country code="CO"/>
      <sector vocabulary="1" code="43030" percentage="60"/><sector vocabulary="1" code="15110" percentage="30"/>
      <budget type="1" status="1"><period-start iso-date="2025-01-01"/><period-end iso-date="2026-06-30"/>
        <value currency="USD" value-date="2025-01-01">1000.00</value></budget>
      <transaction><transaction-type code="3"/><transaction-date iso-date="2999-01-01"/>
        <value currency="USD" value-date="2999-01-01">5</value></transaction>`);
    expect(ids(xml).sort()).toEqual(['11.2.1', '11.2.2', '2.1.2', '6.11.1', '7.5.3'].sort());
  });

  it('reports the activity identifier and the default language rule', () => {
    const findings = checkXmlAgainstRuleset(
      activity(
        '<activity-date type="2" iso-date="2020-01-01"/><sector code="43030"/><recipient-country code="CO"/>',
        '',
      ),
      standard,
    );
    expect(findings.find((finding) => finding.ruleId === '4.1.1')?.iatiIdentifier).toBe('CO-DANE-05001-P1');
    expect(findings.find((finding) => finding.ruleId === '7.8.1')).toBeUndefined(); // no values at all
  });
});

describe("'now' in date rules is the publisher's calendar date", () => {
  const activity = (start: string) =>
    `<iati-activities version="2.03"><iati-activity><iati-identifier>X-1</iati-identifier><activity-date type="2" iso-date="${start}"/></iati-activity></iati-activities>`;
  const futureStart = (start: string, today?: string) =>
    checkXmlAgainstRuleset(activity(start), loadStandardRuleset(), today ? { today } : {}).filter(
      (finding) => finding.ruleId === '11.1.4',
    );

  it('refuses an actual start after that date, and accepts it on the day itself', () => {
    // 01:00 UTC on 1 March: still 28 February in Medellín, 1 March in UTC.
    const now = new Date('2025-03-01T01:00:00Z');
    expect(dayInTimeZone('America/Bogota', now)).toBe('2025-02-28');
    expect(dayInTimeZone('Asia/Tokyo', new Date('2025-02-28T20:00:00Z'))).toBe('2025-03-01');
    expect(futureStart('2025-03-01', dayInTimeZone('America/Bogota', now))).toHaveLength(1);
    expect(futureStart('2025-02-28', dayInTimeZone('America/Bogota', now))).toEqual([]);
    // A check that knows no time zone keeps UTC's date, and the next one is not affected.
    expect(futureStart('2000-01-01')).toEqual([]);
  });
});
