// The language server's analysis worker in a browser: a nested Web Worker running the browser
// server's own bundle (dist/web/server.js), marked by a global its loader sets first.
import { createServer, type Message } from './server';

/** The global the loader of the analysis worker sets before it loads the bundle. */
export const ANALYSIS_WORKER_GLOBAL = 'articleLensAnalysisWorker';

type Scope = { postMessage(m: unknown): void; onmessage: ((e: { data: Message }) => void) | null } & Record<string, unknown>;

/** Whether this worker was started as the analysis worker. */
export function isWebAnalysisWorker(): boolean {
  return (globalThis as unknown as Scope)[ANALYSIS_WORKER_GLOBAL] === true;
}

/** Serves analyses to the worker that started this one. */
export function serveWebAnalysisWorker(): void {
  const scope = globalThis as unknown as Scope;
  const handle = createServer((r) => scope.postMessage(r));
  scope.onmessage = (e) => handle(e.data);
}
