// Token tests shared by the entity and sports-report readers.
import type { Token } from '../types';
import { codeAt } from './strings';

/** A word that opens with a capital ("al-Assad" too: a lower-case particle before a name). */
export function isCapWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const code = codeAt(t.text, 0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122) {
    // "al-Assad", "el-Sisi", "bin-Laden": a lower-case particle before a capitalised name.
    return (code === 97 || code === 101 || code === 98) && t.text.indexOf('-') > 0 && /^(?:al|el|ad|ash|as|bin|abu)-\p{Lu}/u.test(t.text);
  }
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

/** Every letter a capital, at least one letter. */
export function isAllCaps(s: string): boolean {
  let upper = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const code = codeAt(s, i);
    if (code >= 97 && code <= 122) return false;
    if (code >= 65 && code <= 90) { upper = true; continue; }
    if (code < 128) continue;
    const c = s.charAt(i);
    if (c !== c.toUpperCase()) return false;
    if (c !== c.toLowerCase()) upper = true;
  }
  return upper;
}

/** The months by name, capitalised. */
export const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December']);

/**
 * The words of text[start, end): runs that open with a letter or digit and go on through
 * letters, digits, apostrophes, periods and hyphens ("don't", "U.S." and "well-known" are one
 * each). One pass over the character codes, no copy; counting stops at `max`.
 */
export function countWords(text: string, start = 0, end = text.length, max = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const letter = letterOrDigitAt(text, i);
    if (letter) {
      if (!inWord && ++count >= max) return count;
      inWord = true;
      i += letter - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45))) inWord = false;
  }
  return count;
}

/** The length in UTF-16 units of the letter or digit at i (2 for one outside the BMP), 0 if none. ASCII is told inline. */
export function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  return LETTER_OR_DIGIT.test(text.charAt(i)) ? 1 : 0;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The characters /\s/ (and String.prototype.trim) take for white space, by code. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
