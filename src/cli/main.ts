import { writeSync } from 'node:fs';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runLanguageServer } from '../server/node';
import { runCliPooled } from './cli';
import { defaultJobs, serveAnalyses, startPool } from './pool';
import { isAnalysisWorker, serveAnalysisWorker } from '../worker/node';

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

if (!isMainThread && (workerData as { articleLensWorker?: boolean } | null)?.articleLensWorker && parentPort) {
  // A worker thread of --jobs: it analyses what the main thread sends.
  serveAnalyses(parentPort);
} else if (isAnalysisWorker()) {
  // The language server's analysis worker (`article-lens lsp`).
  serveAnalysisWorker();
} else if (process.argv[2] === 'lsp') {
  // The language server: its transport is named by --stdio, --node-ipc or --socket=PORT.
  const args = process.argv.slice(3);
  if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))) {
    writeAll(2, 'article-lens lsp: name the transport: --stdio, --node-ipc or --socket=PORT\n');
    process.exitCode = 2;
  } else {
    runLanguageServer(__filename);
  }
} else {
  const io = { stdout: (s: string) => writeAll(1, s), stderr: (s: string) => writeAll(2, s) };
  void runCliPooled(process.argv.slice(2), io, (o) => (o.jobs === 0 ? defaultJobs() : o.jobs), (n) => startPool(__filename, n)).then((code) => {
    process.exitCode = code;
  });
}
