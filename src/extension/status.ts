// A language status item for article files: "7 quotations · 0 unattributed", busy while
// analysing, a warning when analysis is over its time budget or the file is too large.
import * as vscode from 'vscode';
import type { DeskAnnotations } from './annotations';
import type { SettingsWatcher } from './settings';
import { isArticle, type AnalysisStore } from './store';

export function registerStatus(context: vscode.ExtensionContext, store: AnalysisStore, settings: SettingsWatcher, notes?: DeskAnnotations): vscode.LanguageStatusItem {
  const item = vscode.languages.createLanguageStatusItem('articleLens.status', { language: 'article' });
  item.name = 'Article Lens';
  const update = (): void => {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !isArticle(doc)) return;
    const s = store.state(doc);
    item.busy = s?.kind === 'pending';
    item.command = undefined;
    item.severity = vscode.LanguageStatusSeverity.Information;
    if (!s || s.kind === 'pending') {
      item.text = 'Analysing article…';
      item.detail = undefined;
    } else if (s.kind === 'too-large') {
      item.text = `Not analysed: ${(s.size / 1e6).toFixed(1)} MB`;
      item.detail = `over the ${(settings.settings.maxFileSize / 1e6).toFixed(1)} MB limit (articleLens.analysis.maxFileSize)`;
      item.severity = vscode.LanguageStatusSeverity.Warning;
      item.command = { command: 'articleLens.analyzeAnyway', title: 'Analyze Anyway' };
    } else if (s.kind === 'timed-out') {
      item.text = 'Analysis abandoned';
      item.detail = `it ran over the ${s.ms} ms limit (articleLens.analysis.timeoutMs); results are cleared until the next edit`;
      item.severity = vscode.LanguageStatusSeverity.Warning;
    } else if (s.kind === 'failed') {
      item.text = 'Analysis failed';
      item.detail = s.message;
      item.severity = vscode.LanguageStatusSeverity.Error;
    } else {
      const direct = s.analysis.quotes.filter((q) => q.kind === 'direct').length;
      const un = s.analysis.diagnostics.filter((d) => d.code === 'unattributed-quote').length;
      item.text = `${direct} quotation${direct === 1 ? '' : 's'} · ${un} unattributed`;
      // Once the desk annotates an article, the quotations it has not verified are counted.
      if (notes?.peek(doc.uri)?.items.length) item.text += ` · ${notes.unverified(doc, s.analysis).length} unverified`;
      const slow = s.ms > settings.settings.timeBudgetMs;
      item.detail = slow ? `analysis took ${s.ms} ms, over the ${settings.settings.timeBudgetMs} ms budget` : `analysed in ${s.ms} ms`;
      if (slow) item.severity = vscode.LanguageStatusSeverity.Warning;
      item.command = { command: 'articleLens.showSourcesAndSpeakers', title: 'Sources & Speakers' };
    }
  };
  context.subscriptions.push(item, store.onDidChange(update), vscode.window.onDidChangeActiveTextEditor(update));
  if (notes) context.subscriptions.push(notes.onDidChange(update));
  update();
  return item;
}
