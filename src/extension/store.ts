// One analysis per document version, shared by every feature: recomputed after a short
// debounce, never on a stale version; work for a closed document is dropped.
import * as vscode from 'vscode';
import { analyze, type Analysis, type AnalyzeOptions, type Correction, type DeskList } from '../core';
import type { TeamConfig } from '../core/config';
import { WorkerCancelled, WorkerRestarted, WorkerTimeout, WorkerUnavailable, type AnalysisWorker } from './analysisWorker';
import { analyzeOptions } from '../service/settings';
import type { SettingsWatcher } from './settings';

/** Texts this long or shorter are analysed on the spot when a feature needs them at once. */
const SYNC_LIMIT = 100_000;

export const LANGUAGE_ID = 'article';

export type DocState =
  | { readonly kind: 'ready'; readonly analysis: Analysis; readonly version: number; readonly ms: number }
  | { readonly kind: 'pending' }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'failed'; readonly message: string; readonly version: number }
  | { readonly kind: 'timed-out'; readonly ms: number; readonly version: number };

export interface StoreChange {
  readonly uri: vscode.Uri;
  readonly document: vscode.TextDocument | null;
  readonly state: DocState | null;
}

export function isArticle(doc: vscode.TextDocument | undefined): boolean {
  return !!doc && doc.languageId === LANGUAGE_ID;
}

export class AnalysisStore implements vscode.Disposable {
  /** The engine; tests may replace it (through the extension's API) to make an analysis fail. */
  analyzer: (text: string, options: AnalyzeOptions) => Analysis = analyze;
  /** The desk's speaker corrections for a document (its annotations), applied by every analysis. */
  corrections: (doc: vscode.TextDocument) => readonly Correction[] = () => [];

  /** The desk's entity list for a document, if there is one. */
  desk: (doc: vscode.TextDocument) => DeskList | undefined = () => undefined;

  /** The team configuration for a document or file, if there is one. */
  team: (doc: vscode.TextDocument | vscode.Uri) => TeamConfig | undefined = () => undefined;

  /** What an analysis of a file that is not open applies: the team configuration and the settings. */
  optionsForFile(uri: vscode.Uri): AnalyzeOptions {
    return analyzeOptions(this.settings.settings, this.team(uri));
  }

  private options(doc: vscode.TextDocument): AnalyzeOptions {
    return analyzeOptions(this.settings.settings, this.team(doc.uri), this.desk(doc), this.corrections(doc));
  }
  private readonly states = new Map<string, DocState>();
  private readonly warned = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly forced = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<StoreChange>();
  readonly onDidChange = this.emitter.event;
  private readonly subs: vscode.Disposable[] = [];

