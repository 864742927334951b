// Finding quotation spans: straight and curly double quotes, two apostrophes typed as a double
// mark (''…'', wire and legacy-system copy, opened by two grave accents too: ``…''), guillemets («…») and the low mark („…“), British single quotes (‘…’ and straight '…',
// apostrophes never opening or closing one), unclosed quotations that run to
// the end of their paragraph (the multi-paragraph convention), and quotations continued over
// a soft line break. The article's own convention decides which marks quote at the top level.
import { countWords } from '../text/words';
import type { Span } from '../types';
import { COMMON_WORDS, SPEECH_VERBS } from '../lexicon/lexicon';

export interface QuoteSpan {
  /** Start of the opening mark. */
  readonly start: number;
  /** End of the closing mark, or of the quoted text when unclosed. */
  readonly end: number;
  readonly innerStart: number;
  readonly innerEnd: number;
  readonly unclosed: boolean;
  /** Unclosed, and the next paragraph opens with a quotation mark: the multi-paragraph convention. */
  readonly continuesInNextParagraph: boolean;
  /** The marks: double (“…”, "…") or single (‘…’, '…'). */
  readonly marks?: 'double' | 'single';
}

/** The article's quotation style, told from the text: which marks open its quotations. */
export type QuoteStyle = 'double' | 'single' | 'none';

export interface StrayMark {
  readonly start: number;
  readonly end: number;
}

/** An Article Lens marker closing a paragraph: an unclosed quotation ends before it. */
const TRAILING_MARKER = /\s*<!--\s*article-lens:\s*(?:ignore|not-a-quote)\s*-->\s*$/;

/**
 * Where an unclosed quotation that runs to `end` stops: before trailing spaces, and before an
 * inline marker written after it (so "Ignore" and "Mark as not a quotation" work on it too).
 */
