// What pasted copy carries that the page does not show as written: characters that take no room
// (a soft hyphen inside a word, "Hold\u00adings"; a zero-width space after one; a word joiner; a
// byte-order mark), and HTML's character references, where copy comes from a page's source or a
// feed ("&quot;", "&#8217;", "&amp;"). The engine reads the text as the page shows it and gives
// every offset back in the text as written.

/** Soft hyphen, zero-width space, word joiner, zero-width no-break space (byte-order mark). */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;
const INVISIBLE_CODES = new Set([0x00ad, 0x200b, 0x2060, 0xfeff]);
/** A character reference: named, decimal or hexadecimal. */
const REFERENCE = /&(?:[a-zA-Z]{2,8}|#\d{1,7}|#[xX][\da-fA-F]{1,6});/;
const REFERENCE_AT = /&(?:([a-zA-Z]{2,8})|#(\d{1,7})|#[xX]([\da-fA-F]{1,6}));/y;
/** The named references news copy carries, and the character each stands for. */
const NAMED: Readonly<Record<string, string>> = {
  quot: '"', amp: '&', apos: "'", lt: '<', gt: '>', nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', bdquo: '„',
  laquo: '«', raquo: '»', mdash: '—', ndash: '–', hellip: '…', pound: '£', euro: '€', eacute: 'é', egrave: 'è', aacute: 'á', iacute: 'í',
  oacute: 'ó', uacute: 'ú', ntilde: 'ñ', ccedil: 'ç', uuml: 'ü', ouml: 'ö', auml: 'ä', szlig: 'ß', shy: '\u00ad', zwsp: '\u200b', deg: '°', copy: '©',
};

/** The character a reference at `i` stands for and its length, or null: none there, or one this reading does not know. */
function referenceAt(text: string, i: number): [string, number] | null {
  REFERENCE_AT.lastIndex = i;
  const m = REFERENCE_AT.exec(text);
  if (!m) return null;
  const code = m[2] !== undefined ? Number(m[2]) : m[3] !== undefined ? parseInt(m[3], 16) : -1;
  const ch = m[1] !== undefined ? NAMED[m[1]] : code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : undefined;
  return ch === undefined ? null : [ch === '\u00a0' ? ' ' : ch, m[0].length];
}

/** The text as read, and the way between its offsets and the original's. */
export interface Visible {
  readonly text: string;
  /** The original offset of the visible text's offset `i` as a span's start. */
  start(i: number): number;
  /** The original offset of the visible text's offset `i` as a span's end (after the last visible character before it). */
  end(i: number): number;
  /** The visible text's offset of the original's offset `o`. */
  visible(o: number): number;
}

/**
 * The text as read (invisible characters dropped, character references decoded: see the top of
 * this file), or null when it has none of them. Linear. A reference that decodes to an invisible
 * character is dropped too; each other character read keeps the span of the original it stands
 * for, so a span over "&quot;Yes&quot;" is the whole of it.
 */
export function readableText(text: string): Visible | null {
  const refs = text.indexOf('&') >= 0 && REFERENCE.test(text);
  if (!refs && !INVISIBLE.test(text)) return null;
  const kept: number[] = [];
  const keptEnd: number[] = [];
  const before = new Int32Array(text.length + 1);
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    before[i] = kept.length;
    const c = text.charCodeAt(i);
    const ref = c === 38 && refs ? referenceAt(text, i) : null;
    if (ref) {
      out += text.slice(from, i);
      const [ch, len] = ref;
      // (An offset inside the reference is after the character it stands for; none, if it is dropped.)
      const width = INVISIBLE.test(ch) ? 0 : ch.length;
      for (let k = 1; k < len; k++) before[i + k] = kept.length + width;
      if (width) {
        // (A character outside the first plane is two code units: both stand for the reference.)
        for (let u = 0; u < ch.length; u++) { kept.push(i); keptEnd.push(i + len); }
        out += ch;
      }
      i += len - 1;
      from = i + 1;
      continue;
    }
    if (!INVISIBLE_CODES.has(c)) { kept.push(i); keptEnd.push(i + 1); continue; }
    out += text.slice(from, i);
    from = i + 1;
  }
  before[text.length] = kept.length;
  out += text.slice(from);
  const n = kept.length;
  return {
    text: out,
    start: (i) => (i < n ? kept[i] : text.length),
    end: (i) => (i <= 0 ? 0 : i > n ? text.length : keptEnd[i - 1]),
    visible: (o) => before[Math.max(0, Math.min(text.length, o))],
  };
}

/**
 * `value` (an Analysis, fresh plain data) with every span's `text` that was the read text between
 * its offsets the original's between them, changed in place: for a reading that changed characters
 * but no offset (spaces for no-break spaces or line breaks). The tokens and sentences, which hold
 * no white space, are not walked: the walk is over the spans an editor or a report shows.
 */
export function originalTexts<T>(value: T, read: string, original: string): T {
  const seen = new Set<object>();
  const walk = (x: unknown): void => {
    if (x === null || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) { for (const item of x) walk(item); return; }
    const obj = x as Record<string, unknown>;
    if (typeof obj.text === 'string' && typeof obj.start === 'number' && typeof obj.end === 'number' && obj.text === read.slice(obj.start, obj.end)) obj.text = original.slice(obj.start, obj.end);
    for (const [k, val] of Object.entries(obj)) if (k !== 'tokens' && k !== 'sentences' && val !== null && typeof val === 'object') walk(val);
  };
  walk(value);
  return value;
}

/**
 * A copy of `value` (an Analysis, plain data) with every `start` and `end` offset given back in
 * the original text, and every span's `text` that was the read text between its offsets the
 * original's between them (a quotation's or a mention's text is the document's, as written);
 * objects shared inside it stay shared. Token and sentence indexes have other names
 * (`firstToken`, `endToken`) and are left as they are.
 */
export function originalOffsets<T>(value: T, v: Visible, original: string): T {
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
    const src = x as Record<string, unknown>;
    if (typeof obj.text === 'string' && typeof src.start === 'number' && typeof src.end === 'number' && src.text === v.text.slice(src.start, src.end)) obj.text = original.slice(obj.start as number, obj.end as number);
    return obj;
  };
  return walk(value) as T;
}
