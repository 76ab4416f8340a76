import { describe, expect, it } from 'vitest';
import { addDecimalStrings, formatDecimal, minorToDecimal, parseXsDecimal } from './iati-decimal';

describe('xs:decimal parsing', () => {
  it('reads the lexical forms of xs:decimal', () => {
    expect(parseXsDecimal('125000.50')).toEqual({ units: 12500050n, scale: 2 });
    expect(parseXsDecimal(' -0.5 ')).toEqual({ units: -5n, scale: 1 });
    expect(parseXsDecimal('+7')).toEqual({ units: 7n, scale: 0 });
    expect(parseXsDecimal('.25')).toEqual({ units: 25n, scale: 2 });
    expect(parseXsDecimal('3.')).toEqual({ units: 3n, scale: 0 });
  });

  it('refuses what is not an xs:decimal', () => {
    for (const text of ['5e-10', '1,000', '', ' ', 'NaN', '1 000', '--1', '0x10', '1.2.3'])
      expect(parseXsDecimal(text)).toBeNull();
  });
});

describe('exact sums', () => {
  it('adds without float error and keeps big values exact', () => {
    expect(addDecimalStrings('0.1', '0.2')).toBe('0.3');
    expect(addDecimalStrings('9007199254740993', '1')).toBe('9007199254740994');
    expect(addDecimalStrings('-10.25', '10.25')).toBe('0');
    expect(addDecimalStrings('1.10', '2')).toBe('3.1');
  });

  it('formats canonically', () => {
    expect(formatDecimal({ units: -5n, scale: 3 })).toBe('-0.005');
    expect(formatDecimal({ units: 1200n, scale: 2 })).toBe('12');
  });
});

describe('minor units to IATI values', () => {
  it('uses the decimals of the currency', () => {
    expect(minorToDecimal(1_234_567, 'USD')).toBe('12345.67');
    expect(minorToDecimal(1_234_560, 'EUR')).toBe('12345.60');
    expect(minorToDecimal(5_000, 'JPY')).toBe('5000');
    expect(minorToDecimal(5, 'USD')).toBe('0.05');
  });
});

describe('minor units of the currencies this app serves', () => {
  it('keeps the centavos of Colombian and Mexican pesos', () => {
    expect(minorToDecimal(125_000_050, 'COP')).toBe('1250000.50');
    expect(minorToDecimal(99, 'MXN')).toBe('0.99');
    expect(minorToDecimal(1000, 'JPY')).toBe('1000');
  });
});
