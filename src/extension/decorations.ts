// Colours: people, organisations and places told apart, and each quotation underlined in its
// speaker's colour (the speaker's mentions too). Off with articleLens.colors.enabled.
import * as vscode from 'vscode';
import { speakerGroups, type Analysis } from '../core';
import type { SettingsWatcher } from './settings';
import { isArticle, type AnalysisStore } from './store';

const ENTITY_COLORS = { person: 'charts.blue', organization: 'charts.purple', place: 'charts.green' } as const;
const SPEAKER_COLORS = ['charts.orange', 'charts.blue', 'charts.green', 'charts.purple', 'charts.red', 'charts.yellow'];

export class Colours implements vscode.Disposable {
  private readonly entityTypes = Object.fromEntries(Object.entries(ENTITY_COLORS).map(([k, c]) => [k, vscode.window.createTextEditorDecorationType({
    color: new vscode.ThemeColor(c),
  })])) as Record<keyof typeof ENTITY_COLORS, vscode.TextEditorDecorationType>;
  private readonly speakerTypes = SPEAKER_COLORS.map((c) => vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none solid none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor(c),
  }));
  private readonly unattributed = vscode.window.createTextEditorDecorationType({
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 1px 0',
    borderColor: new vscode.ThemeColor('editorWarning.foreground'),
  });
  private readonly subs: vscode.Disposable[] = [];

  constructor(private readonly store: AnalysisStore, private readonly settings: SettingsWatcher) {
    this.subs.push(
      store.onDidChange((c) => {
        for (const e of vscode.window.visibleTextEditors) if (e.document.uri.toString() === c.uri.toString()) this.update(e);
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.updateAll()),
      settings.onDidChange(() => this.updateAll()),
    );
    this.updateAll();
  }

  private updateAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.update(editor);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const t of [...Object.values(this.entityTypes), ...this.speakerTypes, this.unattributed]) editor.setDecorations(t, []);
  }

  private update(editor: vscode.TextEditor): void {
    const doc = editor.document;
    if (!isArticle(doc)) return;
    const s = this.store.state(doc);
    if (!this.settings.settings.colors || !s || s.kind !== 'ready' || s.version !== doc.version) {
      if (!this.settings.settings.colors || s?.kind === 'too-large' || s?.kind === 'failed' || s?.kind === 'timed-out') this.clear(editor);
      return;
    }
    this.apply(editor, s.analysis);
  }

  private apply(editor: vscode.TextEditor, a: Analysis): void {
    const doc = editor.document;
    const range = (start: number, end: number): vscode.Range => new vscode.Range(doc.positionAt(start), doc.positionAt(end));
    const byType: Record<string, vscode.Range[]> = { person: [], organization: [], place: [] };
    for (const e of a.entities) for (const m of e.mentions) if (m.kind !== 'pronoun') byType[e.type].push(range(m.start, m.end));
    for (const [k, t] of Object.entries(this.entityTypes)) editor.setDecorations(t, byType[k]);
    const bySpeaker: vscode.DecorationOptions[][] = this.speakerTypes.map(() => []);
    speakerGroups(a).forEach((g, i) => {
      const slot = bySpeaker[i % bySpeaker.length];
      for (const qi of g.quotes) {
        const q = a.quotes[qi];
        slot.push({ range: range(q.start, q.end) });
        if (q.speaker?.mention) slot.push({ range: range(q.speaker.mention.start, q.speaker.mention.end) });
      }
    });
    this.speakerTypes.forEach((t, i) => editor.setDecorations(t, bySpeaker[i]));
    editor.setDecorations(this.unattributed, a.diagnostics.filter((d) => d.code === 'unattributed-quote').map((d) => range(d.start, d.end)));
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    for (const t of [...Object.values(this.entityTypes), ...this.speakerTypes, this.unattributed]) t.dispose();
  }
}
