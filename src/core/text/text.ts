// Structure: tokens, sentences, paragraphs, headline, byline, dateline.
import { BOILERPLATE, datelineLede, findFurniture, isBreadcrumb, isLinkList, isSiteNavigation } from './furniture';
import { findTurns } from './interview';
import { lowerWord } from '../lexicon/lexicon';
import { bareByline, byLine, standfirstAuthor } from './byline';
import { bylinePair, bylineUnderHeadline, findFooter, standfirstByline } from './page';
import { placeDateline } from './dateline';
import { hasLineBreak, headingMarksEnd, OPEN_QUOTES } from './strings';
import { isSpaceCode } from './words';
import type { Paragraph, Sentence, Structure, TextSpan, Token, TokenKind } from '../types';

const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Maj', 'Adm', 'St', 'Jr',
  'Sr', 'Inc', 'Corp', 'Co', 'Ltd', 'Jan', 'Feb', 'Mar', 'Apr', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec',
  'Prof', 'Rev', 'Mt', 'Ft', 'No', 'vs', 'Pres', 'Atty', 'Supt', 'Cmdr', 'Messrs', 'Gens', 'Sens', 'Reps',
  'Ave', 'Blvd', 'Rd', 'Dept', 'Univ', 'Ariz', 'Calif', 'Colo', 'Conn', 'Fla', 'Ill', 'Ind', 'Kan', 'Mass',
  'Mich', 'Minn', 'Miss', 'Nev', 'Okla', 'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
  // (Titles of Commonwealth and West African copy: "Engr.", "Barr." a barrister, "Hon.", "Rt. Hon.", "Fr." a priest;
  // Gulf and Egyptian copy's "Eng." an engineer.)
  'Engr', 'Eng', 'Barr', 'Hon', 'Fr', 'Cpl', 'Pte', 'Brig', 'Rt', 'Ch',
  'Ala', 'Ark', 'Del', 'Ga', 'Ky', 'La', 'Md', 'Mo', 'Mont', 'Neb', 'Smt', 'Shri', 'Kum', 'Mx', 'Cllr', 'Cr', 'Insp', 'Det', 'Adv',
]);

/** The last token is a title's abbreviation with its dot: "Sen.", "Atty.", "Dr.". */
function titledBefore(out: readonly Token[]): boolean {
  const t = out[out.length - 1];
  return !!t && t.kind === 'word' && t.text.endsWith('.') && ABBREVIATIONS.has(t.text.slice(0, -1));
}

// Tokens, as this regular expression would find them (a hand-written scanner below does the
// same several times faster; test/unit/tokenize.test.ts checks they agree):
//   /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-&][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/]\p{N}+)*|\S/gu
// dotted abbreviations (U.S., U.N.); words with inner apostrophes, hyphens and ampersands;
// numbers with inner separators; any other character alone.
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** A digit (or "#") at `i`, after at most one space: "No. 10", "No.5". */
function numberAfter(text: string, i: number): boolean {
  const c = text.charCodeAt(text.charCodeAt(i) === 32 ? i + 1 : i);
  return (c >= 48 && c <= 57) || c === 35;
}

/** Length in UTF-16 units of the code point at i. */
function cpLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

function classAt(text: string, i: number, re: RegExp, ascii: (c: number) => boolean): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return ascii(c) ? 1 : 0;
  const len = cpLen(text, i);
  return re.test(text.slice(i, i + len)) ? len : 0;
}

const asciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const asciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const asciiWord = (c: number): boolean => asciiLetter(c) || asciiDigit(c);
const letterAt = (t: string, i: number): number => classAt(t, i, LETTER, asciiLetter);
const wordCharAt = (t: string, i: number): number => classAt(t, i, WORD_CHAR, asciiWord);
const digitAt = (t: string, i: number): number => classAt(t, i, DIGIT, asciiDigit);

