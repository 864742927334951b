// The Sourcing Report's page, as the webview shows it: pure (no editor API), so the page can be
// rendered and measured in a browser by the tests (test/webview), under the same Content
// Security Policy: default-src 'none', styles and the one script by nonce, no inline style.
import { reportTotals, speakersText, type ArticleReport } from '../core/report/report';

const esc = (s: string | number): string => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A fresh nonce for the page's one style element and one script. */
export function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  // (From the platform's cryptographic source, on the desktop and on the web alike.)
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => chars[b % chars.length]).join('');
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
  // Each bar's width is a class whose rule is in the nonce'd style element: the CSP allows no
  // inline style attribute (with one, every bar drew at the same width).
  const pct = (q: number): number => Math.round((q / max) * 100);
  const widths = [...new Set(top.map(([, v]) => pct(v.quotations)))].map((w) => `  .bar.w-${w} { width: ${w}%; }`).join('\n');
  const bars = top.map(([name, v]) => `<div class="bar-row" role="listitem"><span class="bar-label">${esc(name)}</span><span class="bar ${v.named ? 'named' : 'anonymous'} w-${pct(v.quotations)}" data-quotations="${v.quotations}"></span><span class="bar-value">${v.quotations}</span></div>`).join('');
  const articles = reports.map((r) => `
    <section>
      <h2>${esc(r.article)}${r.headline ? `: ${esc(r.headline)}` : ''}</h2>
      <p>${r.quotations} quotations, ${r.unattributed} unattributed, ${r.inferred} inferred; ${speakersText(r)}${r.agencies.length ? `; agencies: ${esc(r.agencies.join(', '))}` : ''}.</p>
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
${widths}
</style>
</head>
<body>
<h1>Sourcing report: ${esc(scope)}</h1>
<p>${t.articles} article${t.articles === 1 ? '' : 's'}, ${t.quotations} direct quotations: ${t.attributed} attributed (${t.inferred} inferred from context), <strong>${t.unattributed} unattributed</strong>; ${speakersText(t)}.${status ? ` Desk status: ${status}.` : ''}</p>
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
