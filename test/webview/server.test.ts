// The language server's browser build (dist/web/server.js) in a real Web Worker, in Debian's
// Chromium: a JSON-RPC client posts the protocol's messages and must get the diagnostic and a
// hover, as vscode.dev's client would. Fails, never skips, when no Chromium is found.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { FARES_ARTICLE } from '../shared/articles';
import { chromiumPath } from './chromium';

/** A JSON-RPC client in the page: posts the protocol's messages to the worker and collects the answers. */
const CLIENT = `async ({ code, text }) => {
  const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  const received = [];
  const waiters = [];
  worker.onmessage = (e) => {
    const m = e.data;
    received.push(m);
    // (The server's own requests, such as registrations, are answered at once.)
    if (m.method && m.id !== undefined) worker.postMessage({ jsonrpc: '2.0', id: m.id, result: null });
    for (const w of waiters.splice(0)) w();
  };
  const until = async (find) => {
    const deadline = Date.now() + 20000;
    for (;;) {
      const v = find();
      if (v !== undefined) return v;
      if (Date.now() > deadline) throw new Error('timed out; received ' + JSON.stringify(received.map((r) => r.method || r.id)));
      await new Promise((r) => { waiters.push(r); setTimeout(r, 200); });
    }
  };
  const uri = 'untitled:fares.article';
  worker.postMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  const init = await until(() => received.find((m) => m.id === 1 && !m.method));
  worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
  worker.postMessage({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'article', version: 1, text } } });
  const diags = await until(() => received.find((m) => m.method === 'textDocument/publishDiagnostics'));
  worker.postMessage({ jsonrpc: '2.0', id: 2, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 2, character: 22 } } });
  const hover = await until(() => received.find((m) => m.id === 2 && !m.method));
  worker.terminate();
  return { init: init.result, diagnostics: diags.params.diagnostics, hover: hover.result ? hover.result.contents.value : null };
}`;

describe('language server in a browser worker', function () {
  this.timeout(60000);
  let browser: Browser;
  after(async () => { await browser?.close(); });

  it('answers initialize, publishes the unattributed-quote diagnostic and hovers a person with their role', async () => {
    const bundle = path.resolve('dist/web/server.js');
    if (!existsSync(bundle)) throw new Error('dist/web/server.js is missing: run npm run build first (npm test does)');
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // (The client is plain JavaScript text: the test runner's transform would add helpers a page lacks.)
    const got = await page.evaluate(`(${CLIENT})(${JSON.stringify({ code: readFileSync(bundle, 'utf8'), text: FARES_ARTICLE })})`) as { init: unknown; diagnostics: Array<{ code: string; range: { start: { line: number } } }>; hover: string | null };
    assert.deepEqual(errors, []);
    assert.ok((got.init as { capabilities: { hoverProvider?: boolean } }).capabilities.hoverProvider);
    const un = got.diagnostics.filter((d) => d.code === 'unattributed-quote');
    assert.equal(un.length, 1, JSON.stringify(got.diagnostics));
    assert.equal(un[0].range.start.line, 8);
    assert.match(got.hover ?? '', /Transport Minister Ines Vale/);
  });
});
