// Article Lens: Check Workspace: analyses every article file in the workspace, open or not
// (read through vscode.workspace.fs, so it works on vscode.dev too; analysed by the language
// server, never on the editor's thread), with progress and cancellation.
import * as vscode from 'vscode';
import { decodeArticle } from '../core';
import type { ServerConnection } from './client';
import type { WorkspaceDiagnostics } from './diagnostics';
import type { SettingsWatcher } from './settings';
import type { AnalysisStore } from './store';

export interface CheckResult {
  readonly files: number;
  readonly problems: number;
  readonly skipped: readonly string[];
  readonly cancelled: boolean;
}

/**
 * Analyses a file that is not open and publishes its diagnostics; returns their count, or why
 * it was skipped. The size limit counts characters, as for open documents. A failing analysis
 * is reported for that file (and its old diagnostics cleared); it never stops the others.
 */
async function analyzeClosed(store: AnalysisStore, server: ServerConnection, diagnostics: WorkspaceDiagnostics, settings: SettingsWatcher, uri: vscode.Uri, bytes: Uint8Array): Promise<number | string> {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) { diagnostics.collection.delete(uri); return decoded.reason; }
  if (decoded.text.length > settings.settings.maxFileSize) { diagnostics.collection.delete(uri); return `over the size limit (${decoded.text.length} characters)`; }
  let r;
  try {
    r = await store.analyseText(uri, decoded.text);
  } catch (err) {
    r = { kind: 'failed' as const, version: 0, message: err instanceof Error ? err.message : String(err) };
  }
  if (r?.kind !== 'ready') {
    diagnostics.collection.delete(uri);
    if (r?.kind === 'too-large') return `over the size limit (${r.size} characters)`;
    if (r?.kind === 'timed-out') return `the analysis ran over the ${r.ms} ms limit`;
    return `analysis failed (${r?.kind === 'failed' ? r.message : 'no answer'}; a bug, please report it)`;
  }
  const list = server.diagnosticsOf(r);
  diagnostics.collection.set(uri, list);
  return list.length;
}

/**
 * Keeps the diagnostics of closed files that Check Workspace published up to date: a file that
 * changes on disk is analysed again, one deleted loses its diagnostics. Open documents are the
 * server's.
 */
export function watchClosedFiles(store: AnalysisStore, server: ServerConnection, diagnostics: WorkspaceDiagnostics, settings: SettingsWatcher): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{article,news}');
  const isOpen = (uri: vscode.Uri): boolean => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  const refresh = async (uri: vscode.Uri): Promise<void> => {
    if (isOpen(uri) || !diagnostics.collection.has(uri)) return;
    try {
      await analyzeClosed(store, server, diagnostics, settings, uri, await vscode.workspace.fs.readFile(uri));
    } catch {
      diagnostics.collection.delete(uri);
    }
  };
  return vscode.Disposable.from(
    watcher,
    watcher.onDidChange((uri) => void refresh(uri)),
    watcher.onDidDelete((uri) => { if (!isOpen(uri)) diagnostics.collection.delete(uri); }),
  );
}

export async function checkWorkspace(store: AnalysisStore, server: ServerConnection, diagnostics: WorkspaceDiagnostics, settings: SettingsWatcher): Promise<CheckResult> {
  const s = settings.settings;
  const exclude = s.exclude.length ? `{${s.exclude.join(',')}}` : undefined;
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Article Lens: checking articles', cancellable: true }, async (progress, token) => {
    const uris = await vscode.workspace.findFiles('**/*.{article,news}', exclude, undefined, token);
    let problems = 0;
    let files = 0;
    const skipped: string[] = [];
    for (const uri of uris) {
      if (token.isCancellationRequested) return { files, problems, skipped, cancelled: true };
      progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      let count: number;
      if (open && open.languageId === 'article') {
        const a = await store.analyzeNow(open);
        if (!a) {
          const st = store.state(open);
          skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${st?.kind === 'failed' ? `analysis failed (${st.message})` : st?.kind === 'timed-out' ? 'the analysis ran over the time limit' : 'over the size limit'}`);
          continue;
        }
        count = a.diagnostics.length;
      } else {
        let bytes: Uint8Array;
        try {
          bytes = await vscode.workspace.fs.readFile(uri);
        } catch (err) {
          skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
        const c = await analyzeClosed(store, server, diagnostics, settings, uri, bytes);
        if (typeof c === 'string') { skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${c}`); continue; }
        count = c;
      }
      files++;
      problems += count;
    }
    return { files, problems, skipped, cancelled: false };
  });
}
