import * as vscode from 'vscode';
import { registerCommands } from './commands';
import { registerFolding } from './folding';

export const LANGUAGE_ID = 'article';

/** The public API, for tests and other extensions. */
export interface ArticleLensApi {
  readonly languageId: string;
}

export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  registerCommands(context);
  registerFolding(context);
  return { languageId: LANGUAGE_ID };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
