// Diagnostics from the engine in one collection (source "Article Lens"), with the per-rule
// severities the engine applied, links to the rule's page (docs/rules, in the extension), and related information.
import * as vscode from 'vscode';
import { lineIndex, type Analysis, type Diagnostic as CoreDiagnostic } from '../core';
import { rulePagePath } from '../core/checks';
import type { RuleSeverity } from './settings';
import type { AnalysisStore } from './store';

export const SOURCE = 'Article Lens';

const SEVERITY: Record<Exclude<RuleSeverity, 'off'>, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Maps an offset to a position in text that is not open in an editor. */
export function positionsOf(text: string): (offset: number) => vscode.Position {
  const index = lineIndex(text);
  return (offset) => {
    const p = index(offset);
    return new vscode.Position(p.line, p.character);
  };
}

export class Diagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('article-lens');
  private readonly subs: vscode.Disposable[] = [];

  constructor(store: AnalysisStore, private readonly extensionUri: vscode.Uri) {
    this.subs.push(
      store.onDidChange((c) => {
        if (!c.state) { this.collection.delete(c.uri); return; }
        if (c.state.kind === 'ready' && c.document) this.publish(c.uri, c.state.analysis, c.document.getText());
        else if (c.state.kind === 'too-large' || c.state.kind === 'failed' || c.state.kind === 'timed-out') this.collection.delete(c.uri);
      }),
    );
  }

  /** Converts the engine's diagnostics for one file; `text` is the analysed text. */
  convert(uri: vscode.Uri, analysis: Analysis, text: string): vscode.Diagnostic[] {
    const pos = positionsOf(text);
    const out: vscode.Diagnostic[] = [];
    // (The engine applied the severities, and left out the rules that are off: the team
    // configuration's where it names a rule, else the settings'. See AnalysisStore.optionsForFile.)
    for (const d of analysis.diagnostics) out.push(this.toVscode(uri, d, pos, SEVERITY[d.severity]));
    return out;
  }

  /** Publishes the file's diagnostics and returns them. */
  publish(uri: vscode.Uri, analysis: Analysis, text: string): readonly vscode.Diagnostic[] {
    const diagnostics = this.convert(uri, analysis, text);
    this.collection.set(uri, diagnostics);
    return diagnostics;
  }

  private toVscode(uri: vscode.Uri, d: CoreDiagnostic, pos: (o: number) => vscode.Position, severity: vscode.DiagnosticSeverity): vscode.Diagnostic {
    const diag = new vscode.Diagnostic(new vscode.Range(pos(d.start), pos(d.end)), d.message, severity);
    diag.source = SOURCE;
    diag.code = { value: d.code, target: vscode.Uri.joinPath(this.extensionUri, rulePagePath(d.code)) };
    if (d.related.length) {
      diag.relatedInformation = d.related.map((r) => new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, new vscode.Range(pos(r.start), pos(r.end))), r.message));
    }
    return diag;
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.collection.dispose();
  }
}
