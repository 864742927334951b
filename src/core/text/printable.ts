// User-supplied text on its way to a terminal, a log or a file another tool splits into lines:
// an annotation id, a JSON Lines record's id, a file name, an entity's name. Printed raw, a
// newline in one forges a line that looks like a real problem ("other.article:1:1: error ..."),
// and a bidirectional control or a C1 control (U+009B starts a terminal escape) changes what the
// reader sees.

/** C0 and C1 controls, DEL, the line and paragraph separators, and the bidirectional controls. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escapeOne = (c: string): string =>
  c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** `s` on one line, every unprintable character written as an escape ("\n", "\u202e"). */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, escapeOne);
}

/**
 * JSON text with nothing unprintable in it: JSON.stringify escapes C0 controls but leaves DEL,
 * C1 controls, U+2028/U+2029 (line breaks to many line splitters) and bidirectional controls
 * raw. They can only occur inside strings, where a \u escape means the same.
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
