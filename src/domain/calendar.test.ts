import { describe, expect, it } from 'vitest';
import { addDays, calendarDayIn, daysBetween, todayIn } from './calendar';

describe('calendar dates in the government time zone', () => {
  it('is still yesterday in Medellín and Mexico City between 00:00 and 05:00/06:00 UTC', () => {
    const oneInTheMorningUtc = new Date('2026-11-30T01:00:00Z');
    expect(todayIn('UTC', oneInTheMorningUtc)).toBe('2026-11-30');
    expect(todayIn('America/Bogota', oneInTheMorningUtc)).toBe('2026-11-29');
    expect(todayIn('America/Mexico_City', oneInTheMorningUtc)).toBe('2026-11-29');
    const elevenAtNightUtc = new Date('2026-11-30T23:00:00Z');
    expect(todayIn('America/Bogota', elevenAtNightUtc)).toBe('2026-11-30');
    expect(calendarDayIn('America/Bogota', oneInTheMorningUtc).toISOString()).toBe(
      '2026-11-29T00:00:00.000Z',
    );
  });

  it('adds and counts whole days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-11-29', -10)).toBe('2026-11-19');
    expect(daysBetween('2026-11-29', '2026-12-29')).toBe(30);
    expect(daysBetween('2026-11-29', '2026-11-19')).toBe(-10);
  });
});