/** Length of the word character (letter, mark or digit) at i, 0 if none. ASCII is tested inline. */
function wordLen(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  return wordCharAt(text, i);
}

/** The end of the run of word characters (letters, marks, digits) from j: ASCII told inline, the rest by wordLen. */
function scanWordChars(text: string, j: number): number {
  const n = text.length;
  while (j < n) {
    const c = text.charCodeAt(j);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) { j++; continue; }
    if (c < 128) break;
    const w = wordCharAt(text, j);
    if (!w) break;
    j += w;
  }
  return j;
}

/** The end of the word that starts with a letter at i (l: that letter's length). */
function scanWord(text: string, i: number, l: number): number {
  // Dotted abbreviation: two or more letter-dot pairs.
  if (text.charCodeAt(i + l) === 46) {
    let j = i;
    let pairs = 0;
    for (;;) {
      const ll = letterAt(text, j);
      if (!ll || text.charCodeAt(j + ll) !== 46) break;
      j += ll + 1;
      pairs++;
    }
    if (pairs >= 2) return j;
  }
  let j = scanWordChars(text, i + l);
  for (;;) {
    const c = text.charCodeAt(j);
    // ' ’ - &
    if (c !== 39 && c !== 0x2019 && c !== 45 && c !== 38) break;
    const first = wordLen(text, j + 1);
    if (!first) break;
    j = scanWordChars(text, j + 1 + first);
  }
  // ("D-N.Y.", "R-S.C.": a party and a dotted state after a hyphen are one word.)
  if (text.charCodeAt(j) === 46 && text.charCodeAt(j - 2) === 45 && isUpperCode(text.charCodeAt(j - 1)) && isUpperCode(text.charCodeAt(j + 1)) && text.charCodeAt(j + 2) === 46) {
    j += 3;
    if (isUpperCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) j += 2;
  }
  return j;
}

const isUpperCode = (c: number): boolean => c >= 65 && c <= 90;

/** The end of the number that starts with a digit at i (d: that digit's length). */
function scanNumber(text: string, i: number, d: number): number {
  let j = i + d;
  for (let w = digitAt(text, j); w; w = digitAt(text, j)) j += w;
  for (;;) {
    const c = text.charCodeAt(j);
    // . , : /
    if (c !== 46 && c !== 44 && c !== 58 && c !== 47) break;
    const first = digitAt(text, j + 1);
    if (!first) break;
    j += 1 + first;
    for (let w = digitAt(text, j); w; w = digitAt(text, j)) j += w;
  }
  return j;
}

const isSpaceAt = (text: string, i: number): boolean => isSpaceCode(text.charCodeAt(i));

export const CLOSE_QUOTES = new Set(['"', '”']);

