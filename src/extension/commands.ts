import * as vscode from 'vscode';
import { sourcingSummary } from '../core';
import type { ServerConnection } from './client';
import type { WorkspaceDiagnostics } from './diagnostics';
import { reveal } from './reveal';
import type { SettingsWatcher } from './settings';
import { isArticle, type AnalysisStore } from './store';
import { unattributed } from './tree';
import { checkWorkspace } from './workspaceCheck';

export const COMMANDS = {
  openAsArticle: 'articleLens.openAsArticle',
  showSourcesAndSpeakers: 'articleLens.showSourcesAndSpeakers',
  nextUnattributed: 'articleLens.nextUnattributedQuotation',
  previousUnattributed: 'articleLens.previousUnattributedQuotation',
  checkWorkspace: 'articleLens.checkWorkspace',
  copySourcingSummary: 'articleLens.copySourcingSummary',
  analyzeAnyway: 'articleLens.analyzeAnyway',
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

function activeArticle(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !isArticle(editor.document)) {
    void vscode.window.showInformationMessage('Article Lens: open an article first.');
    return undefined;
  }
  return editor;
}

export function registerCommands(context: vscode.ExtensionContext, store: AnalysisStore, server: ServerConnection, diagnostics: WorkspaceDiagnostics, settings: SettingsWatcher): void {
  const go = async (direction: 1 | -1): Promise<boolean> => {
    const editor = activeArticle();
    if (!editor) return false;
    const a = store.get(editor.document) ?? await store.analyzeNow(editor.document);
    if (!a) return false;
    const list = unattributed(a).map((i) => a.quotes[i]);
    if (!list.length) {
      void vscode.window.showInformationMessage('Article Lens: every direct quotation in this article is attributed.');
      return false;
    }
    const here = editor.document.offsetAt(direction === 1 ? editor.selection.end : editor.selection.start);
    const target = direction === 1
      ? list.find((q) => q.start >= here) ?? list[0]
      : [...list].reverse().find((q) => q.end <= here) ?? list[list.length - 1];
    await reveal(editor.document.uri, target.start, target.end);
    return true;
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(COMMANDS.openAsArticle, openAsArticle),
    vscode.commands.registerCommand(COMMANDS.showSourcesAndSpeakers, async () => {
      await vscode.commands.executeCommand('articleLens.sources.focus');
    }),
    vscode.commands.registerCommand(COMMANDS.nextUnattributed, () => go(1)),
    vscode.commands.registerCommand(COMMANDS.previousUnattributed, () => go(-1)),
    vscode.commands.registerCommand(COMMANDS.checkWorkspace, async () => {
      const r = await checkWorkspace(store, server, diagnostics, settings);
      const msg = `Article Lens: ${r.cancelled ? 'cancelled after' : 'checked'} ${r.files} article${r.files === 1 ? '' : 's'}, ${r.problems} problem${r.problems === 1 ? '' : 's'}${r.skipped.length ? `; skipped ${r.skipped.join('; ')}` : ''}.`;
      void vscode.window.showInformationMessage(msg);
      return r;
    }),
    vscode.commands.registerCommand(COMMANDS.copySourcingSummary, async () => {
      const editor = activeArticle();
      if (!editor) return undefined;
      const a = store.get(editor.document) ?? await store.analyzeNow(editor.document);
      if (!a) return undefined;
      const summary = sourcingSummary(a, editor.document.getText());
      try {
        await vscode.env.clipboard.writeText(summary);
        void vscode.window.showInformationMessage('Article Lens: sourcing summary copied as Markdown.');
      } catch (err) {
        void vscode.window.showWarningMessage(`Article Lens: could not write the clipboard (${err instanceof Error ? err.message : String(err)}).`);
      }
      return summary;
    }),
    vscode.commands.registerCommand(COMMANDS.analyzeAnyway, async () => {
      const editor = activeArticle();
      return editor ? (await store.force(editor.document)) !== undefined : false;
    }),
  );
}
