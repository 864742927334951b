// Rule initials: a short word in capitals is an organisation's initials, unless the text spells
// it out in lower case, it is an era or a measure, or an office's initials.
import { COMMON_WORDS, OFFICE_INITIALS, ORG_WORDS } from '../../lexicon/lexicon';
import { isAllCaps } from '../../text/words';
import type { TypeRule } from './rule';

/** "NATO", "UNHCR": a short all-capitals word is an organisation's initials. */
export const initials: TypeRule = {
  id: 'initials',
  description: 'A short word in capitals is an organisation\'s initials ("UNHCR"), unless the text spells it out in lower case or it is an era or a measure ("BC", "IQ").',
  examples: [
    { text: 'Aid from the UNHCR reached the camp.', name: 'UNHCR', type: 'organization' },
    { text: 'Tools for digital humanities (DH) are cheap. DH projects are growing.', name: 'DH', type: null },
    { text: 'The Municipal Chief Executive (MCE), Mr Karim Nasser, said the levies would stay.', name: 'MCE', type: null },
  ],
  type(ctx, r) {
    if (r.words !== 1) return null;
    const len = r.name.replace(/\./g, '').length;
    if (!(isAllCaps(r.name) && len >= 2 && len <= 6)) return null;
    // An acronym the text spells out in lower case is a term ("digital humanities (DH)"), and
    // era and measure abbreviations name no one: a mention of a name known otherwise, at most.
    if (ERA_AND_TERM.has(r.name) || (ctx.termAcronyms ??= termAcronyms(ctx.text)).has(r.name)) return { type: null, strength: 0 };
    // ("The Municipal Chief Executive (MCE), Mr Kwame Asante": an office's initials in brackets
    // after it name the office, no body.)
    const { tokens } = ctx;
    if (r.prev === '(' && r.a >= 2 && OFFICE_LAST.has(tokens[r.a - 2].lower) && tokens[r.b]?.text === ')') return { type: null, strength: 0 };
    return { type: 'organization', strength: 2 };
  },
};

/** Last words of an office's name: "Chief Executive", "Public Relations Officer", "Commissioner". */
const OFFICE_LAST = new Set(['executive', 'officer', 'director', 'secretary', 'commissioner', 'minister', 'manager', 'inspector', 'superintendent', 'registrar', 'chairman', 'chairperson']);

/** Abbreviations that are no organisation: eras, measures, currencies, common terms. */
const ERA_AND_TERM = new Set(['BC', 'BCE', 'AD', 'CE', 'IQ', 'PS', 'PM', 'AM', 'LLM', 'AI', 'ICT', 'IT', 'RSS', 'URL', 'PDF', 'HTML', 'USB',
  'GPS', 'ATM', 'SMS', 'DIY', 'FAQ', 'ASAP', 'RSVP', 'DVD', 'CD', 'LCD', 'LED', 'HIV', 'AIDS', 'SARS', 'COVID', 'DNA', 'RNA', 'MRI',
  'CT', 'ER', 'ICU', 'PTSD', 'ADHD', 'BMI', 'GDP', 'GNP', 'CPI', 'VAT', 'USD', 'EUR', 'GBP', 'JPY', 'CHF', 'DKK', 'SEK', 'NOK',
  'CUC', 'CNY', 'INR', 'IQR', 'SD', 'PhD', 'MA', 'BA', 'MSc', 'BSc', 'MBA', 'CV', 'ID', 'OK', 'TV', 'PC',
  // (Offices and trades, no organisations: "a GP", "the local MP", "an MLA", "the CM", "the SHO".)
  'GP', 'MP', 'MSP', 'MEP', 'TD', 'QC', 'KC', 'DJ', 'MC', ...[...OFFICE_INITIALS].map((w) => w.toUpperCase())]);

/** A letter or a hyphen at `i` (a code point; a surrogate pair read as one), and its length. */
function wordCharBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 ? 1 : 0;
  const pair = c >= 0xdc00 && c <= 0xdfff && i >= 2 && text.charCodeAt(i - 2) >= 0xd800 && text.charCodeAt(i - 2) <= 0xdbff;
  const ch = pair ? text.slice(i - 2, i) : text[i - 1];
  return /^\p{L}$/u.test(ch) ? ch.length : 0;
}

/**
 * The words ending right before `at` (each a letter then letters or hyphens, each followed by
 * white space): at most six, no further back than `floor`, in text order; none when no white
 * space precedes `at`. Reads each character once, backwards.
 */
function wordsBefore(text: string, at: number, floor: number): string[] {
  const words: string[] = [];
  let i = at;
  while (words.length < 6) {
    const end0 = i;
    while (i > floor && /\s/.test(text[i - 1])) i--;
    if (i === end0) break;
    const end = i;
    for (let k = wordCharBefore(text, i); k && i - k >= floor; k = wordCharBefore(text, i)) i -= k;
    // A word starts with a letter: leading hyphens are no part of it, and end the run of words.
    let start = i;
    while (start < end && text.charCodeAt(start) === 45) start++;
    if (start === end) break;
    words.unshift(text.slice(start, end));
    if (start !== i) break;
  }
  return words;
}

/**
 * Acronyms a text defines as terms: spelled out in lower-case words ("large language models
 * (LLMs)"), or in capitalised everyday words with no organisation's word among them ("Digital
 * Humanities (DH)", not "World Health Organization (WHO)").
 */
export function termAcronyms(text: string): Set<string> {
  const out = new Set<string>();
  // Each "(DH)" first, then the words before it, read backwards: the words a spelled-out phrase
  // may have are found at the parentheses alone (a search trying six words at every letter of
  // the text cost a third of the engine's time on real copy).
  const re = /\(([A-Z]{2,6})s?\)/g;
  let floor = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const letters = m[1];
    const before = wordsBefore(text, m.index, floor);
    if (!before.length) continue;
    floor = re.lastIndex;
    const words = before.slice(-letters.length);
    if (words.length !== letters.length || words.map((w) => w.charAt(0).toUpperCase()).join('') !== letters) continue;
    const lower = words.map((w) => w.toLowerCase());
    const term = words.every((w) => /^\p{Ll}/u.test(w)) || (lower.every((w) => COMMON_WORDS.has(w) || w.length < 4) && !lower.some((w) => ORG_WORDS.has(w)));
    if (term) out.add(letters);
  }
  return out;
}
