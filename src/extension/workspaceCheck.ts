// Article Lens: Check Workspace: analyses every article file in the workspace, open or not
// (through vscode.workspace.fs, so it works on vscode.dev too), with progress and cancellation.
import * as vscode from 'vscode';
import { analyze, decodeArticle } from '../core';
import type { Diagnostics } from './diagnostics';
import type { SettingsWatcher } from './settings';
import type { AnalysisStore } from './store';

export interface CheckResult {
  readonly files: number;
  readonly problems: number;
  readonly skipped: readonly string[];
  readonly cancelled: boolean;
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
        if (!a) { skipped.push(`${vscode.workspace.asRelativePath(uri)}: too large`); continue; }
        count = diagnostics.convert(uri, a, open.getText()).length;
      } else {
        let bytes: Uint8Array;
        try {
          bytes = await vscode.workspace.fs.readFile(uri);
        } catch (err) {
          skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${err instanceof Error ? err.message : String(err)}`);
          continue;
        }
        if (bytes.length > s.maxFileSize) { skipped.push(`${vscode.workspace.asRelativePath(uri)}: over the size limit`); continue; }
        const decoded = decodeArticle(bytes);
        if (!decoded.ok) { skipped.push(`${vscode.workspace.asRelativePath(uri)}: ${decoded.reason}`); continue; }
        const a = analyze(decoded.text, { checkHeadline: s.checkHeadline });
        count = diagnostics.publish(uri, a, decoded.text).length;
      }
      files++;
      problems += count;
      // Let the editor breathe between files.
      await new Promise((r) => setTimeout(r, 0));
    }
    return { files, problems, skipped, cancelled: false };
  });
}
