// Re-anchoring: finding an annotation's words again after the article changed (issue 11), as
// Hypothesis does. In order: the saved offsets if the words there still match; the exact
// words, the occurrence whose context matches best and then the nearest to the old place;
// a close match (a few words edited inside the span). Otherwise the annotation is orphaned,
// never dropped. Every search is bounded, so time grows linearly with the article.
import type { Anchor } from './model';

export type AnchorHow = 'position' | 'exact' | 'fuzzy';

export interface Anchored {
  readonly start: number;
  readonly end: number;
  readonly how: AnchorHow;
}

/** Occurrences looked at for any one search string. */
const MAX_OCCURRENCES = 500;
/** Longer spans are found again only by position or exact words. */
const MAX_FUZZY_LENGTH = 4000;
/** How alike a close match must be (Dice coefficient over character pairs). */
const MIN_SIMILARITY = 0.75;
const ANCHOR_CHARS = 16;
/**
 * Characters one annotation's close-match search may compare: the candidate spans are tried
 * nearest the old place first until this is spent. (Crafted selectors, thousands of characters
 * of one letter over an article of that letter, once took 0.5 s an annotation.)
 */
export const MAX_FUZZY_WORK = 32 * 1024;
/** Context compared around an exact match: a saved prefix or suffix longer than this counts no more. */
const MAX_CONTEXT = 256;

/** Work done by a search, for tests and benchmarks: characters compared by the close match. */
export interface AnchorCounters { compared: number }

/** Patterns longer than this are searched in linear time (indexOf can take time |text| x |s|). */
const LINEAR_SEARCH_FROM = 32;

/**
 * Where `s` occurs in `text`: at most MAX_OCCURRENCES places, and for a long `s` fewer (each
 * occurrence found costs its length to check: at most 4 * MAX_FUZZY_WORK characters in all).
 * A long `s` is searched by Knuth-Morris-Pratt, in time linear in the text whatever both hold
 * (indexOf took 0.2 s to look for 4,000 characters with one wrong in an article of one letter).
 */
function occurrences(text: string, s: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  if (!s) return out;
  const max = Math.max(8, Math.min(MAX_OCCURRENCES, Math.floor((4 * MAX_FUZZY_WORK) / s.length)));
  if (s.length <= LINEAR_SEARCH_FROM) {
    for (let i = text.indexOf(s, from); i !== -1 && i + s.length <= to && out.length < max; i = text.indexOf(s, i + 1)) out.push(i);
    return out;
  }
  return searchLinear(text, s, from, to, max);
}

/** Knuth-Morris-Pratt: every occurrence of `s` in text[from, to), at most `max`, in O(to - from + |s|). */
function searchLinear(text: string, s: string, from: number, to: number, max: number): number[] {
  const out: number[] = [];
  const m = s.length;
  const p = new Uint16Array(m);
  for (let i = 0; i < m; i++) p[i] = s.charCodeAt(i);
  const fail = new Int32Array(m);
  for (let i = 1, k = 0; i < m; i++) {
    while (k > 0 && p[i] !== p[k]) k = fail[k - 1];
    if (p[i] === p[k]) k++;
    fail[i] = k;
  }
  const first = s[0];
  let k = 0;
  for (let i = from; i < to; i++) {
    // (Nothing matched yet: jump to the next place the first character occurs.)
    if (k === 0) {
      i = text.indexOf(first, i);
      if (i === -1 || i >= to) break;
    }
    const c = text.charCodeAt(i);
    while (k > 0 && c !== p[k]) k = fail[k - 1];
    if (c === p[k] && ++k === m) {
      out.push(i - m + 1);
      if (out.length >= max) break;
      k = fail[m - 1];
    }
  }
  return out;
}

/** Characters shared at the end of `a` and the end of `b`. */
function commonTail(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

const fold = (s: string): string => s.replace(/\s+/g, ' ');

/** Each adjacent pair of characters (as one number) and how often it occurs. */
function pairCounts(s: string): Map<number, number> {
  const pairs = new Map<number, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const k = s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
    pairs.set(k, (pairs.get(k) ?? 0) + 1);
  }
  return pairs;
}

/** Similarity to `a` of any number of strings, `a`'s pairs counted once. */
function similarityTo(a: string): (b: string) => number {
  const fa = fold(a);
  const pa = pairCounts(fa);
  return (b) => {
    const fb = fold(b);
    if (fa === fb) return 1;
    if (fa.length < 2 || fb.length < 2) return 0;
    let shared = 0;
    for (const [k, n] of pairCounts(fb)) shared += Math.min(n, pa.get(k) ?? 0);
    return (2 * shared) / (fa.length - 1 + fb.length - 1);
  };
}

