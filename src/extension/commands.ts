import * as vscode from 'vscode';

export const COMMANDS = {
  openAsArticle: 'articleLens.openAsArticle',
} as const;

/** Switches the active editor's document (a .txt or .md draft, an untitled buffer) into article mode. */
async function openAsArticle(uri?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  let document: vscode.TextDocument | undefined;
  if (uri instanceof vscode.Uri) {
    document = await vscode.workspace.openTextDocument(uri);
  } else {
    document = vscode.window.activeTextEditor?.document;
  }
  if (!document) {
    void vscode.window.showInformationMessage('Article Lens: open a file first, then run "Open as Article".');
    return undefined;
  }
  const article = document.languageId === 'article'
    ? document
    : await vscode.languages.setTextDocumentLanguage(document, 'article');
  await vscode.window.showTextDocument(article, { preview: false });
  return article;
}

export function registerCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openAsArticle, openAsArticle),
  );
}
