import { describe, expect, it } from 'vitest';
import { allSectorCodes, isKnownSector, sectorLabel, sectorName } from './sectors';

describe('DAC sector names in the reader language', () => {
  it('reads Spanish in Spanish and English in English and Portuguese (IATI has no Portuguese list)', () => {
    expect(sectorName('21020', 'es')).toBe('Transporte por carretera');
    expect(sectorName('21020', 'en')).toBe('Road transport');
    expect(sectorName('21020', 'pt')).toBe('Road transport');
    expect(sectorLabel('21020', 'pt')).toBe('Road transport (21020)');
  });

  it('knows every code of the codelist, also the one without a Spanish name', () => {
    expect(allSectorCodes().length).toBeGreaterThan(280);
    expect(allSectorCodes().every((code) => sectorName(code, 'es') !== code)).toBe(true);
    expect(isKnownSector('43030')).toBe(true);
    expect(isKnownSector('99999')).toBe(false);
  });
});
