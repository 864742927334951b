// The language server's analysis worker on Node: a worker thread started from the server's own
// bundle (dist/server.js, or dist/cli.js for `article-lens lsp`), marked by its workerData.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { createServer, type Message } from './server';

/** The workerData that marks a thread as the language server's analysis worker. */
export const ANALYSIS_WORKER_DATA = { articleLensAnalysisWorker: true } as const;

/** Whether this thread was started as the analysis worker. */
export function isAnalysisWorker(): boolean {
  return !isMainThread && !!parentPort && (workerData as { articleLensAnalysisWorker?: boolean } | null)?.articleLensAnalysisWorker === true;
}

/** Serves analyses to the thread that started this one. */
export function serveAnalysisWorker(): void {
  const port = parentPort;
  if (!port) return;
  const handle = createServer((r) => port.postMessage(r));
  port.on('message', (m: Message) => handle(m));
}
