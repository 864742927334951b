// article-lens analyze|report [options] [--] PATH...
// A contract other tools depend on: see README "Command line". Results are written as each
// file finishes (nothing is kept once written, except the report's small per-article rows), so
// memory stays flat over any number of files.
import path from 'node:path';
import picomatch from 'picomatch';
import { analyze, shorten } from '../core/analyze';
import { atLine, correctionsOf, parseAnnotations, placeAnnotations, type PlacedAnnotation } from '../core/annotations';
import { severityOf } from '../core/checks';
import type { TeamConfig } from '../core/config';
import { decodeArticle } from '../core/decode';
import { lineIndex } from '../core/lines';
import { jsonText, printable } from '../core/printable';
import { articleReport, csvHeader, csvRows, reportJson, reportMarkdown, type ArticleReport } from '../core/report';
import type { Analysis, AnalyzeOptions, Diagnostic } from '../core/types';
import { CONFIG_FILE, DeskLists, TeamConfigs } from './desk';
import { DEFAULT_FILTER, expandPaths, readAnnotationsFile, readArticle, type FileFilter, type Problem } from './files';
import { fileJson } from './json';
import { parseArgs, type Options } from './options';
export type { Options } from './options';
import { sarifHead, sarifResults, sarifTail } from './sarif';
import { linesOf, readAllOf } from './stdin';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Standard input's file descriptor (tests give another). */
  readonly stdin?: number;
}

export const VERSION = '0.1.0';
const ISSUES_URL = 'the project\'s issue tracker';

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

export interface FileResult {
  readonly path: string;
  readonly text: string;
  readonly analysis: Analysis;
  /** The desk's annotations from the file beside the article, re-anchored; empty when there is none. */
  readonly annotations?: readonly PlacedAnnotation[];
}

/** One article to analyse: from a file, standard input, or a line of JSON Lines. */
export interface Doc {
  readonly label: string;
  /** Where its configuration, desk list and annotations are looked for, or null (none: a JSON Lines record). */
  readonly place: string | null;
  /** A file path (SARIF gives it as a relative URI), not an id. */
  readonly isPath: boolean;
  readonly read: () => { ok: true; text: string } | { ok: false; message: string };
}

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

/** What the run has found so far, and how it ends. */
class Tally {
  failed = false;
  bug = false;
  files = 0;
  errors = 0;
  warnings = 0;
  exitCode(o: Options): number {
    if (this.failed || this.bug) return 2;
    if (this.files === 0) return 2;
    if (o.exitZero) return 0;
    if (this.errors > 0) return 1;
    if (o.maxWarnings !== null) return this.warnings > o.maxWarnings ? 1 : 0;
    return this.warnings > 0 ? 1 : 0;
  }
}

/** The diagnostics shown: all, or errors only with --quiet; orphaned annotations added as warnings. */
function shown(o: Options, r: FileResult, config: TeamConfig | undefined): Diagnostic[] {
  const out: Diagnostic[] = [...r.analysis.diagnostics];
  const orphanLevel = severityOf('orphaned-annotation', config);
  if (orphanLevel !== 'off') {
    for (const p of r.annotations ?? []) {
      if (p.start !== null) continue;
      out.push({ code: 'orphaned-annotation', severity: orphanLevel, message: `Annotation ${p.annotation.id} is orphaned: its words are no longer in the article: ${shorten(p.annotation.anchor.exact)}`, start: 0, end: 0, related: [], quote: null });
    }
  }
  return o.quiet ? out.filter((d) => d.severity === 'error') : out;
}

/** One article read and ready for the engine: its text and what applies to it. */
export interface Prepared {
  readonly doc: Doc;
  readonly text: string;
  readonly config: TeamConfig | undefined;
  readonly placed: PlacedAnnotation[];
  readonly options: AnalyzeOptions;
}

/** Analyses and renders an article somewhere (in a worker thread). */
export type Renderer = (job: Job) => Promise<Rendered>;

/** A run: reading the articles, and writing each result, in order, as it is ready. */
class Run {
  readonly tally = new Tally();
  private readonly desks: DeskLists;
  readonly configs: TeamConfigs;
  private readonly reports: ArticleReport[] = [];
  private first = true;

