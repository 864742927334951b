// Reading standard input synchronously: all of it (an article given as `-`, up to a size
// limit), or line by line (JSON Lines), in chunks, so an archive of any size streams through.
import { readSync } from 'node:fs';

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Reads up to `buf.length` bytes from `fd`; 0 at the end. Waits when a non-blocking pipe is empty. */
function readSome(fd: number, buf: Uint8Array): number {
  for (;;) {
    try {
      return readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { Atomics.wait(pause, 0, 0, 5); continue; }
      if (code === 'EOF') return 0;
      throw err;
    }
  }
}

/** All of `fd`, or null if it holds more than `maxBytes`. */
export function readAllOf(fd: number, maxBytes: number): Uint8Array | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const buf = new Uint8Array(1 << 16);
  for (let n = readSome(fd, buf); n > 0; n = readSome(fd, buf)) {
    total += n;
    if (total > maxBytes) return null;
    chunks.push(buf.slice(0, n));
  }
  const out = new Uint8Array(total);
  let off = 0;
  for (const c of chunks) { out.set(c, off); off += c.length; }
  return out;
}

/** The lines of `fd` (without their line ends), decoded as UTF-8; a line over `maxBytes` is yielded as null. */
export function* linesOf(fd: number, maxBytes: number): Generator<string | null> {
  const decoder = new TextDecoder('utf-8');
  const buf = new Uint8Array(1 << 16);
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  // (The whole line is measured: one held in a single chunk as much as one across chunks.)
  const take = (last: Uint8Array): string | null => {
    if (tooLong || pendingBytes + last.length > maxBytes) { tooLong = false; pending = []; pendingBytes = 0; return null; }
    const all = new Uint8Array(pendingBytes + last.length);
    let off = 0;
    for (const p of pending) { all.set(p, off); off += p.length; }
    all.set(last, off);
    pending = [];
    pendingBytes = 0;
    return decoder.decode(all).replace(/\r$/, '');
  };
  for (let n = readSome(fd, buf); n > 0; n = readSome(fd, buf)) {
    let from = 0;
    for (let i = 0; i < n; i++) {
      if (buf[i] !== 0x0a) continue;
      yield take(buf.slice(from, i));
      from = i + 1;
    }
    if (from < n) {
      if (pendingBytes + (n - from) > maxBytes) { tooLong = true; pending = []; pendingBytes = 0; }
      else if (!tooLong) { pending.push(buf.slice(from, n)); pendingBytes += n - from; }
    }
  }
  if (pendingBytes > 0 || tooLong) yield take(new Uint8Array(0));
}
