// The extension on the web (vscode.dev, the web build): the language server runs in a Web
// Worker (dist/web/server.js), and analyses in a nested worker running the same script.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, type ArticleLensApi } from './extension';

export type { ArticleLensApi };

export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const url = (file: string): string => vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', file).toString(true);
  return activateWith(context, {
    factory: (options) => new LanguageClient('articleLens', 'Article Lens', options, new Worker(url('server.js'))),
    analysisWorker: url('server.js'),
  });
}

export { deactivate } from './extension';
