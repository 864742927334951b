// article-lens analyze|report [options] [--] PATH...
// A contract other tools depend on: see README "Command line". The pieces: the arguments
// (args.ts), where the articles come from (sources.ts), what is written for each (formats.ts),
// and the run (runner.ts).
import { printable } from '../core/text/printable';
import { parseArgs, type Options } from './args';
import type { Rendered, Renderer } from './formats';
import { ISSUES_URL, jobOf, renderHere, run, Run, VERSION, type CliIo, type Prepared } from './runner';

export type { Options } from './args';
export type { Doc } from './sources';
export type { FileResult, Job, Rendered, Renderer } from './formats';
export { render } from './formats';
export { VERSION, type CliIo, type Prepared } from './runner';

const USAGE = `Usage: article-lens analyze [options] [--] PATH...
       article-lens report [--format md|csv|json] [options] [--] PATH...
       article-lens lsp --stdio | --node-ipc | --socket=PORT

Analyses news articles: named entities, direct quotations and their speakers, quotations
with no attributed speaker, and sourcing practice (anonymous and vague sources, loaded
verbs, late attribution). PATH is a file, a folder (searched for .article and .news files,
and the team configuration's "include"), a glob (quoted globs are expanded here), or - for
standard input. "report" writes a sourcing report instead: speakers, sources, agencies,
unattributed quotations and the desk's verification status, per article and in total.
"lsp" runs the language server, for any editor that speaks the Language Server Protocol
(README, "Other editors").

Options:
  --format text      one line per problem, path:line:col: severity message [code],
                     and a summary line per file (default)
  --format json      the full analysis as one JSON document (version 1)
  --format jsonl     one file's analysis per line (JSON Lines), as each file finishes
  --format sarif     SARIF 2.1.0, for code-scanning annotations in CI
  --format md|csv|json  (report) Markdown, CSV (one row per article and speaker or source), JSON
  --input jsonl      read JSON Lines of {"id": ..., "text": ...} (from - or files); one
                     result per line, with its id as the path
  --stdin-filename NAME  the path to report for - (and where its configuration is looked for)
  --config FILE      the team configuration (default: the nearest .article-lens/config.json
                     in the article's folder or above)
  --desk FILE        the desk entity list (default: the nearest .article-lens/entities.json)
  --quiet, -q        report errors only (warnings are neither shown nor counted)
  --max-warnings N   exit 1 only when there are errors or more than N warnings
  --no-error-on-unmatched-pattern  a folder or glob with no article files is no error
  --exit-zero        problems found do not fail the run (exit 0, not 1; failures still
                     exit 2): for pipelines such as Spark's RDD.pipe
  --max-file-size N  skip files over N bytes (default 20971520)
  --jobs N, -j N     analyse in N worker threads (0, the default: one per core beyond
                     the first; none with 2 cores or fewer)
  --                 ends the options: every argument after it is a PATH
  -h, --help         show this help
  --version          print the version

Only regular files are read: a FIFO, device or socket is reported and skipped.
Exit status: 0 no warning or error, 1 some were found (see --quiet, --max-warnings),
2 a usage error, nothing matched, something given could not be read (a file, a folder,
a configuration), or an internal error.`;

/** Runs the CLI; returns the exit code. */
export function runCli(argv: readonly string[], io: CliIo): number {
  const args = [...argv];
  if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
    (args.length === 0 ? io.stderr : io.stdout)(USAGE + '\n');
    return args.length === 0 ? 2 : 0;
  }
  if (args.includes('--version')) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = args.shift();
  if (command !== 'analyze' && command !== 'report') {
    io.stderr(`article-lens: unknown command "${printable(String(command))}"\n\n${USAGE}\n`);
    return 2;
  }
  const o = parseArgs(command, args);
  if (typeof o === 'string') {
    io.stderr(`article-lens: ${printable(o)}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return run(o, io);
  } catch (err) {
    io.stderr(`article-lens: internal error: ${(err as Error)?.stack ?? String(err)}\nThis is a bug in Article Lens, not in your files: please report it, with the file if you can, on ${ISSUES_URL}.\n`);
    return 2;
  }
}

/**
 * Runs the CLI with analyses in worker threads (`--jobs`): the first article is analysed here
 * (a single file never waits for a worker to start); from the second, `startPool()` gives the
 * analyser. Results are written in the order of the articles; at most one per worker (and
 * one more) is in flight, so memory stays flat.
 */
export async function runCliPooled(argv: readonly string[], io: CliIo, jobs: (o: Options) => number, startPool: (n: number) => { render: Renderer; close: () => Promise<void> }): Promise<number> {
  const args = [...argv];
  const command = args[0];
  const o = command === 'analyze' || command === 'report' ? parseArgs(command, args.slice(1)) : null;
  if (!o || typeof o === 'string' || jobs(o) <= 1 || args.includes('-h') || args.includes('--help') || args.includes('--version')) return runCli(argv, io);
  const n = jobs(o);
  const r = new Run(o, io);
  let pool: ReturnType<typeof startPool> | undefined;
  try {
    r.begin();
    const queue: Array<{ p: Prepared; result: Promise<Rendered | { error: unknown }> }> = [];
    const drain = async (keep: number): Promise<void> => {
      while (queue.length > keep) {
        const head = queue.shift()!;
        r.finish(head.p, await head.result);
      }
    };
    let count = 0;
    for (const doc of r.documents()) {
      const p = r.prepare(doc);
      if (!p) continue;
      if (count++ === 0) {
        // (The first article is analysed while the workers would still be starting.)
        queue.push({ p, result: Promise.resolve(renderHere(jobOf(o, p))) });
        continue;
      }
      pool ??= startPool(n);
      queue.push({ p, result: pool.render(jobOf(o, p)).then((x) => x, (error: unknown) => ({ error })) });
      await drain(n);
    }
    await drain(0);
    return r.end();
  } catch (err) {
    io.stderr(`article-lens: internal error: ${(err as Error)?.stack ?? String(err)}\nThis is a bug in Article Lens, not in your files: please report it, with the file if you can, on ${ISSUES_URL}.\n`);
    return 2;
  } finally {
    await pool?.close();
  }
}

