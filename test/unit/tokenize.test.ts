import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { linesAreParagraphs, paragraphSpans, tokenize } from '../../src/core/text/text';
import { lowerWord } from '../../src/core/lexicon/lexicon';
import { countWords } from '../../src/core/text/words';

// The specification the hand-written scanner follows (a Markdown heading's marks, first on their
// line before a space or a tab, are matched first and are no token).
const HEADING_MARKS = /(?<=(?:^|[\r\n])[ \t]*)#{1,6}(?=[ \t])/y;
const SPEC = /(?<=(?:^|[\r\n])[ \t]*)#{1,6}(?=[ \t])|(?<!\S)\.\p{N}+(?:[.,:/]\p{N}+)*|(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-&][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/]\p{N}+)*|\S/gu;

/** Tokens by the regular expression, before the possessive and abbreviation steps. */
function specSpans(text: string): [number, number][] {
  return [...text.matchAll(SPEC)].filter((m) => { HEADING_MARKS.lastIndex = m.index!; return !HEADING_MARKS.test(text); }).map((m) => [m.index!, m.index! + m[0].length]);
}

/** The scanner's spans with possessives re-joined and abbreviation dots removed, for comparison. */
function scannerSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const t of tokenize(text)) {
    const last = out[out.length - 1];
    if ((t.text === "'s" || t.text === '’s' || t.text === "'S" || t.text === '’S') && last && last[1] === t.start) { last[1] = t.end; continue; }
    if (t.kind === 'word' && t.text.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(t.text)) { out.push([t.start, t.end - 1]); out.push([t.end - 1, t.end]); continue; }
    out.push([t.start, t.end]);
  }
  return out;
}

describe('tokenize', () => {
  it('agrees with its regular-expression specification on random text', () => {
    const alphabet = fc.constantFrom('a', 'Z', 'é', 'ß', 'Ж', '9', '٣', '.', ',', ':', '/', "'", '’', '-', '&', ' ', '\n', '\u00a0', '\u2003', '"', '“', '👩', '\u0301', 's', 'U', '\t', '(', 'Mr', '#', '##');
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (text) => {
      assert.deepEqual(scannerSpans(text), specSpans(text));
    }), { numRuns: 2000 });
  });

  it('reads a decimal with no leading zero as one number: a batting average ".542"', () => {
    const t = tokenize('Hanwha 58 1 49 .542 6 and the end.');
    assert.deepEqual(t.filter((x) => x.kind === 'number').map((x) => x.text), ['58', '1', '49', '.542', '6']);
    assert.equal(t[t.length - 1].text, '.');
  });

  it('splits possessives and keeps abbreviation dots', () => {
    assert.deepEqual(tokenize("Russia's U.S. Mr. O'Brien 10,000 pro-Russian Lavrov’s").map((t) => t.text),
      ['Russia', "'s", 'U.S.', 'Mr.', "O'Brien", '10,000', 'pro-Russian', 'Lavrov', '’s']);
  });
});

describe('countWords', () => {
  it('agrees with its regular-expression specification on random text, within any range', () => {
    const spec = (s: string): number => (s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).length;
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '7', ' ', "'", '’', '.', '-', ',', 'é', '日', '𝐀', '\n') }), fc.nat(), fc.nat(), (s, x, y) => {
      const [a, b] = [Math.min(x, y) % (s.length + 1), Math.max(x, y) % (s.length + 1)];
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      // (A range that cuts a surrogate pair is no text anyone counts.)
      if (/[\ud800-\udbff]$/.test(s.slice(0, lo)) || /[\ud800-\udbff]$/.test(s.slice(0, hi))) return;
      assert.equal(countWords(s, lo, hi), spec(s.slice(lo, hi)));
    }));
  });

  it('counts "don\'t", "U.S." and "well-known" as one word each, and stops at its maximum', () => {
    assert.equal(countWords("Don't tell the U.S. about well-known plans"), 7);
    assert.equal(countWords('one two three four five six seven', 0, undefined, 5), 5);
  });
});

