// Where the language server runs its analyses: in a worker beside it (a Node worker thread, or a
// Web Worker inside the browser server), so the server's own thread is never held and a hover
// in one article is answered while another article is still being analysed. Per document the
// newest version wins (an older request still waiting is cancelled); an analysis that runs over
// the time limit is abandoned by replacing the worker. No platform API here: the host supplies
// a `Port`. Without one, the server analyses on its own thread, as a last resort.
import type { Analysis, AnalyzeOptions } from '../core';
import type { Message, Response } from '../worker/server';

/** A worker, as the pool needs it. */
export interface Port {
  post(m: Message): void;
  onMessage(cb: (r: Response) => void): void;
  /** A worker that cannot load or that dies. */
  onError(cb: (message: string) => void): void;
  terminate(): void;
}

export class AnalysisTimeout extends Error {
  constructor(readonly ms: number) { super(`the analysis took longer than ${ms} ms and was abandoned`); }
}
export class AnalysisCancelled extends Error {}
/** The worker was replaced (another document's analysis ran over the limit): ask again. */
export class WorkerRestarted extends AnalysisCancelled {}
/** The worker could not start or died: the caller analyses on its own thread instead. */
export class WorkerUnavailable extends Error {}

/** What the pool did, for a status request, tests and bug reports. */
export interface PoolStatus {
  readonly available: boolean;
  readonly completed: number;
  readonly inFlight: number;
  readonly failure: string | null;
  /** What happened to the worker, newest last (a few dozen events). */
  readonly events: readonly string[];
}

interface Pending {
  readonly uri: string;
  resolve(a: Analysis): void;
  reject(e: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export class AnalysisPool {
  private port: Port | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly latest = new Map<string, number>();
  private completed = 0;
  private failure: string | null = null;
  private readonly events: string[] = [];

  /** `start` makes a worker, or returns undefined (or throws) where none can run. */
  constructor(private readonly start: () => Port | undefined) {
    this.port = this.open();
  }

  get available(): boolean {
    return !!this.port;
  }

  status(): PoolStatus {
    return { available: this.available, completed: this.completed, inFlight: this.pending.size, failure: this.failure, events: [...this.events] };
  }

  private event(e: string): void {
    this.events.push(e);
    if (this.events.length > 50) this.events.shift();
  }

  private open(): Port | undefined {
    let port: Port | undefined;
    try {
      port = this.start();
    } catch (err) {
      this.event(`could not start: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    }
    if (!port) return undefined;
    this.event('started');
    port.onMessage((r) => {
      const p = this.pending.get(r.id);
      if (!p) return;
      this.pending.delete(r.id);
      clearTimeout(p.timer);
      if ('result' in r) { this.completed++; p.resolve(r.result); }
      else p.reject(r.error.code === -32800 ? new AnalysisCancelled(r.error.message) : new Error(r.error.message));
    });
    port.onError((message) => this.broken(port!, message));
    return port;
  }

  /** A worker that fails is not restarted: analyses go back to the server's thread. */
  private broken(port: Port, message: string): void {
    if (this.port !== port) return;
    this.failure = message;
    this.event(`failed: ${message}`);
    this.port = undefined;
    port.terminate();
    for (const [, p] of this.pending) { clearTimeout(p.timer); p.reject(new WorkerUnavailable(message)); }
    this.pending.clear();
  }

  /** Analyses a document's version; an older request for the same document still waiting is cancelled. */
  analyze(uri: string, version: number, text: string, options: AnalyzeOptions, timeoutMs: number): Promise<Analysis> {
    const port = this.port;
    if (!port) return Promise.reject(new WorkerUnavailable(this.failure ?? 'no analysis worker'));
    const older = this.latest.get(uri);
    if (older !== undefined && this.pending.has(older)) port.post({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: older } });
    const id = this.nextId++;
    this.latest.set(uri, id);
    return new Promise<Analysis>((resolve, reject) => {
      const timer = setTimeout(() => {
        // Abandoned: the worker is busy with it, so it is replaced; the other documents that
        // waited are told so (WorkerRestarted) and ask the new worker again.
        this.pending.delete(id);
        reject(new AnalysisTimeout(timeoutMs));
        this.event(`timed out after ${timeoutMs} ms; restarting`);
        this.restart();
      }, timeoutMs);
      this.pending.set(id, { uri, resolve, reject, timer });
      port.post({ jsonrpc: '2.0', id, method: 'articleLens/analyze', params: { uri, version, text, options } });
    });
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.latest.delete(uri);
  }

  private restart(): void {
    this.port?.terminate();
    for (const [, p] of this.pending) { clearTimeout(p.timer); p.reject(new WorkerRestarted('the analysis worker was restarted')); }
    this.pending.clear();
    this.port = this.open();
  }

  dispose(): void {
    for (const [, p] of this.pending) { clearTimeout(p.timer); p.reject(new AnalysisCancelled('disposed')); }
    this.pending.clear();
    this.port?.terminate();
    this.port = undefined;
  }
}
