// The analysis server in a Web Worker (vscode.dev and the web build).
import { createServer, type Message } from './server';

const scope = globalThis as unknown as { postMessage(m: unknown): void; onmessage: ((e: { data: Message }) => void) | null };
const handle = createServer((r) => scope.postMessage(r));
scope.onmessage = (e) => handle(e.data);
