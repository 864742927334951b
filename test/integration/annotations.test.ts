// The desk's annotations in a real editor (issue 11): written beside the article through the
// commands, re-anchored after edits, kept through save/close/reopen, orphaned (never dropped)
// when their words go, merged with changes on disk, never written over a malformed file.
// All text is invented.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../src/extension/extension';
import type { Node } from '../../src/extension/tree';
import { activateExtension, closeAllEditors, hoverText, waitFor, workspaceUri } from './helpers';

const ARTICLE = [
  'Ferry timetable delayed',
  '',
  'The harbour board put off its decision on Tuesday.',
  '',
  '"We need another month to count the passengers," said Mara Okafor, the board\'s chair.',
  '',
  'The board meets again in March.',
  '',
  '"Nobody on the quay was asked about any of this."',
  '',
].join('\n');

interface Items { first?: { items: Array<Record<string, unknown>> }; items?: Array<Record<string, unknown>> }

async function api(): Promise<ArticleLensApi> {
  return (await activateExtension()).exports as ArticleLensApi;
}

async function readJson(uri: vscode.Uri): Promise<Array<Record<string, unknown>>> {
  const parsed = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as Items;
  return parsed.first?.items ?? parsed.items ?? [];
}

async function fresh(name: string, text = ARTICLE): Promise<{ a: ArticleLensApi; doc: vscode.TextDocument; sidecar: vscode.Uri }> {
  const a = await api();
  const uri = workspaceUri(name);
  const sidecar = workspaceUri(`${name}.annotations.json`);
  try { await vscode.workspace.fs.delete(sidecar); } catch { /* none yet */ }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(doc);
  await waitFor('the analysis', () => (a.store.get(doc) ? true : undefined));
  await a.notes.load(doc.uri);
  return { a, doc, sidecar };
}

function innerOf(a: ArticleLensApi, doc: vscode.TextDocument, words: string): { start: number; end: number } {
  const q = a.store.get(doc)!.quotes.find((x) => doc.getText().slice(x.inner.start, x.inner.end).includes(words));
  assert.ok(q, words);
  return { start: q.inner.start, end: q.inner.end };
}

function bodies(item: Record<string, unknown>): Array<{ purpose: string; value: string }> {
  return item.body as Array<{ purpose: string; value: string }>;
}