/** Dice's coefficient over adjacent character pairs, whitespace folded: 1 for equal strings. */
export function similarity(a: string, b: string): number {
  return similarityTo(a)(b);
}

function distance(anchor: Anchor, start: number): number {
  return anchor.start === null ? start : Math.abs(start - anchor.start);
}

function byExactWords(text: string, anchor: Anchor): Anchored | undefined {
  let best: { start: number; score: number; dist: number } | undefined;
  const prefix = anchor.prefix.slice(-MAX_CONTEXT);
  const suffix = anchor.suffix.slice(0, MAX_CONTEXT);
  for (const i of occurrences(text, anchor.exact)) {
    const score = commonTail(prefix, text.slice(Math.max(0, i - prefix.length), i))
      + commonHead(suffix, text.slice(i + anchor.exact.length, i + anchor.exact.length + suffix.length));
    const dist = distance(anchor, i);
    if (!best || score > best.score || (score === best.score && dist < best.dist)) best = { start: i, score, dist };
  }
  return best && { start: best.start, end: best.start + anchor.exact.length, how: 'exact' };
}

/** Spans that could be the words after small edits: bounded by the words' own ends or by their context. */
function fuzzyCandidates(text: string, anchor: Anchor, budget: { work: number }): Array<[number, number]> {
  const { exact, prefix, suffix } = anchor;
  const len = exact.length;
  const k = Math.min(ANCHOR_CHARS, Math.floor(len / 3));
  const out: Array<[number, number]> = [];
  const reach = Math.ceil(len * 1.5) + ANCHOR_CHARS;
  // (Searched within its reach only: a marker absent from a long text is not looked for to its end.)
  const endNear = (from: number, marker: string): number | undefined => {
    if (!marker || budget.work > MAX_FUZZY_WORK) return undefined;
    budget.work += reach;
    const j = text.slice(from, from + reach + marker.length).indexOf(marker);
    return j !== -1 ? from + j : undefined;
  };
  if (k >= 4) {
    const head = exact.slice(0, k);
    const tail = exact.slice(len - k);
    for (const i of occurrences(text, head)) {
      const t = endNear(i + k, tail);
      out.push([i, t !== undefined ? t + k : Math.min(text.length, i + len)]);
    }
    for (const j of occurrences(text, tail)) out.push([Math.max(0, j + k - len), j + k]);
  }
  const before = prefix.slice(-ANCHOR_CHARS);
  if (before.length >= 4) {
    for (const i of occurrences(text, before)) {
      const s = i + before.length;
      const e = endNear(s, suffix.slice(0, ANCHOR_CHARS));
      out.push([s, e ?? Math.min(text.length, s + len)]);
    }
  }
  return out;
}

function byCloseMatch(text: string, anchor: Anchor, counters?: AnchorCounters): Anchored | undefined {
  if (anchor.exact.length > MAX_FUZZY_LENGTH) return undefined;
  // Each distinct span once, nearest the old place first, until the budget is spent.
  const seen = new Set<number>();
  const budget = { work: 0 };
  const spans = fuzzyCandidates(text, anchor, budget)
    .filter(([start, end]) => end > start && !seen.has(start * (text.length + 1) + end) && !!seen.add(start * (text.length + 1) + end))
    .sort((x, y) => distance(anchor, x[0]) - distance(anchor, y[0]) || x[0] - y[0] || x[1] - y[1]);
  const sim = similarityTo(anchor.exact);
  let best: { start: number; end: number; sim: number; dist: number } | undefined;
  let work = Math.min(budget.work, MAX_FUZZY_WORK / 2);
  for (const [start, end] of spans) {
    work += end - start;
    if (work > MAX_FUZZY_WORK) break;
    const s = sim(text.slice(start, end));
    if (s < MIN_SIMILARITY) continue;
    const dist = distance(anchor, start);
    if (!best || s > best.sim || (s === best.sim && dist < best.dist)) best = { start, end, sim: s, dist };
  }
  if (counters) counters.compared += Math.min(work, MAX_FUZZY_WORK);
  return best && { start: best.start, end: best.end, how: 'fuzzy' };
}

/** Where the annotation's words are in `text` now, or undefined: orphaned. */
export function reanchor(text: string, anchor: Anchor, counters?: AnchorCounters): Anchored | undefined {
  const { start, end, exact } = anchor;
  // (Offsets outside [0, length] are no position: the words are looked for instead.)
  if (start !== null && end !== null && start >= 0 && start <= end && end <= text.length && text.slice(start, end) === exact) return { start, end, how: 'position' };
  return byExactWords(text, anchor) ?? byCloseMatch(text, anchor, counters);
}
