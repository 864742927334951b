// Characters pasted copy carries that take no room on the page: a soft hyphen inside a word
// ("Hold\u00adings"), a zero-width space after one, a word joiner, a byte-order mark. The engine
// reads the text without them and gives every offset back in the text as written.

/** Soft hyphen, zero-width space, word joiner, zero-width no-break space (byte-order mark). */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
const INVISIBLE_CODES = new Set([0x00ad, 0x200b, 0x2060, 0xfeff]);

/** The text without its invisible characters, and the way between its offsets and the original's. */
export interface Visible {
  readonly text: string;
  /** The original offset of the visible text's offset `i` as a span's start. */
  start(i: number): number;
  /** The original offset of the visible text's offset `i` as a span's end (after the last visible character before it). */
  end(i: number): number;
  /** The visible text's offset of the original's offset `o`. */
  visible(o: number): number;
}

/** The text without its invisible characters (see INVISIBLE), or null when it has none. Linear. */
export function withoutInvisibles(text: string): Visible | null {
  if (!INVISIBLE.test(text)) return null;
  const kept: number[] = [];
  const before = new Int32Array(text.length + 1);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = kept.length;
    if (!INVISIBLE_CODES.has(text.charCodeAt(i))) { kept.push(i); continue; }
    out += text.slice(from, i);
    from = i + 1;
  }
  before[text.length] = kept.length;
  out += text.slice(from);
  const n = kept.length;
  return {
    text: out,
    start: (i) => (i < n ? kept[i] : text.length),
    end: (i) => (i <= 0 ? 0 : i > n ? text.length : kept[i - 1] + 1),
    visible: (o) => before[Math.max(0, Math.min(text.length, o))],
  };
}

/**
 * A copy of `value` (an Analysis, plain data) with every `start` and `end` offset given back in
 * the original text; objects shared inside it stay shared. Token and sentence indexes have other
 * names (`firstToken`, `endToken`) and are left as they are.
 */
export function originalOffsets<T>(value: T, v: Visible): T {
  const seen = new Map<object, unknown>();
  const walk = (x: unknown): unknown => {
    if (x === null || typeof x !== 'object') return x;
    const done = seen.get(x);
    if (done !== undefined) return done;
    if (Array.isArray(x)) {
      const arr: unknown[] = [];
      seen.set(x, arr);
      for (const item of x) arr.push(walk(item));
      return arr;
    }
    const obj: Record<string, unknown> = {};
    seen.set(x, obj);
    for (const [k, val] of Object.entries(x)) {
      obj[k] = typeof val === 'number' && k === 'start' ? v.start(val) : typeof val === 'number' && k === 'end' ? v.end(val) : walk(val);
    }
    // (An empty span over invisible characters stays empty.)
    if (typeof obj.start === 'number' && typeof obj.end === 'number' && obj.end < obj.start) obj.end = obj.start;
    return obj;
  };
  return walk(value) as T;
}
