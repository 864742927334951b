// Commands that write the desk's annotations: from the palette, the quotation's code actions
// and the tree's context menu, or called with arguments (tests, other extensions):
// `{ uri?, start?, end?, value?, id? }`. Each returns what it did (an id, true), or undefined.
import * as vscode from 'vscode';
import { NOT_A_QUOTATION, SOURCE_TYPES, STATUSES, type Analysis } from '../core';
import type { AnnotationChange, DeskAnnotations, Target } from './annotations';
import { entityAt, quoteAt } from '../service/service';
import type { Node } from './tree';
import type { AnalysisStore } from './store';

export const ANNOTATION_COMMANDS = {
  addNote: 'articleLens.addNote',
  setStatus: 'articleLens.setVerificationStatus',
  setSourceType: 'articleLens.setSourceType',
  correctSpeaker: 'articleLens.correctSpeaker',
  remove: 'articleLens.removeAnnotation',
  reattach: 'articleLens.reattachAnnotation',
  unverifiedOnly: 'articleLens.toggleUnverifiedOnly',
} as const;

/** The kind of the desk's annotation actions: offered with the refactorings, never as a fix. */
const ANNOTATE_KIND = vscode.CodeActionKind.Refactor.append('articleLens.annotate');

export interface AnnotationArgs {
  readonly uri?: string;
  readonly start?: number;
  readonly end?: number;
  readonly value?: string;
  readonly id?: string;
}

/** What a command acts on: a quotation's words, an entity's first mention, or the selection. */
export function targetAt(doc: vscode.TextDocument, a: Analysis, selection: vscode.Selection): Target | undefined {
  const offset = doc.offsetAt(selection.active);
  const q = quoteAt(a, offset);
  if (q) return { start: q.inner.start, end: q.inner.end };
  const e = entityAt(a, offset);
  const first = e?.mentions.find((m) => m.kind !== 'pronoun') ?? e?.mentions[0];
  if (first) return { start: first.start, end: first.end };
  if (!selection.isEmpty) return { start: doc.offsetAt(selection.start), end: doc.offsetAt(selection.end) };
  return undefined;
}

/** Arguments from a tree node (context menu) or a plain object. */
function argsOf(raw: unknown, store: AnalysisStore): AnnotationArgs {
  if (!raw || typeof raw !== 'object') return {};
  const n = raw as Partial<Node> & AnnotationArgs;
  if (n.kind === 'quote' && typeof n.index === 'number') {
    const doc = vscode.window.activeTextEditor?.document;
    const q = doc && store.get(doc)?.quotes[n.index];
    return q && doc ? { uri: doc.uri.toString(), start: q.inner.start, end: q.inner.end } : {};
  }
  if (n.kind === 'orphan') return { id: (n as { id?: string }).id };
  return n;
}