  constructor(private readonly o: Options, private readonly io: CliIo) {
    this.desks = new DeskLists(o.desk, o.maxFileSize, this.problem);
    this.configs = new TeamConfigs(o.config, o.maxFileSize, this.problem);
  }

  readonly problem = (p: Problem): void => {
    if (p.failure) this.tally.failed = true;
    this.io.stderr(`article-lens: ${printable(p.message)}\n`);
  };

  documents(): Generator<Doc> {
    return documents(this.o, this.problem, this.configs, this.io.stdin ?? 0);
  }

  begin(): void {
    const { o, io } = this;
    if (o.command === 'analyze' && o.format === 'json') io.stdout('{"version":1,"files":[');
    if (o.command === 'analyze' && o.format === 'sarif') io.stdout(sarifHead(VERSION));
    if (o.command === 'report' && o.format === 'csv') io.stdout(csvHeader());
  }

  /** Reads a document and gathers what applies to it; null when it cannot be read (reported). */
  prepare(doc: Doc): Prepared | null {
    const read = doc.read();
    if (!read.ok) { this.problem({ path: doc.label, message: read.message, failure: true }); return null; }
    const text = read.text;
    const config = doc.place === null ? this.configs.forArticle(process.cwd(), true) : this.configs.forArticle(doc.place);
    const placed = doc.place !== null && doc.isPath ? annotationsFor(doc.place, text, this.o.maxFileSize, this.problem) : [];
    const list = doc.place === null ? this.desks.forArticle(process.cwd(), true) : this.desks.forArticle(doc.place);
    const options: AnalyzeOptions = {
      corrections: correctionsOf(placed),
      ...(list ? { desk: list } : {}),
      ...(config ? { house: config, checkHeadline: config.checkHeadline ?? false, ...(config.uncertainBelow !== undefined ? { uncertainBelow: config.uncertainBelow } : {}) } : {}),
    };
    return { doc, text, config, placed, options };
  }

  /** Writes one document's rendered result (or reports its failure as a bug; the others still run). */
  finish(p: Prepared, rendered: Rendered | { error: unknown }): void {
    const { o, io, tally } = this;
    if ('error' in rendered) {
      tally.bug = true;
      const err = rendered.error;
      io.stderr(`article-lens: internal error analysing ${printable(p.doc.label)}: ${printable((err as Error)?.message ?? String(err))}\nThis is a bug in Article Lens, not in your file: please report it, with the file if you can, on ${ISSUES_URL}.\n`);
      return;
    }
    tally.errors += rendered.errors;
    tally.warnings += rendered.warnings;
    if (rendered.report) this.reports.push(rendered.report);
    if (rendered.out) {
      // (The json and sarif formats separate files' parts with commas.)
      const comma = (o.format === 'json' || o.format === 'sarif') && o.command === 'analyze' && !this.first ? ',' : '';
      io.stdout(comma + rendered.out);
      this.first = false;
    }
    tally.files++;
  }

  end(): number {
    const { o, io, tally } = this;
    if (o.command === 'analyze' && o.format === 'json') io.stdout(']}\n');
    if (o.command === 'analyze' && o.format === 'sarif') io.stdout(sarifTail());
    if (o.command === 'report' && o.format === 'md') io.stdout(reportMarkdown(this.reports));
    if (o.command === 'report' && o.format === 'json') io.stdout(`${jsonText(reportJson(this.reports))}\n`);
    if (o.command === 'analyze' && o.format === 'text') {
      const problems = tally.errors + tally.warnings;
      io.stdout(`${tally.files} file${tally.files === 1 ? '' : 's'} analysed, ${problems} problem${problems === 1 ? '' : 's'}${tally.failed ? ', some files could not be read' : ''}\n`);
    }
    if (tally.files === 0 && !tally.failed && !tally.bug) io.stderr('article-lens: no article was analysed\n');
    if (tally.files === 0 && o.allowUnmatched && !tally.failed && !tally.bug) return 0;
    return tally.exitCode(o);
  }
}

/** One article's output in the run's format, and what it counts towards the exit status. */
export interface Rendered {
  readonly out: string;
  readonly errors: number;
  readonly warnings: number;
  /** The article's report, for the md and json reports (written at the end). */
  readonly report?: ArticleReport;
}

