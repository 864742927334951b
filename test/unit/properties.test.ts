import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/types';

const seed = readFileSync(path.join(__dirname, '..', '..', 'seeds', 'lavrov-kerry-ukraine.article'), 'utf8');

function checkInvariants(text: string, a: Analysis): void {
  let prevEnd = -1;
  for (const q of a.quotes) {
    assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end, `quote range ${q.start}-${q.end}`);
    assert.ok(q.start >= prevEnd, `quotations overlap or are out of order at ${q.start}`);
    assert.equal(text.slice(q.start, q.end), q.text);
    prevEnd = q.end;
  }
  for (const e of a.entities) for (const m of e.mentions) {
    assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
    assert.equal(text.slice(m.start, m.end), m.text);
  }
  // No span is a mention twice, of one entity or of two.
  const all = a.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, entity: e.id }))).sort((x, y) => x.start - y.start);
  for (let k = 1; k < all.length; k++) assert.ok(all[k].start >= all[k - 1].end, `mentions overlap: ${JSON.stringify([all[k - 1], all[k]])}`);
  for (const d of a.diagnostics) assert.ok(d.start >= 0 && d.end <= text.length && d.start <= d.end);
}

// Text built from the pieces articles are made of.
const piece = fc.constantFrom('"', '“', '”', "'", '‘', '’', ' ', '\n', '\n\n', '\r\n', ',', '.', ':', 'said', 'Lavrov', 'he', 'Foreign Minister',
  'Sergei', 'according to', 'told Reuters', 'the minister', 'officials', 'By', '#', 'U.S.', "O'Brien", 'Interfax reported', 'é', '👩‍💻', '\u0000', '\t');

describe('analyze: properties', () => {
  it('never throws on random text and keeps offsets in range, ordered and non-overlapping', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => {
      checkInvariants(text, analyze(text));
    }), { numRuns: 400 });
  });

  it('never throws on text made of article pieces', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }).map((xs) => xs.join(' ')), (text) => {
      checkInvariants(text, analyze(text));
    }), { numRuns: 400 });
  });

  it('one pronoun is one mention, even where two quotations resolve it to different people', () => {
    // (A case fuzzing found: "he" resolved to Lavrov for the first quotation and, from the
    // second quotation's place, to the outlet named in between.)
    const text = 'Headline\n\nLavrov said Crimea was very important for Russia. "Crimea is more important for Russia than the Falklands for Britain," he said, Zvezda reported. "I am sure that Crimea is as special as Kosovo."';
    checkInvariants(text, analyze(text));
  });

  it('never throws on the sample article with random edits', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: seed.length }), fc.integer({ min: 0, max: 40 }), fc.oneof(fc.string({ maxLength: 12 }), piece), (at, del, insert) => {
      const text = seed.slice(0, at) + insert + seed.slice(Math.min(seed.length, at + del));
      checkInvariants(text, analyze(text));
    }), { numRuns: 300 });
  });
});

describe('lowerWord: the fast path agrees with toLowerCase', () => {
  it('for every character of the Basic Multilingual Plane, alone and between letters', async () => {
    const { lowerWord } = await import('../../src/core/lexicon');
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      for (const s of [String.fromCharCode(c), `a${String.fromCharCode(c)}b`]) if (lowerWord(s) !== s.toLowerCase()) wrong.push(c.toString(16));
    }
    assert.deepEqual(wrong, []);
  });
});
