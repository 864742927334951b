import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, waitFor, workspaceUri, EXTENSION_ID } from './helpers';

suite('Foundation: the extension in a real VS Code', () => {
  teardown(closeAllEditors);

  test('an .article file opens in the article language and activates the extension', async () => {
    const doc = await vscode.workspace.openTextDocument(workspaceUri('sample.article'));
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'article');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, 'extension is installed');
    await waitFor('activation on onLanguage:article', () => (ext.isActive ? true : undefined));
  });

  test('the extension contributes the article language with its aliases and extensions', async () => {
    const langs = await vscode.languages.getLanguages();
    assert.ok(langs.includes('article'), `languages: ${langs.join(', ')}`);
    const ext = await activateExtension();
    const pkg = ext.packageJSON as { contributes: { languages: { id: string; aliases: string[]; extensions: string[] }[] } };
    const lang = pkg.contributes.languages.find((l) => l.id === 'article');
    assert.ok(lang);
    assert.deepStrictEqual(lang.extensions, ['.article', '.news']);
    assert.ok(lang.aliases.includes('News Article'));
  });

  test('"Open as Article" switches an untitled plain-text document into article mode', async () => {
    await activateExtension();
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Headline\n\n"Quote," she said.\n' });
    await vscode.window.showTextDocument(doc);
    assert.strictEqual(doc.languageId, 'plaintext');
    await vscode.commands.executeCommand('articleLens.openAsArticle');
    const active = await waitFor('article mode', () => {
      const d = vscode.window.activeTextEditor?.document;
      return d?.languageId === 'article' ? d : undefined;
    });
    assert.strictEqual(active.getText(), 'Headline\n\n"Quote," she said.\n');
    assert.ok(active.isUntitled);
  });

  test('"Open as Article" switches a .txt draft from the workspace', async () => {
    await activateExtension();
    const doc = await vscode.workspace.openTextDocument(workspaceUri('draft.txt'));
    await vscode.window.showTextDocument(doc);
    assert.notStrictEqual(doc.languageId, 'article');
    await vscode.commands.executeCommand('articleLens.openAsArticle');
    await waitFor('article mode', () => (vscode.window.activeTextEditor?.document.languageId === 'article' ? true : undefined));
  });

  test('the extension registers its commands', async () => {
    await activateExtension();
    const all = await vscode.commands.getCommands(true);
    for (const id of ['articleLens.openAsArticle', 'articleLens.showSourcesAndSpeakers', 'articleLens.nextUnattributedQuotation', 'articleLens.previousUnattributedQuotation', 'articleLens.checkWorkspace', 'articleLens.copySourcingSummary', 'articleLens.analyzeAnyway']) {
      assert.ok(all.includes(id), `command ${id} is registered`);
    }
  });

  test('paragraphs and sections fold', async () => {
    await activateExtension();
    const doc = await vscode.workspace.openTextDocument({ language: 'article', content: '# Head\n\nline one\nline two\n\n# Next\ntext\n' });
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    assert.ok(ranges.some((r) => r.start === 2 && r.end === 3), JSON.stringify(ranges));
    assert.ok(ranges.some((r) => r.start === 0 && r.end === 3), JSON.stringify(ranges));
  });
});
