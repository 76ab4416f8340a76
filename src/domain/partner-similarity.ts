/**
 * When two partner names probably name the same organisation. Pure, so that the partner form, the
 * spreadsheet import and the tests share one rule; the database only narrows the candidates.
 */
import { placeKey } from './gazetteer';

/**
 * Words that say what kind of body a partner is, not which one: "Ayuntamiento de Bilbao" and
 * "Bilbao City Council" are the same city government. Articles and prepositions in the platform's
 * languages go too.
 */
const genericWords = new Set([
  // articles, prepositions, conjunctions (es, en, pt, fr, de)
  'a',
  'al',
  'and',
  'da',
  'das',
  'de',
  'del',
  'der',
  'des',
  'die',
  'do',
  'dos',
  'du',
  'e',
  'el',
  'en',
  'et',
  'for',
  'fur',
  'in',
  'la',
  'las',
  'le',
  'les',
  'lo',
  'los',
  'of',
  'para',
  'por',
  'the',
  'to',
  'und',
  'y',
  // kinds of local and national bodies
  'alcaldia',
  'ayuntamiento',
  'cidade',
  'city',
  'ciudad',
  'concejo',
  'council',
  'distrito',
  'gobierno',
  'government',
  'governo',
  'ilustre',
  'mairie',
  'metropolitan',
  'metropolitana',
  'municipal',
  'municipalidad',
  'municipality',
  'municipio',
  'prefeitura',
  'ville',
  // kinds of organisations and what they do, in the names of agencies, banks, embassies, networks…
  'agence',
  'agencia',
  'agency',
  'asociacion',
  'association',
  'banco',
  'bank',
  'banque',
  'centre',
  'center',
  'centro',
  'consejo',
  'cooperacao',
  'cooperacion',
  'cooperation',
  'corporacion',
  'corporation',
  'desarrollo',
  'desenvolvimento',
  'developpement',
  'development',
  'embaixada',
  'embajada',
  'ambassade',
  'embassy',
  'fondation',
  'foundation',
  'fundacao',
  'fundacion',
  'institute',
  'instituto',
  'internacional',
  'international',
  'internationale',
  'ministere',
  'ministerio',
  'ministry',
  'naciones',
  'nacional',
  'national',
  'nations',
  'network',
  'oficina',
  'office',
  'organisation',
  'organizacion',
  'organization',
  'programa',
  'programme',
  'program',
  'red',
  'secretaria',
  'unidas',
  'united',
  'universidad',
  'universidade',
  'universite',
  'university',
]);

/** The words of a name that tell one organisation from another, without accents or case. */
export function distinctiveWords(name: string): string[] {
  const words = placeKey(name).split(' ').filter(Boolean);
  const distinctive = words.filter((word) => !genericWords.has(word));
  return distinctive.length > 0 ? distinctive : words;
}

/** Edit distance, stopping early once it exceeds `max` (names are short). */
function editDistanceAtMost(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > max) return false;
    previous = current;
  }
  return (previous[b.length] as number) <= max;
}

/** Two words are the same when equal, or a typo apart in a long enough word ("Bilbao"/"Bilbo"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  return editDistanceAtMost(a, b, shorter >= 8 ? 2 : 1);
}

/**
 * 0…1: how much two names share their distinctive words (Dice coefficient with typo-tolerant word
 * matching). An acronym equal to the other's name, or the other's acronym, counts as the same name.
 */
export function nameSimilarity(
  a: { name: string; acronym?: string | null },
  b: { name: string; acronym?: string | null },
): number {
  const keyA = placeKey(a.name);
  const keyB = placeKey(b.name);
  if (keyA === keyB) return 1;
  const acronymA = a.acronym ? placeKey(a.acronym) : null;
  const acronymB = b.acronym ? placeKey(b.acronym) : null;
  if ((acronymA && (acronymA === keyB || acronymA === acronymB)) || (acronymB && acronymB === keyA)) return 1;
  const wordsA = distinctiveWords(a.name);
  const wordsB = distinctiveWords(b.name);
  if (wordsA.length === 0 || wordsB.length === 0) return 0;
  const unmatched = [...wordsB];
  let shared = 0;
  for (const word of wordsA) {
    const index = unmatched.findIndex((other) => sameWord(word, other));
    if (index >= 0) {
      shared += 1;
      unmatched.splice(index, 1);
    }
  }
  return (2 * shared) / (wordsA.length + wordsB.length);
}

/** From this score on, the form asks before saving. */
export const likelyDuplicateThreshold = 0.6;

export function isLikelyDuplicateName(
  a: { name: string; acronym?: string | null },
  b: { name: string; acronym?: string | null },
): boolean {
  return nameSimilarity(a, b) >= likelyDuplicateThreshold;
}