/** What an article needs to be analysed and rendered anywhere (here, or in a worker thread). */
export interface Job {
  readonly o: Options;
  readonly label: string;
  readonly isPath: boolean;
  readonly text: string;
  readonly options: AnalyzeOptions;
  readonly config: TeamConfig | undefined;
  readonly placed: readonly PlacedAnnotation[];
}

export const jobOf = (o: Options, p: Prepared): Job => ({ o, label: p.doc.label, isPath: p.doc.isPath, text: p.text, options: p.options, config: p.config, placed: p.placed });

/** Analyses and renders one article: pure, so a worker thread can do it. */
export function render(job: Job): Rendered {
  const { o, label, isPath, text, config } = job;
  const placed = [...job.placed];
  const analysis = analyze(text, job.options);
  const r: FileResult = { path: label, text, analysis, annotations: placed };
  const diagnostics = shown(o, r, config);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  if (o.command === 'report') {
    const report = articleReport(label, analysis, placed);
    return o.format === 'csv' ? { out: csvRows(report), errors, warnings } : { out: '', errors, warnings, report };
  }
  if (o.format === 'json') return { out: jsonText(fileJson(r)), errors, warnings };
  if (o.format === 'jsonl') return { out: jsonText({ version: 1, ...fileJson(r) }) + '\n', errors, warnings };
  if (o.format === 'sarif') return { out: sarifResults(label, isPath, text, diagnostics).join(','), errors, warnings };
  return { out: textOf(r, diagnostics), errors, warnings };
}

function renderHere(job: Job): Rendered | { error: unknown } {
  try {
    return render(job);
  } catch (error) {
    return { error };
  }
}

function run(o: Options, io: CliIo): number {
  const r = new Run(o, io);
  r.begin();
  for (const doc of r.documents()) {
    const p = r.prepare(doc);
    if (p) r.finish(p, renderHere(jobOf(o, p)));
  }
  return r.end();
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

/** The articles to analyse, in order: files, folders, globs, standard input, JSON Lines records. */
function* documents(o: Options, problem: (p: Problem) => void, configs: TeamConfigs, stdin: number): Generator<Doc> {
  const fromBytes = (bytes: Uint8Array | null, label: string): ReturnType<Doc['read']> => {
    if (!bytes) return { ok: false, message: `skipped ${label}: over the ${o.maxFileSize}-byte limit (--max-file-size)` };
    const decoded = decodeArticle(bytes);
    return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, message: `skipped ${label}: ${decoded.reason}` };
  };
  const files = o.paths.filter((p) => p !== '-');
  for (const p of o.paths) {
    if (p !== '-') continue;
    if (o.input === 'jsonl') { yield* records(linesOf(stdin, o.maxFileSize), '<stdin>', problem); continue; }
    const label = o.stdinFilename ?? '<stdin>';
    yield { label, place: o.stdinFilename ? path.resolve(o.stdinFilename) : path.join(process.cwd(), '<stdin>'), isPath: !!o.stdinFilename, read: () => fromBytes(readAllOf(stdin, o.maxFileSize), label) };
  }
  if (o.input === 'jsonl') {
    for (const f of expandPaths(files, problem, filterFor(configs, true), o.allowUnmatched)) {
      const lines = readLinesOfFile(f, o.maxFileSize, problem);
      if (lines) yield* records(lines, f, problem);
    }
    return;
  }
  for (const f of expandPaths(files, problem, filterFor(configs, false), o.allowUnmatched)) {
    yield { label: f, place: f, isPath: true, read: () => {
      const r = readArticle(f, o.maxFileSize);
      return r.ok ? fromBytes(r.bytes, f) : { ok: false, message: r.message };
    } };
  }
}

/** JSON Lines records `{"id", "text"}`; a bad line is reported with its number and skipped (the run fails). */
function* records(lines: Iterable<string | null>, source: string, problem: (p: Problem) => void): Generator<Doc> {
  let n = 0;
  for (const line of lines) {
    n++;
    if (line === null) { problem({ path: source, message: `${source}:${n}: line over the --max-file-size limit, skipped`, failure: true }); continue; }
    if (!line.trim()) continue;
    let rec: { id?: unknown; text?: unknown };
    try { rec = JSON.parse(line) as typeof rec; } catch { problem({ path: source, message: `${source}:${n}: not valid JSON, skipped`, failure: true }); continue; }
    if (typeof rec !== 'object' || rec === null || typeof rec.text !== 'string' || (rec.id !== undefined && typeof rec.id !== 'string' && typeof rec.id !== 'number')) {
      problem({ path: source, message: `${source}:${n}: a record needs "text" (a string) and "id" (a string or number), skipped`, failure: true });
      continue;
    }
    const text = rec.text.charCodeAt(0) === 0xfeff ? rec.text.slice(1) : rec.text;
    yield { label: rec.id === undefined ? `${source}:${n}` : String(rec.id), place: null, isPath: false, read: () => ({ ok: true, text }) };
  }
}

