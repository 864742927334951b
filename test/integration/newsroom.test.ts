// The newsroom's standards in a real editor (issue 13): the team configuration file read and
// watched (severities, verbs, a malformed file left alone), the sourcing checks' quick fixes,
// the language defaults for prose, and the Sourcing Report command with its webview.
// All text is invented.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../src/extension/extension';
import type { ReportResult } from '../../src/extension/report';
import { PIER_ARTICLE } from '../shared/articles';
import { activateExtension, closeAllEditors, waitFor, workspaceUri } from './helpers';

const ARTICLE = [
  'Harbour Dredging Delayed',
  '',
  '"The channel will be open by June," Harbourmaster Ines Vale claimed on Monday.',
  '',
  'Officials said the dredger had broken down twice.',
  '',
].join('\n');

async function open(name: string, text = ARTICLE): Promise<{ a: ArticleLensApi; doc: vscode.TextDocument }> {
  const a = (await activateExtension()).exports as ArticleLensApi;
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await waitFor('the analysis', () => (a.store.get(doc) ? true : undefined));
  return { a, doc };
}

const ours = (doc: vscode.TextDocument, code: string): vscode.Diagnostic[] =>
  vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Article Lens' && (typeof d.code === 'object' ? d.code.value : d.code) === code);

suite('Newsroom standards: team configuration, sourcing checks, report', () => {
  teardown(closeAllEditors);
  const configFile = workspaceUri('.article-lens/config.json');

  test('the sourcing checks give diagnostics with quick fixes: "said" for a loaded verb', async () => {
    const { doc } = await open('loaded-verb.article');
    const loaded = await waitFor('loaded-verb', () => ours(doc, 'loaded-verb')[0]);
    assert.strictEqual(doc.getText(loaded.range), 'claimed');
    assert.strictEqual(loaded.severity, vscode.DiagnosticSeverity.Information);
    const anon = await waitFor('anonymous-source-no-reason', () => ours(doc, 'anonymous-source-no-reason')[0]);
    assert.strictEqual(doc.getText(anon.range), 'Officials');
    assert.strictEqual(anon.severity, vscode.DiagnosticSeverity.Warning);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, loaded.range);
    const fix = actions.find((x) => x.title === 'Use "said"');
    assert.ok(fix?.edit, actions.map((x) => x.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.getText().includes('Ines Vale said on Monday'));
    await waitFor('the loaded verb gone', () => (ours(doc, 'loaded-verb').length === 0 ? true : undefined));
    // The anonymous source: a reason inserted after it, its placeholder selected to type over.
    const anonNow = await waitFor('the anonymous source still flagged', () => ours(doc, 'anonymous-source-no-reason')[0]);
    const anonActions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, anonNow.range);
    const reason = anonActions.find((x) => x.title === 'Add a reason for anonymity after the source');
    assert.ok(reason?.edit && reason.command, anonActions.map((x) => x.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(reason.edit));
    await vscode.commands.executeCommand(reason.command.command, ...(reason.command.arguments ?? []));
    assert.ok(doc.getText().includes('Officials, who spoke on condition of anonymity because REASON, said'), doc.getText());
    assert.strictEqual(doc.getText(vscode.window.activeTextEditor!.selection), 'REASON');
  });

  test('the Sources view marks an anonymous source given no reason', async () => {
    const { a, doc } = await open('anonymous-tree.article', 'Port Talks Stall\n\n"We will not sign this week," said one Western diplomat.\n');
    await waitFor('the check', () => ours(doc, 'anonymous-source-no-reason')[0]);
    const item = await waitFor('the anonymous source in the view', () => {
      const roots = a.tree.getChildren();
      const sources = roots.find((n) => n.kind === 'group' && n.id === 'sources');
      const found = sources ? a.tree.getChildren(sources).map((n) => a.tree.getTreeItem(n)).find((i) => /diplomat/.test(String(i.label))) : undefined;
      return found;
    });
    assert.ok(/anonymous · 1 quotation · no reason given/.test(String(item.description)), String(item.description));
    assert.ok(/no reason for anonymity/.test(String(item.tooltip)), String(item.tooltip));
  });

  test('.article-lens/config.json: its severities apply at once, a malformed one is reported and left alone', async () => {
    const { a, doc } = await open('team-config.article');
    await waitFor('the default diagnostics', () => ours(doc, 'loaded-verb')[0]);
    try {
      await vscode.workspace.fs.writeFile(configFile, new TextEncoder().encode(JSON.stringify({ rules: { 'loaded-verb': 'error', 'anonymous-source-no-reason': 'off' } })));
      await waitFor('loaded-verb an error', () => (ours(doc, 'loaded-verb')[0]?.severity === vscode.DiagnosticSeverity.Error ? true : undefined), 8000);
      await waitFor('the anonymous-source check off', () => (ours(doc, 'anonymous-source-no-reason').length === 0 ? true : undefined));
      assert.strictEqual(a.team.configFor(doc)?.rules?.['loaded-verb'], 'error');
      // A house that prefers "claimed": never flagged.
      await vscode.workspace.fs.writeFile(configFile, new TextEncoder().encode(JSON.stringify({ verbs: { preferred: ['claimed'] } })));
      await waitFor('the preferred verb not flagged', () => (ours(doc, 'loaded-verb').length === 0 && ours(doc, 'anonymous-source-no-reason').length === 1 ? true : undefined), 8000);
      const broken = '{\n  "rules": { "loaded-verb": "loud" }\n}\n';
      await vscode.workspace.fs.writeFile(configFile, new TextEncoder().encode(broken));
      await waitFor('the malformed file reported', () => a.team.errorFor(doc), 8000);
      assert.ok(/config\.json:2:\d+: rule "loaded-verb": the severity must be one of/.test(a.team.errorFor(doc)!), a.team.errorFor(doc));
      // The defaults apply, and the file is as the user left it.
      await waitFor('the defaults back', () => (ours(doc, 'loaded-verb')[0]?.severity === vscode.DiagnosticSeverity.Information ? true : undefined), 8000);
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(configFile)), broken);
    } finally {
      await vscode.workspace.fs.delete(configFile);
    }
  });

  test('the nearest configuration applies: a desk folder\'s own file wins over the workspace\'s', async () => {
    const nested = workspaceUri('sport/.article-lens/config.json');
    try {
      await vscode.workspace.fs.writeFile(configFile, new TextEncoder().encode(JSON.stringify({ rules: { 'loaded-verb': 'error' } })));
      await vscode.workspace.fs.writeFile(nested, new TextEncoder().encode(JSON.stringify({ rules: { 'loaded-verb': 'off' } })));
      const { a, doc: top } = await open('nested-top.article');
      const { doc: sport } = await open('sport/nested.article');
      await waitFor('both files read', () => (a.team.configFor(sport)?.rules?.['loaded-verb'] === 'off' && a.team.configFor(top)?.rules?.['loaded-verb'] === 'error' ? true : undefined), 8000);
      await waitFor('the sport desk: no loaded-verb', () => (ours(sport, 'loaded-verb').length === 0 ? true : undefined), 8000);
      await waitFor('the top: loaded-verb an error', () => (ours(top, 'loaded-verb')[0]?.severity === vscode.DiagnosticSeverity.Error ? true : undefined), 8000);
    } finally {
      await vscode.workspace.fs.delete(workspaceUri('sport'), { recursive: true });
      await vscode.workspace.fs.delete(configFile);
    }
  });

  test('articleLens.rules.severities sets any rule\'s severity; the team configuration wins where it names the rule', async () => {
    const settings = vscode.workspace.getConfiguration('articleLens');
    const { doc } = await open('severities.article', `${ARTICLE}Marta Kessel opened the bakery. Marta says the ovens are old.\n`);
    await waitFor('loaded-verb by default', () => ours(doc, 'loaded-verb')[0]);
    assert.strictEqual(ours(doc, 'second-reference').length, 0);
    try {
      await settings.update('rules.severities', { 'loaded-verb': 'off', 'second-reference': 'warning' }, vscode.ConfigurationTarget.Global);
      await waitFor('the settings applied', () => (ours(doc, 'loaded-verb').length === 0 && ours(doc, 'second-reference')[0]?.severity === vscode.DiagnosticSeverity.Warning ? true : undefined), 8000);
      await vscode.workspace.fs.writeFile(configFile, new TextEncoder().encode(JSON.stringify({ rules: { 'loaded-verb': 'error' } })));
      await waitFor('the team configuration wins', () => (ours(doc, 'loaded-verb')[0]?.severity === vscode.DiagnosticSeverity.Error && ours(doc, 'second-reference').length === 1 ? true : undefined), 8000);
    } finally {
      await settings.update('rules.severities', undefined, vscode.ConfigurationTarget.Global);
      try { await vscode.workspace.fs.delete(configFile); } catch { /* gone */ }
    }
  });

  test('language defaults for prose: word wrap, no word-based suggestions, typographic quotes not boxed', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'article' });
    assert.strictEqual(editor.get('wordWrap'), 'on');
    assert.strictEqual(editor.get('wordBasedSuggestions'), 'off');
    const allowed = editor.get<Record<string, boolean>>('unicodeHighlight.allowedCharacters') ?? {};
    for (const c of ['\u2018', '\u2019', '\u201c', '\u201d']) assert.strictEqual(allowed[c], true, `U+${c.charCodeAt(0).toString(16)}`);
    // Other languages keep the editor's own defaults.
    assert.notStrictEqual(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('wordBasedSuggestions'), 'off');
  });

  test('Sourcing Report: the active article and the whole workspace, in a webview with an export', async () => {
    const { doc } = await open('report-a.article');
    const active = await vscode.commands.executeCommand<ReportResult>('articleLens.sourcingReport', { scope: 'active' });
    assert.ok(active, 'no report');
    assert.strictEqual(active.reports.length, 1);
    const r = active.reports[0];
    assert.ok(r.article.endsWith('report-a.article'), r.article);
    assert.strictEqual(r.quotations, 1);
    assert.ok(r.rows.some((x) => /Ines Vale/.test(x.name) && x.kind === 'speaker' && x.quotations === 1), JSON.stringify(r.rows));
    assert.ok(active.panel, 'no webview');
    const html = active.panel.webview.html;
    assert.ok(/Content-Security-Policy" content="default-src 'none'/.test(html), 'no strict CSP');
    assert.ok(!/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(html) && !/url\(/i.test(html), 'remote content in the report');
    assert.ok(/<button id="export-csv"/.test(html) && /<button id="refresh"/.test(html) && /<table>/.test(html) && /class="bar named w-\d+"/.test(html));
    // Refresh from the panel (which has the focus, not an editor) names the article.
    const again = await vscode.commands.executeCommand<ReportResult>('articleLens.sourcingReport', { scope: 'active', uri: doc.uri.toString(), show: false });
    assert.ok(again?.reports[0]?.article.endsWith('report-a.article'), JSON.stringify(again?.reports.map((x) => x.article)));
    await vscode.workspace.fs.writeFile(workspaceUri('report-b.article'), new TextEncoder().encode('Tide Tables Wrong\n\nThe tide came in.\n\n"Nobody here has seen the channel this shallow in forty years of fishing."\n'));
    const all = await vscode.commands.executeCommand<ReportResult>('articleLens.sourcingReport', { scope: 'workspace', show: false });
    assert.ok(all && !all.cancelled);
    const b = all.reports.find((x) => x.article.endsWith('report-b.article'));
    assert.ok(b, all.reports.map((x) => x.article).join(', '));
    assert.strictEqual(b.unattributed, 1);
    assert.ok(all.reports.length >= 2);
    assert.ok(doc);
  });

  test('Sourcing Report: each bar\'s width is a rule of the nonce\'d style element, never an inline style the CSP blocks', async () => {
    const text = PIER_ARTICLE;
    await open('report-bars.article', text);
    const result = await vscode.commands.executeCommand<ReportResult>('articleLens.sourcingReport', { scope: 'active' });
    assert.ok(result?.panel, 'no webview');
    const html = result.panel.webview.html;
    assert.ok(!/\sstyle="/.test(html), 'an inline style attribute, which the CSP blocks');
    const nonce = /style-src [^;]*'nonce-([^']+)'/.exec(html)?.[1];
    assert.ok(nonce && html.includes(`<style nonce="${nonce}">`), 'the style element carries the policy\'s nonce');
    // (The bars as drawn in Chromium are measured by test/webview: the web build cannot load a webview's content offline.)
    assert.ok(/\.bar\.w-100 \{ width: 100%; \}/.test(html) && /\.bar\.w-25 \{ width: 25%; \}/.test(html), 'width rules for 4 and 1 quotations');
    assert.ok(/class="bar named w-100" data-quotations="4"/.test(html) && /class="bar named w-25" data-quotations="1"/.test(html));
  });
});
