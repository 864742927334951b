// The language server in a browser worker (vscode.dev, or any web editor that speaks LSP to a
// Web Worker): the same server as on Node, over postMessage. There is no disk here: the team
// configuration, desk list and annotations beside an article come from a client that offers
// them (VS Code's does), else the defaults apply; the desk's annotation command is not offered.
// Analyses run in a nested Web Worker running this same bundle (its URL given by the client),
// so a long one never holds the server's thread.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import type { Response } from '../worker/server';
import { ANALYSIS_WORKER_GLOBAL, isWebAnalysisWorker, serveWebAnalysisWorker } from '../worker/web';
import type { Port } from './pool';
import type { WorkerInit } from '../service/protocol';
import { startServer } from './server';

type Scope = ConstructorParameters<typeof BrowserMessageReader>[0];
const scope = globalThis as unknown as Scope;

interface WebWorker {
  postMessage(m: unknown): void;
  onmessage: ((e: { data: Response }) => void) | null;
  onerror: ((e: { message?: string; preventDefault?(): void }) => void) | null;
  terminate(): void;
}

/**
 * A nested Web Worker for the analyses. Its script may be on another origin than this worker
 * (an editor serves extensions from a CDN), so it is loaded by importScripts from a same-origin
 * blob, which a classic worker may do across origins.
 */
function startWebWorker(init: WorkerInit): Port | undefined {
  const g = globalThis as unknown as { Worker?: new (url: string) => WebWorker; Blob?: typeof Blob; URL?: typeof URL };
  if (!init.analysisWorker || !g.Worker || !g.Blob || !g.URL?.createObjectURL) return undefined;
  const blob = new g.Blob([`self[${JSON.stringify(ANALYSIS_WORKER_GLOBAL)}] = true; importScripts(${JSON.stringify(init.analysisWorker)});`], { type: 'application/javascript' });
  const w = new g.Worker(g.URL.createObjectURL(blob));
  return {
    post: (m) => w.postMessage(m),
    onMessage: (cb) => { w.onmessage = (e) => cb(e.data); },
    onError: (cb) => { w.onerror = (e) => { e.preventDefault?.(); cb(e.message || 'the analysis worker could not be loaded'); }; },
    terminate: () => w.terminate(),
  };
}

// (The same bundle is the analysis worker, when its loader says so.)
if (isWebAnalysisWorker()) serveWebAnalysisWorker();
else startServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)), { inputs: () => ({}), startWorker: startWebWorker });
