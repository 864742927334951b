// **Sourcing Report**: the active article or the whole workspace, with progress and
// cancellation, in a webview (a table and a bar chart in the theme's colours, keyboard
// accessible, no remote content, a strict Content Security Policy) with export to CSV or
// Markdown. The numbers are the CLI's `report` (src/core/report.ts).
import * as vscode from 'vscode';
import { correctionsOf, decodeArticle, placeAnnotations, type Analysis, type PlacedAnnotation } from '../core';
import { articleReport, csvHeader, csvRows, reportMarkdown, reportTotals, type ArticleReport } from '../core/report';
import type { DeskAnnotations } from './annotations';
import type { SettingsWatcher } from './settings';
import { isArticle, type AnalysisStore } from './store';

export const REPORT_COMMAND = 'articleLens.sourcingReport';

export interface ReportResult {
  readonly reports: readonly ArticleReport[];
  readonly skipped: readonly string[];
  readonly cancelled: boolean;
  readonly panel: vscode.WebviewPanel | undefined;
}

const esc = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length: 32 }, () => chars[Math.floor(Math.random() * chars.length)]).join('');
}

/** The report as a page: totals, a bar chart of quotations per speaker, and a table per article. */
export function reportHtml(reports: readonly ArticleReport[], cspSource: string, scriptNonce: string, scope: string): string {
  const t = reportTotals(reports);
  // Speakers across the articles, most quoted first (the top 15 in the chart).
  const bySpeaker = new Map<string, { quotations: number; named: boolean }>();
  for (const r of reports) for (const row of r.rows) {
    if (row.kind !== 'speaker' && row.kind !== 'anonymous') continue;
    const have = bySpeaker.get(row.name) ?? { quotations: 0, named: row.named === 'named' };
    have.quotations += row.quotations;
    bySpeaker.set(row.name, have);
  }
  const top = [...bySpeaker.entries()].sort((a, b) => b[1].quotations - a[1].quotations).slice(0, 15);
  const max = Math.max(1, ...top.map(([, v]) => v.quotations));
  const bars = top.map(([name, v]) => `<div class="bar-row" role="listitem"><span class="bar-label">${esc(name)}</span><span class="bar ${v.named ? 'named' : 'anonymous'}" style="width:${Math.round((v.quotations / max) * 100)}%"></span><span class="bar-value">${v.quotations}</span></div>`).join('');
  const articles = reports.map((r) => `
    <section>
      <h2>${esc(r.article)}${r.headline ? `: ${esc(r.headline)}` : ''}</h2>
      <p>${r.quotations} quotations, ${r.unattributed} unattributed, ${r.inferred} inferred; ${r.namedSpeakers} named and ${r.anonymousSpeakers} anonymous speakers${r.agencies.length ? `; agencies: ${esc(r.agencies.join(', '))}` : ''}.</p>
      ${r.rows.length ? `<table><caption class="visually-hidden">Speakers and sources of ${esc(r.article)}</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Named</th><th scope="col" class="num">Quotations</th><th scope="col" class="num">Inferred</th><th scope="col" class="num">Verified</th><th scope="col" class="num">Needs check</th><th scope="col">Source type</th></tr></thead>
        <tbody>${r.rows.map((row) => `<tr><th scope="row">${esc(row.name)}</th><td>${esc(row.kind)}${row.type && row.kind !== 'unattributed' ? ` (${esc(row.type)})` : ''}</td><td>${esc(row.named)}</td><td class="num">${row.quotations}</td><td class="num">${row.inferred}</td><td class="num">${row.verified}</td><td class="num">${row.needsCheck}</td><td>${esc(row.sourceType)}</td></tr>`).join('')}</tbody>
      </table>` : '<p><em>No quotations or sources.</em></p>'}
    </section>`).join('');
  const status = Object.entries(t.status).map(([k, v]) => `${esc(k)} ${v}`).join(', ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${scriptNonce}'; script-src 'nonce-${scriptNonce}'; img-src ${cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Sourcing Report</title>
<style nonce="${scriptNonce}">
  body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 20px 20px; }
  h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
  table { border-collapse: collapse; width: 100%; margin: .5em 0; }
  th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-editorWidget-border)); }
  thead th { color: var(--vscode-descriptionForeground); font-weight: 600; }
  .num { text-align: right; font-variant-numeric: tabular-nums; }
  .bars { max-width: 720px; }
  .bar-row { display: grid; grid-template-columns: 14em 1fr 3em; align-items: center; gap: 8px; margin: 3px 0; }
  .bar-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
  .bar { display: block; height: 12px; min-width: 2px; }
  .bar.named { background: var(--vscode-charts-blue); }
  .bar.anonymous { background: var(--vscode-charts-orange); }
  .legend span { display: inline-block; width: 10px; height: 10px; margin: 0 4px 0 12px; }
  .legend .named { background: var(--vscode-charts-blue); } .legend .anonymous { background: var(--vscode-charts-orange); }
  button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: none; padding: 6px 14px; margin-right: 8px; cursor: pointer; }
  button:hover { background: var(--vscode-button-hoverBackground); }
  button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 2px; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style>
</head>
<body>
<h1>Sourcing report: ${esc(scope)}</h1>
<p>${t.articles} article${t.articles === 1 ? '' : 's'}, ${t.quotations} direct quotations: ${t.attributed} attributed (${t.inferred} inferred from context), <strong>${t.unattributed} unattributed</strong>; ${t.namedSpeakers} named and ${t.anonymousSpeakers} anonymous speakers.${status ? ` Desk status: ${status}.` : ''}</p>
<p><button id="refresh" type="button">Refresh</button><button id="export-csv" type="button">Export CSV…</button><button id="export-md" type="button">Export Markdown…</button></p>
<h2 id="chart-title">Quotations per speaker</h2>
<p class="legend" aria-hidden="true"><span class="named"></span>named<span class="anonymous"></span>anonymous</p>
<div class="bars" role="list" aria-labelledby="chart-title">${bars || '<p><em>No attributed quotations.</em></p>'}</div>
${articles}
<script nonce="${scriptNonce}">
  const vscode = acquireVsCodeApi();
  document.getElementById('export-csv').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'csv' }));
  document.getElementById('export-md').addEventListener('click', () => vscode.postMessage({ type: 'export', format: 'md' }));
  document.getElementById('refresh').addEventListener('click', () => vscode.postMessage({ type: 'refresh' }));
</script>
</body>
</html>`;
}

/** The analysis and annotations of one article file, open or not. */
async function reportOf(store: AnalysisStore, notes: DeskAnnotations, settings: SettingsWatcher, uri: vscode.Uri): Promise<ArticleReport | string> {
  const label = vscode.workspace.asRelativePath(uri);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open && isArticle(open)) {
    await notes.load(open.uri);
    // (The current analysis where there is one: an open article is not analysed again.)
    const a = store.get(open) ?? store.analyzeNow(open);
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
  let a: Analysis;
  try {
    a = store.analyzer(decoded.text, { ...store.optionsForFile(uri), corrections: correctionsOf(placed) });
  } catch (err) {
    return `${label}: analysis failed (${err instanceof Error ? err.message : String(err)})`;
  }
  return articleReport(label, a, placed);
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
