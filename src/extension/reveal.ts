// Revealing and selecting a range of a document: from hover links, the tree and navigation.
import * as vscode from 'vscode';
import { REVEAL_COMMAND, revealCommandUri as linkTo } from '../service/service';

export { REVEAL_COMMAND };

export function revealCommandUri(uri: vscode.Uri, start: number, end: number): string {
  return linkTo(uri.toString(), start, end);
}

export async function reveal(uri: vscode.Uri | string, start: number, end: number): Promise<vscode.TextEditor> {
  const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri;
  const doc = await vscode.workspace.openTextDocument(target);
  const editor = await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: false });
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerReveal(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(REVEAL_COMMAND, (uri: string, start: number, end: number) => reveal(uri, start, end)));
}
