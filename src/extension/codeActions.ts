// Quick fixes on an unattributed quotation: Attribute to <name> (the likeliest speakers),
// Mark as not a quotation, Ignore here. The last two write an inline marker, so a team
// shares the decision and the CLI honours it. On an inferred attribution, Attribute to <the
// inferred speaker> writes the attribution the text lacks.
import * as vscode from 'vscode';
import { attributionEdits, attributionName, candidateSpeakers, markerEdit, type TextEdit } from '../core';
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
          const code = typeof diag.code === 'object' ? diag.code.value : diag.code;
          // The sourcing checks' fixes ("said" for a loaded verb, a reason for an anonymous source, the surname).
          if (diag.source === 'Article Lens' && code !== 'house-spelling') {
            const at = doc.offsetAt(diag.range.start);
            const d = a.diagnostics.find((x) => x.code === code && x.start === at && x.fixes?.length);
            if (d?.fixes) {
              d.fixes.forEach((f, i) => {
                const fix = new vscode.CodeAction(f.title, vscode.CodeActionKind.QuickFix);
                fix.edit = new vscode.WorkspaceEdit();
                fix.edit.replace(doc.uri, new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end)), f.text);
                fix.diagnostics = [diag];
                fix.isPreferred = i === 0 && !f.placeholder;
                // (Where the fix leaves a word to fill in, it is selected, ready to type over.)
                const at = f.placeholder ? f.text.indexOf(f.placeholder) : -1;
                fix.command = at >= 0
                  ? { command: 'articleLens.revealRange', title: 'Select the placeholder', arguments: [doc.uri.toString(), f.start + at, f.start + at + f.placeholder!.length] }
                  : refresh;
                actions.push(fix);
              });
              continue;
            }
          }
          if (diag.source === 'Article Lens' && code === 'house-spelling') {
            const d = a.diagnostics.find((x) => x.code === 'house-spelling' && x.start === doc.offsetAt(diag.range.start));
            if (!d?.replacement) continue;
            const fix = new vscode.CodeAction(`Use the house spelling "${d.replacement}"`, vscode.CodeActionKind.QuickFix);
            fix.edit = new vscode.WorkspaceEdit();
            fix.edit.replace(doc.uri, diag.range, d.replacement);
            fix.diagnostics = [diag];
            fix.isPreferred = true;
            actions.push(fix);
            continue;
          }
          if (diag.source !== 'Article Lens' || (code !== 'unattributed-quote' && code !== 'inferred-attribution')) continue;
          const start = doc.offsetAt(diag.range.start);
          const qi = a.quotes.findIndex((q) => q.start === start);
          if (qi < 0) continue;
          const q = a.quotes[qi];
          if (code === 'inferred-attribution' && q.speaker) {
            const e = q.speaker.entity ? a.entities.find((x) => x.id === q.speaker!.entity) : undefined;
            const action = new vscode.CodeAction(`Attribute to ${e?.name ?? q.speaker.name}`, vscode.CodeActionKind.QuickFix);
            action.edit = toWorkspaceEdit(doc, attributionEdits(doc.getText(), q, e ? attributionName(e) : q.speaker.name));
            action.diagnostics = [diag];
            action.isPreferred = true;
            action.command = refresh;
            actions.push(action);
            continue;
          }
          candidateSpeakers(a, qi).forEach((c, i) => {
            const name = attributionName(c.entity);
            const action = new vscode.CodeAction(`Attribute to ${c.entity.name}`, vscode.CodeActionKind.QuickFix);
            action.edit = toWorkspaceEdit(doc, attributionEdits(doc.getText(), q, name));
            action.diagnostics = [diag];
            action.isPreferred = i === 0;
            action.command = refresh;
            actions.push(action);
          });
          const scare = new vscode.CodeAction('Mark as not a quotation (scare quote or title)', vscode.CodeActionKind.QuickFix);
          scare.edit = toWorkspaceEdit(doc, [markerEdit(q, 'not-a-quote')]);
          scare.diagnostics = [diag];
          scare.command = refresh;
          actions.push(scare);
          const ignore = new vscode.CodeAction('Ignore this quotation here', vscode.CodeActionKind.QuickFix);
          ignore.edit = toWorkspaceEdit(doc, [markerEdit(q, 'ignore')]);
          ignore.diagnostics = [diag];
          ignore.command = refresh;
          actions.push(ignore);
        }
        return actions;
      },
    }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, ANNOTATE] }),
  );
}
