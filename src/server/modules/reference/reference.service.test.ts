import { describe, expect, it } from 'vitest';
import {
  type CodelistName,
  getCodelist,
  getCodeName,
  getSdgList,
  getSectorName,
  isKnownCode,
  isKnownSdgGoal,
  isKnownSdgTarget,
  isKnownSector,
} from './reference.service';

const codelistNames: CodelistName[] = ['countries', 'organisation-types', 'currencies', 'languages'];

describe('reference codelists', () => {
  it('names countries in each language', () => {
    expect(getCodeName('countries', 'CO', 'es')).toBe('Colombia');
    expect(getCodeName('countries', 'MX', 'es')).toBe('México');
    expect(getCodeName('countries', 'DE', 'en')).toBe('Germany');
    expect(getCodeName('countries', 'DE', 'pt')).toBe('Alemanha');
  });

  it('knows active codes and rejects unknown or withdrawn ones', () => {
    expect(isKnownCode('countries', 'MX')).toBe(true);
    expect(isKnownCode('countries', 'XX')).toBe(false);
    expect(isKnownCode('countries', 'YU')).toBe(false);
    expect(isKnownCode('countries', 'co')).toBe(false);
    expect(isKnownCode('currencies', 'COP')).toBe(true);
    expect(isKnownCode('currencies', 'ADP')).toBe(false);
    expect(isKnownCode('languages', 'es')).toBe(true);
    expect(isKnownCode('organisation-types', '11')).toBe(true);
    expect(isKnownCode('organisation-types', '99')).toBe(false);
    expect(getCodeName('countries', 'XX', 'es')).toBeNull();
  });

  it('uses the official IATI Spanish organisation types and the project Portuguese translation', () => {
    expect(getCodeName('organisation-types', '11', 'es')).toBe('Gobierno local');
    expect(getCodeName('organisation-types', '11', 'en')).toBe('Local Government');
    expect(getCodeName('organisation-types', '11', 'pt')).toBe('Governo local');
    expect(getCodelist('organisation-types', 'pt').source).toContain('Vínculo');
  });

  it('names currencies and languages where IATI has no translation', () => {
    expect(getCodeName('currencies', 'MXN', 'es')).toBe('Peso mexicano');
    expect(getCodeName('currencies', 'COP', 'pt')).toBe('Peso colombiano');
    expect(getCodeName('languages', 'en', 'es')).toBe('Inglés');
    expect(getCodeName('languages', 'es', 'pt')).toBe('Espanhol');
    expect(getCodeName('languages', 'pt', 'en')).toBe('Portuguese');
  });

  it('lists the same codes in every language', () => {
    for (const name of codelistNames) {
      const english = getCodelist(name, 'en').items.map((item) => item.code);
      expect(english.length).toBeGreaterThan(0);
      for (const language of ['es', 'pt'] as const) {
        const codelist = getCodelist(name, language);
        expect(codelist.items.map((item) => item.code).sort()).toEqual([...english].sort());
        expect(codelist.items.every((item) => item.name.trim() !== '')).toBe(true);
      }
    }
  });

  it('sorts by name in the language, accents included', () => {
    const spanish = getCodelist('countries', 'es');
    const names = spanish.items.map((item) => item.name);
    expect(names.indexOf('Afganistán')).toBeGreaterThanOrEqual(0);
    expect(names.indexOf('Afganistán')).toBeLessThan(names.indexOf('Albania'));
    expect(names.indexOf('Perú')).toBeLessThan(names.indexOf('Polonia'));
    const collator = new Intl.Collator('es');
    for (let index = 1; index < names.length; index++) {
      expect(collator.compare(names[index - 1]!, names[index]!)).toBeLessThanOrEqual(0);
    }
  });

  it('describes its source and returns a copy that callers may change', () => {
    const countries = getCodelist('countries', 'es');
    expect(countries).toMatchObject({ codelist: 'countries', language: 'es' });
    expect(countries.source).toBe('IATI Country codelist (ISO 3166-1)');
    countries.items.length = 0;
    expect(getCodelist('countries', 'es').items.length).toBeGreaterThan(200);
  });
});

describe('SDG goals and targets', () => {
  it('knows the official goals and targets, numbered and lettered', () => {
    expect(isKnownSdgGoal('11')).toBe(true);
    expect(isKnownSdgGoal('17')).toBe(true);
    expect(isKnownSdgGoal('18')).toBe(false);
    expect(isKnownSdgGoal('011')).toBe(false);
    expect(isKnownSdgTarget('3.4')).toBe(true);
    expect(isKnownSdgTarget('3.99')).toBe(false);
    expect(isKnownSdgTarget('11.a')).toBe(true);
    expect(isKnownSdgTarget('8.10')).toBe(true);
    expect(isKnownSdgTarget('17.19')).toBe(true);
    // Goal 17 has only numbered targets (17.1 to 17.19): there is no 17.a in the UN framework.
    expect(isKnownSdgTarget('17.a')).toBe(false);
    expect(isKnownSdgTarget('3')).toBe(false);
  });

  it('lists 17 goals and 169 targets in natural order, in Spanish and English', () => {
    for (const language of ['es', 'en'] as const) {
      const list = getSdgList(language);
      expect(list.language).toBe(language);
      expect(list.goals.map((goal) => goal.code)).toEqual(
        Array.from({ length: 17 }, (_, index) => String(index + 1)),
      );
      expect(list.goals.every((goal) => goal.goal === goal.code && goal.name.trim() !== '')).toBe(true);
      expect(list.targets).toHaveLength(169);
      expect(list.targets.every((target) => target.code.startsWith(`${target.goal}.`))).toBe(true);
      const goal8 = list.targets.filter((target) => target.goal === '8').map((target) => target.code);
      expect(goal8.indexOf('8.9')).toBeLessThan(goal8.indexOf('8.10'));
      expect(goal8.indexOf('8.10')).toBeLessThan(goal8.indexOf('8.a'));
    }
  });

  it('uses the official wording and falls back to English for Portuguese', () => {
    const spanish = getSdgList('es');
    // The official title of goal 11 ("Lograr que las ciudades…"); its short name is "Ciudades y comunidades sostenibles".
    expect(spanish.goals.find((goal) => goal.code === '11')?.name).toMatch(/ciudades/i);
    expect(spanish.targets.find((target) => target.code === '3.4')?.name).toContain(
      'enfermedades no transmisibles',
    );
    const portuguese = getSdgList('pt');
    expect(portuguese.language).toBe('en');
    expect(portuguese.goals.find((goal) => goal.code === '11')?.name).toContain('cities');
  });
});

describe('DAC sectors', () => {
  it('knows 5-digit purpose codes and names them in Spanish, English, and English for Portuguese', () => {
    expect(isKnownSector('32110')).toBe(true);
    expect(isKnownSector('25010')).toBe(true);
    expect(isKnownSector('321')).toBe(false);
    expect(isKnownSector('99999')).toBe(false);
    expect(getSectorName('32110', 'es')).toBe('Política industrial y gestión administrativa');
    expect(getSectorName('32110', 'en')).toBe('Industrial policy and administrative management');
    expect(getSectorName('32110', 'pt')).toBe('Industrial policy and administrative management');
    expect(getSectorName('99999', 'es')).toBeNull();
  });

  it('falls back to English where the Spanish file lacks a code', () => {
    expect(isKnownSector('22081')).toBe(true);
    expect(getSectorName('22081', 'es')).toBe(getSectorName('22081', 'en'));
  });
});
