import { writeSync } from 'node:fs';
import { runCli } from './cli';

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `s` to a file descriptor before returning: a full pipe makes the CLI wait for
 * its reader (so output never piles up in memory, however many files), and a reader that has
 * gone (`| head`) ends the CLI quietly.
 */
function writeAll(fd: number, s: string): void {
  const buf = Buffer.from(s, 'utf8');
  let off = 0;
  while (off < buf.length) {
    try {
      off += writeSync(fd, buf, off, buf.length - off);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') { Atomics.wait(pause, 0, 0, 5); continue; }
      if (code === 'EPIPE') process.exit(0);
      throw err;
    }
  }
}

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (s) => writeAll(1, s),
  stderr: (s) => writeAll(2, s),
});