suite('Annotations: the desk\'s notes beside the article', () => {
  teardown(closeAllEditors);

  test('a note and a status through the commands are written beside the article, and the hover shows them', async () => {
    const { a, doc, sidecar } = await fresh('ann-basic.article');
    const span = innerOf(a, doc, 'another month');
    const id = await vscode.commands.executeCommand<string>('articleLens.addNote', { uri: doc.uri.toString(), ...span, value: 'Her office to confirm the count.' });
    assert.ok(id);
    assert.strictEqual(await vscode.commands.executeCommand('articleLens.setVerificationStatus', { uri: doc.uri.toString(), ...span, value: 'needs-second-source' }), id);
    const items = await readJson(sidecar);
    assert.strictEqual(items.length, 1);
    assert.deepStrictEqual(bodies(items[0]).map((b) => `${b.purpose}=${b.value}`).sort(), ['commenting=Her office to confirm the count.', 'tagging=needs-second-source']);
    assert.ok(!doc.getText().includes('Her office'), 'nothing is written into the article');
    const hover = await hoverText(doc, span.start + 3);
    assert.ok(/needs-second-source/.test(hover) && /Her office to confirm the count/.test(hover), hover);
  });

  test('edits above and inside the quotation, save, close and reopen: still anchored, positions rewritten, hover shows it', async () => {
    const { a, doc, sidecar } = await fresh('ann-edit.article');
    const span = innerOf(a, doc, 'another month');
    await vscode.commands.executeCommand('articleLens.addNote', { uri: doc.uri.toString(), ...span, value: 'Checked against the minutes.' });
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().indexOf('The harbour')), 'Passengers queued for hours on Monday.\n\n'));
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(doc.getText().indexOf('another month')), doc.positionAt(doc.getText().indexOf('another month') + 'another'.length)), 'one more'));
    await doc.save();
    const moved = doc.getText().indexOf('We need one more month');
    await waitFor('positions rewritten on save', async () => {
      const sel = ((await readJson(sidecar))[0].target as { selector: Array<Record<string, unknown>> }).selector;
      return sel.some((s) => s.type === 'TextPositionSelector' && s.start === moved) ? true : undefined;
    });
    await closeAllEditors();
    const again = await vscode.workspace.openTextDocument(doc.uri);
    await vscode.window.showTextDocument(again);
    await waitFor('the analysis', () => (a.store.get(again) ? true : undefined));
    const hover = await waitFor('the note in the hover', async () => {
      const h = await hoverText(again, moved + 3);
      return /Checked against the minutes/.test(h) ? h : undefined;
    });
    assert.ok(hover);
  });

  test('the quotation deleted: the note is orphaned and listed, never dropped; it can be re-attached', async () => {
    const { a, doc, sidecar } = await fresh('ann-orphan.article');
    const span = innerOf(a, doc, 'Nobody on the quay');
    await vscode.commands.executeCommand('articleLens.addNote', { uri: doc.uri.toString(), ...span, value: 'Who said this?' });
    const editor = await vscode.window.showTextDocument(doc);
    const at = doc.getText().indexOf('"Nobody');
    await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(at), doc.positionAt(doc.getText().indexOf('\n', at)))));
    const orphans = await waitFor('the Orphaned notes group', async () => {
      const roots = await a.tree.getChildren();
      const group = roots.find((n) => n.kind === 'group' && n.id === 'orphaned');
      return group ? a.tree.getChildren(group) : undefined;
    });
    assert.strictEqual(orphans.length, 1);
    const item = a.tree.getTreeItem(orphans[0] as Node);
    assert.ok(String(item.description).includes('Who said this?'), String(item.description));
    await doc.save();
    assert.strictEqual((await readJson(sidecar)).length, 1, 'the orphan stays in the file');
    const words = doc.getText().indexOf('Mara Okafor');
    assert.strictEqual(await vscode.commands.executeCommand('articleLens.reattachAnnotation', { uri: doc.uri.toString(), id: (orphans[0] as { id: string }).id, start: words, end: words + 'Mara Okafor'.length }), true);
    assert.deepStrictEqual(a.notes.orphans(doc), []);
  });

  test('a change on disk by someone else is merged, not overwritten', async () => {
    const { a, doc, sidecar } = await fresh('ann-merge.article');
    const first = innerOf(a, doc, 'another month');
    await vscode.commands.executeCommand('articleLens.addNote', { uri: doc.uri.toString(), ...first, value: 'Mine.' });
    const items = await readJson(sidecar);
    const theirs = { ...items[0], id: 'urn:uuid:00000000-0000-4000-8000-000000000001', body: [{ type: 'TextualBody', purpose: 'commenting', value: 'Theirs, from another editor.' }] };
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(JSON.stringify({ items: [...items, theirs] }, null, 2)));
    const second = innerOf(a, doc, 'Nobody on the quay');
    await vscode.commands.executeCommand('articleLens.setVerificationStatus', { uri: doc.uri.toString(), ...second, value: 'unverified' });
    const merged = await readJson(sidecar);
    const notes = merged.flatMap((i) => bodies(i).map((b) => b.value));
    assert.ok(notes.includes('Mine.') && notes.includes('Theirs, from another editor.') && notes.includes('unverified'), JSON.stringify(notes));
  });

  test('a malformed annotations file: one error, nothing shown from it, nothing written over it', async () => {
    const a = await api();
    const uri = workspaceUri('ann-bad.article');
    const sidecar = workspaceUri('ann-bad.article.annotations.json');
    const broken = '{\n  "items": [\n    { "id": "urn:x", }\n  ]\n}\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
    await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(broken));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const entry = await a.notes.load(doc.uri);
    assert.ok(/ann-bad\.article\.annotations\.json:3:\d+: not valid JSON/.test(entry.error ?? ''), entry.error);
    await waitFor('the analysis', () => (a.store.get(doc) ? true : undefined));
    const span = innerOf(a, doc, 'another month');
    assert.strictEqual(await vscode.commands.executeCommand('articleLens.addNote', { uri: doc.uri.toString(), ...span, value: 'x' }), undefined);
    assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(sidecar)), broken);
  });

  test('a speaker correction overrides the engine: the tree lists the speaker, the diagnostic goes', async () => {
    const { a, doc } = await fresh('ann-speaker.article');
    const ours = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'Article Lens' && (typeof d.code === 'object' ? d.code.value : d.code) === 'unattributed-quote');
    await waitFor('the unattributed quotation flagged', () => (ours().length === 1 ? true : undefined));
    const span = innerOf(a, doc, 'Nobody on the quay');
    await vscode.commands.executeCommand('articleLens.correctSpeaker', { uri: doc.uri.toString(), ...span, value: 'Mara Okafor' });
    await waitFor('the diagnostic cleared', () => (ours().length === 0 ? true : undefined));
    const q = a.store.get(doc)!.quotes.find((x) => x.inner.start === span.start)!;
    assert.strictEqual(q.speaker?.name, 'Mara Okafor');
    assert.strictEqual(q.evidence?.rule, 'desk-correction');
    const roots = await a.tree.getChildren();
    const speakers = await a.tree.getChildren(roots.find((n) => n.kind === 'group' && n.id === 'speakers'));
    const okafor = speakers.find((n) => n.kind === 'speaker' && n.name === 'Mara Okafor') as Extract<Node, { kind: 'speaker' }>;
    assert.strictEqual(okafor.quotes.length, 2);
  });

  test('an untitled document keeps its annotations in memory', async () => {
    const a = await api();
    const doc = await vscode.workspace.openTextDocument({ language: 'article', content: ARTICLE });
    await vscode.window.showTextDocument(doc);
    await waitFor('the analysis', () => (a.store.get(doc) ? true : undefined));
    const span = innerOf(a, doc, 'another month');
    assert.ok(await vscode.commands.executeCommand('articleLens.addNote', { uri: doc.uri.toString(), ...span, value: 'Draft note.' }));
    assert.strictEqual(a.notes.peek(doc.uri)?.file, undefined);
    assert.ok(/Draft note/.test(await hoverText(doc, span.start + 2)));
  });

  test('the quotation\'s code actions offer the annotation commands; the view counts and filters unverified quotations', async () => {
    const { a, doc } = await fresh('ann-filter.article');
    const first = innerOf(a, doc, 'another month');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(doc.positionAt(first.start + 2), doc.positionAt(first.start + 2)));
    const add = actions.find((x) => x.title === 'Add Note…');
    assert.ok(add?.command, actions.map((x) => x.title).join(' | '));
    assert.deepStrictEqual(add.command.arguments?.[0], { uri: doc.uri.toString(), ...first });
    await vscode.commands.executeCommand('articleLens.setVerificationStatus', { uri: doc.uri.toString(), ...first, value: 'verified' });
    assert.deepStrictEqual(a.notes.unverified(doc, a.store.get(doc)!).map((i) => a.store.get(doc)!.quotes[i].inner.start), [innerOf(a, doc, 'Nobody on the quay').start]);
    assert.strictEqual(await vscode.commands.executeCommand('articleLens.toggleUnverifiedOnly'), true);
    try {
      const roots = await a.tree.getChildren();
      const speakers = await a.tree.getChildren(roots.find((n) => n.kind === 'group' && n.id === 'speakers'));
      assert.deepStrictEqual(speakers, [], 'Okafor\'s one quotation is verified: she is filtered out');
      const open = await a.tree.getChildren(roots.find((n) => n.kind === 'group' && n.id === 'unattributed'));
      assert.strictEqual(open.length, 1);
    } finally {
      assert.strictEqual(await vscode.commands.executeCommand('articleLens.toggleUnverifiedOnly'), false);
    }
  });

  test('a status on a speaker\'s name applies to the speaker: the view shows it', async () => {
    const { a, doc } = await fresh('ann-entity.article');
    const at = doc.getText().indexOf('Mara Okafor');
    await vscode.commands.executeCommand('articleLens.setVerificationStatus', { uri: doc.uri.toString(), start: at, end: at + 'Mara Okafor'.length, value: 'disputed' });
    const speaker = await waitFor('Okafor with the disputed icon', async () => {
      const roots = await a.tree.getChildren();
      const speakers = await a.tree.getChildren(roots.find((n) => n.kind === 'group' && n.id === 'speakers'));
      const okafor = speakers.find((n) => n.kind === 'speaker' && n.name === 'Mara Okafor');
      const item = okafor && a.tree.getTreeItem(okafor);
      return item && (item.iconPath as vscode.ThemeIcon).id === 'error' ? item : undefined;
    });
    assert.ok(String(speaker.tooltip).includes('disputed'));
    const hover = await hoverText(doc, doc.getText().lastIndexOf('Okafor') + 2);
    assert.ok(/disputed/.test(hover), hover);
  });

  test('the desk entity list: a house spelling is flagged and fixed; Add to Desk List adds a name; a malformed list is left alone', async () => {
    const a = await api();
    const deskFile = workspaceUri('.article-lens/entities.json');
    const list = { entities: [{ name: 'Mara Okafor', type: 'person', role: 'Harbour Board Chair', spellings: { Okafour: 'Okafor' } }] };
    await vscode.workspace.fs.writeFile(deskFile, new TextEncoder().encode(JSON.stringify(list, null, 2)));
    try {
      const { doc } = await fresh('desk-spelling.article', ARTICLE.replace('said Mara Okafor,', 'said Mara Okafor,') + 'Okafour left early.\n\nTomas Reyes runs the bakery.\n');
      const spelled = (): vscode.Diagnostic[] => vscode.languages.getDiagnostics(doc.uri).filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'house-spelling');
      const diag = await waitFor('the house-spelling diagnostic', () => (spelled().length === 1 ? spelled()[0] : undefined), 8000);
      const hover = await hoverText(doc, doc.getText().indexOf('Mara Okafor') + 2);
      assert.ok(/desk's entity list/.test(hover) && /Harbour Board Chair/.test(hover), hover);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
      const fix = actions.find((x) => x.title === 'Use the house spelling "Okafor"');
      assert.ok(fix?.edit, actions.map((x) => x.title).join(' | '));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      await waitFor('the diagnostic gone', () => (spelled().length === 0 ? true : undefined));
      assert.ok(doc.getText().includes('Okafor left early.'));
      const reyes = doc.getText().indexOf('Tomas Reyes');
      assert.strictEqual(await vscode.commands.executeCommand('articleLens.addToDeskList', { uri: doc.uri.toString(), offset: reyes + 1 }), true);
      const written = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(deskFile))) as { entities: Array<{ name: string; type: string }> };
      assert.deepStrictEqual(written.entities.map((e) => `${e.name}/${e.type}`), ['Mara Okafor/person', 'Tomas Reyes/person']);
      const broken = '{ "entities": [ { "name": "X", } ] }';
      await vscode.workspace.fs.writeFile(deskFile, new TextEncoder().encode(broken));
      await waitFor('the malformed list reported', () => (a.desk.errorFor(doc) ? true : undefined), 8000);
      assert.ok(/entities\.json:1:\d+: not valid JSON/.test(a.desk.errorFor(doc)!), a.desk.errorFor(doc));
      assert.strictEqual(await vscode.commands.executeCommand('articleLens.addToDeskList', { uri: doc.uri.toString(), offset: reyes + 1 }), false);
      assert.strictEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(deskFile)), broken);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.joinPath(deskFile, '..'), { recursive: true });
    }
  });
});
