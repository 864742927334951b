// The client of the analysis server (src/worker): a worker thread on the desktop, a Web Worker
// on vscode.dev. Per document, the newest version wins (an older request still waiting is
// cancelled); an analysis that runs over the time limit is abandoned by replacing the worker.
// If no worker can be started, analyses run in the extension host, as before.
import * as vscode from 'vscode';
import type { Analysis, AnalyzeOptions } from '../core';
import type { Message, Response } from '../worker/server';

interface Port {
  post(m: Message): void;
  onMessage(cb: (r: Response) => void): void;
  /** A worker that cannot load or that dies. */
  onError(cb: (message: string) => void): void;
  terminate(): void;
}

export class WorkerTimeout extends Error {
  constructor(readonly ms: number) { super(`the analysis took longer than ${ms} ms and was abandoned`); }
}
export class WorkerCancelled extends Error {}
/** The worker was replaced (another document's analysis ran over the limit): ask again. */
export class WorkerRestarted extends WorkerCancelled {}
/** The worker could not start or died: the caller analyses in the extension host instead. */
export class WorkerUnavailable extends Error {}

interface Pending {
  readonly uri: string;
  resolve(a: Analysis): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/** Starts a worker on this platform, or returns undefined. */
function startPort(extensionUri: vscode.Uri, log: (event: string) => void): Port | undefined {
  try {
    const isNode = typeof process !== 'undefined' && !!process.versions?.node && typeof (globalThis as { importScripts?: unknown }).importScripts === 'undefined';
    if (isNode && extensionUri.scheme === 'file') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
      const w = new Worker(vscode.Uri.joinPath(extensionUri, 'dist', 'worker.js').fsPath);
      w.unref();
      let ended = false;
      return {
        post: (m) => w.postMessage(m),
        onMessage: (cb) => { w.on('message', cb); },
        onError: (cb) => {
          w.on('error', (e) => cb(e.message));
          w.on('exit', (code) => { if (!ended) cb(`the worker exited (code ${code})`); });
        },
        terminate: () => { ended = true; void w.terminate(); },
      };
    }
    const WebWorker = (globalThis as { Worker?: new (url: string) => { postMessage(m: unknown): void; onmessage: ((e: { data: Response }) => void) | null; onerror: ((e: { message?: string }) => void) | null; terminate(): void } }).Worker;
    if (!WebWorker) return undefined;
    const w = new WebWorker(vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'worker.js').toString(true));
    return {
      post: (m) => w.postMessage(m),
      onMessage: (cb) => { w.onmessage = (e) => cb(e.data); },
      onError: (cb) => { w.onerror = (e) => cb(e.message || 'the worker script could not be loaded'); },
      terminate: () => w.terminate(),
    };
  } catch (err) {
    log(`could not start: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}

export class AnalysisWorker implements vscode.Disposable {
  private port: Port | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<string, number>();
  /** Analyses the worker has returned (for the status bar and tests). */
  completed = 0;

  constructor(private readonly extensionUri: vscode.Uri) {
    this.port = this.start();
  }

  /** Analyses sent to the worker and not yet returned (for tests). */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Whether analyses run in a worker (false: in the extension host). */
  get available(): boolean {
    return !!this.port;
  }

  private start(): Port | undefined {
    const port = startPort(this.extensionUri, (e) => this.event(e));
    if (port) this.event('started');
    port?.onMessage((r) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      clearTimeout(p.timer);
      if ('result' in r) { this.completed++; p.resolve(r.result); }
      else p.reject(r.error.code === -32800 ? new WorkerCancelled(r.error.message) : new Error(r.error.message));
    });
    port?.onError((message) => this.broken(message));
    return port;
  }

  /** What happened to the worker, newest last (a few dozen events; for tests and bug reports). */
  readonly events: string[] = [];
  private event(e: string): void {
    this.events.push(e);
    if (this.events.length > 50) this.events.shift();
  }

  /** Why the worker was given up, if it was. */
  failure: string | undefined;

  /** A worker that fails is not restarted: analyses go back to the extension host, as before. */
  private broken(message: string): void {
    if (!this.port) return;
    console.error(`[Article Lens] analysis worker failed: ${message}; analysing in the extension host instead`);
    this.failure = message;
    this.event(`failed: ${message}`);
    const port = this.port;
    this.port = undefined;
    port.terminate();
    for (const [, p] of this.pending) { clearTimeout(p.timer); p.reject(new WorkerUnavailable(message)); }
    this.pending.clear();
  }

  /** Analyses a document's version in the worker; an older request for the same document is cancelled. */
  analyze(uri: string, version: number, text: string, options: AnalyzeOptions, timeoutMs: number): Promise<Analysis> {
    const port = this.port;
    if (!port) return Promise.reject(new Error('no analysis worker'));
    const older = this.latest.get(uri);
    if (older !== undefined && this.pending.has(older)) {
      port.post({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: older } });
    }
    const id = this.nextId++;
    this.latest.set(uri, id);
    return new Promise<Analysis>((resolve, reject) => {
      const timer = setTimeout(() => {
        // Abandoned: the worker is busy with it, so it is replaced; the other documents that
        // waited are told so (WorkerRestarted) and ask the new worker again.
        this.pending.delete(id);
        reject(new WorkerTimeout(timeoutMs));
        this.event(`timed out after ${timeoutMs} ms; restarting`);
        this.restart();
      }, timeoutMs);
      this.pending.set(id, { uri, resolve, reject, timer });
      port.post({ jsonrpc: '2.0', id, method: 'articleLens/analyze', params: { uri, version, text, options } });
    });
  }

  private restart(): void {
    this.port?.terminate();
    for (const [, p] of this.pending) { clearTimeout(p.timer); p.reject(new WorkerRestarted('the analysis worker was restarted')); }
    this.pending.clear();
    this.port = this.start();
  }

  dispose(): void {
    for (const [, p] of this.pending) { clearTimeout(p.timer); p.reject(new WorkerCancelled('disposed')); }
    this.pending.clear();
    this.port?.terminate();
    this.port = undefined;
  }
}