  constructor(private readonly settings: SettingsWatcher, private readonly worker?: AnalysisWorker) {
    this.subs.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length) this.schedule(e.document); }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      settings.onDidChange(() => { for (const d of vscode.workspace.textDocuments) this.schedule(d, 0); }),
    );
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  /** The analysis of the document's current version, computing it now if it is due. */
  get(doc: vscode.TextDocument): Analysis | undefined {
    const s = this.states.get(doc.uri.toString());
    if (s?.kind === 'ready' && s.version === doc.version) return s.analysis;
    // (A failed or abandoned version is not retried on every hover: the next edit tries again.)
    if (!isArticle(doc) || (s && s.kind === 'too-large') || ((s?.kind === 'failed' || s?.kind === 'timed-out') && s.version === doc.version)) return undefined;
    // A long text is left to the worker: the editor's thread is never held.
    if (this.worker?.available && doc.getText().length > SYNC_LIMIT) return undefined;
    return this.analyzeNow(doc);
  }

  /** The analysis of the current version, waiting briefly (for the worker) rather than blocking. */
  async getSoon(doc: vscode.TextDocument, waitMs = 300): Promise<Analysis | undefined> {
    const now = this.get(doc);
    if (now) return now;
    return new Promise((resolve) => {
      const done = (a: Analysis | undefined): void => { clearTimeout(timer); sub.dispose(); resolve(a); };
      const timer = setTimeout(() => done(undefined), waitMs);
      const sub = this.onDidChange((c) => {
        if (c.uri.toString() !== doc.uri.toString() || c.state?.kind === 'pending') return;
        done(c.state?.kind === 'ready' && c.state.version === doc.version ? c.state.analysis : undefined);
      });
    });
  }

  state(doc: vscode.TextDocument): DocState | undefined {
    return this.states.get(doc.uri.toString());
  }

  /** Analyse now, whatever the debounce (after a quick fix, or for a hover). */
  analyzeNow(doc: vscode.TextDocument): Analysis | undefined {
    const key = doc.uri.toString();
    const t = this.timers.get(key);
    if (t) { clearTimeout(t); this.timers.delete(key); }
    if (!isArticle(doc) || doc.isClosed) return undefined;
    const size = doc.getText().length;
    if (size > this.settings.settings.maxFileSize && !this.forced.has(key)) {
      this.set(doc, { kind: 'too-large', size });
      return undefined;
    }
    try {
      const t0 = Date.now();
      const analysis = this.analyzer(doc.getText(), this.options(doc));
      this.set(doc, { kind: 'ready', analysis, version: doc.version, ms: Date.now() - t0 });
      this.warned.delete(key);
      return analysis;
    } catch (err) {
      // Its diagnostics are cleared (they would point at a stale version), and the user is told
      // once per document, not on every keystroke.
      this.fail(doc, err instanceof Error ? err.message : String(err));
      return undefined;
    }
  }

  private fail(doc: vscode.TextDocument, message: string): void {
    const key = doc.uri.toString();
    this.set(doc, { kind: 'failed', message, version: doc.version });
    if (!this.warned.has(key)) {
      this.warned.add(key);
      void vscode.window.showWarningMessage(`Article Lens could not analyse ${vscode.workspace.asRelativePath(doc.uri)}: ${message}. This is a bug; its results are cleared until an edit analyses it again.`);
    }
  }

  /** Analyses the current version in the worker; a result for an older version is dropped. */
  private analyzeInWorker(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    const text = doc.getText();
    if (text.length > this.settings.settings.maxFileSize && !this.forced.has(key)) {
      this.set(doc, { kind: 'too-large', size: text.length });
      return;
    }
    const version = doc.version;
    const t0 = Date.now();
    const timeout = this.settings.settings.timeoutMs;
    this.worker!.analyze(key, version, text, this.options(doc), timeout).then((analysis) => {
      if (doc.isClosed || doc.version !== version) return;
      this.set(doc, { kind: 'ready', analysis, version, ms: Date.now() - t0 });
      this.warned.delete(key);
    }, (err: unknown) => {
      if (doc.isClosed || doc.version !== version) return;
      // (Another document's analysis ran over the limit and the worker was replaced: ask again.)
      if (err instanceof WorkerRestarted) { this.schedule(doc, 0); return; }
      if (err instanceof WorkerCancelled) return;
      if (err instanceof WorkerTimeout) { this.set(doc, { kind: 'timed-out', ms: err.ms, version }); return; }
      if (err instanceof WorkerUnavailable) { this.analyzeNow(doc); return; }
      this.fail(doc, err instanceof Error ? err.message : String(err));
    });
  }

  /** Analyses a document again at once (its annotations changed: corrections apply). */
  refresh(doc: vscode.TextDocument): void {
    const s = this.states.get(doc.uri.toString());
    if (s?.kind === 'ready') this.states.delete(doc.uri.toString());
    this.schedule(doc, 0);
  }

  /** "Analyze Anyway": lift the size limit for this document. */
  force(doc: vscode.TextDocument): Analysis | undefined {
    this.forced.add(doc.uri.toString());
    return this.analyzeNow(doc);
  }

  schedule(doc: vscode.TextDocument, delay = this.settings.settings.debounceMs): void {
    const key = doc.uri.toString();
    if (!isArticle(doc)) {
      if (this.states.has(key)) this.forget(doc.uri);
      return;
    }
    const old = this.timers.get(key);
    if (old) clearTimeout(old);
    if (!this.states.has(key) || this.states.get(key)?.kind === 'ready') this.set(doc, { kind: 'pending' }, false);
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // Dropped if the document closed meanwhile.
      if (doc.isClosed) return;
      if (this.worker?.available && this.analyzer === analyze) this.analyzeInWorker(doc);
      else this.analyzeNow(doc);
    }, delay));
  }

  private set(doc: vscode.TextDocument, state: DocState, emit = true): void {
    const key = doc.uri.toString();
    const prev = this.states.get(key);
    this.states.set(key, state);
    if (emit || prev?.kind !== state.kind) this.emitter.fire({ uri: doc.uri, document: doc, state });
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    this.forced.delete(key);
    this.warned.delete(key);
    if (this.states.delete(key)) this.emitter.fire({ uri, document: null, state: null });
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
  }
}
