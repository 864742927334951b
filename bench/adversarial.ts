// The adversarial shapes of text a user can paste, each timed at two sizes: the time per MB
// beside plain article text, and the growth from the smaller size to the larger (1.00 =
// linear). Prints figures; asserts nothing. Run by `npm run bench`; the unit test
// test/unit/linear.test.ts checks the same shapes by counting work, not time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../src/core/analyze';

const seed = readFileSync(path.resolve('seeds', 'lavrov-kerry-ukraine.article'), 'utf8');

/** Repeats `unit` to about `bytes` characters. */
const fill = (unit: string, bytes: number): string => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length))).slice(0, bytes);

export const SHAPES: Record<string, (bytes: number) => string> = {
  'plain article text': (n) => fill(seed.split(/\n\s*\n/).slice(4, -2).join('\n\n') + '\n\n', n),
  'straight double quotes only': (n) => fill('"', n),
  'curly opening quotes only': (n) => fill('“', n),
  'mixed quotation marks': (n) => fill('"“”‘’\'« »„', n),
  'CSV rows of empty quotations': (n) => fill('"",', n),
  'Markdown link brackets': (n) => fill('[](', n),
  'open brackets': (n) => fill('[[((', n),
  'a long capitalised run': (n) => fill('Alpha Beta Gamma Delta ', n),
  'quotations each followed by a marker': (n) => fill('"A short quotation," he said. <!-- article-lens: ignore -->\n', n),
  'one 200k-character word': (n) => fill(fill('abcdefghij', 200_000) + ' ', n),
  'one line of words, no punctuation': (n) => fill('word Name said that ', n),
  'apostrophes and single marks': (n) => fill("don't 'quote' O'Brien's '90s ‘a’ ", n),
  'Markdown emphasis and stray stars': (n) => fill('**Velcor** said _no_. f***ing * ** ___ ', n),
  // (The same person named again and again, then described speaking: rule described-reference
  // reads a person's namings near the description only, whatever their number.)
  'a person named, then described': (n) => fill('Mrs Ama Quellan spoke about the fire. "Nobody came to help us," the widow said. ', n),
  // (A nation's name that is a given name, alone again and again after the person named in full:
  // whether the article uses it as a place is read once per name, not once per mention.)
  'a nation\'s name as a given name, again and again': (n) => fill('Striker Jordan Tarn trained. "Jordan is a big part of this club," the coach said. ', n),
};

const gc = (globalThis as { gc?: () => void }).gc;

/** The median of 5 runs after a warm-up, each after a full collection (with --expose-gc), so a collection owed by an earlier text is not charged to this one. */
function time(text: string): number {
  analyze(text);
  const ts: number[] = [];
  for (let i = 0; i < 5; i++) {
    gc?.();
    const t0 = performance.now();
    analyze(text);
    ts.push(performance.now() - t0);
  }
  return ts.sort((a, b) => a - b)[2];
}

// (400 KB and 1.6 MB: below about 400 KB a text's working set fits the processor's caches, so
// time per MB at 100 KB reads low and the "growth" to 400 KB measured the cache, not the code:
// 1.7 for bracket runs from 100 KB, 1.0 to 1.1 from 400 KB to 6.4 MB.)
export function runAdversarial(small = 400 * 1024, large = 1600 * 1024): void {
  console.log(`Adversarial shapes (${small / 1024} KB and ${large / 1024} KB; median of 5 after a warm-up): ms per MB, growth (1.00 = linear), ratio to plain text`);
  let plainPerMb = 0;
  for (const [name, make] of Object.entries(SHAPES)) {
    const a = time(make(small));
    const b = time(make(large));
    const perMb = b / (large / (1024 * 1024));
    if (!plainPerMb) plainPerMb = perMb;
    const growth = (b / large) / (a / small);
    console.log(`  ${name.padEnd(38)} ${perMb.toFixed(0).padStart(7)} ms/MB  growth ${growth.toFixed(2)}  ${(perMb / plainPerMb).toFixed(2)}x plain`);
  }
}