function isUpperStart(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

interface RawToken { start: number; end: number; text: string; lower: string; kind: TokenKind; sentence: number }

/**
 * A token made by a constructor, not an object literal: V8 tracks a literal's allocation site,
 * and when a young-generation collection found the tokens of the article being read all alive
 * (they live as long as the analysis), it moved every later token straight to the old
 * generation. Passes over real copy then ran about a quarter slower, in most processes but not
 * all (tokenize 12% of the time and the collector 9%, against 3% and 3%). Objects made by `new`
 * have no such site, and six profiles in six ran at the faster figures.
 */
class TokenRecord implements RawToken {
  sentence = 0;
  constructor(public start: number, public end: number, public text: string, public lower: string, public kind: TokenKind) {}
}
/** A token; its lower case is computed only when it may differ (`cased`: a capital or a character outside ASCII in it). */
const token = (start: number, end: number, text: string, kind: TokenKind, cased = true): RawToken =>
  new TokenRecord(start, end, text, cased ? lowerWord(text) : text, kind);

/** text[start, end) holds a capital A-Z or a character outside ASCII: its lower case may differ. */
function hasCaseAt(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** Most marks in a run of Markdown emphasis: "*", "**", "***". */
const EMPHASIS_RUN = 3;

/**
 * The run of marks ("*" or "_", code c) at i: its end when it is Markdown's emphasis, one to three
 * marks at a word's edge (a letter, a digit or a quotation mark on one side only); minus its end
 * when it is not ("f***ing", "2 * 3", a rule of underscores).
 */
function emphasisRun(text: string, i: number, c: number): number {
  let e = i;
  while (e < text.length && text.charCodeAt(e) === c) e++;
  if (e - i > EMPHASIS_RUN) return -e;
  const inWord = (k: number): boolean => k >= 0 && k < text.length && (letterAt(text, k) > 0 || digitAt(text, k) > 0);
  const before = inWord(i - 1);
  const after = inWord(e) || /["“‘'(]/.test(text.charAt(e));
  return before !== after || (!before && /[.,;:!?)"”’']/.test(text.charAt(i - 1))) ? e : -e;
}

export function tokenize(text: string): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 ? c === 32 || (c >= 9 && c <= 13) : isSpaceAt(text, i)) { i++; continue; }
    // (A Markdown heading's marks open its line and are no token: "# Tributes paid ..." opens its
    // sentence with "Tributes", as the line without them would.)
    if (c === 35) {
      const after = headingMarksEnd(text, i);
      if (after > i) { i = after; continue; }
    }
    const start = i;
    const l = c < 128 ? ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0) : letterAt(text, i);
    if (l) {
      const end = scanWord(text, i, l);
      i = end;
      // Possessive 's splits off: "Russia's" -> "Russia" + "'s".
      const last = text.charCodeAt(end - 1);
      const before = text.charCodeAt(end - 2);
      // (The word's lower case is itself unless it has a capital or a letter outside ASCII.)
      const cased = hasCaseAt(text, start, end);
      if ((last === 115 || last === 83) && (before === 39 || before === 0x2019) && end - start > 3) {
        const cut = end - 2;
        const w = text.slice(start, cut);
        out.push(token(start, cut, w, 'word', cased));
        out.push(token(cut, end, text.slice(cut, end), 'punct'));
        continue;
      }
      let word = text.slice(start, end);
      // A known abbreviation or a single initial keeps its dot: "Mr.", "Sen.", "F.".
      // ("No." abbreviates a number only before one: "No. 10", not "No. No connection.")
      // ("Sen. Ma. Teresa Cruz": "Ma." abbreviates María after a title, as Filipino copy writes it.)
      if (text.charCodeAt(end) === 46 && ((end - start === 1 && isUpperStart(word)) || (ABBREVIATIONS.has(word) && (word !== 'No' || numberAfter(text, end + 1))) || (word === 'Ma' && titledBefore(out)))) {
        word += '.';
        i = end + 1;
      }
      out.push(token(start, i, word, 'word', cased));
      continue;
    }
    const d = c < 128 ? (c >= 48 && c <= 57 ? 1 : 0) : digitAt(text, i);
    if (d) {
      const end = scanNumber(text, i, d);
      i = end;
      out.push(token(start, end, text.slice(start, end), 'number', hasCaseAt(text, start, end)));
      continue;
    }
    // A decimal with no leading zero after a space: ".542" (a batting average), ".45".
    if (c === 46 && (i === 0 || isSpaceAt(text, i - 1)) && digitAt(text, i + 1)) {
      const end = scanNumber(text, i + 1, digitAt(text, i + 1));
      i = end;
      out.push(token(start, end, text.slice(start, end), 'number', hasCaseAt(text, start, end)));
      continue;
    }
    // (Markdown's emphasis, "**Velcor**," "_said_": marks at a word's edge are no token, so the
    // rules read the words as plain text; inside a word, "f***ing", they stay.)
    if (c === 42 || c === 95) {
      const run = emphasisRun(text, i, c);
      if (run > 0) { i = run; continue; }
      // (No emphasis: each mark of the run a token of its own.)
      for (; i < -run; i++) out.push(token(i, i + 1, text.charAt(i), 'punct', false));
      continue;
    }
    const end = i + cpLen(text, i);
    i = end;
    out.push(token(start, end, text.slice(start, end), 'punct', c > 127));
  }
  return out;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
/**
 * The token is one of SENTENCE_END, told from its span and the document's character code (asked
 * of every token; the document is one string, the tokens' texts are of many representations).
 */
const endsSentence = (text: string, t: RawToken): boolean => {
  if (t.end - t.start !== 1) return false;
  const c = text.charCodeAt(t.start);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
};
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»', '›']);

/** Words that open a sentence and never go on a name: after "U.S." or "Inc." they start the next sentence. */
const OPENERS_AFTER_ABBREVIATION = new Set(['The', 'He', 'She', 'It', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'There', 'His', 'Her',
  'Their', 'Its', 'Our', 'But', 'And', 'In', 'On', 'At', 'A', 'An', 'When', 'While', 'After', 'Before', 'However', 'Meanwhile', 'If', 'As', 'Yet']);

/**
 * An abbreviation that keeps its dot ends the sentence when a word that only opens sentences
 * follows it: "flew to the U.S. The minister said", "moved to the U.K. He said", "Velcor Inc. It
 * said". (Not "Mr. Brink", "U.S. Navy": a name goes on.)
 */
const abbreviationEnds = (tok: RawToken, next: RawToken | undefined, end: number): boolean =>
  tok.kind === 'word' && tok.text.length > 2 && tok.text.charCodeAt(tok.text.length - 1) === 46 && !!next && next.start < end && OPENERS_AFTER_ABBREVIATION.has(next.text);

/**
 * A capital letter with its dot, named by a noun in lower case after a determiner, ends the
 * sentence before a capital: "there was no plan B. Tomas Brink disagreed"; or before a word that
 * only opens sentences, "vitamin D. The study". An initial goes on a name: "John F. Kennedy",
 * "said J. J. Price".
 */
const letterEnds = (text: string, det: RawToken | undefined, prev: RawToken | undefined, tok: RawToken, next: RawToken | undefined, end: number): boolean =>
  tok.kind === 'word' && tok.end - tok.start === 2 && text.charCodeAt(tok.end - 1) === 46 && !!prev && prev.kind === 'word' && !isUpperStart(prev.text)
  && !!next && next.start < end && isUpperStart(next.text) && (OPENERS_AFTER_ABBREVIATION.has(next.text) || (!!det && LETTER_DETERMINERS.has(det.text.toLowerCase())));

/** Determiners before a noun that names a letter: "no plan B", "the class A". */
const LETTER_DETERMINERS = new Set(['a', 'an', 'the', 'no', 'any', 'this', 'that', 'their', 'his', 'her', 'its', 'our', 'my', 'your', 'every', 'each']);

/** A line break this long after a line's text is no hard wrap: copy wrapped by hand keeps lines shorter. */
export const UNWRAPPED_LINE = 100;
/** The share of a block's line breaks that must follow a sentence's end for each line to be a paragraph. */
const SENTENCE_BREAKS = 0.7;
/** A line that ends a sentence: its last mark is a full stop, "?", "!", a colon or an ellipsis, perhaps before closing marks. */
export const LINE_ENDS_SENTENCE = /[.!?:\u2026]["”’')\]]*$/;

/**
 * Whether each line of a block of non-blank lines is a paragraph of its own: copy pasted from
 * a web page or a content system often separates its paragraphs by single line breaks. Either
 * a third of the block's lines before its last are too long to be hard-wrapped, or most of its
 * line breaks follow a sentence's end (questions and answers, short items). Hard-wrapped text
 * (lines of under a hundred characters broken mid-sentence) stays one paragraph.
 */
export function linesAreParagraphs(text: string, lines: readonly { start: number; end: number }[]): boolean {
  const breaks = lines.length - 1;
  if (breaks < 1) return false;
  let long = 0;
  let ended = 0;
  for (let i = 0; i < breaks; i++) {
    const l = lines[i];
    if (l.end - l.start > UNWRAPPED_LINE) long++;
    if (LINE_ENDS_SENTENCE.test(text.slice(Math.max(l.start, l.end - 4), l.end))) ended++;
  }
  if (long * 3 >= breaks || ended >= breaks * SENTENCE_BREAKS) return true;
  // (Or a line before the last is under half the block's longest, a line of prose's length:
  // hard-wrapped prose fills every line but its last; a pasted page's standfirst, byline, job
  // and time stamp, a line each, do not. Not a list of links under its label, "Read more": one
  // piece of boilerplate.)
  let longest = 0;
  for (const l of lines) longest = Math.max(longest, l.end - l.start);
  if (longest < WRAPPED_LINE || isLinkList(text.slice(lines[0].start, lines[lines.length - 1].end))) return false;
  // (Not where the next line goes on with the sentence, in lower case or after a comma: a
  // markdown export's bold name or link on a line of its own, "**Tomas Brink**\n, a former
  // officer, ..."; nor after a short line that ends a sentence: copy pasted from a page's
  // columns, its paragraphs a line apart, ends each paragraph so.)
  for (let i = 0; i < breaks; i++) {
    const l = lines[i];
    if ((l.end - l.start) * 2 < longest && /^[\p{Lu}\p{N}"“‘']/u.test(text.slice(lines[i + 1].start, lines[i + 1].start + 1)) && !LINE_ENDS_SENTENCE.test(text.slice(Math.max(l.start, l.end - 4), l.end)) && !/[,;]$/.test(text.slice(l.end - 1, l.end))) return true;
  }
  return false;
}

/**
 * Finds paragraph spans: runs of non-blank lines, each line a paragraph of its own where the
 * run's lines are laid out one paragraph to a line (see `linesAreParagraphs`).
 */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  // (Lines by a regular expression and trimmed by the string's own methods: both run natively,
  // several times faster over a long paragraph than a loop over its character codes.)
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let lines: { start: number; end: number }[] = [];
  const flush = (): void => {
    if (lines.length === 0) return;
    if (lines.length === 1 || !linesAreParagraphs(text, lines)) spans.push({ start: lines[0].start, end: lines[lines.length - 1].end });
    else for (const l of lines) spans.push(l);
    lines = [];
  };
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const line = m[0].replace(/[\r\n]+$/, '');
    const lineStart = m.index;
    if (line.trim() === '') flush();
    else {
      const lead = line.length - line.trimStart().length;
      lines.push({ start: lineStart + lead, end: lineStart + line.trimEnd().length });
    }
    if (re.lastIndex >= text.length) break;
  }
  flush();
  return spans;
}

/** True where a line break between two tokens ends a sentence: the line before ends like one. */
function lineBreakEndsSentence(text: string, prev: RawToken, next: RawToken): boolean {
  if (next.start === prev.end || !hasLineBreak(text, prev.end, next.start)) return false;
  if (SENTENCE_END.has(prev.text)) return true;
  // (A line that opens with a bullet is an item of its own: "• "..." – Dana Ruiz" then "• ...".)
  if (BULLETS.has(next.text) && /^[ \t]/.test(text.charAt(next.end))) return true;
  // (After a line of prose, a hard wrap, most breaks go on with the sentence; after a byline's
  // or a heading's short line, a capital or an opening mark starts another. The line is read
  // back only where that decides.)
  if (CLOSERS.has(prev.text)) {
    // (A stop inside the closing marks ends it: `... again."`; a comma before a word in lower
    // case goes on: `"... frustrating,"` then `he said.`; a term's marks on a long line go on:
    // `the figures were "deeply worrying"` then `by nurses`.)
    let j = prev.start - 1;
    while (j > 0 && CLOSER_CODES.has(text.charCodeAt(j))) j--;
    const c = text.charCodeAt(j);
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) return true;
    if (c === 44 && /^\p{Ll}/u.test(next.text)) return false;
    return !proseLineTo(text, prev.end);
  }
  // (`said:` at a long line's end, the quotation on the next: one sentence.)
  if (prev.text === ':') return !(OPEN_QUOTES.has(next.text) && proseLineTo(text, prev.end));
  if (OPEN_QUOTES.has(next.text) || isUpperStart(next.text)) return !proseLineTo(text, prev.end);
  return false;
}

/** Marks that open a list's item on a line of its own. */
const BULLETS = new Set(['•', '·', '▪', '●', '◦', '‣', '*', '-', '–', '—']);

/** The character codes of CLOSERS. */
const CLOSER_CODES = new Set([...CLOSERS].map((c) => c.charCodeAt(0)));

/** Lines at least this long, broken before the sentence ends, are hard-wrapped prose. */
const WRAPPED_LINE = 50;

/**
 * The line that ends at `end` is a hard-wrapped line of prose: fifty characters or more (read
 * back at most 200), and most of its words in lower case (a line of a list of headlines, in
 * Title Case, is a line of its own).
 */
function proseLineTo(text: string, end: number): boolean {
  let i = end;
  while (i > 0 && end - i < 200) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  if (end - i < WRAPPED_LINE) return false;
  const words = text.slice(i, end).split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 < words.length;
}

export function buildStructure(text: string): Structure {
  // Every token lies in a paragraph (a run of non-blank lines), so the tokens are the scanner's
  // own array, in order: `t` counts those placed in sentences so far.
  const raw = tokenize(text);
  const tokens: Token[] = raw;
  const paraSpans = paragraphSpans(text);
  const sentences: Sentence[] = [];
  const paragraphs: Paragraph[] = [];
  let t = 0;
  for (let p = 0; p < paraSpans.length; p++) {
    const ps = paraSpans[p];
    const firstSentence = sentences.length;
    let sentStartTok = t;
    const flush = (endTok: number): void => {
      if (endTok <= sentStartTok) return;
      sentences.push({
        start: raw[sentStartTok].start,
        end: raw[endTok - 1].end,
        paragraph: p,
        firstToken: sentStartTok,
        endToken: endTok,
      });
      sentStartTok = endTok;
    };
    // Inside parentheses a period does not end the sentence: "Sen. Chuck Schumer (D-N.Y.) said".
    let depth = 0;
    while (t < raw.length && raw[t].start < ps.end) {
      const tok = raw[t];
      const prev = t > sentStartTok ? raw[t - 1] : undefined;
      if (prev && lineBreakEndsSentence(text, prev, tok)) { flush(t); depth = 0; }
      tok.sentence = sentences.length;
      t++;
      if (tok.text === '(') depth++;
      else if (tok.text === ')') depth = Math.max(0, depth - 1);
      if (!endsSentence(text, tok) && !abbreviationEnds(tok, raw[t], ps.end) && !letterEnds(text, t >= 3 ? raw[t - 3] : undefined, prev, tok, raw[t], ps.end)) continue;
      if (depth > 0 && t - sentStartTok < 200) continue;
      // Take closing quotes and brackets with the sentence.
      while (t < raw.length && raw[t].start < ps.end && CLOSERS.has(raw[t].text) && raw[t].start === raw[t - 1].end) {
        raw[t].sentence = sentences.length;
        t++;
      }
      const next = t < raw.length && raw[t].start < ps.end ? raw[t] : undefined;
      // (A straight single mark after a space and glued to a capital opens the next sentence's
      // quotation, as British copy writes it: "... lockouts. 'It is the supporters ...".)
      // (Or a doubled one, as archives write a double mark: "... trade was up. ''The new ...".)
      const doubled = !!next && next.text === "'" && t + 2 < raw.length && raw[t + 1].text === "'" && raw[t + 1].start === next.end ? 1 : 0, after = t + 1 + doubled < raw.length ? raw[t + 1 + doubled] : undefined;
      const single = !!next && next.text === "'" && next.start > raw[t - 1].end && !!after && after.start === next.end + doubled && after.start < ps.end && isUpperStart(after.text);
      // (So does a handle or a hashtag: "... apologised. @HarlowRovers: ...".)
      const tagged = !!next && (next.text === '@' || next.text === '#') && !!after && after.start === next.end && after.kind === 'word';
      if (!next || isUpperStart(next.text) || OPEN_QUOTES.has(next.text) || next.kind === 'number' || next.text === '‘' || single || tagged) {
        flush(t);
      }
    }
    flush(t);
    paragraphs.push({ start: ps.start, end: ps.end, index: p, firstSentence, endSentence: sentences.length });
  }
  // Defensive: a token outside every paragraph would be a scanner bug; keep the arrays aligned.
  if (t !== raw.length) raw.length = t;

  const lineOf = (p: Paragraph): string => text.slice(p.start, p.end);
  let headline: TextSpan | null = null;
  let byline: TextSpan | null = null;
  const authors: TextSpan[] = [];
  let dateline: TextSpan | null = null;
  // (Over a site's breadcrumb trail, "Home | News | Politics": the headline is the paragraph after it.)
  // (So over a site's menus: "Skip to main content\nNews\nSport\nBusiness".)
  // (Or a sponsor's line or other boilerplate: "Supported by".)
  const top = paragraphs.length > 2 && (isBreadcrumb(lineOf(paragraphs[0])) || isSiteNavigation(lineOf(paragraphs[0])) || (paragraphs[0].end - paragraphs[0].start <= 40 && BOILERPLATE.test(lineOf(paragraphs[0])))) ? 1 : 0;
  if (paragraphs.length > top) {
    const first = paragraphs[top];
    const firstLineEnd = text.slice(first.start).search(/\r|\n/);
    const end = firstLineEnd < 0 ? first.end : Math.min(first.end, first.start + firstLineEnd);
    const line = text.slice(first.start, end);
    const hashes = /^#{1,6}\s+/.exec(line);
    // A short first line before a blank line: unpunctuated, or in Title Case even with a final period.
    const words = line.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
    const titleCase = words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.6;
    const single = !/[\r\n]/.test(text.slice(first.start, first.end));
    // (Or a single short line before a longer paragraph, whatever its last mark: "Mayor calls for calm.")
    const second = paragraphs[top + 1];
    const shortLine = single && line.length <= 120 && line.split(/\s+/).length <= 16 && !!second && second.end - second.start > line.length;
    const looksLikeHeadline = hashes || (line.length <= 200 && paragraphs.length > top + 1 && !datelineLede(line) && (!/[.!?]["”]?$/.test(line.trim()) || (single && titleCase) || shortLine));
    if (looksLikeHeadline) {
      const s = first.start + (hashes ? hashes[0].length : 0);
      headline = { start: s, end, text: text.slice(s, end) };
    }
  }
  // (The paragraph under the headline's, past a line of boilerplate, "Listen to this article",
  // may be a bare byline.)
  let underHeadline = headline ? paragraphs.findIndex((p) => p.start > headline!.end) : -1;
  while (underHeadline > 0 && underHeadline < 4 && underHeadline < paragraphs.length && BOILERPLATE.test(lineOf(paragraphs[underHeadline]))) underHeadline++;
  for (const p of paragraphs.slice(0, 6)) {
    const line = lineOf(p);
    const named = byline ? null : byLine(line, p.start);
    if (named) {
      byline = { start: p.start, end: p.end, text: line };
      authors.push(...named);
      continue;
    }
    // (A standfirst that ends by naming its reporter: "Passengers describe the chaos, reports
    // Lena Early".)
    const standfirst = !byline && headline && p.start > headline.end ? standfirstAuthor(line) : null;
    if (standfirst) { byline = { start: p.start, end: p.end, text: line }; authors.push({ start: p.start + standfirst.index, end: p.start + standfirst.index + standfirst.name.length, text: standfirst.name }); continue; }
    // ("Rhys Colby" alone under the headline, perhaps with ", AAP", "| AAP" or a job on the next
    // line, as agency copy gives the reporter: a byline with no "By".)
    // (Or under a standfirst, where the reporter's job or the time filed has a line of its own
    // after the name: "Rhys Colby\nCourts reporter", a pasted page's lines.)
    // (The job's or the time's line is read with the name's, as one paragraph's would be; the
    // page's lines after them, "Comments", are not.)
    const nextLine = p.index + 1 < paragraphs.length ? lineOf(paragraphs[p.index + 1]) : '';
    // (Two reporters so: "Rhys Colby and Lena Early\nFri 6 Dec 2026 14.02 GMT".)
    const pair = !byline && headline && p.start > headline.end && (p === paragraphs[underHeadline] || p === paragraphs[underHeadline + 1]) ? bylinePair(line, nextLine) : null;
    if (pair) { byline = { start: p.start, end: p.end, text: line }; for (const name of pair) { const at = text.indexOf(name, p.start); authors.push({ start: at, end: at + name.length, text: name }); } continue; }
    const second = p === paragraphs[underHeadline + 1] ? standfirstByline(line, nextLine) : null;
    const bare = !byline && headline && p.start > headline.end && (p === paragraphs[underHeadline] || second)
      ? bareByline(p === paragraphs[underHeadline] ? line : second!, text, p.end) : null;
    if (bare) { byline = { start: p.start, end: p.end, text: line }; authors.push({ start: p.start, end: p.start + bare.length, text: bare }); continue; }
    const date = /^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2},?\s+\d{4}$/.exec(line);
    if (!dateline && date) {
      dateline = { start: p.start, end: p.end, text: line };
      continue;
    }
    if (!dateline && (!headline || p.start > headline.end)) dateline = placeDateline(line, p, text, paragraphs);
  }
  // (Or in the headline's own block of lines, as a pasted page gives it.)
  const under = !byline && headline && paragraphs.length > top ? bylineUnderHeadline(text, paragraphs[top], headline.end) : null;
  if (under) { byline = under.byline; authors.push(under.author); }
  const footer = findFooter(text);
  const links: TextSpan[] = [];
  // (A link target holds no brackets: "[](" runs cannot make the pattern rescan them.)
  const LINK = /\]\(([^()[\]\s]*)\)|<?\b(?:https?|ftp):\/\/[^\s<>"“”]+|\bwww\.[\w-]+(?:\.[\w-]+)+[^\s<>"“”]*/g;
  const mayLink = text.includes('](') || text.includes('://') || text.includes('www.');
  for (let m = mayLink ? LINK.exec(text) : null; m; m = LINK.exec(text)) {
    const start = m[1] !== undefined ? m.index + 2 : m.index;
    const end = m[1] !== undefined ? start + m[1].length : m.index + m[0].length;
    if (end > start) links.push({ start, end, text: text.slice(start, end) });
  }
  const furniture = findFurniture(text, paragraphs, [headline]);
  for (const [span, kind] of [[byline, 'byline'], [dateline, 'dateline']] as const) {
    if (span && !furniture.some((f) => f.start < span.end && span.start < f.end)) furniture.push({ start: span.start, end: span.end, kind });
  }
  furniture.sort((a, b) => a.start - b.start);
  const turns = findTurns(text, paragraphs, furniture);
  return { headline, byline, authors, dateline, footer, links, furniture, turns, paragraphs, sentences, tokens };
}
