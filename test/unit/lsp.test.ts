// The language server, as any editor sees it: the language service's answers (pure), the
// protocol over in-memory streams, and the built bin (`article-lens lsp --stdio`) driven
// through a transcript by a plain JSON-RPC client.
import { tempDir } from '../shared/temp';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, parseAnnotations, placeAnnotations } from '../../src/core';
import { startServer } from '../../src/server/server';
import { annotationActions, ANNOTATE_COMMAND, ANNOTATE_KIND, codeActions, diagnostics, documentSymbols, foldingRanges, hover } from '../../src/service/service';
import { updateAnnotationsOnDisk } from '../../src/server/node';
import { parseSettings, settingsGetter } from '../../src/service/settings';
import { LspClient } from '../shared/lspClient';
import { FARES_ARTICLE } from '../shared/articles';

const ARTICLE = FARES_ARTICLE;
const URI = 'untitled:fares.article';

function doc(text = ARTICLE, version = 1): TextDocument {
  return TextDocument.create(URI, 'article', version, text);
}

describe('language service', () => {
  const d = doc();
  const a = analyze(ARTICLE);

  it('gives the unattributed quotation one diagnostic, with its rule link and its index as data', () => {
    const diags = diagnostics(d, a);
    const un = diags.filter((x) => x.code === 'unattributed-quote');
    assert.equal(un.length, 1);
    assert.equal(un[0].range.start.line, 8);
    assert.equal(un[0].source, 'Article Lens');
    assert.match(un[0].codeDescription!.href, /\/docs\/rules\/unattributed-quote\.md$/);
    assert.deepEqual(un[0].data, { version: 1, index: diags.indexOf(un[0]) });
  });

  it('hovers a person with their role and what they are quoted as saying', () => {
    const h = hover(d, a, { line: 2, character: 22 });
    const md = (h!.contents as { value: string }).value;
    assert.match(md, /\*\*Transport Minister Ines Vale\*\*/);
    assert.match(md, /Quoted 1 time/);
    assert.match(md, /Fares will rise/);
    assert.equal(hover(d, a, { line: 6, character: 2 }), null, 'no hover on plain text');
  });

  it('hovers a quotation with its speaker and how sure the engine is', () => {
    const md = (hover(d, a, { line: 4, character: 3 })!.contents as { value: string }).value;
    assert.match(md, /Transport Minister Ines Vale/);
    // (In Markdown, escaped: explainAttribution's "How sure: certain (0.97)", said once.)
    assert.match(md, /How sure: certain \\\(0\\\.\d\d\\\)/);
    assert.equal(md.match(/how sure/gi)?.length, 1);
  });

  it('offers "Attribute to" fixes as workspace edits, found by the data or, without it, by the range', () => {
    const un = diagnostics(d, a).find((x) => x.code === 'unattributed-quote')!;
    for (const given of [un, { ...un, data: undefined }]) {
      const actions = codeActions(d, a, [given]);
      const attribute = actions.find((x) => x.title === 'Attribute to Ines Vale');
      assert.ok(attribute, actions.map((x) => x.title).join(', '));
      assert.equal(attribute.isPreferred, true);
      const edits = attribute.edit!.changes![URI];
      const fixed = TextDocument.applyEdits(d, edits);
      assert.match(fixed, /"This is a disgrace to every commuter in the county," Vale said\./);
      assert.ok(actions.some((x) => x.title.startsWith('Mark as not a quotation')));
    }
    assert.deepEqual(codeActions(d, a, [{ ...un, source: 'another linter' }]), []);
  });

  it('a stale diagnostic (an older version, moved text) gets no fix rather than a wrong one', () => {
    const un = diagnostics(d, a).find((x) => x.code === 'unattributed-quote')!;
    const edited = doc(`Breaking\n\n${ARTICLE}`, 2);
    assert.deepEqual(codeActions(edited, analyze(edited.getText()), [un]), []);
  });

  it('outlines speakers with their quotations, the unattributed ones apart', () => {
    const symbols = documentSymbols(d, a);
    const vale = symbols.find((s) => s.name === 'Transport Minister Ines Vale');
    assert.ok(vale, symbols.map((s) => s.name).join(', '));
    assert.equal(vale.children?.length, 1);
    assert.match(vale.children![0].name, /^“Fares will rise/);
    const un = symbols.find((s) => s.name === 'Unattributed');
    assert.equal(un?.children?.length, 1);
    for (const s of symbols) {
      // Every symbol's selection lies inside its range, as the protocol requires.
      assert.ok(d.offsetAt(s.range.start) <= d.offsetAt(s.selectionRange.start) && d.offsetAt(s.selectionRange.end) <= d.offsetAt(s.range.end), s.name);
    }
  });

  it('offers the desk\'s annotation actions on a quotation, as commands the server runs; none elsewhere', () => {
    const actions = annotationActions(d, a, { line: 4, character: 5 });
    assert.deepEqual(actions.map((x) => x.title).slice(0, 3), ['Desk: mark verified', 'Desk: mark unverified', 'Desk: mark needs a second source']);
    assert.ok(actions.every((x) => x.kind === ANNOTATE_KIND && x.command?.command === ANNOTATE_COMMAND));
    const args = actions[0].command!.arguments![0] as { start: number; end: number; change: unknown };
    assert.equal(ARTICLE.slice(args.start, args.end), 'Fares will rise by a tenth from March,');
    assert.deepEqual(args.change, { status: 'verified' });
    assert.deepEqual(annotationActions(d, a, { line: 2, character: 3 }), []);
  });

  it('folds by paragraph', () => {
    const text = 'Title\n\nOne line\nand another\n\nLast\nlines here\n';
    const ranges = foldingRanges(doc(text));
    assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine]), [[2, 3], [5, 6]]);
  });

  it('reads settings sent nested, dotted or as null, and says what it ignored', () => {
    assert.equal(parseSettings(settingsGetter({ analysis: { debounceMs: 50 } })).settings.debounceMs, 50);
    assert.equal(parseSettings(settingsGetter({ 'analysis.debounceMs': 60 })).settings.debounceMs, 60);
    const nulls = parseSettings(settingsGetter(null));
    assert.equal(nulls.settings.debounceMs, 200);
    assert.deepEqual(nulls.problems, []);
    assert.equal(parseSettings(settingsGetter({ analysis: { debounceMs: null } })).problems.length, 0);
    const broken = parseSettings(settingsGetter({ analysis: { debounceMs: 'soon' } }));
    assert.equal(broken.settings.debounceMs, 200);
    assert.match(broken.problems[0], /debounceMs must be a number/);
  });
});

