// The extension on the desktop: the language server runs as a Node process beside VS Code
// (dist/server.js), and analyses in a worker thread running the same script.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateWith, type ArticleLensApi } from './extension';

export type { ArticleLensApi };

export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const module = vscode.Uri.joinPath(context.extensionUri, 'dist', 'server.js').fsPath;
  return activateWith(context, {
    factory: (options) => new LanguageClient('articleLens', 'Article Lens', { run: { module, transport: TransportKind.ipc }, debug: { module, transport: TransportKind.ipc } }, options),
  });
}

export { deactivate } from './extension';
