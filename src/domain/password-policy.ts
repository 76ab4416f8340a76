import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * What makes a password unacceptable (NIST SP 800-63B 5.1.1.2, OWASP ASVS 2.1): too short, found in
 * a list of passwords exposed in breaches, trivial (one character repeated, a run like 1234…), or
 * made of what an attacker knows about the person (their e-mail, their name) or of the app's name.
 * No composition rules: a long phrase is a good password.
 */
export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'trivial' | 'personal';

export const minimumPasswordLength = 12;
export const maximumPasswordLength = 200;

// The 49,000 most frequent passwords of public breach corpora, as shipped by @zxcvbn-ts/language-common.
const breachedPasswords = new Set(dictionary['passwords-common']);

// Words that anyone guessing a Vínculo password tries first, in the three languages of the interface.
const contextWords = ['vinculo', 'contrasena', 'contrasenna', 'senha', 'password', 'clave', 'secreto'];

function normalise(password: string): string {
  return password
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** One character repeated, or a run in which each character follows the previous one (abcd…, 9876…). */
function isTrivial(text: string): boolean {
  const characters = [...text];
  if (new Set(characters).size <= 3) return true;
  const steps = characters.slice(1).map((character, index) => {
    const previous = characters[index] as string;
    return (character.codePointAt(0) ?? 0) - (previous.codePointAt(0) ?? 0);
  });
  // 1234567890 wraps around: 9 → 0 counts as a step of one.
  const isRun = (direction: 1 | -1) => steps.every((step) => step === direction || step === direction * -9);
  return isRun(1) || isRun(-1);
}

/** The letters and digits of a password without what people pad it with: "Password2024!!" → "password". */
function coreOf(text: string): string {
  return text
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/^\d+|\d+$/g, '')
    .trim();
}

function personalWords(person: { email?: string | null; name?: string | null }): string[] {
  const words: string[] = [];
  if (person.email) {
    const email = normalise(person.email.trim());
    const local = email.split('@')[0] ?? '';
    words.push(email, local, ...local.split(/[^a-z0-9]+/));
  }
  if (person.name) {
    const name = normalise(person.name.trim());
    words.push(name.replace(/\s+/g, ''), ...name.split(/\s+/));
  }
  return words.filter((word) => word.length >= 4);
}

/**
 * Checks a new password; null when it is acceptable. `person` is who will use it, so that their own
 * e-mail or name cannot be the password (nor most of it).
 */
export function findPasswordProblem(
  password: string,
  person: { email?: string | null; name?: string | null } = {},
): PasswordProblem | null {
  const length = [...password].length;
  if (length > maximumPasswordLength) return 'tooLong';
  if (length < minimumPasswordLength) return 'tooShort';
  const text = normalise(password);
  const compact = text.replace(/\s+/g, '');
  // Twelve spaces, "aaaaaaaaaaaa", "123456789012".
  if (isTrivial(compact)) return 'trivial';
  const core = coreOf(text);
  for (const candidate of [text, compact, core]) {
    if (breachedPasswords.has(candidate) || contextWords.includes(candidate)) return 'common';
  }
  // "iloveyou-iloveyou", "qwerty qwerty": a breached word repeated is no better than the word.
  const pieces = text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (pieces.length > 1 && new Set(pieces).size === 1 && breachedPasswords.has(pieces[0] as string))
    return 'common';
  // The person's own e-mail or name, or pieces of them with only digits and symbols around:
  // "maria.restrepo2025", "JefaOficina!".
  const words = personalWords(person)
    .map((word) => word.replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter((word) => word.length >= 4)
    .sort((a, b) => b.length - a.length);
  let rest = compact.replace(/[^\p{L}\p{N}]+/gu, '');
  const original = rest;
  for (const word of words) rest = rest.split(word).join('');
  if (rest !== original && rest.replace(/\p{N}+/gu, '').length < 4) return 'personal';
  return null;
}