/**
 * The transcript the issue names: initialize; the diagnostic; the hover; the fix; the outline;
 * the fix applied as an edit clears the diagnostic; an unknown document gets an answer.
 */
async function transcript(client: LspClient): Promise<void> {
  client.answers['workspace/configuration'] = () => [null];
  const init = await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: null, rootUri: null, capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
  });
  const caps = init.result!.capabilities;
  assert.ok(caps.hoverProvider && caps.codeActionProvider && caps.documentSymbolProvider && caps.textDocumentSync, JSON.stringify(caps));
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'article', version: 1, text: ARTICLE } });
  const diags = await client.diagnostics(URI, 1);
  const un = diags.filter((x) => x.code === 'unattributed-quote');
  assert.equal(un.length, 1, JSON.stringify(diags));
  assert.equal(un[0].range.start.line, 8);

  const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 22 } });
  assert.match(h.result!.contents.value, /Transport Minister Ines Vale/);

  const actions = await client.request<Array<{ title: string; edit: { changes: Record<string, Array<{ range: unknown; newText: string }>> } }>>('textDocument/codeAction', {
    textDocument: { uri: URI }, range: un[0].range, context: { diagnostics: un },
  });
  const attribute = actions.result!.find((x) => x.title === 'Attribute to Ines Vale');
  assert.ok(attribute, JSON.stringify(actions.result?.map((x) => x.title)));

  const symbols = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri: URI } });
  assert.ok(symbols.result!.some((s) => s.name === 'Transport Minister Ines Vale'), JSON.stringify(symbols.result));

  // The fix, applied by the client as an incremental change.
  client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: attribute.edit.changes[URI].map((e) => ({ range: e.range, text: e.newText })) });
  const after = await client.diagnostics(URI, 2);
  assert.deepEqual(after.filter((x) => x.code === 'unattributed-quote'), []);

  const unknown = await client.request('textDocument/hover', { textDocument: { uri: 'file:///nowhere/unknown.article' }, position: { line: 0, character: 0 } });
  assert.equal(unknown.error, undefined);
  assert.equal(unknown.result, null);
  const unknownSymbols = await client.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///nowhere/unknown.article' } });
  assert.deepEqual(unknownSymbols.result, []);
}

