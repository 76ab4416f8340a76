import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './i18n/en.json';
import es from './i18n/es.json';
import pt from './i18n/pt.json';
import { formatPeriod } from './period-label';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'es',
  resources: { es: { translation: es }, en: { translation: en }, pt: { translation: pt } },
  interpolation: { escapeValue: false },
});

describe('reporting periods in words', () => {
  it('reads 2024-Q3 as a trimestre in Spanish, and as a quarter or trimestre in English and Portuguese', () => {
    expect(formatPeriod(i18n.getFixedT('es'), '2024-Q3', 'es')).toBe('3.er trimestre de 2024');
    expect(formatPeriod(i18n.getFixedT('es'), '2024-Q2', 'es')).toBe('2.º trimestre de 2024');
    expect(formatPeriod(i18n.getFixedT('en'), '2024-Q3', 'en')).toBe('3rd quarter of 2024');
    expect(formatPeriod(i18n.getFixedT('pt'), '2024-Q3', 'pt')).toBe('3º trimestre de 2024');
  });

  it('reads semesters, months (lower case, as Spanish writes them) and years', () => {
    expect(formatPeriod(i18n.getFixedT('es'), '2025-S1', 'es')).toBe('1.er semestre de 2025');
    expect(formatPeriod(i18n.getFixedT('es'), '2025-11', 'es')).toBe('noviembre de 2025');
    expect(formatPeriod(i18n.getFixedT('pt'), '2025-11', 'pt')).toBe('novembro de 2025');
    expect(formatPeriod(i18n.getFixedT('es'), '2025', 'es')).toBe('2025');
  });
});
