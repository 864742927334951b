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

function occurrences(text: string, s: string, from = 0, to = text.length): number[] {
  const out: number[] = [];
  if (!s) return out;
  for (let i = text.indexOf(s, from); i !== -1 && i + s.length <= to && out.length < MAX_OCCURRENCES; i = text.indexOf(s, i + 1)) out.push(i);
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

/** Dice's coefficient over adjacent character pairs, whitespace folded: 1 for equal strings. */
export function similarity(a: string, b: string): number {
  const fa = a.replace(/\s+/g, ' ');
  const fb = b.replace(/\s+/g, ' ');
  if (fa === fb) return 1;
  if (fa.length < 2 || fb.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < fa.length - 1; i++) {
    const p = fa.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < fb.length - 1; i++) {
    const p = fb.slice(i, i + 2);
    const n = pairs.get(p);
    if (n) { shared++; pairs.set(p, n - 1); }
  }
  return (2 * shared) / (fa.length - 1 + fb.length - 1);
}

function distance(anchor: Anchor, start: number): number {
  return anchor.start === null ? start : Math.abs(start - anchor.start);
}

function byExactWords(text: string, anchor: Anchor): Anchored | undefined {
  let best: { start: number; score: number; dist: number } | undefined;
  for (const i of occurrences(text, anchor.exact)) {
    const score = commonTail(anchor.prefix, text.slice(Math.max(0, i - anchor.prefix.length), i))
      + commonHead(anchor.suffix, text.slice(i + anchor.exact.length, i + anchor.exact.length + anchor.suffix.length));
    const dist = distance(anchor, i);
    if (!best || score > best.score || (score === best.score && dist < best.dist)) best = { start: i, score, dist };
  }
  return best && { start: best.start, end: best.start + anchor.exact.length, how: 'exact' };
}

/** Spans that could be the words after small edits: bounded by the words' own ends or by their context. */
function fuzzyCandidates(text: string, anchor: Anchor): Array<[number, number]> {
  const { exact, prefix, suffix } = anchor;
  const len = exact.length;
  const k = Math.min(ANCHOR_CHARS, Math.floor(len / 3));
  const out: Array<[number, number]> = [];
  const reach = Math.ceil(len * 1.5) + ANCHOR_CHARS;
  const endNear = (from: number, marker: string): number | undefined => {
    if (!marker) return undefined;
    const j = text.indexOf(marker, from);
    return j !== -1 && j - from <= reach ? j : undefined;
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

function byCloseMatch(text: string, anchor: Anchor): Anchored | undefined {
  if (anchor.exact.length > MAX_FUZZY_LENGTH) return undefined;
  let best: { start: number; end: number; sim: number; dist: number } | undefined;
  for (const [start, end] of fuzzyCandidates(text, anchor)) {
    if (end <= start) continue;
    const sim = similarity(anchor.exact, text.slice(start, end));
    if (sim < MIN_SIMILARITY) continue;
    const dist = distance(anchor, start);
    if (!best || sim > best.sim || (sim === best.sim && dist < best.dist)) best = { start, end, sim, dist };
  }
  return best && { start: best.start, end: best.end, how: 'fuzzy' };
}

/** Where the annotation's words are in `text` now, or undefined: orphaned. */
export function reanchor(text: string, anchor: Anchor): Anchored | undefined {
  const { start, end, exact } = anchor;
  if (start !== null && end !== null && end <= text.length && text.slice(start, end) === exact) return { start, end, how: 'position' };
  return byExactWords(text, anchor) ?? byCloseMatch(text, anchor);
}
