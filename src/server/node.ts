// The language server on Node: `article-lens lsp --stdio` (or `--node-ipc`, `--socket=N`).
// Beside each article it reads, from disk, what the CLI reads: the nearest
// `.article-lens/config.json` and `.article-lens/entities.json`, and `<article>.annotations.json`.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { atLine, parseAnnotations, placeAnnotations } from '../core';
import { DeskLists, TeamConfigs } from '../cli/desk';
import { DEFAULT_MAX_FILE_SIZE } from '../cli/options';
import { annotationsPath, readAnnotationsFile, type Problem } from '../cli/files';
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

export const nodeHost: ServerHost = {
  inputs: inputsFromDisk,
  updateAnnotations: updateAnnotationsOnDisk,
  userName: () => process.env.USER || process.env.USERNAME || process.env.LOGNAME || 'unknown',
};

/** Starts the server on the transport named in the arguments (`--stdio`, `--node-ipc`, `--socket=N`). */
export function runLanguageServer(): void {
  startServer(createConnection(ProposedFeatures.all), nodeHost);
}
