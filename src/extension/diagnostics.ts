// The diagnostics of article files that are not open, from Check Workspace (the server's
// analysis of their text, through PROTOCOL.analyseText). An open article's diagnostics are the
// language client's; when a file is opened, its entry here gives way to them.
import * as vscode from 'vscode';
import { isArticle } from './store';

export class WorkspaceDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('article-lens-workspace');
  private readonly subs: vscode.Disposable[] = [];

  constructor() {
    this.subs.push(vscode.workspace.onDidOpenTextDocument((d) => { if (isArticle(d)) this.collection.delete(d.uri); }));
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.collection.dispose();
  }
}