describe('paragraphSpans', () => {
  // The specification the scanner follows: lines by a regular expression, a blank line (white
  // space alone) ends a block, a block runs from its first to its last non-space, and a block
  // whose lines are laid out one paragraph to a line is that many paragraphs.
  const spec = (text: string): { start: number; end: number }[] => {
    const spans: { start: number; end: number }[] = [];
    let lines: { start: number; end: number }[] = [];
    const flush = (): void => {
      if (lines.length > 1 && linesAreParagraphs(text, lines)) spans.push(...lines);
      else if (lines.length) spans.push({ start: lines[0].start, end: lines[lines.length - 1].end });
      lines = [];
    };
    for (const m of text.matchAll(/([^\r\n]*)(?:\r\n|\r|\n|$)/g)) {
      const line = m[1];
      if (line.trim() === '') flush();
      else lines.push({ start: m.index! + line.length - line.trimStart().length, end: m.index! + line.trimEnd().length });
      if (m.index! + m[0].length >= text.length) break;
    }
    flush();
    return spans;
  };

  it('agrees with its line-by-line specification on random text, every kind of line break and white space', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\t', '\n', '\r', '\r\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '.') }), (s) => {
      assert.deepEqual(paragraphSpans(s), spec(s));
    }), { numRuns: 2000 });
  });

  it('finds two paragraphs around a blank line of spaces, each trimmed', () => {
    assert.deepEqual(paragraphSpans('  One line\r\ntwo. \n \t \nThree'), [{ start: 2, end: 16 }, { start: 22, end: 27 }]);
  });

  it('keeps a hard-wrapped paragraph whole', () => {
    const wrapped = 'The harbour board met on Tuesday and voted to delay the ferry\ncontract for a year. Members said the new operator had not\nshown that it could run the winter timetable.';
    assert.equal(paragraphSpans(wrapped).length, 1);
  });

  it('makes each line a paragraph where the copy puts one paragraph on a line', () => {
    const long = 'The harbour board met on Tuesday and voted to delay the ferry contract for a year, after members said the operator had not shown it could run the winter timetable.';
    const pasted = `Ferry contract delayed\n${long}\n"We need more time," said the chair, Ines Vale.\n${long}`;
    assert.deepEqual(paragraphSpans(pasted).map((p) => pasted.slice(p.start, p.end)), pasted.split('\n'));
  });

  it('makes each line a paragraph where most lines end a sentence: questions and answers', () => {
    const qa = 'Why did you leave?\n"The job had changed."\nWhat comes next?\n"A second kitchen."';
    assert.equal(paragraphSpans(qa).length, 4);
  });
});

describe('a token\'s lower case', () => {
  it('is lowerWord of its text for every token, whatever the script', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', 'É', 'é', 'İ', 'Σ', 'ß', 'Ⅻ', '7', ' ', "'", '’', 's', 'S', '.', '-', '日', '𝐀', '\n') }), (s) => {
      for (const t of tokenize(s)) assert.equal(t.lower, lowerWord(t.text), JSON.stringify(t));
    }), { numRuns: 2000 });
  });
  it('Markdown emphasis at a word\'s edge is no token; inside a word it stays', () => {
    const texts = (t: string): string[] => tokenize(t).map((x) => x.text);
    assert.deepEqual(texts('**Velcor Biologics**, a start-up'), ['Velcor', 'Biologics', ',', 'a', 'start-up']);
    assert.deepEqual(texts('she _said_ "no".'), ['she', 'said', '"', 'no', '"', '.']);
    assert.deepEqual(texts('a f***ing mess'), ['a', 'f', '*', '*', '*', 'ing', 'mess']);
    assert.deepEqual(texts('2 * 3'), ['2', '*', '3']);
  });
});
