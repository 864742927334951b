// String methods called through their prototype's function, for the engine's hot word tests.
//
// A word reaches a test in many of V8's string representations: sliced from a one-byte or a
// two-byte document, copied, joined, or a literal from a word list. `word.charCodeAt(i)` looks
// the method up on the word, and a look-up that has seen more than four representations goes
// megamorphic: the optimiser can no longer inline the method, and every call probes a cache
// the whole process shares (with a second engine in the process, the two evict each other's
// entries). Through `call` on the prototype's function the target is known whatever the
// representation, and the optimiser inlines it: lowerWord over words of mixed representations
// ran three times as fast so in a micro-benchmark, as fast as over words of one representation,
// once the loop also read the word's length once (`word.length` is such a look-up too).
// (`toLowerCase` so called measured no faster: its own work outweighs the look-up.) Only for code
// that runs on every token or candidate; elsewhere write the method as usual.

const charCodeAtOf = String.prototype.charCodeAt;

/** A line break (\n or \r) in text[from, to). */
export function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** `s.charCodeAt(i)`, the same for every representation of s. */
export function codeAt(s: string, i: number): number {
  return charCodeAtOf.call(s, i);
}

/** Spaces pasted copy carries that are no plain space: no-break (U+00A0), figure (U+2007), narrow no-break (U+202F), thin (U+2009), hair (U+200A). */
const ODD_SPACES = /[\u00a0\u2007\u202f\u2009\u200a]/;
const ODD_SPACES_ALL = /[\u00a0\u2007\u202f\u2009\u200a]/g;

/**
 * The text with each of ODD_SPACES as a plain space: "Kota\u00a0Bharu" is the place the
 * gazetteer knows. One code unit for one, so every offset holds.
 */
export function plainSpaces(text: string): string {
  return ODD_SPACES.test(text) ? text.replace(ODD_SPACES_ALL, ' ') : text;
}

/**
 * After the marks of a Markdown heading at i ("#" to "######" first on the line, spaces or tabs
 * before them, a space or a tab after them): the offset after the marks; else i.
 */
export function headingMarksEnd(text: string, i: number): number {
  let b = i - 1;
  while (b >= 0 && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b--;
  if (b >= 0 && text.charCodeAt(b) !== 10 && text.charCodeAt(b) !== 13) return i;
  let e = i;
  while (e < text.length && e - i < 6 && text.charCodeAt(e) === 35) e++;
  const next = text.charCodeAt(e);
  return next === 32 || next === 9 ? e : i;
}

/** Opening double quotation marks, English and European: a sentence may start at one. */
export const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '“', '«', '„', '‹']);
