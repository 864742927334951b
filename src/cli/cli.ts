// article-lens analyze [--format text|json] PATH...
// A contract other tools depend on: see README "Command line".
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../core/analyze';
import { lineIndex } from '../core/lines';
import type { Analysis } from '../core/types';
import { decodeArticle } from '../core/decode';
import { toJson } from './json';

export interface CliIo {
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
}

export const VERSION = '0.1.0';
const EXTENSIONS = new Set(['.article', '.news']);

const USAGE = `Usage: article-lens analyze [--format text|json] PATH...

Analyses news articles: named entities, direct quotations and their speakers, and
quotations with no attributed speaker. PATH may be a file or a folder (searched for
.article and .news files).

Options:
  --format text   one line per problem, path:line:col: severity message [code] (default)
  --format json   the full analysis as JSON (version 1)
  -h, --help      show this help
  --version       print the version

Exit status: 0 no warning or error, 1 some were found, 2 usage error or unreadable file.`;

export interface FileResult {
  readonly path: string;
  readonly text: string;
  readonly analysis: Analysis;
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
  let format: 'text' | 'json' = 'text';
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v !== 'text' && v !== 'json') {
        io.stderr(`article-lens: --format must be "text" or "json", not ${v === undefined ? 'nothing' : `"${v}"`}\n`);
        return 2;
      }
      format = v;
    } else if (a.startsWith('-') && a !== '-') {
      io.stderr(`article-lens: unknown option "${a}"\n\n${USAGE}\n`);
      return 2;
    } else {
      paths.push(a);
    }
  }
  if (paths.length === 0) {
    io.stderr(`article-lens: no PATH given\n\n${USAGE}\n`);
    return 2;
  }

  let failed = false;
  const files: string[] = [];
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (err) {
      io.stderr(`article-lens: cannot read ${p}: ${describe(err)}\n`);
      failed = true;
      continue;
    }
    if (st.isDirectory()) {
      const found = walk(p, io);
      if (found.length === 0) io.stderr(`article-lens: no .article or .news files in ${p}\n`);
      files.push(...found);
    } else {
      files.push(p);
    }
  }

  const results: FileResult[] = [];
  for (const f of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(f);
    } catch (err) {
      io.stderr(`article-lens: cannot read ${f}: ${describe(err)}\n`);
      failed = true;
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      io.stderr(`article-lens: skipped ${f}: ${decoded.reason}\n`);
      failed = true;
      continue;
    }
    results.push({ path: f, text: decoded.text, analysis: analyze(decoded.text) });
  }

  let problems = 0;
  for (const r of results) problems += r.analysis.diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').length;

  if (format === 'json') {
    io.stdout(JSON.stringify(toJson(results)) + '\n');
  } else {
    for (const r of results) {
      const pos = lineIndex(r.text);
      for (const d of r.analysis.diagnostics) {
        const { line, character } = pos(d.start);
        io.stdout(`${r.path}:${line + 1}:${character + 1}: ${d.severity} ${d.message} [${d.code}]\n`);
      }
    }
    for (const r of results) {
      const a = r.analysis;
      const direct = a.quotes.filter((q) => q.kind === 'direct');
      const unattributed = a.diagnostics.filter((d) => d.code === 'unattributed-quote').length;
      const speakers = new Set(direct.filter((q) => q.speaker).map((q) => q.speaker!.entity ?? q.speaker!.name));
      io.stdout(`${r.path}: ${direct.length} quotation${direct.length === 1 ? '' : 's'} (${unattributed} unattributed) from ${speakers.size} speaker${speakers.size === 1 ? '' : 's'}; ${a.entities.length} entities\n`);
    }
    io.stdout(`${results.length} file${results.length === 1 ? '' : 's'} analysed, ${problems} problem${problems === 1 ? '' : 's'}${failed ? ', some files could not be read' : ''}\n`);
  }
  if (failed) return 2;
  return problems > 0 ? 1 : 0;
}

function walk(dir: string, io: CliIo): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    io.stderr(`article-lens: cannot read folder ${dir}: ${describe(err)}\n`);
    return out;
  }
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p, io));
    else if (EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(p);
  }
  return out;
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a folder';
  return e?.message ?? String(err);
}
