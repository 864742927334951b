// Quick fixes on an unattributed quotation: Attribute to <name> (the likeliest speakers),
// Mark as not a quotation, Ignore here. The last two write an inline marker, so a team
// shares the decision and the CLI honours it. On an inferred attribution, Attribute to <the
// inferred speaker> writes the attribution the text lacks.
import * as vscode from 'vscode';
import type { TextEdit } from '../core';
import { fixesFor } from '../service/service';
import type { AnalysisStore } from './store';

export const REFRESH_COMMAND = 'articleLens.refreshNow';

function toWorkspaceEdit(doc: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const we = new vscode.WorkspaceEdit();
  for (const e of edits) we.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.newText);
  return we;
}

/** The kind of the desk's annotation actions: offered with the refactorings, never as a fix. */
const ANNOTATE = vscode.CodeActionKind.Refactor.append('articleLens.annotate');

export function registerCodeActions(context: vscode.ExtensionContext, store: AnalysisStore): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(REFRESH_COMMAND, (uri?: string) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
      if (doc) store.analyzeNow(doc);
    }),
    vscode.languages.registerCodeActionsProvider({ language: 'article' }, {
      async provideCodeActions(doc, _range, ctx) {
        const a = await store.getSoon(doc);
        if (!a) return [];
        const actions: vscode.CodeAction[] = [];
        const refresh = { command: REFRESH_COMMAND, title: 'Refresh Article Lens', arguments: [doc.uri.toString()] };
        // The desk's annotations on the quotation at the cursor (kept beside the article, never in it).
        const here = a.quotes.find((q) => q.start <= doc.offsetAt(_range.start) && doc.offsetAt(_range.start) < q.end);
        if (here) {
          const args = { uri: doc.uri.toString(), start: here.inner.start, end: here.inner.end };
          for (const [command, title] of [['articleLens.addNote', 'Add Note…'], ['articleLens.setVerificationStatus', 'Set Verification Status…'], ['articleLens.correctSpeaker', 'Correct Speaker… (an annotation; the text is unchanged)']]) {
            const action = new vscode.CodeAction(title, ANNOTATE);
            action.command = { command, title, arguments: [args] };
            actions.push(action);
          }
        }
        for (const diag of ctx.diagnostics) {
          if (diag.source !== 'Article Lens') continue;
          const code = typeof diag.code === 'object' ? diag.code.value : diag.code;
          const at = doc.offsetAt(diag.range.start);
          const found = a.diagnostics.find((x) => x.code === code && x.start === at);
          if (!found) continue;
          for (const f of fixesFor(doc.getText(), a, found)) {
            const action = new vscode.CodeAction(f.title, vscode.CodeActionKind.QuickFix);
            action.edit = toWorkspaceEdit(doc, f.edits);
            action.diagnostics = [diag];
            action.isPreferred = f.preferred;
            // (Where the fix leaves a word to fill in, it is selected, ready to type over.)
            action.command = f.select
              ? { command: 'articleLens.revealRange', title: 'Select the placeholder', arguments: [doc.uri.toString(), f.select.start, f.select.end] }
              : refresh;
            actions.push(action);
          }
        }
        return actions;
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, ANNOTATE] }),
  );
}
