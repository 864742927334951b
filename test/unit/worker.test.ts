// The language server's analysis worker (src/worker): the messages the server sends it, in
// plain Node, and the built server bundle started as that worker in a real worker thread.
import * as assert from 'assert';
import { existsSync } from 'fs';
import * as path from 'path';
import { Worker } from 'node:worker_threads';
import { analyze } from '../../src/core';
import { createServer, REQUEST_CANCELLED, type Message, type Response } from '../../src/worker/server';
import { ANALYSIS_WORKER_DATA } from '../../src/worker/node';

const TEXT = 'Ferry timetable\n\n"The ferries will run every hour," said Mara Okafor, the harbour board\'s chair.\n\n"Nobody asked us."\n';

function request(id: number, text = TEXT): Message {
  return { jsonrpc: '2.0', id, method: 'articleLens/analyze', params: { uri: 'untitled:a', version: id, text, options: {} } };
}

describe('analysis server', () => {
  it('answers a request with the same analysis as the engine, keyed by its id', () => {
    const out: Response[] = [];
    const handle = createServer((r) => out.push(r));
    handle(request(7));
    assert.strictEqual(out.length, 1);
    assert.strictEqual(out[0].id, 7);
    assert.ok('result' in out[0]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(out[0].result)), JSON.parse(JSON.stringify(analyze(TEXT, {}))));
  });

  it('a request cancelled before its turn is answered "cancelled", not analysed', () => {
    const out: Response[] = [];
    const handle = createServer((r) => out.push(r));
    handle({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 3 } });
    handle(request(3));
    handle(request(4));
    assert.ok('error' in out[0] && out[0].error.code === REQUEST_CANCELLED);
    assert.ok('result' in out[1] && out[1].id === 4);
  });

  it('an analysis that throws is answered with an error, and the server goes on', () => {
    const out: Response[] = [];
    const handle = createServer((r) => out.push(r));
    handle(request(1, 42 as unknown as string));
    handle(request(2));
    assert.ok('error' in out[0] && out[0].id === 1, JSON.stringify(out[0]));
    assert.ok('result' in out[1] && out[1].id === 2);
  });

  it('the built server (dist/server.js), started as its analysis worker, answers in a worker thread, its result intact after the copy', async () => {
    const bundle = path.join(__dirname, '../../dist/server.js');
    assert.ok(existsSync(bundle), `${bundle} is missing: run "npm run build" first (npm test does)`);
    const worker = new Worker(bundle, { workerData: ANALYSIS_WORKER_DATA });
    try {
      const reply = await new Promise<Response>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage(request(1));
      });
      assert.ok('result' in reply);
      const quotes = reply.result.quotes.filter((q) => q.kind === 'direct');
      assert.strictEqual(quotes.length, 2);
      assert.strictEqual(quotes[0].speaker?.name, 'Mara Okafor');
    } finally {
      await worker.terminate();
    }
  });
});
