// Token tests shared by the entity and sports-report readers.
import type { Token } from '../types';

/** A word that opens with a capital ("al-Assad" too: a lower-case particle before a name). */
export function isCapWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const code = t.text.charCodeAt(0);
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
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
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
    const c = text.charCodeAt(i);
    let letter: boolean;
    if (c < 128) letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (c >= 0xd800 && c <= 0xdbff) { letter = LETTER_OR_DIGIT.test(text.slice(i, i + 2)); if (letter) i++; }
    else letter = LETTER_OR_DIGIT.test(text.charAt(i));
    if (letter) {
      if (!inWord && ++count >= max) return count;
      inWord = true;
    } else if (!(inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45))) inWord = false;
  }
  return count;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
