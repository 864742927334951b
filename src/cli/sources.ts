// Where the CLI's articles come from, in order: files, folders and globs (with the team
// configuration's include and exclude), standard input, and JSON Lines records; and the desk's
// annotations beside each article.
import path from 'node:path';
import picomatch from 'picomatch';
import { atLine, parseAnnotations, placeAnnotations, type PlacedAnnotation } from '../core/annotations';
import { decodeArticle } from '../core/text/decode';
import type { Options } from './args';
import { CONFIG_FILE, type TeamConfigs } from './desk';
import { DEFAULT_FILTER, expandPaths, readAnnotationsFile, readArticle, type FileFilter, type Problem } from './files';
import { linesOf, readAllOf } from './stdin';

/** One article to analyse: from a file, standard input, or a line of JSON Lines. */
export interface Doc {
  readonly label: string;
  /** Where its configuration, desk list and annotations are looked for, or null (none: a JSON Lines record). */
  readonly place: string | null;
  /** A file path (SARIF gives it as a relative URI), not an id. */
  readonly isPath: boolean;
  readonly read: () => { ok: true; text: string } | { ok: false; message: string };
}

/** The articles to analyse, in order: files, folders, globs, standard input, JSON Lines records. */
export function* documents(o: Options, problem: (p: Problem) => void, configs: TeamConfigs, stdin: number): Generator<Doc> {
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
export function annotationsFor(article: string, text: string, maxBytes: number, problem: (p: Problem) => void): PlacedAnnotation[] {
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

