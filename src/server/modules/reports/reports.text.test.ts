import { describe, expect, it } from 'vitest';
import { reasonText } from '../../../web/features/utility/verdict-text';
import { reportText } from './reports.text';

describe('the words of a report', () => {
  it('writes each reason with its own dates and counts, once written or not', () => {
    const text = reportText('es');
    const first = { code: 'grace_ends_on', params: { date: '2026-03-04', count: 3 } } as const;
    const second = { code: 'grace_ends_on', params: { date: '2026-05-06', count: 40 } } as const;
    const written = text.reason(first);
    expect(written).toBe('El periodo de gracia termina el 4 mar 2026 (en 3 días).');
    expect(text.reason(second)).toBe('El periodo de gracia termina el 6 may 2026 (en 40 días).');
    expect(text.reason({ ...first, params: { ...first.params } })).toBe(written);
    expect(text.reason({ code: 'grace_ends_on', params: { date: '2026-03-04', count: 1 } })).toBe(
      'El periodo de gracia termina el 4 mar 2026 (en 1 día).',
    );
    // Each language keeps its own sentences.
    expect(reportText('en').reason(first)).toBe(reasonText(reportText('en').t, first, 'en'));
    expect(reportText('en').reason(first)).not.toBe(written);
  });

  it('writes labels by group and value, and an unknown value as it is', () => {
    const text = reportText('es');
    expect(text.label('enums.linkStatus.', 'active')).toBe(text.t('enums.linkStatus.active'));
    expect(text.label('enums.linkStatus.', 'expired')).toBe(text.t('enums.linkStatus.expired'));
    expect(text.label('enums.linkStatus.', 'active')).not.toBe(text.label('enums.linkStatus.', 'expired'));
    expect(text.label('enums.linkStatus.', 'unheard_of')).toBe('unheard_of');
    expect(text.label('enums.linkStatus.', null)).toBe('—');
  });

  it('writes money in each currency and language with its own decimals', () => {
    const intl = (language: string, currency: string, digits: number, amount: number) =>
      new Intl.NumberFormat(language, {
        style: 'currency',
        currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(amount);
    const es = reportText('es');
    const en = reportText('en');
    // Whole amounts without decimals, amounts with cents with all of them, each language its own.
    expect(es.money(123_456_700, 'COP')).toBe(intl('es', 'COP', 0, 1_234_567));
    expect(es.money(123_456_750, 'COP')).toBe(intl('es', 'COP', 2, 1_234_567.5));
    expect(es.money(123_456_750, 'COP')).toContain('1.234.567,50');
    expect(en.money(123_456_750, 'COP')).toBe(intl('en', 'COP', 2, 1_234_567.5));
    expect(en.money(123_456_750, 'USD')).toBe('$1,234,567.50');
    expect(en.money(123_456_700, 'USD')).toBe('$1,234,567');
    expect(en.money(1_000, 'JPY')).toBe('¥1,000');
    // A code Intl refuses is written plainly, and does not spoil the next amount.
    expect(en.money(1_250, 'ZZ1')).toBe('12.50 ZZ1');
    expect(en.money(1_250, 'USD')).toBe('$12.50');
  });
});
