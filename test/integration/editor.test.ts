import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../src/extension/extension';
import type { Node } from '../../src/extension/tree';
import { activateExtension, closeAllEditors, hoverText, waitFor, workspaceUri } from './helpers';

async function api(): Promise<ArticleLensApi> {
  return (await activateExtension()).exports as ArticleLensApi;
}

async function sampleText(): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('sample.article')));
}

async function openArticle(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'article', content });
  return vscode.window.showTextDocument(doc);
}

function ours(uri: vscode.Uri, code?: string): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Article Lens' && (!code || (typeof d.code === 'object' ? d.code.value : d.code) === code));
}

async function analysed(a: ArticleLensApi, doc: vscode.TextDocument): Promise<void> {
  await waitFor('analysis of the current version', () => {
    const s = a.store.state(doc);
    return s?.kind === 'ready' && s.version === doc.version ? true : undefined;
  });
}

const UNATTRIBUTED = '\n\n"We will not recognize the results of this referendum under any circumstances."\n';

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('articleLens').update(key, value, vscode.ConfigurationTarget.Global);
}

suite('Editor: hovers, diagnostics, quick fixes, tree, commands', () => {
  teardown(async () => {
    await closeAllEditors();
    for (const k of ['rules.unattributedQuote', 'analysis.maxFileSize', 'analysis.timeoutMs', 'colors.enabled']) await setSetting(k, undefined);
  });

  test('the sample article: no unattributed-quote diagnostics', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('sample.article'));
    await vscode.window.showTextDocument(doc);
    await analysed(a, doc);
    await new Promise((r) => setTimeout(r, 100));
    assert.deepStrictEqual(ours(doc.uri).map((d) => d.message), []);
    assert.strictEqual(a.store.get(doc)?.quotes.filter((q) => q.kind === 'direct').length, 7);
  });

  test('hover on "Lavrov" gives his role and a quotation', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('sample.article'));
    await vscode.window.showTextDocument(doc);
    await analysed(a, doc);
    const offset = doc.getText().indexOf('Lavrov said at a news conference');
    const text = await hoverText(doc, offset + 2);
    assert.ok(text.includes('Foreign Minister'), text);
    assert.ok(text.includes('Sergei Lavrov'), text);
    assert.ok(/We confirmed/.test(text), text);
    assert.ok(/Quoted 6 times/.test(text), text);
  });

  test('hover on an inferred speaker says it is inferred, and how', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('inferred.article'));
    await vscode.window.showTextDocument(doc);
    await analysed(a, doc);
    const hoverAt = (words: string): Promise<string> => hoverText(doc, doc.getText().indexOf(words) + 3);
    const previous = await hoverAt('We will rebuild');
    assert.ok(previous.includes('Jane Doe') && previous.includes('Inferred from context') && previous.includes('rule previous-paragraph'), previous);
    const subject = await hoverAt('housing market');
    assert.ok(subject.includes('The new ad') && subject.includes('rule sentence-subject'), subject);
    // Each is an information diagnostic of its own, and nothing else is flagged.
    const inferred = await waitFor('two inferred-attribution diagnostics', () => { const d = ours(doc.uri); return d.length === 2 ? d : undefined; });
    assert.deepStrictEqual(inferred.map((d) => [(d.code as { value: string }).value, d.severity]), [['inferred-attribution', vscode.DiagnosticSeverity.Information], ['inferred-attribution', vscode.DiagnosticSeverity.Information]]);
    // The tree marks both as inferred.
    const roots = await waitFor('tree roots', () => { const r = a.tree.getChildren(); return r.length ? r : undefined; });
    const speakers = a.tree.getChildren(roots[0]);
    const quotes = speakers.flatMap((sp) => a.tree.getChildren(sp)).map((q) => a.tree.getTreeItem(q));
    assert.deepStrictEqual(quotes.map((q) => q.description), ['inferred', 'inferred']);
  });

  test('"Attribute to" on an inferred attribution writes it into the text, and the diagnostic clears', async () => {
    const a = await api();
    const editor = await openArticle('Council Meets on the Bridge\n\nMayor Jane Doe spoke to the council on Monday.\n\n"We will rebuild the bridge this year and next year too."\n');
    const doc = editor.document;
    await analysed(a, doc);
    const diag = await waitFor('an inferred-attribution diagnostic', () => ours(doc.uri, 'inferred-attribution')[0]);
    assert.strictEqual(diag.severity, vscode.DiagnosticSeverity.Information);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
    const attribute = actions.find((x) => x.title === 'Attribute to Jane Doe');
    assert.ok(attribute?.edit, actions.map((x) => x.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(attribute.edit));
    if (attribute.command) await vscode.commands.executeCommand(attribute.command.command, ...(attribute.command.arguments ?? []));
    await waitFor('the diagnostic to clear', () => (ours(doc.uri).length === 0 ? true : undefined));
    assert.ok(doc.getText().includes('"We will rebuild the bridge this year and next year too," Doe said.'), doc.getText());
  });

  test('a British-style article: single-quoted quotations are found, attributed and listed; a missing closing mark is flagged', async () => {
    const a = await api();
    const editor = await openArticle('Pier row: ‘No deal’\n\n‘We will not back down,’ Councillor Maria Okafor said on Monday. ‘The pier belongs to the town.’\n\n\'It is our livelihood,\' said Tomas Brink, a fisherman who has worked there since the \'90s.\n\nLater, the council met. ‘This one never closes\n\nThe meeting ended at noon.\n');
    const doc = editor.document;
    await analysed(a, doc);
    const hover = await hoverText(doc, doc.getText().indexOf('not back down'));
    assert.ok(hover.includes('Maria Okafor') && hover.includes('rule cue-after'), hover);
    const roots = await waitFor('tree roots', () => { const r = a.tree.getChildren(); return r.length ? r : undefined; });
    const speakers = a.tree.getChildren(roots[0]).map((n) => a.tree.getTreeItem(n));
    assert.deepStrictEqual(speakers.map((s) => [s.label, s.description]), [['Maria Okafor', '2 quotations'], ['Tomas Brink', '1 quotation']]);
    const unbalanced = await waitFor('one unbalanced-quote diagnostic', () => { const d = ours(doc.uri, 'unbalanced-quote'); return d.length === 1 ? d : undefined; });
    assert.strictEqual(doc.getText(unbalanced[0].range), '‘');
  });

  test('an interview: "I" in an answer is the labelled person, and the answerer\'s own quotations are theirs', async () => {
    const a = await api();
    const editor = await openArticle('Harbour master on the storm\n\nAn interview with the harbour master about the night of the storm.\n\nMaria Okafor: How did the night go?\n\nTomas Brink: I stayed on the pier until three. "We are not leaving," I told the crew.\n\nThe waves were huge. "This is the worst one yet."\n\nOkafor: Thank you.\n');
    const doc = editor.document;
    await analysed(a, doc);
    const told = await hoverText(doc, doc.getText().indexOf('not leaving'));
    assert.ok(told.includes('Tomas Brink') && told.includes('"I" is Tomas Brink'), told);
    const own = await hoverText(doc, doc.getText().indexOf('worst one'));
    assert.ok(own.includes('Tomas Brink') && own.includes('rule interview-turn'), own);
    assert.deepStrictEqual(ours(doc.uri, 'unattributed-quote'), []);
  });

  test('hover on a quotation names its speaker and source', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('sample.article'));
    await vscode.window.showTextDocument(doc);
    await analysed(a, doc);
    const offset = doc.getText().indexOf('We confirmed our position');
    const text = await hoverText(doc, offset + 5);
    assert.ok(text.includes('Sergei Lavrov') && text.includes('Interfax'), text);
    assert.ok(text.includes('Attributed by "…," Lavrov said (rule cue-after)'), text);
    // A pronoun's hover names the person it stands for, where the article named them, and how
    // sure the antecedent model was of them.
    const he = await hoverText(doc, doc.getText().indexOf('immeasurably more') + 3);
    assert.ok(/"he" is Sergei Lavrov \(paragraph \d+, the likeliest of the people in reach: [a-z ]+ \([01]\.\d\d\)\)/.test(he), he);
  });

  test('the tree: Speakers include Lavrov with 6 quotations and Putin with 1; a click reveals the text', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('sample.article'));
    await vscode.window.showTextDocument(doc);
    await analysed(a, doc);
    const roots = await waitFor('tree roots', () => { const r = a.tree.getChildren(); return r.length ? r : undefined; });
    assert.deepStrictEqual(roots.map((r) => a.tree.getTreeItem(r).label), ['Speakers', 'Sources', 'Unattributed']);
    const speakers = a.tree.getChildren(roots[0]) as Extract<Node, { kind: 'speaker' }>[];
    const lavrov = speakers.find((s) => s.name === 'Sergei Lavrov');
    const putin = speakers.find((s) => s.name === 'Vladimir Putin');
    assert.strictEqual(lavrov?.quotes.length, 6);
    assert.strictEqual(putin?.quotes.length, 1);
    assert.strictEqual(a.tree.getTreeItem(lavrov).description, '6 quotations');
    const sources = a.tree.getChildren(roots[1]).map((n) => a.tree.getTreeItem(n).label);
    assert.ok(sources.includes('Interfax'), String(sources));
    assert.strictEqual(a.tree.getChildren(roots[2]).length, 0);
    const quote = a.tree.getChildren(lavrov)[0];
    const item = a.tree.getTreeItem(quote);
    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.ok(editor.document.getText(editor.selection).startsWith('"We confirmed'), editor.document.getText(editor.selection));
  });

  test('an inserted quotation with no speaker is flagged; "Attribute to" fixes it', async () => {
    const a = await api();
    const editor = await openArticle(await sampleText());
    const doc = editor.document;
    await analysed(a, doc);
    const edit = new vscode.WorkspaceEdit();
    // After a paragraph that neither quotes nor is about one person, so nothing attributes it.
    const anchor = 'It was unclear what form such communication could take.';
    edit.insert(doc.uri, doc.positionAt(doc.getText().indexOf(anchor) + anchor.length), UNATTRIBUTED.trimEnd());
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diag = await waitFor('one unattributed-quote diagnostic', () => { const d = ours(doc.uri, 'unattributed-quote'); return d.length === 1 ? d[0] : undefined; });
    assert.strictEqual(doc.getText(diag.range), UNATTRIBUTED.trim());
    assert.ok(diag.relatedInformation && diag.relatedInformation.length > 0);
    const code = diag.code as { value: string; target: vscode.Uri };
    assert.ok(code.target.path.endsWith('/docs/rules/unattributed-quote.md'), code.target.toString());
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
    const titles = actions.map((x) => x.title);
    const attribute = actions.find((x) => x.title.startsWith('Attribute to'));
    assert.ok(attribute?.edit, titles.join(' | '));
    assert.ok(titles.includes('Mark as not a quotation (scare quote or title)'));
    assert.ok(titles.includes('Ignore this quotation here'));
    assert.ok(await vscode.workspace.applyEdit(attribute.edit));
    if (attribute.command) await vscode.commands.executeCommand(attribute.command.command, ...(attribute.command.arguments ?? []));
    await waitFor('the diagnostic to clear', () => (ours(doc.uri, 'unattributed-quote').length === 0 ? true : undefined));
    assert.ok(/circumstances," \p{Lu}[\p{L}-]+ said\./u.test(doc.getText()), doc.getText());
  });

  test('"Mark as not a quotation" writes an inline marker the engine honours', async () => {
    const a = await api();
    const editor = await openArticle('Headline\n\nThe talks ended.' + UNATTRIBUTED);
    const doc = editor.document;
    const diag = await waitFor('diagnostic', () => ours(doc.uri, 'unattributed-quote')[0]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
    const mark = actions.find((x) => x.title.startsWith('Mark as not a quotation'))!;
    assert.ok(await vscode.workspace.applyEdit(mark.edit!));
    if (mark.command) await vscode.commands.executeCommand(mark.command.command, ...(mark.command.arguments ?? []));
    await waitFor('the diagnostic to clear', () => (ours(doc.uri, 'unattributed-quote').length === 0 ? true : undefined));
    assert.ok(doc.getText().includes('circumstances." <!-- article-lens: not-a-quote -->'));
    // (The analysis the view reads may arrive a moment after the diagnostics.)
    await waitFor('the quotation read as not speech', () => (a.store.get(doc)?.quotes[0]?.kind === 'scare' ? true : undefined));
  });

  test('"Ignore" on a quotation left open (no closing mark) writes one marker after it, and both diagnostics go', async () => {
    const a = await api();
    const editor = await openArticle('Headline\n\nThe council met on Monday. "We will rebuild the whole bridge this year\n\nThe meeting ended.\n');
    const doc = editor.document;
    const diag = await waitFor('unattributed diagnostic', () => ours(doc.uri, 'unattributed-quote')[0]);
    assert.strictEqual(ours(doc.uri, 'unbalanced-quote').length, 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
    const ignore = actions.find((x) => x.title === 'Ignore this quotation here')!;
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!));
    if (ignore.command) await vscode.commands.executeCommand(ignore.command.command, ...(ignore.command.arguments ?? []));
    await waitFor('the diagnostics to clear', () => (ours(doc.uri).length === 0 ? true : undefined));
    assert.ok(doc.getText().includes('this year <!-- article-lens: ignore -->\n'), doc.getText());
    // (The diagnostics and the analysis the view reads arrive as two messages from the server:
    // under load the second may come a moment after the first.)
    await waitFor('the marker in the analysis', () => (a.store.get(doc)?.quotes[0]?.marker === 'ignore' ? true : undefined));
    // Nothing left to click: a second marker cannot be added.
    const again = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
    assert.ok(!again.some((x) => x.title === 'Ignore this quotation here'));
  });

  test('an analysis that throws clears the document\'s diagnostics (never stale offsets) and is not retried on every hover', async () => {
    const a = await api();
    const editor = await openArticle('Headline\n\nThe talks ended.' + UNATTRIBUTED);
    const doc = editor.document;
    await waitFor('diagnostic', () => ours(doc.uri, 'unattributed-quote')[0]);
    // (A test hook the server serves only to a test run: analyses of texts with these words fail.)
    await a.server.failAnalysesOf('Breaking: ');
    try {
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(0, 0), 'Breaking: ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor('the failed state', () => (a.store.state(doc)?.kind === 'failed' ? true : undefined));
      assert.deepStrictEqual(ours(doc.uri), []);
      const before = (await a.server.failAnalysesOf('Breaking: ')).failures;
      await hoverText(doc, doc.getText().indexOf('circumstances'));
      await hoverText(doc, doc.getText().indexOf('circumstances'));
      assert.strictEqual((await a.server.failAnalysesOf('Breaking: ')).failures, before);
    } finally {
      await a.server.failAnalysesOf(null);
    }
    // The next edit analyses again.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(0, 0), 'Update: ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the diagnostic again', () => ours(doc.uri, 'unattributed-quote')[0]);
  });

  test('settings take effect without a reload: severity off, then error', async () => {
    const editor = await openArticle('Headline\n\nThe talks ended.' + UNATTRIBUTED);
    const doc = editor.document;
    await waitFor('diagnostic', () => ours(doc.uri, 'unattributed-quote')[0]);
    await setSetting('rules.unattributedQuote', 'off');
    await waitFor('no diagnostic', () => (ours(doc.uri, 'unattributed-quote').length === 0 ? true : undefined));
    await setSetting('rules.unattributedQuote', 'error');
    const d = await waitFor('an error', () => ours(doc.uri, 'unattributed-quote').find((x) => x.severity === vscode.DiagnosticSeverity.Error));
    assert.ok(d);
  });

  test('next / previous unattributed quotation move the selection', async () => {
    await api();
    const text = 'Headline\n\n"The first unattributed statement is right here in this text."\n\nThe talks ended.\n\n"The second unattributed statement is right here in this text."\n';
    const editor = await openArticle(text);
    await waitFor('two diagnostics', () => (ours(editor.document.uri, 'unattributed-quote').length === 2 ? true : undefined));
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('articleLens.nextUnattributedQuotation');
    assert.ok(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection).includes('first'));
    await vscode.commands.executeCommand('articleLens.nextUnattributedQuotation');
    assert.ok(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection).includes('second'));
    await vscode.commands.executeCommand('articleLens.previousUnattributedQuotation');
    assert.ok(vscode.window.activeTextEditor!.document.getText(vscode.window.activeTextEditor!.selection).includes('first'));
  });

  test('Copy Sourcing Summary returns Markdown with the speakers', async () => {
    await api();
    await openArticle(await sampleText());
    const summary = await vscode.commands.executeCommand<string>('articleLens.copySourcingSummary');
    assert.ok(summary.startsWith('# Sourcing: Lavrov and Kerry Fail'), summary);
    assert.ok(summary.includes('**Sergei Lavrov**, Foreign Minister: 6 quotations'), summary);
  });

  test('Check Workspace analyses closed article files too', async () => {
    await api();
    await closeAllEditors();
    const r = await vscode.commands.executeCommand<{ files: number; problems: number; cancelled: boolean }>('articleLens.checkWorkspace');
    assert.ok(r.files >= 1, JSON.stringify(r));
    assert.strictEqual(r.cancelled, false);
    assert.ok(vscode.languages.getDiagnostics(workspaceUri('unattributed.article')).some((d) => d.source === 'Article Lens'));
  });

  test('Check Workspace survives a file whose analysis fails, and says which', async () => {
    const a = await api();
    await closeAllEditors();
    await a.server.failAnalysesOf('Council Meets on the Bridge');
    try {
      const r = await vscode.commands.executeCommand<{ files: number; skipped: string[] }>('articleLens.checkWorkspace');
      assert.ok(r.skipped.some((x) => x.includes('inferred.article') && x.includes('analysis failed')), JSON.stringify(r));
      assert.ok(r.files >= 2, JSON.stringify(r));
      assert.deepStrictEqual(vscode.languages.getDiagnostics(workspaceUri('inferred.article')).filter((d) => d.source === 'Article Lens'), []);
    } finally {
      await a.server.failAnalysesOf(null);
    }
  });

  test('a document over the size limit is not analysed until "Analyze Anyway"', async () => {
    const a = await api();
    await setSetting('analysis.maxFileSize', 1000);
    const editor = await openArticle(await sampleText());
    await waitFor('too-large state', () => (a.store.state(editor.document)?.kind === 'too-large' ? true : undefined));
    assert.strictEqual(await vscode.commands.executeCommand('articleLens.analyzeAnyway'), true);
    assert.strictEqual(a.store.state(editor.document)?.kind, 'ready');
  });

  test('a long article is analysed by the language server\'s worker: diagnostics and hovers still arrive', async () => {
    const a = await api();
    const status = await a.server.status();
    assert.ok(status.available, `the analysis worker is not running: ${status.events.join('; ')}`);
    const paragraph = 'The harbour board met on Tuesday to discuss the new ferry timetable, which residents have criticised for months.\n\n';
    const body = paragraph.repeat(Math.ceil(120_000 / paragraph.length));
    const before = status.completed;
    const editor = await openArticle(`Ferry timetable\n${UNATTRIBUTED}\n${body}"The ferries will run every hour," said Mara Okafor, the board's chair.\n`);
    const doc = editor.document;
    assert.ok(doc.getText().length > 100_000);
    await waitFor('the unattributed quotation flagged', () => (ours(doc.uri, 'unattributed-quote').length === 1 ? true : undefined), 10000)
      .catch(async (e: Error) => { throw new Error(`${e.message}; state ${JSON.stringify(a.store.state(doc))?.slice(0, 100)}; worker: ${(await a.server.status()).events.join('; ')}`); });
    const after = await a.server.status();
    assert.ok(after.completed > before, `the analysis did not come from the worker: ${after.events.join('; ')}`);
    const text = await hoverText(doc, doc.getText().indexOf('Okafor,') + 2);
    assert.ok(/Mara Okafor/.test(text), text);
  });

  test('a pathological article being analysed does not block hovers in another article', async () => {
    const a = await api();
    const status = await a.server.status();
    assert.ok(status.available, `the analysis worker is not running: ${status.events.join('; ')}`);
    await setSetting('analysis.timeoutMs', 60000);
    try {
      const small = await openArticle('Ferry timetable\n\n"The ferries will run every hour," said Mara Okafor, the board\'s chair.\n');
      await waitFor('the small article analysed', () => a.store.get(small.document));
      // About 1.9 million characters of apostrophes and single marks: the slowest shape per MB.
      const shape = "don't 'quote' O'Brien's '90s \u2018a\u2019 ";
      const heavy = await openArticle(`Ferry timetable\n\n${shape.repeat(Math.floor(1_900_000 / shape.length))}`);
      await waitFor('the heavy analysis sent to the worker', async () => ((await a.server.status()).inFlight > 0 && a.store.state(heavy.document)?.kind === 'pending' ? true : undefined), 8000);
      // The hover in the other article is answered while the heavy one is still in the worker:
      // nothing holds the server's thread, nor the editor's.
      const text = await hoverText(small.document, small.document.getText().indexOf('Okafor') + 2);
      const stillRunning = a.store.state(heavy.document)?.kind === 'pending';
      assert.ok(/Mara Okafor/.test(text), text);
      assert.ok(stillRunning, 'the heavy analysis had finished before the hover was answered: it cannot show that the hover did not wait');
      await waitFor('the heavy article analysed', () => (a.store.state(heavy.document)?.kind === 'ready' ? true : undefined), 12000);
      await vscode.window.showTextDocument(heavy.document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await setSetting('analysis.timeoutMs', undefined);
    }
  });

  test('an analysis that runs over articleLens.analysis.timeoutMs is abandoned: results cleared, the status says so, the next edit tries again', async () => {
    const a = await api();
    await setSetting('analysis.timeoutMs', 100);
    const paragraph = '"The ferries will run every hour," said Mara Okafor, the chair of the harbour board in Porthleven.\n\n';
    const editor = await openArticle(`Ferry timetable\n${UNATTRIBUTED}\n${paragraph.repeat(Math.ceil(1_200_000 / paragraph.length))}`);
    const doc = editor.document;
    await waitFor('the analysis abandoned', () => (a.store.state(doc)?.kind === 'timed-out' ? true : undefined), 8000)
      .catch(async (e: Error) => { throw new Error(`${e.message}; state ${JSON.stringify(a.store.state(doc))?.slice(0, 100)}; worker: ${(await a.server.status()).events.join('; ')}`); });
    assert.deepStrictEqual(ours(doc.uri), []);
    const events = (await a.server.status()).events;
    assert.ok(events.some((e) => /timed out after 100 ms/.test(e)), events.join('; '));
    // The replaced worker serves the next edit, within a limit it can meet (a generous one: a
    // loaded machine must not turn this into a second time-out).
    await setSetting('analysis.timeoutMs', 60000);
    try {
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Update: '));
      await waitFor('the unattributed quotation flagged again', () => (ours(doc.uri, 'unattributed-quote').length === 1 ? true : undefined), 10000)
        .catch(async (e: Error) => { throw new Error(`${e.message}; state ${JSON.stringify(a.store.state(doc))?.slice(0, 100)}; worker: ${(await a.server.status()).events.join('; ')}`); });
    } finally {
      await setSetting('analysis.timeoutMs', undefined);
    }
  });
});
