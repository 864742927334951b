// The language server's analysis worker (a worker thread on Node, a nested Web Worker in a
// browser; src/server/pool.ts drives it), so the server's thread is never held by an analysis.
// Internal to the server: JSON-RPC 2.0 shaped messages, a request `articleLens/analyze` keyed by
// document URI and version (its options plain JSON), and `$/cancelRequest`.
import { analyze } from '../core/analyze';
import type { Analysis, AnalyzeOptions } from '../core/types';

export interface AnalyzeParams {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly options: AnalyzeOptions;
}

export type Message =
  | { readonly jsonrpc: '2.0'; readonly id: number; readonly method: 'articleLens/analyze'; readonly params: AnalyzeParams }
  | { readonly jsonrpc: '2.0'; readonly method: '$/cancelRequest'; readonly params: { readonly id: number } };

export type Response =
  | { readonly jsonrpc: '2.0'; readonly id: number; readonly result: Analysis }
  | { readonly jsonrpc: '2.0'; readonly id: number; readonly error: { readonly code: number; readonly message: string } };

/** JSON-RPC's "request cancelled" code, as the Language Server Protocol uses it. */
export const REQUEST_CANCELLED = -32800;

/**
 * One server's state: the requests cancelled before their turn. Messages are handled one at a
 * time; an analysis cannot be interrupted, but one still waiting is skipped when cancelled.
 */
export function createServer(post: (r: Response) => void): (m: Message) => void {
  const cancelled = new Set<number>();
  return (m) => {
    if (m.method === '$/cancelRequest') { cancelled.add(m.params.id); return; }
    if (m.method !== 'articleLens/analyze') return;
    if (cancelled.delete(m.id)) { post({ jsonrpc: '2.0', id: m.id, error: { code: REQUEST_CANCELLED, message: 'cancelled: a newer version was sent' } }); return; }
    try {
      post({ jsonrpc: '2.0', id: m.id, result: analyze(m.params.text, m.params.options) });
    } catch (err) {
      post({ jsonrpc: '2.0', id: m.id, error: { code: -32603, message: err instanceof Error ? err.message : String(err) } });
    }
  };
}