function endBeforeMarker(text: string, from: number, end: number): number {
  let e = end;
  while (e > from && /\s/.test(text.charAt(e - 1))) e--;
  const tail = text.slice(Math.max(from, e - 60), e);
  const m = TRAILING_MARKER.exec(tail);
  if (m) {
    e -= tail.length - m.index;
    while (e > from && /\s/.test(text.charAt(e - 1))) e--;
  }
  return e;
}

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/** The characters findDoubleQuotes stops at: the marks, the apostrophe (two make a double mark) and line breaks. */
const DOUBLE_SCAN = /["'`\n\r\u2018-\u201e\u00ab\u00bb]/g;

/**
 * Scans line by line. U+201C opens and U+201D closes; a straight quote opens when none is
 * open and closes one that is. A second U+201C while one is open closes the first just before
 * it. A quotation still open at the end of a line continues onto the next line when that line
 * is not blank, does not open with a quotation mark, and the line before does not end a
 * sentence (a soft, hard-wrapped break); otherwise it ends there, unclosed.
 */
function findDoubleQuotes(text: string): { quotes: QuoteSpan[]; stray: StrayMark[] } {
  const quotes: QuoteSpan[] = [];
  const stray: StrayMark[] = [];
  let open = -1;
  const n = text.length;
  let i = 0;
  // A span with no letter or digit inside is no quotation (`""`, `"",` rows, a run of marks);
  // an unclosed one is a stray mark.
  const push = (q: QuoteSpan): void => {
    if (hasWord(text, q.innerStart, q.innerEnd)) quotes.push(q);
    else if (q.unclosed) stray.push({ start: q.start, end: q.start + 1 });
  };
  /** The width of the opening mark: 1, or 2 for two apostrophes (''). */
  let openWidth = 1;
  /** Closes the open quotation with the mark at i. */
  const closeAt = (i: number): void => {
    push({ start: open, end: i + 1, innerStart: open + openWidth, innerEnd: i, unclosed: false, continuesInNextParagraph: false, marks: 'double' });
    open = -1;
  };
  const closeUnclosed = (lineEnd: number): void => {
    const e = endBeforeMarker(text, open + openWidth, lineEnd);
    push({ start: open, end: e, innerStart: open + openWidth, innerEnd: e, unclosed: true, continuesInNextParagraph: false, marks: 'double' });
    open = -1;
  };
  while (i < n) {
    // (Most characters are none of the marks and no line break: skipped without a string.)
    const code = text.charCodeAt(i);
    if ((code > 39 && code < 0x2018 && code !== 96 && code !== 171 && code !== 187) || code > 0x201e || (code < 39 && code !== 34 && code !== 10 && code !== 13)) {
      // (To the next mark or line break, by the regular expression engine's native scan.)
      DOUBLE_SCAN.lastIndex = i;
      i = DOUBLE_SCAN.test(text) ? DOUBLE_SCAN.lastIndex - 1 : n;
      continue;
    }
    const c = text.charAt(i);
    if (c === '\n' || c === '\r') {
      const lineEnd = i;
      // Skip this line break.
      i += c === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
      if (open >= 0) {
        // Look at the next line.
        let j = i;
        while (j < n && isSpace(text.charAt(j))) j++;
        const nextBlank = j >= n || text.charAt(j) === '\n' || text.charAt(j) === '\r';
        const nextOpens = !nextBlank && (text.charAt(j) === '“' || text.charAt(j) === '"');
        const before = text.slice(Math.max(open + 1, lineEnd - 3), lineEnd).trimEnd();
        const endsSentence = /[.!?:…]$/.test(before);
        if (nextBlank || nextOpens || endsSentence) closeUnclosed(lineEnd);
      }
      continue;
    }
    if (c === '«' || c === '„') {
      // (Guillemets, «Oui», and the low mark, „Ja“, as European copy writes a quotation: each
      // opens one when none is open.)
      if (open < 0 && WORDISH.test(text.charAt(i + 1) === ' ' ? text.charAt(i + 2) : text.charAt(i + 1))) { open = i; openWidth = 1; }
      i++;
      continue;
    }
    if (c === '»') {
      if (open >= 0 && text.charAt(open) === '«') closeAt(i);
      i++;
      continue;
    }
    if (c === '“' && open >= 0 && text.charAt(open) === '„') {
      closeAt(i);
      i++;
      continue;
    }
    if (c === '`') {
      // (Two grave accents open a double mark, as typewriter-era and converted copy writes it:
      // ``Yes,'' he said.)
      if (text.charCodeAt(i + 1) === 96 && open < 0 && WORDISH.test(text.charAt(i + 2)) && (i === 0 || BEFORE_OPEN.test(text.charAt(i - 1)))) { open = i; openWidth = 2; i += 2; continue; }
      i++;
      continue;
    }
    if ((c === "'" && text.charCodeAt(i + 1) === 39) || (c === '‘' && text.charAt(i + 1) === '‘') || (c === '’' && text.charAt(i + 1) === '’' && open >= 0)) {
      // Two apostrophes typed as a double mark: '' opens before a word, and closes after one.
      const pair = doubledApostrophes(text, i, open >= 0);
      if (pair === 'open' && open < 0) { open = i; openWidth = 2; i += 2; continue; }
      if (typeof pair === 'number' && open >= 0) {
        push({ start: open, end: pair + 2, innerStart: open + openWidth, innerEnd: pair, unclosed: false, continuesInNextParagraph: false, marks: 'double' });
        open = -1;
        i = pair + 2;
        continue;
      }
      i += 2;
      continue;
    }
    if (c === '“' && open >= 0 && /[,.!?]/.test(text.charAt(i - 1)) && /[\s]/.test(text.charAt(i + 1) || ' ')) {
      // `... for her here,“ said Jim Clyburn`: an opening mark typed where the closing one belongs.
      closeAt(i);
    } else if (c === '“') {
      if (open >= 0) {
        // A second opening mark: the first quotation ends just before it.
        closeUnclosed(i);
      }
      open = i;
      openWidth = 1;
    } else if (c === '”' && open < 0 && (i === 0 || /[\s([—–]/.test(text.charAt(i - 1))) && WORDISH.test(text.charAt(i + 1))) {
      // (`”We were robbed,” said ...`: a right mark at a word's start opens, as copy from a system
      // that sets every double mark so reads.)
      open = i;
      openWidth = 1;
    } else if (c === '”') {
      if (open >= 0) {
        closeAt(i);
      } else {
        stray.push({ start: i, end: i + 1 });
      }
    } else if (c === '"') {
      if (open >= 0 && reopensAfterLostBreak(text, open, i)) {
        // `... the vote counts. "If the next ...`: after a sentence's end and a space, before a
        // word, the mark opens: a paragraph break lost in the copy (the multi-paragraph
        // convention run together). The first quotation ends at its sentence's end.
        let e = i;
        while (e > open + openWidth && isSpace(text.charAt(e - 1))) e--;
        push({ start: open, end: e, innerStart: open + openWidth, innerEnd: e, unclosed: true, continuesInNextParagraph: true, marks: 'double' });
        open = i;
        openWidth = 1;
      } else if (open >= 0) {
        closeAt(i);
      } else {
        open = i;
        openWidth = 1;
      }
    }
    i++;
  }
  if (open >= 0) closeUnclosed(n);

  // The multi-paragraph convention: an unclosed quotation followed by a paragraph that opens
  // with a quotation mark.
  return {
    stray,
    quotes: quotes.map((q) => {
      if (!q.unclosed || q.continuesInNextParagraph) return q;
      const rest = text.slice(q.end, q.end + 400);
      const m = /^[ \t\u00a0]*(?:\r?\n|\r)[ \t\u00a0\r\n]*(["“])/.exec(rest);
      return m ? { ...q, continuesInNextParagraph: true } : q;
    }),
  };
}

/**
 * Two apostrophes at i (and i + 1) typed as a double mark ('' or the curly ‘‘ and ’’): 'open' where they open a quotation
 * (at a word's start, before a word or a third apostrophe: ''Yes'' or '''No,' he said''), the
 * offset of the closing pair where they close one (after a word or punctuation, before no
 * letter; of '''  the last two), or null: no mark (6'2'' is a height).
 */
function doubledApostrophes(text: string, i: number, inQuote: boolean): 'open' | number | null {
  const before = i > 0 ? text.charAt(i - 1) : ' ';
  const mark = text.charAt(i);
  // (Curly pairs: ‘‘ only opens and ’’ only closes, as typesetting systems make them.)
  if (mark === '‘' && inQuote) return null;
  if (mark === '’' && !inQuote) return null;
  const triple = text.charAt(i + 2) === mark;
  if (!inQuote) {
    if (mark === "'" && singleThenElision(text, i)) return null;
    const after = text.charAt(i + 2);
    return (BEFORE_OPEN.test(before) || before === '\n') && (WORDISH.test(after) || after === "'" || after === '‘') ? 'open' : null;
  }
  const at = triple ? i + 1 : i;
  if (/\s/.test(before) && !triple) {
    // ('' after a space closes after punctuation, `thanks, ''`, or before it.)
    return /[,.;:!?][ \t]+$/.test(text.slice(Math.max(0, at - 4), at)) || /^[ \t]*(?:[\r\n,.;:!?)]|$)/.test(text.slice(at + 2, at + 4)) ? at : null;
  }
  return WORDISH.test(text.charAt(at + 2)) ? null : at;
}

/** How far along its line a pair of apostrophes looks for another pair. */
const PAIR_LOOKAHEAD = 400;

/**
 * Two apostrophes at i that are a single mark opening a quotation and an elided word's own
 * mark, as British copy sets a quotation opening with "'Cos" or "'Em": at a word's start,
 * before an elision (ELISION), with no other pair of apostrophes later on the line to close a
 * double mark (`''Cos I said so,'' he said` is wire copy's double mark). Bounded: PAIR_LOOKAHEAD
 * characters.
 */
function singleThenElision(text: string, i: number): boolean {
  if (i > 0 && !BEFORE_OPEN.test(text.charAt(i - 1)) && text.charAt(i - 1) !== '\n') return false;
  if (!ELISION.test(text.slice(i + 1, i + 9))) return false;
  const end = Math.min(text.length, i + PAIR_LOOKAHEAD);
  for (let k = i + 2; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
    if (c === 39 && text.charCodeAt(k + 1) === 39) return false;
  }
  return true;
}

/** A straight mark at i, inside a quotation opened at `open`, that opens another: a space before it, a word after it, a sentence's end before the space. */
function reopensAfterLostBreak(text: string, open: number, i: number): boolean {
  if (i - open < 4 || !isSpace(text.charAt(i - 1)) || !/[\p{Lu}\p{N}]/u.test(text.charAt(i + 1))) return false;
  return /[.!?…][ \t\u00a0]+$/.test(text.slice(Math.max(open + 1, i - 6), i));
}

const WORDISH = /[\p{L}\p{N}]/u;
/** Elisions that open with an apostrophe: '90s, a year's two digits ("since '79,"), 'em, rock 'n' roll, 'til, 'cause, 'tis. */
const ELISION = /^['‘’](?:\d0s|\d\ds|\d\d|em|n['’]|til|till|cause|cos|bout|tis|twas|round|kay|ello|allo|nuff|fraid)(?![\p{L}\p{N}])/iu;
const BEFORE_OPEN = /[\s([{“"—–\-/]/;

/**
 * An opening single mark at i: at a word's start, followed by a word (not an elision). A right
 * mark there too, as some systems set every single mark: `’We were robbed,’ said ...`.
 */
function opensSingle(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (c !== '‘' && c !== "'" && c !== '’') return false;
  if (i > 0 && !BEFORE_OPEN.test(text.charAt(i - 1))) return false;
  const next = text.charAt(i + 1);
  // (Before an elided word's own mark: "''Cos they never do anything.'".)
  if ((next === "'" || next === '’') && ELISION.test(text.slice(i + 1, i + 9))) return true;
  if (!(WORDISH.test(next) || next === '“' || next === '"' || next === '…' || next === '.' && text.startsWith('..', i + 1))) return false;
  // (A number or a capital opening a quotation after a colon or at a line's start is no
  // elision: "said: '10 years ago ...'", "said: 'Em, I'm not sure'", though "in '10" is 2010 and
  // "teachin' 'em" is them.)
  if (/^(?:\d\d(?![\ds])|\p{Lu})/u.test(text.slice(i + 1, i + 4)) && (i === 0 || /(?:^|[\n\r]|:[ \t]*)$/.test(text.slice(Math.max(0, i - 3), i)))) return true;
  return !ELISION.test(text.slice(i, i + 8));
}

/** A closing single mark at i: after a word or punctuation, not followed by a letter or digit. */
function closesSingle(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (c !== '’' && c !== "'") return false;
  const prev = text.charAt(i - 1);
  if (!prev || /\s/.test(prev)) return false;
  return !WORDISH.test(text.charAt(i + 1));
}

/** The characters findSingleQuotes stops at: single marks and line breaks. */
const SINGLE_SCAN = /['\u2018\u2019\n\r]/g;

/**
 * Single-quoted spans, paragraph by paragraph (a line is a paragraph here: the style is
 * British newspaper copy). A plural possessive (the Joneses’ car) closes nothing when another
 * closing mark follows in the paragraph.
 */
function findSingleQuotes(text: string, paragraphs: readonly Span[] = []): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const marks: number[] = [];
  const n = text.length;
  // (A line break inside a paragraph is a hard wrap, no paragraph's end: the quotation goes on.)
  let para = 0;
  const softBreak = (p: number): boolean => {
    while (para < paragraphs.length && paragraphs[para].end <= p) para++;
    return para < paragraphs.length && paragraphs[para].start <= p;
  };
  // One pass over the text: the single marks of each line (a maximal run of characters other
  // than \r and \n), offsets from the line's start. Only the lines with marks are read further.
  let base = 0;
  for (let p = 0; p <= n; p++) {
    let c = p < n ? text.charCodeAt(p) : 10;
    if (c !== 10 && c !== 13 && c !== 39 && c !== 0x2018 && c !== 0x2019) {
      // (To the next single mark or line break, by the regular expression engine's native scan.)
      SINGLE_SCAN.lastIndex = p;
      p = SINGLE_SCAN.test(text) ? SINGLE_SCAN.lastIndex - 1 : n;
      c = p < n ? text.charCodeAt(p) : 10;
    }
    if ((c === 10 || c === 13) && softBreak(p)) continue;
    if (c !== 10 && c !== 13) {
      if (c === 39 && text.charCodeAt(p + 1) === 39 && singleThenElision(text, p)) {
        // ("''Cos they never do anything.'": a single mark opening before an elided word's own.)
        marks.push(p - base);
        p++;
      } else if (c === 39 && text.charCodeAt(p + 1) === 39) {
        // Two apostrophes are a double mark (findDoubleQuotes); of three, the one beside the
        // words is a single mark: '''No,' ... or ... it.'''.
        if (text.charCodeAt(p + 2) === 39) marks.push(WORDISH.test(lineChar(text, p + 3)) ? p + 2 - base : p - base);
        while (text.charCodeAt(p + 1) === 39) p++;
      } else if (c === 39 || c === 0x2018 || c === 0x2019) marks.push(p - base);
      continue;
    }
    const lineStart = base;
    base = p + 1;
    if (!marks.length) continue;
    const line = text.slice(lineStart, p);
    readSingleMarks(text, line, lineStart, marks, out);
    marks.length = 0;
  }
  return out;
}

/** A character of the text as a line sees it: none past a line break. */
const lineChar = (text: string, i: number): string => {
  const c = text.charAt(i);
  return c === '\n' || c === '\r' ? '' : c;
};

/** After the mark at i, a lower-case word that is no conjunction, preposition, pronoun or speech verb: a possessed noun. */
function possessiveBefore(line: string, i: number): boolean {
  const m = /^ (\p{Ll}+)/u.exec(line.slice(i + 1, i + 24));
  if (!m || AFTER_CLOSE.test(line.slice(i + 1, i + 8))) return false;
  const w = m[1];
  // (Nor a verb's auxiliary: "'Wellness' has been stretched" closes at the "s".)
  return !SPEECH_VERBS.has(w) && !/^(?:he|she|they|we|i|you|it|said|says|according|so|then|if|when|while|because|after|before|but|not|this|these|those|who|where|has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|shall|does|did|do)$/.test(w);
}

/**
 * The word before the mark at i, with a "g" after its "in", is an everyday word ("goin'",
 * "nothin'"), or it is a longer word in lower case ending so ("teachin'", "chuckin'").
 */
function droppedG(line: string, i: number): boolean {
  let s = i;
  while (s > 0 && /\p{Ll}/u.test(line.charAt(s - 1))) s--;
  // (An everyday word capitalised, opening the quotation or its sentence: "'Goin' nowhere,
  // that's us,'"; not a long coinage so, "'Quarlovenderbrink'".)
  const capital = s > 0 && /\p{Lu}/u.test(line.charAt(s - 1)) && (s === 1 || !/\p{L}/u.test(line.charAt(s - 2)));
  if (capital) return i - s >= 2 && COMMON_WORDS.has(line.slice(s - 1, i).toLowerCase() + 'g');
  return i - s >= 3 && (COMMON_WORDS.has(line.slice(s, i) + 'g') || (i - s >= 6 && (s === 0 || !/\p{L}/u.test(line.charAt(s - 1)))));
}

/** A word that follows a closing mark, never a possessive: a conjunction, a preposition, a verb of being. */
const AFTER_CLOSE = /^ (?:and|or|but|nor|to|in|on|at|of|for|with|from|by|as|is|are|was|were|that|which)\b/;

/** A mark at i that opens a quotation after a stop, a comma, a colon or a dash and a space: `she said: 'It works.'`. */
function opensAfterStop(line: string, i: number): boolean {
  return opensSingle(line, i) && /[.!?,;:–—][ \t\u00a0]+$/.test(line.slice(Math.max(0, i - 4), i));
}

/** The single-quoted spans of one line (`base` its offset), from its marks' offsets in it. */
function readSingleMarks(text: string, line: string, base: number, marks: readonly number[], out: QuoteSpan[]): void {
  // Whether a closing mark that follows no "s" comes later (a look-ahead for plural possessives).
  const laterPlain = new Uint8Array(marks.length + 1);
  for (let j = marks.length - 1; j >= 0; j--) {
    const i = marks[j];
    laterPlain[j] = laterPlain[j + 1] || (closesSingle(line, i) && !/[sS]/.test(line.charAt(i - 1))) ? 1 : 0;
  }
  let open = -1;
  for (let j = 0; j < marks.length; j++) {
    const i = marks[j];
    if (open < 0) {
      if (opensSingle(line, i)) open = i;
      else if (/^['‘’]n['’]/i.test(line.slice(i, i + 3)) && ELISION.test(line.slice(i, i + 8))) j++;
      continue;
    }
    if (!closesSingle(line, i)) continue;
    // ("... is rock 'n' roll economics,' he said": the elision's own mark closes nothing.)
    if ((line.charAt(i - 1) === 'n' || line.charAt(i - 1) === 'N') && /['‘’]/.test(line.charAt(i - 2)) && (i < 3 || /\s/.test(line.charAt(i - 3)))) continue;
    // "the workers’ rights,’ he said": a possessive after an s, with a word after it, when a
    // later mark can close the quotation.
    // (Not before a word no possessive is followed by: "'mindfulness' and 'authenticity'".)
    // (Not where the next mark opens a quotation after a stop, a comma or a colon: `calls it
    // 'public money' paid by all. She told me: 'It works.'` closes at the "s".)
    // (Nor where the next mark opens a quotation of its own after a term of a few words: "the
    // so-called 'starter homes' scheme ... Nor did 'Help to Buy'" closes at the "s".)
    const reopens = j + 1 < marks.length && (opensAfterStop(line, marks[j + 1]) || (opensSingle(line, marks[j + 1]) && countWords(line, open + 1, i, 4) < 4));
    if ((line.charAt(i - 1) === 's' || line.charAt(i - 1) === 'S') && / \p{L}/u.test(line.slice(i + 1, i + 3)) && laterPlain[j + 1]
      && !reopens && !AFTER_CLOSE.test(line.slice(i + 1, i + 8))) continue;
    // ("They took the till, the lads' bikes and the kids' money box.": a plural possessive before a
    // lower-case noun closes nothing, even with no mark after it: the quotation runs on, as a
    // paragraph continued in the next one does. Not before a speaker or a verb: "'... the
    // facts' he said".)
    // (Only inside a statement of six words or more: "'performing arts' income" is a term.)
    // (Or one opened as a statement is, after a stop or a colon: `said: 'The girls' uniforms are ...`.)
    if (line.charAt(i - 1) === 's' && /\p{Ll}/u.test(line.charAt(i - 2)) && !reopens && possessiveBefore(line, i) && (countWords(line, open + 1, i, 6) >= 6 || opensAfterStop(line, open))) continue;
    // ("The 14 is how I get to the doctors', the shops, everywhere.": a plural possessive before
    // a comma and a list's next item in lower case, inside a statement opened after a stop, when a
    // later mark can close it; not "'... our players', he said".)
    if (line.charAt(i - 1) === 's' && /\p{Ll}/u.test(line.charAt(i - 2)) && line.charAt(i + 1) === ',' && laterPlain[j + 1] && !reopens && opensAfterStop(line, open) && possessiveBefore(line, i + 1)) continue;
    // "I'm not goin' anywhere": a dropped g, with a word after it, when a later mark can close.
    // (The word after may be elided too: "teachin' 'em maths".)
    if (line.charAt(i - 1) === 'n' && line.charAt(i - 2) === 'i' && / ['‘]?\p{Ll}/u.test(line.slice(i + 1, i + 4)) && laterPlain[j + 1] && droppedG(line, i)) continue;
    if (hasWord(text, base + open + 1, base + i)) out.push({ start: base + open, end: base + i + 1, innerStart: base + open + 1, innerEnd: base + i, unclosed: false, continuesInNextParagraph: false, marks: 'single' });
    open = -1;
  }
  if (open >= 0) {
    const end = endBeforeMarker(text, base + open + 1, base + line.length);
    if (end - (base + open) > 2) out.push({ start: base + open, end, innerStart: base + open + 1, innerEnd: end, unclosed: true, continuesInNextParagraph: false, marks: 'single' });
  }
}

/** How many words a single-quoted span in double-quote copy needs to be speech (see findQuotes). */
const SINGLE_SPEECH_WORDS = 5;


/**
 * A single-quoted span that opens its paragraph and ends on a comma, a question or an
 * exclamation mark, with words after it on its line: quoted speech and its attribution
 * (`'Not again,' said ...`), however few its words.
 */
function opensParagraphAsSaid(text: string, q: QuoteSpan, paragraphs: readonly Span[]): boolean {
  if (q.unclosed || !/[,?!]/.test(text.charAt(q.innerEnd - 1))) return false;
  if (!/^[ \t]+\p{L}/u.test(text.slice(q.end, q.end + 3))) return false;
  const p = around(paragraphs, q);
  return !!p && p.start === q.start;
}

/** A letter or digit in text[a, b) (a loop, for long spans). */
function hasWord(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && WORDISH.test(text.charAt(i)))) return true;
  }
  return false;
}

const inside = (a: QuoteSpan, b: QuoteSpan): boolean => a.start >= b.start && a.end <= b.end && a !== b;

/** The span of a sorted, non-overlapping list that contains q, or overlaps it; binary search. */
function around<T extends Span>(list: readonly T[], q: Span): T | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= q.start) lo = mid + 1;
    else hi = mid;
  }
  const o = list[lo];
  return o && o.start < q.end ? o : undefined;
}

/**
 * Every quotation span: double quotes, and single quotes where the article quotes with them
 * (British style) or in its display lines (headline, section heads, captions). Marks nested inside a quotation of the other kind are
 * no quotation of their own. The article's style is the kind of its top-level quotations in
 * the body: single when they are at least as many as the double ones.
 */
export function findQuotes(text: string, display: (offset: number) => boolean = () => false, paragraphs: readonly Span[] = []): { quotes: QuoteSpan[]; stray: StrayMark[]; style: QuoteStyle } {
  const dbl = findDoubleQuotes(text);
  const doubles = dbl.quotes;
  const singles = findSingleQuotes(text, paragraphs);
  const inDouble = (q: QuoteSpan): boolean => { const d = around(doubles, q); return !!d && inside(q, d); };
  const topSingles = singles.filter((q) => !inDouble(q));
  const inSingle = (q: QuoteSpan): boolean => { const o = around(topSingles, q); return !!o && inside(q, o); };
  const topDoubles = doubles.filter((q) => !inSingle(q));
  const bodySingles = topSingles.filter((q) => !display(q.start)).length;
  const bodyDoubles = topDoubles.filter((q) => !display(q.start)).length;
  const style: QuoteStyle = bodySingles > 0 && bodySingles >= bodyDoubles ? 'single' : bodyDoubles > 0 ? 'double' : bodySingles > 0 ? 'single' : 'none';
  // (Headlines, section heads and captions quote with single marks in any style.)
  // (And in copy that quotes with double marks, a single-quoted span of five words or more in
  // the body: speech, as wire copy quotes a second speaker or a shout: `... 'We were here for
  // the cup,' he said`. Shorter ones are terms and apostrophes.)
  // (However short, one that opens its paragraph and closes on a comma, a question or an
  // exclamation mark with the line going on: `'We will keep fighting,' said ...`.)
  const keptSingles = style === 'single' ? topSingles : topSingles.filter((q) => display(q.start) || countWords(text, q.innerStart, q.innerEnd, SINGLE_SPEECH_WORDS) >= SINGLE_SPEECH_WORDS || opensParagraphAsSaid(text, q, paragraphs));
  const keptDoubles = style === 'single' ? topDoubles : doubles.filter((q) => { const o = around(keptSingles, q); return !o || !inside(q, o); });
  // Overlapping spans of both kinds (an apostrophe read as a mark): the article's own kind wins.
  const [own, other] = style === 'single' ? [keptSingles, keptDoubles] : [keptDoubles, keptSingles];
  const crossing = (q: QuoteSpan): boolean => { const o = around(own, q); return !!o && !inside(q, o) && !inside(o, q); };
  const kept = [...own, ...other.filter((q) => !crossing(q))].sort((a, b) => a.start - b.start);
  return {
    stray: [...(style === 'single' ? dbl.stray.filter((m) => { const q = around(topSingles, { start: m.start, end: m.end } as QuoteSpan); return !q || !(q.start <= m.start && m.end <= q.end); }) : dbl.stray)]
      .sort((a, b) => a.start - b.start),
    style,
    quotes: kept.map((q) => {
      if (!q.unclosed || q.marks === 'double') return q;
      const m = /^[ \t\u00a0]*(?:\r?\n|\r)[ \t\u00a0\r\n]*(['‘])/.exec(text.slice(q.end, q.end + 400));
      return m ? { ...q, continuesInNextParagraph: true } : q;
    }),
  };
}
