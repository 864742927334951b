// **Sourcing Report**: the active article or the whole workspace, with progress and
// cancellation, in a webview (a table and a bar chart in the theme's colours, keyboard
// accessible, no remote content, a strict Content Security Policy) with export to CSV or
// Markdown. The numbers are the CLI's `report` (src/core/report/report.ts).
import * as vscode from 'vscode';
import { decodeArticle, placeAnnotations, type PlacedAnnotation } from '../core';
import { articleReport, csvHeader, csvRows, reportMarkdown, type ArticleReport } from '../core/report/report';
import type { DeskAnnotations } from './annotations';
import { nonce, reportHtml } from './reportHtml';
import type { SettingsWatcher } from './settings';
import { isArticle, type AnalysisStore } from './store';

export const REPORT_COMMAND = 'articleLens.sourcingReport';

export interface ReportResult {
  readonly reports: readonly ArticleReport[];
  readonly skipped: readonly string[];
  readonly cancelled: boolean;
  readonly panel: vscode.WebviewPanel | undefined;
}

export { reportHtml };

/** The analysis and annotations of one article file, open or not. */
async function reportOf(store: AnalysisStore, notes: DeskAnnotations, settings: SettingsWatcher, uri: vscode.Uri): Promise<ArticleReport | string> {
  const label = vscode.workspace.asRelativePath(uri);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open && isArticle(open)) {
    await notes.load(open.uri);
    // (The current analysis where there is one: an open article is not analysed again.)
    const a = store.get(open) ?? await store.analyzeNow(open);
    if (!a) return `${label}: could not be analysed (over the size limit, or the analysis failed)`;
    return articleReport(label, a, notes.placed(open));
  }
  let bytes: Uint8Array;
  try { bytes = await vscode.workspace.fs.readFile(uri); } catch (err) { return `${label}: ${err instanceof Error ? err.message : String(err)}`; }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return `${label}: ${decoded.reason}`;
  if (decoded.text.length > settings.settings.maxFileSize) return `${label}: over the size limit (${decoded.text.length} characters)`;
  const entry = await notes.load(uri);
  const placed: PlacedAnnotation[] = entry.items.length ? placeAnnotations(decoded.text, entry.items) : [];
  let r;
  try {
    // (The server reads the same annotations through the extension, and applies their corrections.)
    r = await store.analyseText(uri, decoded.text);
  } catch (err) {
    return `${label}: analysis failed (${err instanceof Error ? err.message : String(err)})`;
  }
  if (r?.kind !== 'ready') return `${label}: ${r?.kind === 'too-large' ? `over the size limit (${r.size} characters)` : r?.kind === 'timed-out' ? `the analysis ran over the ${r.ms} ms limit` : `analysis failed (${r?.kind === 'failed' ? r.message : 'no answer'})`}`;
  return articleReport(label, r.analysis, placed);
}

export function registerReport(context: vscode.ExtensionContext, store: AnalysisStore, notes: DeskAnnotations, settings: SettingsWatcher): void {
  let panel: vscode.WebviewPanel | undefined;
  let listener: vscode.Disposable | undefined;
  context.subscriptions.push(vscode.commands.registerCommand(REPORT_COMMAND, async (args?: { scope?: 'active' | 'workspace'; show?: boolean; uri?: string }): Promise<ReportResult | undefined> => {
    // (The article is named when the panel's Refresh asks: the panel, not an editor, has the focus then.)
    const active = args?.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) : vscode.window.activeTextEditor?.document;
    let scope = args?.scope;
    if (!scope) {
      const picks: Array<vscode.QuickPickItem & { scope: 'active' | 'workspace' }> = [];
      if (active && isArticle(active)) picks.push({ label: '$(file-text) Active article', description: vscode.workspace.asRelativePath(active.uri), scope: 'active' });
      if (vscode.workspace.workspaceFolders?.length) picks.push({ label: '$(folder) Whole workspace', description: 'every .article and .news file', scope: 'workspace' });
      if (!picks.length) { void vscode.window.showInformationMessage('Article Lens: open an article or a folder of articles first.'); return undefined; }
      const pick = picks.length === 1 ? picks[0] : await vscode.window.showQuickPick(picks, { title: 'Sourcing Report', placeHolder: 'Report on…' });
      if (!pick) return undefined;
      scope = pick.scope;
    }
    const reports: ArticleReport[] = [];
    const skipped: string[] = [];
    let cancelled = false;
    if (scope === 'active') {
      if (!active || !isArticle(active)) { void vscode.window.showInformationMessage('Article Lens: open an article first.'); return undefined; }
      const r = await reportOf(store, notes, settings, active.uri);
      if (typeof r === 'string') skipped.push(r); else reports.push(r);
    } else {
      const exclude = settings.settings.exclude.length ? `{${settings.settings.exclude.join(',')}}` : undefined;
      cancelled = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: 'Article Lens: sourcing report', cancellable: true }, async (progress, token) => {
        const uris = (await vscode.workspace.findFiles('**/*.{article,news}', exclude, undefined, token)).sort((a, b) => a.path.localeCompare(b.path));
        for (const uri of uris) {
          if (token.isCancellationRequested) return true;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, uris.length) });
          const r = await reportOf(store, notes, settings, uri);
          if (typeof r === 'string') skipped.push(r); else reports.push(r);
          // (The editor's thread is given back between articles.)
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        return token.isCancellationRequested;
      });
    }
    if (cancelled) void vscode.window.showInformationMessage(`Article Lens: the sourcing report was cancelled after ${reports.length} article${reports.length === 1 ? '' : 's'}.`);
    if (skipped.length) void vscode.window.showWarningMessage(`Article Lens: ${skipped.length} file${skipped.length === 1 ? '' : 's'} left out of the report: ${skipped.slice(0, 3).join('; ')}${skipped.length > 3 ? '…' : ''}`);
    if (args?.show === false) return { reports, skipped, cancelled, panel: undefined };
    const title = scope === 'active' ? vscode.workspace.asRelativePath(active!.uri) : 'workspace';
    if (!panel) {
      panel = vscode.window.createWebviewPanel('articleLens.report', 'Sourcing Report', vscode.ViewColumn.Beside, { enableScripts: true, localResourceRoots: [] });
      panel.onDidDispose(() => { panel = undefined; listener?.dispose(); listener = undefined; });
    }
    const shown = panel;
    // (Run again, the report shows again: a panel behind another editor comes forward, keeping the focus where it is.)
    if (!shown.visible) shown.reveal(undefined, true);
    shown.title = `Sourcing Report: ${title}`;
    shown.webview.html = reportHtml(reports, shown.webview.cspSource, nonce(), title);
    listener?.dispose();
    const again = { scope, ...(scope === 'active' && active ? { uri: active.uri.toString() } : {}) };
    listener = shown.webview.onDidReceiveMessage(async (m: { type?: string; format?: string }) => {
      // (Refresh: the same scope again, after edits.)
      if (m?.type === 'refresh') { await vscode.commands.executeCommand(REPORT_COMMAND, again); return; }
      if (m?.type !== 'export') return;
      const csv = m.format === 'csv';
      const target = await vscode.window.showSaveDialog({ title: 'Export the sourcing report', filters: csv ? { CSV: ['csv'] } : { Markdown: ['md'] }, saveLabel: 'Export' });
      if (!target) return;
      const text = csv ? csvHeader() + reports.map(csvRows).join('') : reportMarkdown(reports);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
      void vscode.window.showInformationMessage(`Article Lens: exported the sourcing report to ${vscode.workspace.asRelativePath(target)}.`);
    });
    return { reports, skipped, cancelled, panel: shown };
  }));
}