function readLinesOfFile(f: string, maxBytes: number, problem: (p: Problem) => void): Iterable<string | null> | null {
  const r = readArticle(f, Number.MAX_SAFE_INTEGER);
  if (!r.ok) { problem({ path: f, message: r.message, failure: true }); return null; }
  const text = new TextDecoder('utf-8').decode(r.bytes);
  return (function* () {
    // (Measured in bytes, as from standard input: one limit, one behaviour.)
    for (const line of text.split('\n')) yield Buffer.byteLength(line, 'utf8') > maxBytes ? null : line.replace(/\r$/, '');
  })();
}

/** Which files a folder or glob contributes, under the team configuration that applies to it. */
function filterFor(configs: TeamConfigs, jsonl: boolean): (given: string) => FileFilter {
  return (given) => {
    const file = configs.fileFor(given, true);
    const config = file ? configs.forArticle(given, true) : undefined;
    if (!config?.include?.length && !config?.exclude?.length && !jsonl) return DEFAULT_FILTER;
    // Patterns are relative to the folder that holds .article-lens/ (or the configuration's own folder).
    const root = file ? (path.basename(path.dirname(file)) === path.dirname(CONFIG_FILE) ? path.dirname(path.dirname(file)) : path.dirname(file)) : process.cwd();
    const rel = (f: string): string => path.relative(root, path.resolve(f)).split(path.sep).join('/');
    const include = config?.include?.length ? picomatch(config.include as string[], { dot: true }) : () => false;
    const exclude = config?.exclude?.length ? picomatch(config.exclude as string[], { dot: true }) : () => false;
    return {
      isArticle: (f) => (jsonl ? /\.jsonl$/i.test(f) : DEFAULT_FILTER.isArticle(f)) || include(rel(f)),
      isExcluded: (f) => exclude(rel(f)),
    };
  };
}

/**
 * The annotations beside an article, re-anchored to its text. A file that cannot be read or
 * parsed is reported with its line and ignored (the run fails: the desk's notes are not applied).
 */
function annotationsFor(article: string, text: string, maxBytes: number, problem: (p: Problem) => void): PlacedAnnotation[] {
  const file = readAnnotationsFile(article, maxBytes);
  if (file.kind === 'none') return [];
  if (file.kind === 'error') { problem({ path: article, message: `${file.message}; its annotations are ignored`, failure: true }); return []; }
  const parsed = parseAnnotations(file.text);
  if (!parsed.ok) {
    problem({ path: article, message: `${file.path}${atLine(parsed.error)}: malformed annotations file: ${parsed.error.message}; its annotations are ignored until it is fixed`, failure: true });
    return [];
  }
  return placeAnnotations(text, parsed.annotations);
}

/** One file in the text format: a line per diagnostic, then the file's summary. */
function textOf(r: FileResult, diagnostics: readonly Diagnostic[]): string {
  const a = r.analysis;
  const pos = lineIndex(r.text);
  let out = '';
  for (const d of diagnostics) {
    const { line, character } = pos(d.start);
    out += `${printable(r.path)}:${line + 1}:${character + 1}: ${d.severity} ${printable(d.message)} [${d.code}]\n`;
  }
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  const unattributed = a.diagnostics.filter((d) => d.code === 'unattributed-quote').length;
  const speakers = new Set(direct.filter((q) => q.speaker).map((q) => q.speaker!.entity ?? q.speaker!.name));
  return `${out}${printable(r.path)}: ${direct.length} quotation${direct.length === 1 ? '' : 's'} (${unattributed} unattributed) from ${speakers.size} speaker${speakers.size === 1 ? '' : 's'}; ${a.entities.length} entities\n`;
}
