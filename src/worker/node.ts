// The analysis server in a Node worker thread (desktop VS Code).
import { parentPort } from 'node:worker_threads';
import { createServer, type Message } from './server';

const port = parentPort;
if (port) {
  const handle = createServer((r) => port.postMessage(r));
  port.on('message', (m: Message) => handle(m));
}
