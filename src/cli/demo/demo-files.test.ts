import { describe, expect, it } from 'vitest';
import { readDemoSheet, resolveDemoDates, resolveRelativeDate } from './demo-files';

const today = new Date('2025-03-31T00:00:00Z');

describe('relative dates of the demo files', () => {
  it('reads years, months and days as one calendar offset from the seed day', () => {
    expect(resolveRelativeDate('hoy', today)).toBe('2025-03-31');
    expect(resolveRelativeDate('hoy+24d', today)).toBe('2025-04-24');
    expect(resolveRelativeDate('hoy-9a-3m', today)).toBe('2015-12-31');
    // Applied together, as the hand-written demo did: 31 March minus one month is 3 March, not 28 February.
    expect(resolveRelativeDate('hoy-1m', today)).toBe('2025-03-03');
    expect(resolveRelativeDate('hoy-5a+24d', today)).toBe('2020-04-24');
  });

  it('leaves prose and fixed dates alone', () => {
    for (const text of ['hoy mismo', 'Hoy', '2010-11-21', 'hoy-3x', '']) {
      expect(resolveRelativeDate(text, today)).toBeNull();
    }
  });

  it("resolves an event's wall-clock times in the event's own time zone, and nested values", () => {
    const resolved = resolveDemoDates(
      {
        events: [{ timezone: 'Europe/Madrid', startsAt: 'hoy+5d 09:30', endsAt: 'hoy+6d 18:00' }],
        dueOn: 'hoy-1a',
      },
      today,
    );
    expect(resolved).toEqual({
      events: [
        {
          timezone: 'Europe/Madrid',
          startsAt: '2025-04-05T09:30:00+02:00',
          endsAt: '2025-04-06T18:00:00+02:00',
        },
      ],
      dueOn: '2024-03-31',
    });
  });

  it('refuses a wall-clock time with no time zone to read it in', () => {
    expect(() => resolveDemoDates({ startsAt: 'hoy+5d 09:30' }, today)).toThrow(/sin zona horaria/);
  });
});

describe('the demo CSV files', () => {
  it('are read by the importers and carry the key the JSON files use', () => {
    const sheet = readDemoSheet('medellin', 'links', today);
    expect(sheet.file).toBe('data/demo/medellin/vinculos.csv');
    expect(sheet.records.every((record) => record.key)).toBe(true);
    // The text the importer receives has no relative date left.
    expect(sheet.text).not.toMatch(/;hoy[+-]/);
  });
});
