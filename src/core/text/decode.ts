// Turning a file's bytes into article text, or a clear reason why not.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/**
 * UTF-8 with an optional byte-order mark (removed, so offsets count from the first character).
 * A file with NUL bytes or that is not valid UTF-8 is treated as binary and not analysed.
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  // (A NUL anywhere, not only in the first bytes.)
  if (bytes.includes(0)) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: false, reason: 'UTF-16 text is not supported; save the file as UTF-8' };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: false, reason: 'UTF-16 text is not supported; save the file as UTF-8' };
    return { ok: false, reason: 'binary file (it contains NUL bytes), not an article' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text; save the file as UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}
