import { describe, expect, it } from 'vitest';
import {
  convertMinor,
  decimalStringToMinor,
  minorToDecimalString,
  minorUnitExponent,
  parseRate,
} from './money';

describe('money', () => {
  it('knows each currency minor unit', () => {
    expect(minorUnitExponent('COP')).toBe(2);
    expect(minorUnitExponent('MXN')).toBe(2);
    expect(minorUnitExponent('JPY')).toBe(0);
    expect(minorUnitExponent('KWD')).toBe(3);
  });

  it('converts exactly, rounding half away from zero once', () => {
    // 1,000.00 EUR at 4,321.987654 COP per EUR = 4,321,987.654 COP → 4,321,987.65
    expect(convertMinor(100_000, 'EUR', 'COP', '4321.987654')).toBe(432_198_765);
    // 0.005 rounds up: 1 cent of USD at 0.5 → 0.005 → 0.01
    expect(convertMinor(1, 'USD', 'EUR', '0.5')).toBe(1);
    // Yen has no minor unit: 1,000 JPY at 0.0066 USD = 6.60 USD
    expect(convertMinor(1000, 'JPY', 'USD', '0.0066')).toBe(660);
    expect(convertMinor(12_345, 'COP', 'COP', '1')).toBe(12_345);
  });

  it('does not drift where floats would', () => {
    // 0.1 + 0.2 style trap: 3 cents at rate 0.1 = 0.003 → 0.00; 30 cents → 0.03
    expect(convertMinor(30, 'USD', 'EUR', '0.1')).toBe(3);
    expect(parseRate('4000.000000000001')).toBe(4_000_000_000_000_001n);
  });

  it('writes and reads decimal strings', () => {
    expect(minorToDecimalString(125_000_050, 'COP')).toBe('1250000.50');
    expect(minorToDecimalString(5, 'USD')).toBe('0.05');
    expect(minorToDecimalString(1000, 'JPY')).toBe('1000');
    expect(decimalStringToMinor('1.250.000,50', 'COP')).toBe(125_000_050);
    expect(decimalStringToMinor('1250000.50', 'COP')).toBe(125_000_050);
    expect(decimalStringToMinor('1,5', 'USD')).toBe(150);
    expect(decimalStringToMinor('1.234', 'USD')).toBeNull();
    expect(decimalStringToMinor('abc', 'USD')).toBeNull();
  });
});