describe('language server', () => {
  /** A server and a client joined by in-memory streams. */
  function inMemory(): { client: LspClient; connection: ReturnType<typeof createConnection> } {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(connection, { inputs: () => ({}) });
    return { client: new LspClient(toClient, toServer), connection };
  }

  it('answers the transcript over in-memory streams', async () => {
    const { client, connection } = inMemory();
    try {
      await transcript(client);
    } finally {
      connection.dispose();
    }
  });

  it('a request before the document is analysed waits for nothing: the analysis runs for it', async () => {
    const { client, connection } = inMemory();
    try {
      await client.request('initialize', { processId: null, rootUri: null, capabilities: {}, initializationOptions: { analysis: { debounceMs: 5000 } } });
      client.notify('initialized', {});
      client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'article', version: 1, text: ARTICLE } });
      client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: ARTICLE.replace('Ines Vale', 'Ines Vale-Moore') }] });
      const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 22 } });
      assert.match(h.result!.contents.value, /Ines Vale\\-Moore/);
    } finally {
      connection.dispose();
    }
  });

  it('a broken setting is reported once, in a message, and its default used', async () => {
    const { client, connection } = inMemory();
    client.answers['workspace/configuration'] = () => [{ analysis: { debounceMs: 'soon' } }];
    try {
      await client.request('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
      client.notify('initialized', {});
      const told = await client.next((m) => m.method === 'window/showMessage');
      assert.match((told.params as { message: string }).message, /ignored a broken setting: .*debounceMs must be a number/);
      client.notify('workspace/didChangeConfiguration', { settings: null });
      client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'article', version: 1, text: ARTICLE } });
      await client.diagnostics(URI, 1);
      assert.equal(client.received.filter((m) => m.method === 'window/showMessage').length, 1);
    } finally {
      connection.dispose();
    }
  });

  it('a client that offers to pull diagnostics pulls them (and is not also sent them), and is asked to pull again when a setting changes', async () => {
    const { client, connection } = inMemory();
    const settings: Record<string, unknown> = {};
    client.answers['workspace/configuration'] = () => [settings];
    try {
      const init = await client.request<{ capabilities: { diagnosticProvider?: { interFileDependencies: boolean } } }>('initialize', {
        processId: null, rootUri: null,
        capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { configuration: true, diagnostics: { refreshSupport: true } } },
      });
      assert.equal(init.result!.capabilities.diagnosticProvider?.interFileDependencies, false);
      client.notify('initialized', {});
      client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'article', version: 1, text: ARTICLE } });
      const pulled = await client.request<{ kind: string; items: Array<{ code: string }> }>('textDocument/diagnostic', { textDocument: { uri: URI } });
      assert.equal(pulled.result!.kind, 'full');
      assert.equal(pulled.result!.items.filter((d) => d.code === 'unattributed-quote').length, 1);
      settings.rules = { unattributedQuote: 'off' };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      await client.next((m) => m.method === 'workspace/diagnostic/refresh');
      const again = await client.request<{ items: Array<{ code: string }> }>('textDocument/diagnostic', { textDocument: { uri: URI } });
      assert.deepEqual(again.result!.items.filter((d) => d.code === 'unattributed-quote'), []);
      assert.deepEqual(client.received.filter((m) => m.method === 'textDocument/publishDiagnostics'), []);
    } finally {
      connection.dispose();
    }
  });

  it('runs the desk\'s annotation command: the file beside the article is written, the hover shows it, a malformed file is left alone', async () => {
    let file = '';
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    const connection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
    startServer(connection, {
      inputs: (_uri, text) => {
        const parsed = parseAnnotations(file);
        return { placed: parsed.ok ? placeAnnotations(text, parsed.annotations) : [] };
      },
      updateAnnotations: (_uri, update) => {
        const r = update(file);
        if (r.ok) file = r.text;
        return r.ok ? { ok: true } : r;
      },
      userName: () => 'desk editor',
    });
    const client = new LspClient(toClient, toServer);
    try {
      const init = await client.request<{ capabilities: { executeCommandProvider?: { commands: string[] } } }>('initialize', { processId: null, rootUri: null, capabilities: {} });
      assert.deepEqual(init.result!.capabilities.executeCommandProvider?.commands, [ANNOTATE_COMMAND]);
      client.notify('initialized', {});
      client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'article', version: 1, text: ARTICLE } });
      const here = { start: { line: 4, character: 5 }, end: { line: 4, character: 5 } };
      const actions = await client.request<Array<{ title: string; command: { command: string; arguments: unknown[] } }>>('textDocument/codeAction', { textDocument: { uri: URI }, range: here, context: { diagnostics: [], only: [ANNOTATE_KIND] } });
      const verified = actions.result!.find((x) => x.title === 'Desk: mark verified')!;
      const done = await client.request<{ ok: boolean; id: string }>('workspace/executeCommand', verified.command);
      assert.equal(done.result?.ok, true, JSON.stringify(done));
      const saved = parseAnnotations(file);
      assert.ok(saved.ok && saved.annotations.length === 1 && saved.annotations[0].status === 'verified' && saved.annotations[0].creator === 'desk editor', file);
      const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: URI }, position: here.start });
      assert.match(h.result!.contents.value, /Desk: \*\*verified\*\*/);
      // Someone else changes the file; the client reports it; the next hover reads it.
      const other = parseAnnotations(file);
      assert.ok(other.ok);
      file = file.replace('"verified"', '"needs-second-source"');
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'untitled:fares.article.annotations.json', type: 2 }] });
      await client.diagnostics(URI);
      const h2 = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: URI }, position: here.start });
      assert.match(h2.result!.contents.value, /Desk: \*\*needs-second-source\*\*/);
      // Again on the same quotation: the same annotation changes, none is added.
      const disputed = actions.result!.find((x) => x.title === 'Desk: mark disputed')!;
      await client.request('workspace/executeCommand', disputed.command);
      const again = parseAnnotations(file);
      assert.ok(again.ok && again.annotations.length === 1 && again.annotations[0].status === 'disputed', file);
      file = '{ "items": [ oops';
      const refused = await client.request<{ ok: boolean; message: string }>('workspace/executeCommand', verified.command);
      assert.equal(refused.result?.ok, false);
      assert.match(refused.result!.message, /malformed/);
      assert.equal(file, '{ "items": [ oops');
      const shown = await client.next((m) => m.method === 'window/showMessage', 5000, true);
      assert.match((shown.params as { message: string }).message, /not saved/);
      const bad = await client.request<{ ok: boolean }>('workspace/executeCommand', { command: ANNOTATE_COMMAND, arguments: [{ uri: 'file:///nowhere.article', start: 0, end: 1, change: {} }] });
      assert.equal(bad.result?.ok, false);
    } finally {
      connection.dispose();
    }
  });

  it('writes the annotations file on disk atomically, keeping what is already in it', () => {
    const dir = tempDir('article-lens-lsp-');
    try {
      const article = path.join(dir, 'a b.article');
      writeFileSync(article, ARTICLE);
      const uri = pathToFileURL(article).href;
      assert.deepEqual(updateAnnotationsOnDisk(uri, (t) => ({ ok: true, text: `${t}first\n` })), { ok: true });
      assert.deepEqual(updateAnnotationsOnDisk(uri, (t) => ({ ok: true, text: `${t}second\n` })), { ok: true });
      assert.equal(readFileSync(`${article}.annotations.json`, 'utf8'), 'first\nsecond\n');
      assert.deepEqual(updateAnnotationsOnDisk(uri, () => ({ ok: false, message: 'no' })), { ok: false, message: 'no' });
      assert.equal(readFileSync(`${article}.annotations.json`, 'utf8'), 'first\nsecond\n');
      assert.equal(updateAnnotationsOnDisk('untitled:x', () => ({ ok: true, text: '' })).ok, false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the built bin serves the transcript over stdio and exits 0 after shutdown and exit', async function () {
    this.timeout(30_000);
    const cli = path.resolve('dist/cli.js');
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first (npm test does)');
    const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const client = new LspClient(child.stdout, child.stdin);
    try {
      await transcript(client);
      const down = await client.request('shutdown', null);
      assert.equal(down.error, undefined);
      client.notify('exit', null);
      assert.equal(await exited, 0, stderr);
    } finally {
      child.kill();
    }
  });

  it('the desktop bundle (dist/server.js) serves a client that offers the files beside an article: inputs asked for, analyses pushed with explanations, a worker thread with a time limit', async function () {
    this.timeout(60_000);
    const bundle = path.resolve('dist/server.js');
    if (!existsSync(bundle)) throw new Error('dist/server.js is missing: run npm run build first (npm test does)');
    const child = spawn(process.execPath, [bundle, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const client = new LspClient(child.stdout, child.stdin);
    const settings: Record<string, unknown> = { analysis: { timeoutMs: 60_000 } };
    client.answers['workspace/configuration'] = () => [settings];
    const asked: string[] = [];
    // The client's files: a team configuration that turns the unattributed check into an error.
    client.answers['articleLens/inputs'] = (p) => { asked.push((p as { uri: string }).uri); return { team: { rules: { 'unattributed-quote': 'error' } }, desk: null, annotations: [] }; };
    try {
      const init = await client.request<{ capabilities: { executeCommandProvider?: unknown; experimental?: { articleLens?: { requests?: string[] } } } }>('initialize', {
        processId: null, rootUri: null,
        capabilities: { workspace: { configuration: true }, experimental: { articleLens: { inputs: true, didAnalyse: true, commandLinks: true } } },
      });
      // (The client owns the annotations: the server's own annotation command is not offered to it.)
      assert.equal(init.result!.capabilities.executeCommandProvider, undefined);
      assert.ok(init.result!.capabilities.experimental?.articleLens?.requests?.includes('articleLens/analyseText'));
      client.notify('initialized', {});
      client.notify('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'article', version: 1, text: ARTICLE } });
      const pushed = await client.next((m) => m.method === 'articleLens/didAnalyse');
      const state = (pushed.params as { uri: string; state: { kind: string; version: number; analysis: { quotes: Array<{ evidence?: unknown }> }; explanations: string[] } }).state;
      assert.equal(state.kind, 'ready');
      assert.equal(state.version, 1);
      assert.ok(asked.includes(URI), JSON.stringify(asked));
      const attributed = state.analysis.quotes.findIndex((q) => q.evidence);
      assert.match(state.explanations[attributed], /How sure/);
      // An edit is analysed with what the client said before; the client is asked again only
      // when it says the files changed.
      const askedBefore = asked.filter((u) => u === URI).length;
      client.notify('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: `${ARTICLE}\n` }] });
      await client.next((m) => m.method === 'articleLens/didAnalyse' && (m.params as { state: { version: number } }).state.version === 2);
      assert.equal(asked.filter((u) => u === URI).length, askedBefore);
      client.notify('articleLens/inputsChanged', { uri: URI });
      await client.next((m) => m.method === 'articleLens/didAnalyse' && (m.params as { uri: string }).uri === URI);
      assert.equal(asked.filter((u) => u === URI).length, askedBefore + 1);
      // (The diagnostics go out just before the analysis.)
      const published = await client.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === URI, 10_000, true);
      const diags = (published.params as { diagnostics: Array<{ code: string; severity?: number }> }).diagnostics;
      assert.ok(diags.some((d) => d.code === 'unattributed-quote' && (d as { severity?: number }).severity === 1), JSON.stringify(diags));
      // The hover's links reveal a span, for a client that runs command links.
      const h = await client.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: URI }, position: { line: 2, character: 22 } });
      assert.match(h.result!.contents.value, /\(command:articleLens\.revealRange\?/);
      // A text that is not open (Check Workspace), analysed in the worker thread.
      const closed = await client.request<{ kind: string; diagnostics: Array<{ code: string }> }>('articleLens/analyseText', { uri: 'file:///desk/other.article', text: ARTICLE });
      assert.equal(closed.result!.kind, 'ready');
      assert.ok(closed.result!.diagnostics.some((d) => d.code === 'unattributed-quote'));
      const status = await client.request<{ available: boolean; completed: number; events: string[] }>('articleLens/status', null);
      assert.ok(status.result!.available && status.result!.completed >= 2, JSON.stringify(status.result));
      // Over the time limit: abandoned, the worker replaced, and the next version served.
      settings.analysis = { timeoutMs: 100 };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const big = `Ferry timetable\n\n${'"The ferries will run every hour," said Mara Okafor, the chair of the harbour board.\n\n'.repeat(15_000)}`;
      client.notify('textDocument/didOpen', { textDocument: { uri: 'file:///desk/big.article', languageId: 'article', version: 1, text: big } });
      const abandoned = await client.next((m) => m.method === 'articleLens/didAnalyse' && (m.params as { uri: string }).uri === 'file:///desk/big.article', 20_000);
      assert.equal((abandoned.params as { state: { kind: string } }).state.kind, 'timed-out');
      const after = await client.request<{ events: string[] }>('articleLens/status', null);
      assert.ok(after.result!.events.some((e) => /timed out after 100 ms/.test(e)), JSON.stringify(after.result));
      client.notify('textDocument/didClose', { textDocument: { uri: 'file:///desk/big.article' } });
      settings.analysis = { timeoutMs: 60_000 };
      client.notify('workspace/didChangeConfiguration', { settings: null });
      const again = await client.request<{ kind: string }>('articleLens/analysis', { uri: URI });
      assert.equal(again.result!.kind, 'ready');
      await client.request('shutdown', null);
      client.notify('exit', null);
    } finally {
      child.kill();
    }
    assert.doesNotMatch(stderr, /Error/);
  });

  it('the bin refuses to start without a transport, and says why', async () => {
    const cli = path.resolve('dist/cli.js');
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first (npm test does)');
    const child = spawn(process.execPath, [cli, 'lsp'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    assert.equal(code, 2);
    assert.match(stderr, /--stdio/);
  });
});
