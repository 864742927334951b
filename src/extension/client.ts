// The extension's side of the language server (src/server): one client, started on the
// desktop (a Node process) or on the web (a Web Worker) by the entry point for that platform.
// The server analyses, diagnoses, hovers, fixes, outlines and folds; this client answers the
// server's questions about the files beside an article (the extension reads them through
// vscode.workspace.fs, so they work on any file system and on vscode.dev), and passes on each
// analysis as it completes for the tree, the colours, the status and the report.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions, StaticFeature } from 'vscode-languageclient';
import { rulePagePath } from '../core/checks/pages';
import { PROTOCOL, type ClientFlags, type ClientInputs, type DocState } from '../service/protocol';
import { REVEAL_COMMAND } from '../service/service';
import type { PoolStatus } from '../server/pool';

/** Makes the platform's client (vscode-languageclient/node or /browser) with these options. */
export type ClientFactory = (options: LanguageClientOptions) => BaseLanguageClient;

export const SOURCE = 'Article Lens';

/** What the server's analysis of a text that is not open gives (Check Workspace, the report). */
export type TextResult = DocState & { readonly diagnostics?: readonly unknown[] };

export class ServerConnection implements vscode.Disposable {
  readonly client: BaseLanguageClient;
  private readonly started: Promise<void>;
  private readonly analysed = new vscode.EventEmitter<{ uri: string; state: DocState }>();
  /** Each analysis the server completes, as it completes. */
  readonly onDidAnalyse = this.analysed.event;
  /** Why the server could not start, if it could not. */
  failure: string | undefined;

  constructor(factory: ClientFactory, private readonly extensionUri: vscode.Uri, inputs: (uri: vscode.Uri) => Promise<ClientInputs>, options: { analysisWorker?: string; testHooks?: boolean }) {
    const flags: ClientFlags = { inputs: true, didAnalyse: true, commandLinks: true, testHooks: !!options.testHooks };
    this.client = factory({
      documentSelector: [{ language: 'article' }],
      diagnosticCollectionName: 'article-lens',
      initializationOptions: options.analysisWorker ? { analysisWorker: options.analysisWorker } : {},
      // (The hover's links reveal a span: only that command may run from it.)
      markdown: { isTrusted: { enabledCommands: [REVEAL_COMMAND] }, supportHtml: false },
      middleware: {
        handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map((d) => this.dress(d))),
      },
    });
    const feature: StaticFeature = {
      fillClientCapabilities: (c) => { c.experimental = { ...(c.experimental ?? {}), articleLens: flags }; },
      initialize: () => undefined,
      getState: () => ({ kind: 'static' }),
      clear: () => undefined,
    };
    this.client.registerFeature(feature);
    this.client.onRequest(PROTOCOL.inputs, async (p: { uri?: unknown } | null) => (typeof p?.uri === 'string' ? inputs(vscode.Uri.parse(p.uri)) : {}));
    this.client.onNotification(PROTOCOL.didAnalyse, (p: { uri: string; state: DocState }) => this.analysed.fire(p));
    this.started = this.client.start().catch((err: unknown) => {
      this.failure = err instanceof Error ? err.message : String(err);
      void vscode.window.showErrorMessage(`Article Lens: the language server could not start (${this.failure}). Hovers, diagnostics and the tree are unavailable until the window is reloaded.`);
      throw err;
    });
  }

  /** The rule's page, packaged with the extension, instead of the web address (which needs the network). */
  dress(d: vscode.Diagnostic): vscode.Diagnostic {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    if (d.source === SOURCE && typeof code === 'string') d.code = { value: code, target: vscode.Uri.joinPath(this.extensionUri, rulePagePath(code)) };
    return d;
  }

  /** The server's diagnostics for a text that is not open, as the editor's. */
  diagnosticsOf(result: TextResult): vscode.Diagnostic[] {
    return (result.diagnostics ?? []).map((d) => this.dress(this.client.protocol2CodeConverter.asDiagnostic(d as Parameters<BaseLanguageClient['protocol2CodeConverter']['asDiagnostic']>[0])));
  }

  async request<T>(method: string, params: unknown): Promise<T> {
    await this.started;
    return this.client.sendRequest<T>(method, params);
  }

  async notify(method: string, params: unknown): Promise<void> {
    await this.started;
    await this.client.sendNotification(method, params);
  }

  /** What the server's analysis worker did (for tests and bug reports). */
  status(): Promise<PoolStatus> {
    return this.request(PROTOCOL.status, null);
  }

  /** Test runs only: analyses of texts containing `when` fail; returns how many have failed so far. */
  failAnalysesOf(when: string | null): Promise<{ failures: number }> {
    return this.request(PROTOCOL.testFail, { when });
  }

  dispose(): void {
    this.analysed.dispose();
    void this.client.stop().catch(() => undefined);
  }
}
