import { describe, expect, it } from 'vitest';
import { distinctiveWords, isLikelyDuplicateName, nameSimilarity } from './partner-similarity';

describe('partner name similarity', () => {
  it('keeps the words that tell one organisation from another', () => {
    expect(distinctiveWords('Ayuntamiento de Bilbao')).toEqual(['bilbao']);
    expect(distinctiveWords('Ilustre Municipalidad de Valparaíso')).toEqual(['valparaiso']);
    // A name made only of generic words is compared as it is.
    expect(distinctiveWords('Gobierno Municipal')).toEqual(['gobierno', 'municipal']);
  });

  it('sees the same organisation through accents, case, wording and typos', () => {
    expect(nameSimilarity({ name: 'Ayuntamiento de Bilbao' }, { name: 'AYUNTAMIENTO DE BILBAO' })).toBe(1);
    expect(isLikelyDuplicateName({ name: 'Ayuntamiento de Bilbao' }, { name: 'Bilbao City Council' })).toBe(
      true,
    );
    expect(
      isLikelyDuplicateName(
        { name: 'Municipalidad de Concepción' },
        { name: 'Ilustre Municipalidad de Concepcion' },
      ),
    ).toBe(true);
    expect(isLikelyDuplicateName({ name: 'Ayuntamiento de Bilbo' }, { name: 'Ayuntamiento de Bilbao' })).toBe(
      true,
    );
    expect(
      isLikelyDuplicateName(
        { name: 'Agencia Española de Cooperación Internacional' },
        { name: 'Agencia Española de Cooperación Internacional para el Desarrollo' },
      ),
    ).toBe(true);
  });

  it('matches a name against an acronym', () => {
    expect(
      nameSimilarity({ name: 'AECID' }, { name: 'Agencia Española de Cooperación', acronym: 'AECID' }),
    ).toBe(1);
    expect(nameSimilarity({ name: 'Banco X', acronym: 'BID' }, { name: 'Otro', acronym: 'bid' })).toBe(1);
  });

  it('does not confuse different organisations of one country that share generic words', () => {
    expect(
      isLikelyDuplicateName({ name: 'Ayuntamiento de Bilbao' }, { name: 'Ayuntamiento de Madrid' }),
    ).toBe(false);
    expect(
      isLikelyDuplicateName(
        { name: 'Ministerio de Asuntos Exteriores del Japón' },
        { name: 'Agencia de Cooperación Internacional del Japón' },
      ),
    ).toBe(false);
    expect(isLikelyDuplicateName({ name: 'Universidad de Antioquia' }, { name: 'Universidad EAFIT' })).toBe(
      false,
    );
    expect(
      isLikelyDuplicateName(
        { name: 'Agencia Andaluza de Cooperación Internacional' },
        { name: 'Agencia Española de Cooperación Internacional para el Desarrollo' },
      ),
    ).toBe(false);
    expect(
      isLikelyDuplicateName(
        { name: 'Programa de las Naciones Unidas para el Desarrollo' },
        { name: 'Programa de las Naciones Unidas para los Asentamientos Humanos' },
      ),
    ).toBe(false);
    expect(
      isLikelyDuplicateName({ name: 'Alcaldía de Medellín' }, { name: 'Corporación Ruta N Medellín' }),
    ).toBe(false);
    // Short words need to be equal: no typo tolerance under five letters.
    expect(isLikelyDuplicateName({ name: 'Ciudad de Lima' }, { name: 'Ciudad de Lama' })).toBe(false);
  });
});
