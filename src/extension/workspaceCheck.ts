// Article Lens: Check Workspace: analyses every article file in the workspace, open or not
// (through vscode.workspace.fs, so it works on vscode.dev too), with progress and cancellation.
import * as vscode from 'vscode';
import { decodeArticle } from '../core';
import type { Diagnostics } from './diagnostics';
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
function analyzeClosed(store: AnalysisStore, diagnostics: Diagnostics, settings: SettingsWatcher, uri: vscode.Uri, bytes: Uint8Array): number | string {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) { diagnostics.collection.delete(uri); return decoded.reason; }
  if (decoded.text.length > settings.settings.maxFileSize) { diagnostics.collection.delete(uri); return `over the size limit (${decoded.text.length} characters)`; }
  try {
    const a = store.analyzer(decoded.text, store.optionsForFile(uri));
    return diagnostics.publish(uri, a, decoded.text).length;
  } catch (err) {
    diagnostics.collection.delete(uri);
    return `analysis failed (${err instanceof Error ? err.message : String(err)}; a bug, please report it)`;
  }
}

/**
 * Keeps the diagnostics of closed files that Check Workspace published up to date: a file that
 * changes on disk is analysed again, one deleted loses its diagnostics. Open documents are the
 * store's.
 */
export function watchClosedFiles(store: AnalysisStore, diagnostics: Diagnostics, settings: SettingsWatcher): vscode.Disposable {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{article,news}');
  const isOpen = (uri: vscode.Uri): boolean => vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
  const refresh = async (uri: vscode.Uri): Promise<void> => {
    if (isOpen(uri) || !diagnostics.collection.has(uri)) return;
    try {
      analyzeClosed(store, diagnostics, settings, uri, await vscode.workspace.fs.readFile(uri));
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

export async function checkWorkspace(store: AnalysisStore, diagnostics: Diagnostics, settings: SettingsWatcher): Promise<CheckResult> {
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
        const a = store.analyzeNow(open);
        if (!a) {
          const st = store.state(open);
          skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${st?.kind === 'failed' ? `analysis failed (${st.message})` : 'over the size limit'}`);
          continue;
        }
        count = diagnostics.convert(uri, a, open.getText()).length;
      } else {
        let bytes: Uint8Array;
        try {
          bytes = await vscode.workspace.fs.readFile(uri);
        } catch (err) {
          skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
        const c = analyzeClosed(store, diagnostics, settings, uri, bytes);
        if (typeof c === 'string') { skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${c}`); continue; }
        count = c;
      }
      files++;
      problems += count;
      // Let the editor breathe between files.
      await new Promise((r) => setTimeout(r, 0));
    }
    return { files, problems, skipped, cancelled: false };
  });
}
