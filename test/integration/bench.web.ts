// The editor benchmark (npm run bench): inside the real VS Code, the time from an edit to
// updated diagnostics, and activation time. Prints figures; asserts nothing.
import * as vscode from 'vscode';
import type { ArticleLensApi } from '../../src/extension/extension';

export async function run(): Promise<void> {
  const ext = vscode.extensions.getExtension('article-lens.article-lens');
  if (!ext) throw new Error('the extension is not installed in the editor');
  const t0 = Date.now();
  const api = (await ext.activate()) as ArticleLensApi;
  const activateWall = Date.now() - t0;
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no fixture workspace');
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, 'sample.article')));
  const doc = await vscode.workspace.openTextDocument({ language: 'article', content: text });
  await vscode.window.showTextDocument(doc);
  const debounce = vscode.workspace.getConfiguration('articleLens').get<number>('analysis.debounceMs', 200);
  const waitDiagnostics = (): Promise<number> => new Promise((resolve) => {
    const start = Date.now();
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === doc.uri.toString())) { sub.dispose(); resolve(Date.now() - start); }
    });
  });
  await new Promise((r) => setTimeout(r, 500));
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const edit = new vscode.WorkspaceEdit();
    const at = doc.positionAt(doc.getText().indexOf('Meanwhile'));
    edit.insert(doc.uri, at, i % 2 ? '"An unattributed statement appears here and now." ' : 'x');
    const waiting = waitDiagnostics();
    await vscode.workspace.applyEdit(edit);
    times.push(await waiting);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`editor: edit to updated diagnostics, median ${median} ms (debounce ${debounce} ms, so ${median - debounce} ms after it; min ${times[0]}, max ${times[times.length - 1]}; sample article in the VS Code web build)`);
  console.log(`editor: activation ${api.activationMs} ms inside activate(), ${activateWall} ms until the API was returned`);
  console.log('editor bench: 1 passed, 0 failed');
}
