// A plain JSON-RPC 2.0 client over a byte stream, framed as the Language Server Protocol frames
// messages (Content-Length headers): what any editor does, written out so that the tests depend
// on the protocol, not on a client library.
import type { Readable, Writable } from 'node:stream';

export interface RpcMessage {
  readonly jsonrpc: '2.0';
  readonly id?: number | string | null;
  readonly method?: string;
  readonly params?: unknown;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

export class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (m: RpcMessage) => void>();
  private readonly waiters: Array<{ test: (m: RpcMessage) => boolean; resolve: (m: RpcMessage) => void }> = [];
  /** Every notification and server-to-client request received, in order. */
  readonly received: RpcMessage[] = [];
  /** Answers to the server's requests (workspace/configuration and the like), by method. */
  answers: Record<string, (params: unknown) => unknown> = {};

  constructor(input: Readable, private readonly output: Writable) {
    input.on('data', (chunk: Buffer) => { this.buffer = Buffer.concat([this.buffer, chunk]); this.drain(); });
  }

  private drain(): void {
    for (;;) {
      const head = this.buffer.indexOf('\r\n\r\n');
      if (head < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, head).toString('ascii'))?.[1]);
      if (this.buffer.length < head + 4 + length) return;
      const body = this.buffer.subarray(head + 4, head + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(head + 4 + length);
      this.dispatch(JSON.parse(body) as RpcMessage);
    }
  }

  private dispatch(m: RpcMessage): void {
    if (m.method === undefined && typeof m.id === 'number') { this.pending.get(m.id)?.(m); this.pending.delete(m.id); return; }
    this.received.push(m);
    if (m.method && m.id !== undefined) {
      const answer = this.answers[m.method];
      this.send({ jsonrpc: '2.0', id: m.id, result: answer ? answer(m.params) : null });
    }
    for (let i = 0; i < this.waiters.length; i++) {
      if (this.waiters[i].test(m)) { this.waiters[i].resolve(m); this.waiters.splice(i, 1); i--; }
    }
  }

  send(m: RpcMessage): void {
    const body = Buffer.from(JSON.stringify(m), 'utf8');
    this.output.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  request<T = unknown>(method: string, params: unknown): Promise<RpcMessage & { result?: T }> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (m) => resolve(m as RpcMessage & { result?: T }));
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next message from the server that passes `test` (one already received counts if `past`). */
  next(test: (m: RpcMessage) => boolean, timeoutMs = 10_000, past = false): Promise<RpcMessage> {
    if (past) {
      const seen = this.received.find(test);
      if (seen) return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching message from the server in ${timeoutMs} ms; received: ${this.received.map((r) => r.method).join(', ')}`)), timeoutMs);
      this.waiters.push({ test, resolve: (m) => { clearTimeout(timer); resolve(m); } });
    });
  }

  /** The next diagnostics published for `uri` (with `version`, when given). */
  diagnostics(uri: string, version?: number): Promise<Array<{ code: string; message: string; range: { start: { line: number; character: number } }; data?: unknown }>> {
    return this.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri
      && (version === undefined || (m.params as { version?: number }).version === version))
      .then((m) => (m.params as { diagnostics: Array<{ code: string; message: string; range: { start: { line: number; character: number } } }> }).diagnostics);
  }
}
