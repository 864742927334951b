// article-lens analyze [--format text|json|jsonl] [--max-file-size BYTES] [--] PATH...
// A contract other tools depend on: see README "Command line". Results are written as each
// file finishes (nothing is kept once written), so memory stays flat over any number of files.
import { analyze, shorten } from '../core/analyze';
import { atLine, correctionsOf, parseAnnotations, placeAnnotations, type PlacedAnnotation } from '../core/annotations';
import { decodeArticle } from '../core/decode';
import { lineIndex } from '../core/lines';
import type { Analysis } from '../core/types';
import { DeskLists } from './desk';
import { expandPaths, readAnnotationsFile, readArticle, type Problem } from './files';
import { fileJson } from './json';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

export const VERSION = '0.1.0';
const DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024;
const ISSUES_URL = 'the project\'s issue tracker';

const USAGE = `Usage: article-lens analyze [options] [--] PATH...

Analyses news articles: named entities, direct quotations and their speakers, and
quotations with no attributed speaker. PATH may be a file or a folder (searched for
.article and .news files; symbolic links to folders are followed once).

Options:
  --format text      one line per problem, path:line:col: severity message [code],
                     and a summary line per file (default)
  --format json      the full analysis as one JSON document (version 1)
  --format jsonl     one file's analysis per line (JSON Lines), as each file finishes
  --max-file-size N  skip files over N bytes (default ${DEFAULT_MAX_FILE_SIZE})
  --desk FILE        the desk entity list (default: the nearest .article-lens/entities.json
                     in the article's folder or above)
  --                 ends the options: every argument after it is a PATH
  -h, --help         show this help
  --version          print the version

Only regular files are read: a FIFO, device or socket is reported and skipped.
Exit status: 0 no warning or error, 1 some were found, 2 a usage error, or something
given could not be read (a file, a folder), or an internal error.`;

export interface FileResult {
  readonly path: string;
  readonly text: string;
  readonly analysis: Analysis;
  /** The desk's annotations from the file beside the article, re-anchored; empty when there is none. */
  readonly annotations?: readonly PlacedAnnotation[];
}

type Format = 'text' | 'json' | 'jsonl';
interface Options { format: Format; maxFileSize: number; paths: string[]; desk?: string }

/** Parses the arguments after the command; a string is a usage error. */
function parseArgs(args: readonly string[]): Options | string {
  const o: Options = { format: 'text', maxFileSize: DEFAULT_MAX_FILE_SIZE, paths: [] };
  let options = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (options && a === '--') { options = false; continue; }
    if (options && (a === '--format' || a.startsWith('--format='))) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'text' && v !== 'json' && v !== 'jsonl') return `--format must be "text", "json" or "jsonl", not ${v === undefined ? 'nothing' : `"${v}"`}`;
      o.format = v;
    } else if (options && (a === '--max-file-size' || a.startsWith('--max-file-size='))) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      const n = Number(v);
      if (!v || !Number.isInteger(n) || n <= 0) return `--max-file-size must be a positive number of bytes, not ${v === undefined ? 'nothing' : `"${v}"`}`;
      o.maxFileSize = n;
    } else if (options && (a === '--desk' || a.startsWith('--desk='))) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (!v) return '--desk needs a FILE';
      o.desk = v;
    } else if (options && a.startsWith('-') && a !== '-') {
      return `unknown option "${a}"`;
    } else {
      o.paths.push(a);
    }
  }
  return o.paths.length ? o : 'no PATH given';
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
  if (command !== 'analyze') {
    io.stderr(`article-lens: unknown command "${command}"\n\n${USAGE}\n`);
    return 2;
  }
  const o = parseArgs(args);
  if (typeof o === 'string') {
    io.stderr(`article-lens: ${o}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    return analyzeAll(o, io);
  } catch (err) {
    io.stderr(`article-lens: internal error: ${(err as Error)?.stack ?? String(err)}\nThis is a bug in Article Lens, not in your files: please report it, with the file if you can, on ${ISSUES_URL}.\n`);
    return 2;
  }
}

function analyzeAll(o: Options, io: CliIo): number {
  let failed = false;
  let bug = false;
  const problem = (p: Problem): void => {
    if (p.failure) failed = true;
    io.stderr(`article-lens: ${p.message}\n`);
  };
  let files = 0;
  let problems = 0;
  const desks = new DeskLists(o.desk, o.maxFileSize, problem);
  if (o.format === 'json') io.stdout('{"version":1,"files":[');
  for (const f of expandPaths(o.paths, problem)) {
    const read = readArticle(f, o.maxFileSize);
    if (!read.ok) { problem({ path: f, message: read.message, failure: true }); continue; }
    const decoded = decodeArticle(read.bytes);
    if (!decoded.ok) { problem({ path: f, message: `skipped ${f}: ${decoded.reason}`, failure: true }); continue; }
    const placed = annotationsFor(f, decoded.text, o.maxFileSize, problem);
    const list = desks.forArticle(f);
    let analysis: Analysis;
    try {
      analysis = analyze(decoded.text, { corrections: correctionsOf(placed), ...(list ? { desk: list } : {}) });
    } catch (err) {
      // One file's failure is reported (as a bug) and the other files are still analysed.
      bug = true;
      io.stderr(`article-lens: internal error analysing ${f}: ${(err as Error)?.message ?? String(err)}\nThis is a bug in Article Lens, not in your file: please report it, with the file if you can, on ${ISSUES_URL}.\n`);
      continue;
    }
    problems += analysis.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').length;
    problems += placed.filter((p) => p.start === null).length;
    const r: FileResult = { path: f, text: decoded.text, analysis, annotations: placed };
    if (o.format === 'json') io.stdout((files > 0 ? ',' : '') + JSON.stringify(fileJson(r)));
    else if (o.format === 'jsonl') io.stdout(JSON.stringify({ version: 1, ...fileJson(r) }) + '\n');
    else io.stdout(textOf(r));
    files++;
  }
  if (o.format === 'json') io.stdout(']}\n');
  if (o.format === 'text') io.stdout(`${files} file${files === 1 ? '' : 's'} analysed, ${problems} problem${problems === 1 ? '' : 's'}${failed ? ', some files could not be read' : ''}\n`);
  if (failed || bug) return 2;
  return problems > 0 ? 1 : 0;
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
function textOf(r: FileResult): string {
  const a = r.analysis;
  const pos = lineIndex(r.text);
  let out = '';
  for (const d of a.diagnostics) {
    const { line, character } = pos(d.start);
    out += `${r.path}:${line + 1}:${character + 1}: ${d.severity} ${d.message} [${d.code}]\n`;
  }
  for (const p of r.annotations ?? []) {
    if (p.start !== null) continue;
    out += `${r.path}:1:1: warning Annotation ${p.annotation.id} is orphaned: its words are no longer in the article: ${shorten(p.annotation.anchor.exact)} [orphaned-annotation]\n`;
  }
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  const unattributed = a.diagnostics.filter((d) => d.code === 'unattributed-quote').length;
  const speakers = new Set(direct.filter((q) => q.speaker).map((q) => q.speaker!.entity ?? q.speaker!.name));
  return `${out}${r.path}: ${direct.length} quotation${direct.length === 1 ? '' : 's'} (${unattributed} unattributed) from ${speakers.size} speaker${speakers.size === 1 ? '' : 's'}; ${a.entities.length} entities\n`;
}
