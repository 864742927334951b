// The language server's analysis of each open article, as the extension's views need it (the
// tree, the colours, the status, the report, the commands). The server analyses; this keeps
// the newest analysis it announced for each document's current version, and says "pending"
// between an edit and the server's answer. Nothing is analysed on the editor's thread.
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { PROTOCOL, type DocState as ServerState } from '../service/protocol';
import type { ServerConnection, TextResult } from './client';

export const LANGUAGE_ID = 'article';

export type DocState = ServerState | { readonly kind: 'pending' };

export interface StoreChange {
  readonly uri: vscode.Uri;
  readonly document: vscode.TextDocument | null;
  readonly state: DocState | null;
}

export function isArticle(doc: vscode.TextDocument | undefined): boolean {
  return !!doc && doc.languageId === LANGUAGE_ID;
}

export class AnalysisStore implements vscode.Disposable {
  private readonly states = new Map<string, DocState>();
  private readonly emitter = new vscode.EventEmitter<StoreChange>();
  readonly onDidChange = this.emitter.event;
  private readonly subs: vscode.Disposable[] = [];

  constructor(private readonly server: ServerConnection) {
    this.subs.push(
      vscode.workspace.onDidOpenTextDocument((d) => { if (isArticle(d)) this.set(d, { kind: 'pending' }); }),
      vscode.workspace.onDidChangeTextDocument((e) => { if (e.contentChanges.length && isArticle(e.document)) this.set(e.document, { kind: 'pending' }); }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      server.onDidAnalyse(({ uri, state }) => this.accept(uri, state)),
    );
    for (const d of vscode.workspace.textDocuments) if (isArticle(d)) this.set(d, { kind: 'pending' });
  }

  /** An analysis from the server: kept if it is of the document's current version. */
  private accept(uri: string, state: ServerState | null): void {
    if (!state) return;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    if (!doc || !isArticle(doc) || doc.version !== state.version) return;
    this.set(doc, state);
  }

  /** The analysis of the document's current version, if the server has given it. */
  get(doc: vscode.TextDocument): Analysis | undefined {
    const s = this.states.get(doc.uri.toString());
    return s?.kind === 'ready' && s.version === doc.version ? s.analysis : undefined;
  }

  /** The analysis of the current version, waiting briefly for the server rather than blocking. */
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

  /** Why the quotation at `index` is credited as it is (the server's words), for the current version. */
  explanation(doc: vscode.TextDocument, index: number): string | undefined {
    const s = this.states.get(doc.uri.toString());
    return s?.kind === 'ready' && s.version === doc.version ? s.explanations?.[index] || undefined : undefined;
  }

  state(doc: vscode.TextDocument): DocState | undefined {
    return this.states.get(doc.uri.toString());
  }

  /** Asks the server for the analysis of the current version now, whatever the debounce. */
  async analyzeNow(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    if (!isArticle(doc) || doc.isClosed) return undefined;
    const state = await this.server.request<ServerState | null>(PROTOCOL.analysis, { uri: doc.uri.toString() });
    this.accept(doc.uri.toString(), state);
    return state?.kind === 'ready' && state.version === doc.version ? state.analysis : undefined;
  }

  /** "Analyze Anyway": lift the size limit for this document. */
  async force(doc: vscode.TextDocument): Promise<Analysis | undefined> {
    const state = await this.server.request<ServerState | null>(PROTOCOL.analyzeAnyway, { uri: doc.uri.toString() });
    this.accept(doc.uri.toString(), state);
    return state?.kind === 'ready' ? state.analysis : undefined;
  }

  /**
   * The files beside a document changed (its annotations, the desk list): the server analyses it
   * again. Its current analysis is kept meanwhile (the text has not changed).
   */
  refresh(doc: vscode.TextDocument): void {
    if (!isArticle(doc)) return;
    void this.server.notify(PROTOCOL.inputsChanged, { uri: doc.uri.toString() });
  }

  /** The files beside every article changed (a team configuration, a desk list). */
  refreshAll(): void {
    void this.server.notify(PROTOCOL.inputsChanged, {});
  }

  /** The server's analysis of a text that is not open (Check Workspace, the report). */
  analyseText(uri: vscode.Uri, text: string): Promise<TextResult | null> {
    return this.server.request<TextResult | null>(PROTOCOL.analyseText, { uri: uri.toString(), text });
  }

  private set(doc: vscode.TextDocument, state: DocState): void {
    const key = doc.uri.toString();
    const prev = this.states.get(key);
    this.states.set(key, state);
    if (state.kind !== 'pending' || prev?.kind !== 'pending') this.emitter.fire({ uri: doc.uri, document: doc, state });
  }

  private forget(uri: vscode.Uri): void {
    if (this.states.delete(uri.toString())) this.emitter.fire({ uri, document: null, state: null });
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
  }
}