export function registerAnnotationCommands(context: vscode.ExtensionContext, store: AnalysisStore, notes: DeskAnnotations): void {
  const resolve = async (raw: unknown): Promise<{ doc: vscode.TextDocument; target: Target | undefined; args: AnnotationArgs } | undefined> => {
    const args = argsOf(raw, store);
    const doc = args.uri
      ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) ?? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri))
      : vscode.window.activeTextEditor?.document;
    if (!doc) { void vscode.window.showInformationMessage('Article Lens: open an article first.'); return undefined; }
    await notes.load(doc.uri);
    if (typeof args.start === 'number' && typeof args.end === 'number') return { doc, target: { start: args.start, end: args.end }, args };
    const a = store.get(doc) ?? await store.analyzeNow(doc);
    const editor = vscode.window.activeTextEditor;
    const target = a && editor?.document === doc ? targetAt(doc, a, editor.selection) : undefined;
    return { doc, target, args };
  };

  const setter = (key: keyof AnnotationChange, ask: (current: string | null) => Thenable<string | undefined>) => async (raw?: unknown): Promise<string | undefined> => {
    const r = await resolve(raw);
    if (!r) return undefined;
    if (!r.target) { void vscode.window.showInformationMessage('Article Lens: put the cursor in a quotation or on a name, or select the words to annotate.'); return undefined; }
    const existing = notes.placed(r.doc).find((p) => p.start === r.target!.start && p.end === r.target!.end)?.annotation;
    const current = existing ? (key === 'speaker' ? (existing.notAQuotation ? NOT_A_QUOTATION : existing.speaker) : existing[key]) : null;
    const value = r.args.value ?? await ask(current);
    if (value === undefined) return undefined;
    try {
      return await notes.annotate(r.doc, r.target, { [key]: value === '' ? null : value });
    } catch (err) {
      void vscode.window.showErrorMessage(`Article Lens: the annotation was not saved: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
  };

  const pick = (items: readonly string[], placeHolder: string) => (current: string | null): Thenable<string | undefined> =>
    vscode.window.showQuickPick([...items.map((label) => ({ label, description: label === current ? 'current' : undefined })), { label: '(none)', description: 'remove it' }], { placeHolder })
      .then((p) => (p ? (p.label === '(none)' ? '' : p.label) : undefined));

  context.subscriptions.push(
    vscode.commands.registerCommand(ANNOTATION_COMMANDS.addNote, setter('note', (current) => vscode.window.showInputBox({ prompt: 'A note for the desk (kept beside the article, never in it); empty to remove', value: current ?? '' }))),
    vscode.commands.registerCommand(ANNOTATION_COMMANDS.setStatus, setter('status', pick(STATUSES, 'Verification status'))),
    vscode.commands.registerCommand(ANNOTATION_COMMANDS.setSourceType, setter('sourceType', pick(SOURCE_TYPES, 'Kind of source'))),
    vscode.commands.registerCommand(ANNOTATION_COMMANDS.correctSpeaker, setter('speaker', async () => {
      const doc = vscode.window.activeTextEditor?.document;
      const a = doc && (store.get(doc) ?? (await store.analyzeNow(doc)));
      const names = a ? [...new Set(a.entities.filter((e) => e.type !== 'place').map((e) => e.name))] : [];
      const items = [...names.map((label) => ({ label })), { label: 'Not a quotation', description: NOT_A_QUOTATION }, { label: 'Type a name…' }, { label: '(none)', description: 'remove the correction' }];
      const p = await vscode.window.showQuickPick(items, { placeHolder: 'Who said it?' });
      if (!p) return undefined;
      if (p.label === 'Not a quotation') return NOT_A_QUOTATION;
      if (p.label === '(none)') return '';
      if (p.label === 'Type a name…') return vscode.window.showInputBox({ prompt: 'The speaker\'s name' });
      return p.label;
    })),
    vscode.commands.registerCommand(ANNOTATION_COMMANDS.remove, async (raw?: unknown): Promise<boolean> => {
      const r = await resolve(raw);
      if (!r) return false;
      let id = r.args.id;
      if (!id) {
        const here = notes.placed(r.doc).filter((p) => p.start === null || (r.target && p.start! < r.target.end && r.target.start < p.end!));
        const p = await vscode.window.showQuickPick(here.map((x) => ({ label: x.annotation.anchor.exact.slice(0, 60), description: x.start === null ? 'orphaned' : undefined, detail: x.annotation.note ?? undefined, id: x.annotation.id })), { placeHolder: 'Remove which annotation?' });
        id = p?.id;
      }
      return id ? notes.remove(r.doc, id) : false;
    }),
    vscode.commands.registerCommand(ANNOTATION_COMMANDS.reattach, async (raw?: unknown): Promise<boolean> => {
      const r = await resolve(raw);
      if (!r) return false;
      const editor = vscode.window.activeTextEditor;
      const target = typeof r.args.start === 'number' ? r.target : editor && !editor.selection.isEmpty && editor.document === r.doc
        ? { start: r.doc.offsetAt(editor.selection.start), end: r.doc.offsetAt(editor.selection.end) } : r.target;
      if (!target) { void vscode.window.showInformationMessage('Article Lens: select the words to attach the note to.'); return false; }
      let id = r.args.id;
      if (!id) {
        const p = await vscode.window.showQuickPick(notes.orphans(r.doc).map((x) => ({ label: x.annotation.anchor.exact.slice(0, 60), detail: x.annotation.note ?? undefined, id: x.annotation.id })), { placeHolder: 'Re-attach which orphaned note?' });
        id = p?.id;
      }
      return id ? notes.reattach(r.doc, id, target) : false;
    }),
    // The desk's annotations on the quotation at the cursor, offered with the refactorings
    // (never as a quick fix): kept beside the article, never in it.
    vscode.languages.registerCodeActionsProvider({ language: 'article' }, {
      async provideCodeActions(doc, range) {
        const a = await store.getSoon(doc);
        const here = a?.quotes.find((q) => q.start <= doc.offsetAt(range.start) && doc.offsetAt(range.start) < q.end);
        if (!here) return [];
        const args = { uri: doc.uri.toString(), start: here.inner.start, end: here.inner.end };
        return ([[ANNOTATION_COMMANDS.addNote, 'Add Note…'], [ANNOTATION_COMMANDS.setStatus, 'Set Verification Status…'], [ANNOTATION_COMMANDS.correctSpeaker, 'Correct Speaker… (an annotation; the text is unchanged)']] as const).map(([command, title]) => {
          const action = new vscode.CodeAction(title, ANNOTATE_KIND);
          action.command = { command, title, arguments: [args] };
          return action;
        });
      },
    }, { providedCodeActionKinds: [ANNOTATE_KIND] }),
  );
}
