// Hard-wrapped copy: prose broken into lines of a fixed width (a wire feed, an email, a plain-text
// newsletter, a narrow column copied from a PDF) reads as the paragraphs it was.
import { LINE_ENDS_SENTENCE, UNWRAPPED_LINE } from './text';

/** The shortest longest line of a hard-wrapped block (a narrow column). */
const WRAPPED_WIDTH_MIN = 30;
/** Every line of a wrapped block but its last fills at least this share of the longest. */
const FULL_LINE = 0.6;
/** A line that ends a question, or a markdown export's emphasis: "...?", "...?**", "**Q:**". */
const OWN_LINE_END = /(?:\?["”’')\]*_]*|[*_]{2})$/;
/** A line opened by a list's bullet, a label's colon or a table's bar is a line of its own. */
const OWN_LINE = /^(?:[•·▪●◦‣*\-–—|>#]\s|\p{Lu}[\p{L} .'’-]{0,30}:\s|\d+[.)]\s)/u;

/** A line break with text on both sides of it: two lines of one block. */
const LINE_WITHIN_BLOCK = /\S[ \t]*(?:\r\n|\r|\n)[ \t]*\S/;

interface Line { start: number; end: number }

/**
 * The text with the line breaks inside hard-wrapped paragraphs as spaces: "Housing Minister
 * Dominika\nWalsh said" is one name and one sentence. A block of non-blank lines is cut into runs
 * after each line that is short (under 60% of the block's longest), ends a question or a bold line,
 * or could have held the next line's first word; a run is hard-wrapped when the block is narrow (its
 * longest line at most a hundred characters and at least thirty), at
 * least half of its breaks fall inside a sentence, most of its lines are prose, its last line ends a
 * sentence, and no line after its first opens with a bullet, a label or a number (see hardWrapped).
 * Blank lines stay, so paragraphs do too. Each break becomes a space (a Windows break a space and a
 * zero-width space, read past as invisible): every offset holds.
 */
export function unwrapLines(text: string): string {
  // (Most copy has no block of two lines: one native scan for a line break between two lines of
  // text, and the lines are read only then. The analysis runs on every pause in typing.)
  if (!LINE_WITHIN_BLOCK.test(text)) return text;
  let out = null as string[] | null;
  let copied = 0;
  let block: Line[] = [];
  let seen = false;
  const flush = (): void => {
    let longest = 0;
    for (const l of block) longest = Math.max(longest, l.end - l.start);
    // (A block's lines, cut after each short one: a question's line, then its answer's wrapped
    // lines, "What happened?" then "The engine cut out first, then the" and "starboard one.")
    let from = 0;
    for (let i = 0; i < block.length && longest <= UNWRAPPED_LINE; i++) {
      // (And after a question, a markdown export's bold line or a line of its own: an interview's
      // question, "**What happened?**", then its answer.)
      // (And where the next line's first word would have fitted on this one: a wrap breaks a line
      // only when the next word does not fit, "... Photograph: Getty Images" then "Judge Anil Rao
      // said" is two lines.)
      if (i + 1 < block.length && block[i].end - block[i].start >= longest * FULL_LINE && !OWN_LINE_END.test(text.slice(Math.max(block[i].start, block[i].end - 4), block[i].end))
        && block[i].end - block[i].start + 1 + firstWordLength(text, block[i + 1]) > longest) continue;
      const lines = block.slice(from, i + 1);
      if (lines.length >= 2 && hardWrapped(text, lines, longest, !seen && from === 0)) {
        out ??= [];
        for (let k = 0; k + 1 < lines.length; k++) {
          out.push(text.slice(copied, lines[k].end));
          // (The whitespace between the line's text and the next line's: each break a space; a
          // Windows break, two characters, a space and a zero-width space, which the analysis
          // reads past as it does in pasted copy: "Dana Ruiz", not "Dana  Ruiz".)
          out.push(text.slice(lines[k].end, lines[k + 1].start).replace(/\r\n|[\r\n]/g, (b) => (b.length === 2 ? ' \u200b' : ' ')));
          copied = lines[k + 1].start;
        }
      }
      from = i + 1;
    }
    if (block.length) seen = true;
    block = [];
  };
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const raw = m[0];
    let e = raw.length;
    while (e > 0 && (raw.charCodeAt(e - 1) === 10 || raw.charCodeAt(e - 1) === 13)) e--;
    const line = raw.slice(0, e);
    const trimmed = line.trim();
    if (!trimmed) flush();
    else block.push({ start: m.index + (line.length - line.trimStart().length), end: m.index + line.trimEnd().length });
    if (re.lastIndex >= text.length) break;
  }
  flush();
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * Lines, each but the last full (FULL_LINE of the block's longest), are hard-wrapped prose (see
 * unwrapLines); `first`: they open the text.
 */
function hardWrapped(text: string, lines: readonly Line[], longest: number, first: boolean): boolean {
  if (longest < WRAPPED_WIDTH_MIN) return false;
  let inside = 0;
  let prose = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // (The first line may open with one: a dateline's colon, a list item wrapped.)
    if (i > 0 && OWN_LINE.test(text.slice(l.start, Math.min(l.end, l.start + 34)))) return false;
    if (i === lines.length - 1) break;
    // (A colon goes on with its sentence: `... Lena Early:` then the quotation.)
    if (!LINE_ENDS_SENTENCE.test(text.slice(Math.max(l.start, l.end - 4), l.end)) || text.charAt(l.end - 1) === ':') inside++;
    if (proseLine(text.slice(l.start, l.end))) prose++;
  }
  const breaks = lines.length - 1;
  // (The last line ends the paragraph as prose does, with a sentence's end: a standfirst and the
  // byline's name under it, "Rhys Colby", are two lines.)
  const last = lines[breaks];
  if (!LINE_ENDS_SENTENCE.test(text.slice(Math.max(last.start, last.end - 4), last.end))) return false;
  // (Two lines: the first ending in a word, a comma or a colon before its quotation; a headline
  // and its standfirst, "...; Questions on ...", are not one sentence.)
  if (breaks === 1 && !/[\p{L}\p{N},:]/u.test(text.charAt(lines[0].end - 1))) return false;
  // (The text's first block, where a headline, a standfirst and a byline stand a line each: only
  // with a line going on in lower case, as wrapped prose has.)
  if (first) {
    let lower = false;
    for (let i = 1; i < lines.length && !lower; i++) lower = /\p{Ll}/u.test(text.charAt(lines[i].start));
    if (!lower) return false;
  }
  return inside * 2 >= breaks && prose * 2 >= breaks;
}

/**
 * A line of prose, not a headline's Title Case: most of its words in lower case, or two of them
 * at least (a line full of names still has its "of" and "said"; Title Case capitalises those too).
 */
function proseLine(line: string): boolean {
  let words = 0;
  let lower = 0;
  for (const w of line.split(/\s+/)) {
    const c = w.charAt(0);
    if (!/\p{L}/u.test(c)) continue;
    words++;
    if (c === c.toLowerCase() && c !== c.toUpperCase()) lower++;
  }
  return lower * 2 > words || lower >= 2;
}

/** The length of a line's first word (up to its first space). */
function firstWordLength(text: string, line: Line): number {
  const space = text.slice(line.start, Math.min(line.end, line.start + UNWRAPPED_LINE)).search(/\s/);
  return space < 0 ? Math.min(line.end - line.start, UNWRAPPED_LINE) : space;
}
