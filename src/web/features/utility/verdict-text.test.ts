import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import uiEn from '../../ui/i18n/en.json';
import uiEs from '../../ui/i18n/es.json';
import utilityEn from './i18n/en.json';
import utilityEs from './i18n/es.json';
import { reasonText, remedyText } from './verdict-text';

let es: TFunction;
let en: TFunction;

beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({
    lng: 'es',
    fallbackLng: 'es',
    interpolation: { escapeValue: false },
    resources: {
      es: { translation: { ...uiEs, ...utilityEs } },
      en: { translation: { ...uiEn, ...utilityEn } },
    },
  });
  es = instance.getFixedT('es');
  en = instance.getFixedT('en');
});

describe('reasons and remedies as sentences', () => {
  it('says how long ago a link was signed, in words, with the date in Spanish', () => {
    expect(
      reasonText(es, { code: 'signed_ago', params: { date: '2014-04-30', years: 12, months: 7 } }, 'es'),
    ).toBe('Firmado el 30 abr 2014, hace 12 años y 7 meses.');
    expect(
      reasonText(en, { code: 'signed_ago', params: { date: '2025-11-30', years: 1, months: 0 } }, 'en'),
    ).toBe('Signed on Nov 30, 2025, 1 year ago.');
    expect(reasonText(es, { code: 'event_ended_ago', params: { date: '2026-02-07', months: 9 } }, 'es')).toBe(
      'El evento terminó el 7 feb 2026, hace 9 meses.',
    );
  });

  it('picks the zero, singular and plural forms', () => {
    const noInitiative = (count: number) =>
      reasonText(es, { code: 'no_initiative_beyond_agenda', params: { count } }, 'es');
    expect(noInitiative(0)).toBe('Ninguna iniciativa lo usa.');
    expect(noInitiative(1)).toMatch(/la única que lo usa sigue/);
    expect(noInitiative(3)).toMatch(/las 3 que lo usan siguen/);
    expect(reasonText(es, { code: 'grace_ends_on', params: { date: '2026-12-01', days: 1 } }, 'es')).toBe(
      'El periodo de gracia termina el 1 dic 2026 (en 1 día).',
    );
    expect(reasonText(es, { code: 'grace_ends_on', params: { date: '2027-02-28', days: 1200 } }, 'es')).toBe(
      'El periodo de gracia termina el 28 feb 2027 (en 1200 días).',
    );
    expect(
      reasonText(es, { code: 'commitments_overdue', params: { count: 2, since: '2026-11-10' } }, 'es'),
    ).toBe('2 compromisos vencidos, el primero desde el 10 nov 2026.');
  });

  it('writes money in the reporting currency and stages by their name', () => {
    const money = reasonText(
      es,
      { code: 'resources_mobilised', params: { amountMinor: 123_456_789, currency: 'COP' } },
      'es',
    );
    expect(money).toMatch(/^Movilizó 1\.234\.567,89\s?COP/);
    expect(
      remedyText(
        es,
        { code: 'advance_initiative', params: { title: 'Buses eléctricos', stage: 'agenda' }, records: [] },
        'es',
      ),
    ).toBe('Llevar la iniciativa «Buses eléctricos», hoy en Agenda, a diseño o a una etapa posterior.');
    expect(
      remedyText(
        es,
        {
          code: 'fulfil_commitment',
          params: { title: 'Enviar la propuesta', dueDate: '2026-12-30' },
          records: [],
        },
        'es',
      ),
    ).toBe('Cumplir el compromiso «Enviar la propuesta» (vence el 30 dic 2026).');
  });
});
