// The language server on Node: `article-lens lsp --stdio` (or `--node-ipc`, `--socket=N`).
// Beside each article it reads, from disk, what the CLI reads: the nearest
// `.article-lens/config.json` and `.article-lens/entities.json`, and `<article>.annotations.json`.
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ANALYSIS_WORKER_DATA } from '../worker/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { atLine, parseAnnotations, placeAnnotations } from '../core';
import { DeskLists, TeamConfigs } from '../cli/desk';
import { DEFAULT_MAX_FILE_SIZE } from '../cli/args';
import { annotationsPath, readAnnotationsFile, type Problem } from '../cli/files';
import type { Port } from './pool';
import { startServer, type DocumentInputs, type ServerHost } from './server';

/** Reads the files beside an article on disk; an article that is not a file has none. */
export function inputsFromDisk(uri: string, text: string): DocumentInputs {
  if (!uri.startsWith('file:')) return {};
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    return {};
  }
  const problems: string[] = [];
  const problem = (p: Problem): void => { problems.push(`${p.path}: ${p.message}`); };
  // (Read afresh for every analysis: the files are small, and an edit to one applies at once.)
  const team = new TeamConfigs(undefined, DEFAULT_MAX_FILE_SIZE, problem).forArticle(file);
  const desk = new DeskLists(undefined, DEFAULT_MAX_FILE_SIZE, problem).forArticle(file);
  let placed: DocumentInputs['placed'] = [];
  const notes = readAnnotationsFile(file, DEFAULT_MAX_FILE_SIZE);
  if (notes.kind === 'error') problems.push(`${notes.message}; its annotations are ignored`);
  if (notes.kind === 'ok') {
    const parsed = parseAnnotations(notes.text);
    if (parsed.ok) placed = placeAnnotations(text, parsed.annotations);
    else problems.push(`${notes.path}${atLine(parsed.error)}: malformed annotations file: ${parsed.error.message}; its annotations are ignored until it is fixed`);
  }
  return { team, desk, placed, problems };
}

/**
 * Rewrites the annotations file beside a file article: read now, updated, written to a
 * temporary file beside it and renamed over it, so a reader never sees half a file.
 */
export function updateAnnotationsOnDisk(uri: string, update: (fileText: string) => { ok: true; text: string } | { ok: false; message: string }): { ok: true } | { ok: false; message: string } {
  if (!uri.startsWith('file:')) return { ok: false, message: 'the article is not saved as a file, so there is nowhere beside it to keep annotations' };
  const file = annotationsPath(fileURLToPath(uri));
  const now = readAnnotationsFile(fileURLToPath(uri), DEFAULT_MAX_FILE_SIZE);
  if (now.kind === 'error') return { ok: false, message: now.message };
  const next = update(now.kind === 'ok' ? now.text : '');
  if (!next.ok) return next;
  const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(temp, next.text, { flag: 'wx' });
    renameSync(temp, file);
    return { ok: true };
  } catch (err) {
    try { rmSync(temp, { force: true }); } catch { /* nothing to clean */ }
    return { ok: false, message: `cannot write ${file}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * The analysis worker: the running bundle itself (`dist/server.js`, `dist/cli.js`), started as
 * a worker thread with ANALYSIS_WORKER_DATA; none when running from the sources (tests), where
 * the server analyses on its own thread.
 */
export function startNodeWorker(file: string): Port | undefined {
  if (!/\.js$/.test(file) || !existsSync(file)) return undefined;
  const w = new Worker(file, { workerData: ANALYSIS_WORKER_DATA });
  w.unref();
  let ended = false;
  return {
    post: (m) => w.postMessage(m),
    onMessage: (cb) => { w.on('message', cb); },
    onError: (cb) => {
      w.on('error', (e) => cb(e.message));
      w.on('exit', (code) => { if (!ended) cb(`the worker exited (code ${code})`); });
    },
    terminate: () => { ended = true; void w.terminate(); },
  };
}

/** The Node host; `bundle` is the script a worker thread runs (the running bundle), if any. */
export const nodeHost = (bundle?: string): ServerHost => ({
  inputs: inputsFromDisk,
  ...(bundle ? { startWorker: () => startNodeWorker(bundle) } : {}),
  updateAnnotations: updateAnnotationsOnDisk,
  userName: () => process.env.USER || process.env.USERNAME || process.env.LOGNAME || 'unknown',
});

/**
 * Starts the server on the transport named in the arguments (`--stdio`, `--node-ipc`,
 * `--socket=N`); `bundle` is the running script, which a worker thread runs for the analyses
 * (it must start the analysis worker when isAnalysisWorker()).
 */
export function runLanguageServer(bundle?: string): void {
  startServer(createConnection(ProposedFeatures.all), nodeHost(bundle));
}
