// The language server: keeps the open articles, analyses each new version after a short pause,
// pushes its diagnostics, and answers hovers, code actions, document symbols and folding from
// the language service. The same code runs on Node (`article-lens lsp --stdio`) and in a
// browser worker; what differs (reading the team configuration, the desk list and the
// annotations beside an article) comes in through a `ServerHost`.
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind, ErrorCodes, MessageType, ResponseError, ShowMessageNotification, TextDocuments, TextDocumentSyncKind,
  type ClientCapabilities, type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze as engine, atLine, explainAttribution, changedAnnotation, correctionsOf, parseAnnotations, placeAnnotations, updatedAnnotationsFile, type Analysis, type AnalyzeOptions, type PlacedAnnotation } from '../core';
import type { TeamConfig } from '../core/checks/config';
import type { DeskList } from '../core/entities/desk';
import { annotationActions, ANNOTATE_COMMAND, ANNOTATE_KIND, codeActions, commandLinkDecor, diagnostics, documentSymbols, foldingRanges, hover, plainDecor, type AnnotateArgs } from '../service/service';
export { PROTOCOL } from '../service/protocol';
import { PROTOCOL, type ClientFlags, type ClientInputs, type DocState, type WorkerInit } from '../service/protocol';
import { AnalysisCancelled, AnalysisPool, AnalysisTimeout, WorkerRestarted, WorkerUnavailable, type PoolStatus, type Port } from './pool';
import { analyzeOptions, DEFAULTS, parseSettings, SECTION, settingsGetter, type Settings } from '../service/settings';

/** What the server reads beside an article. Problems (a malformed file) are said in words. */
export interface DocumentInputs {
  readonly team?: TeamConfig;
  readonly desk?: DeskList;
  /** The desk's annotations, re-anchored to the text. */
  readonly placed?: readonly PlacedAnnotation[];
  readonly problems?: readonly string[];
}

export interface ServerHost {
  /** The team configuration, desk list and annotations for a document (by URI), if any. */
  inputs(uri: string, text: string): DocumentInputs | Promise<DocumentInputs>;
  /** The user's name, for annotations. */
  userName?(): string;
  /**
   * Rewrites the annotations file beside an article: `update` gets its text now ('' when there
   * is none) and returns the new text, or a reason to write nothing. Absent where the host
   * cannot write (the annotation commands are then not offered).
   */
  updateAnnotations?(uri: string, update: (fileText: string) => { ok: true; text: string } | { ok: false; message: string }): { ok: true } | { ok: false; message: string };
  /**
   * Starts a worker for the analyses (a Node worker thread, a Web Worker), or returns undefined
   * where none can run; the server then analyses on its own thread.
   */
  startWorker?(init: WorkerInit): Port | undefined;
}

interface Result {
  /** null: superseded by a newer request for the same document (nothing to publish). */
  readonly state: DocState | null;
  readonly placed: readonly PlacedAnnotation[];
}

interface Entry {
  readonly version: number;
  readonly generation: number;
  readonly promise: Promise<Result>;
  result?: Result;
  published?: boolean;
}

export interface ServerOptions {
  /** The engine; tests may replace it (it then runs on the server's thread). */
  readonly analyze?: (text: string, options: AnalyzeOptions) => Analysis;
}

export function startServer(connection: Connection, host: ServerHost, serverOptions: ServerOptions = {}): void {
  const engineHere = serverOptions.analyze ?? engine;
  let pool: AnalysisPool | undefined;
  const documents = new TextDocuments(TextDocument);
  const entries = new Map<string, Entry>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const forced = new Set<string>();
  const told = new Set<string>();
  let capabilities: ClientCapabilities = {};
  let flags: ClientFlags = {};
  /** The client pulls diagnostics (textDocument/diagnostic) instead of receiving them. */
  let pull = false;
  let settings: Settings = DEFAULTS;
  /** Bumped when the settings or the files beside the articles change: every analysis is redone. */
  let generation = 0;
  /** Settings from initializationOptions or didChangeConfiguration, for clients that cannot be asked. */
  let pushed: unknown = undefined;
  /** The test hook: analyses of texts containing this fail, and are counted. */
  let failWhen: string | null = null;
  let failures = 0;

  const tell = (message: string): void => {
    if (told.has(message)) return;
    told.add(message);
    // (A notification, not a request: a message with no buttons needs no answer, and some
    // clients show a request as a prompt that waits.)
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Article Lens: ${message}` });
  };

  const readSettings = async (): Promise<void> => {
    let section: unknown = pushed;
    if (capabilities.workspace?.configuration) {
      try {
        // (A client may answer null, or an object of any shape: both mean the defaults.)
        [section] = await connection.workspace.getConfiguration([{ section: SECTION }]) as unknown[];
      } catch {
        section = pushed;
      }
    }
    const parsed = parseSettings(settingsGetter(section), host.userName);
    settings = parsed.settings;
    for (const p of parsed.problems) tell(`ignored a broken setting: ${p}`);
  };

  /**
   * What the client said is beside each open article, until it says that changed
   * (PROTOCOL.inputsChanged): not asked again on every keystroke's analysis.
   */
  const clientInputs = new Map<string, Promise<ClientInputs | null>>();
  const askClient = (uri: string, keep: boolean): Promise<ClientInputs | null> => {
    const have = keep ? clientInputs.get(uri) : undefined;
    if (have) return have;
    const asked = connection.sendRequest<ClientInputs | null>(PROTOCOL.inputs, { uri });
    if (keep) {
      clientInputs.set(uri, asked);
      asked.catch(() => { if (clientInputs.get(uri) === asked) clientInputs.delete(uri); });
    }
    return asked;
  };

  /** The files beside an article: from the client when it offers them, else from the host. */
  const readInputs = async (uri: string, text: string, open: boolean): Promise<DocumentInputs> => {
    if (!flags.inputs) return host.inputs(uri, text);
    // (A text that is not open is asked about afresh: nobody says when its files change.)
    const got = await askClient(uri, open);
    const annotations = Array.isArray(got?.annotations) ? got.annotations : [];
    return {
      team: got?.team ?? undefined,
      desk: got?.desk ?? undefined,
      placed: annotations.length ? placeAnnotations(text, annotations) : [],
      problems: Array.isArray(got?.problems) ? got.problems.filter((p): p is string => typeof p === 'string') : [],
    };
  };

  /** Runs the engine: in the worker when there is one, else here. */
  const runEngine = async (key: string, version: number, text: string, options: AnalyzeOptions): Promise<Analysis> => {
    if (failWhen !== null && text.includes(failWhen)) {
      failures++;
      throw new Error('test hook: analysis failed');
    }
    if (pool?.available) {
      try {
        return await pool.analyze(key, version, text, options, settings.timeoutMs);
      } catch (err) {
        if (!(err instanceof WorkerUnavailable)) throw err;
        tell(`the analysis worker stopped (${err.message}); analysing on the server's own thread from now on`);
      }
    }
    return engineHere(text, options);
  };

  /** Analyses a text with the inputs beside it; `key` names it for the worker's cancellation. */
  const analyseText = async (key: string, uri: string, version: number, text: string, force: boolean, open: boolean): Promise<Result> => {
    if (text.length > settings.maxFileSize && !force) return { state: { kind: 'too-large', version, size: text.length }, placed: [] };
    let inputs: DocumentInputs;
    try {
      inputs = await readInputs(uri, text, open);
    } catch (err) {
      inputs = { problems: [`could not read the files beside ${uri}: ${err instanceof Error ? err.message : String(err)}; the defaults apply`] };
    }
    for (const p of inputs.problems ?? []) tell(p);
    const placed = inputs.placed ?? [];
    const options = analyzeOptions(settings, inputs.team, inputs.desk, correctionsOf(placed));
    const t0 = Date.now();
    for (let attempt = 0; ; attempt++) {
      try {
        const analysis = await runEngine(key, version, text, options);
        const ms = Date.now() - t0;
        // (A client that draws its own views gets the explanations: it need not bundle the engine.)
        const explanations = flags.didAnalyse ? analysis.quotes.map((q, i) => (q.evidence ? explainAttribution(text, analysis, i) : '')) : undefined;
        return { state: { kind: 'ready', version, analysis, ms, ...(explanations ? { explanations } : {}) }, placed };
      } catch (err) {
        if (err instanceof AnalysisTimeout) return { state: { kind: 'timed-out', version, ms: err.ms }, placed };
        // (Another document's analysis ran over the limit and the worker was replaced: ask again.)
        if (err instanceof WorkerRestarted && attempt < 3) continue;
        if (err instanceof AnalysisCancelled) return { state: null, placed };
        return { state: { kind: 'failed', version, message: err instanceof Error ? err.message : String(err) }, placed };
      }
    }
  };

  /** The entry for a document's current version and inputs, starting its analysis if need be. */
  const ensure = (doc: TextDocument): Entry => {
    const old = entries.get(doc.uri);
    if (old && old.version === doc.version && old.generation === generation) return old;
    const entry: Entry = {
      version: doc.version,
      generation,
      promise: analyseText(doc.uri, doc.uri, doc.version, doc.getText(), forced.has(doc.uri), true).then((r) => { entry.result = r; return r; }),
    };
    entries.set(doc.uri, entry);
    return entry;
  };

  const isCurrent = (doc: TextDocument, entry: Entry): boolean =>
    entries.get(doc.uri) === entry && documents.get(doc.uri)?.version === entry.version;

  /** Publishes a document's diagnostics (and, to a client that wants it, its analysis) once per entry. */
  const publish = async (doc: TextDocument): Promise<void> => {
    const entry = ensure(doc);
    const { state } = await entry.promise;
    if (!state || entry.published || !isCurrent(doc, entry)) return;
    entry.published = true;
    if (state.kind === 'failed') tell(`could not analyse ${doc.uri}: ${state.message}. This is a bug; please report it. Its results are cleared until an edit analyses it again.`);
    if (state.kind === 'timed-out' && !flags.didAnalyse) tell(`the analysis of ${doc.uri} took longer than ${state.ms} ms and was abandoned (setting articleLens.analysis.timeoutMs)`);
    if (state.kind === 'too-large' && !flags.didAnalyse) tell(`${doc.uri} is not analysed: it has ${state.size} characters, over the limit of ${settings.maxFileSize} (setting articleLens.analysis.maxFileSize)`);
    if (!pull) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: state.kind === 'ready' ? diagnostics(doc, state.analysis) : [] });
    if (flags.didAnalyse) void connection.sendNotification(PROTOCOL.didAnalyse, { uri: doc.uri, state });
  };

  const schedule = (doc: TextDocument, delay: number): void => {
    const old = timers.get(doc.uri);
    if (old) clearTimeout(old);
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      const now = documents.get(doc.uri);
      if (now) void publish(now);
    }, delay));
  };

  /** A client that pulls is asked to pull again when something besides the text changed. */
  const refreshPulled = (): void => {
    if (pull && capabilities.workspace?.diagnostics?.refreshSupport) connection.languages.diagnostics.refresh();
  };

  const reanalyseAll = (): void => {
    generation++;
    for (const doc of documents.all()) schedule(doc, 0);
    refreshPulled();
  };

  /** The analysis of a document's current version, for a request; null for a document not open. */
  const current = async (uri: string): Promise<{ doc: TextDocument; analysis: Analysis | null; placed: readonly PlacedAnnotation[] } | null> => {
    const doc = documents.get(uri);
    if (!doc) return null;
    const entry = ensure(doc);
    const r = entry.result ?? await entry.promise;
    // (The answer is for the version the request was about; publish it too if nobody has.)
    void publish(doc);
    return { doc, analysis: r.state?.kind === 'ready' ? r.state.analysis : null, placed: r.placed };
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    const f = (capabilities.experimental as { articleLens?: unknown } | undefined)?.articleLens;
    flags = f && typeof f === 'object' ? f as ClientFlags : {};
    pushed = (params.initializationOptions as { articleLens?: unknown } | null | undefined)?.articleLens ?? params.initializationOptions ?? undefined;
    const where = (params.initializationOptions as { analysisWorker?: unknown } | null | undefined)?.analysisWorker;
    const init: WorkerInit = typeof where === 'string' ? { analysisWorker: where } : {};
    if (!serverOptions.analyze && host.startWorker) pool = new AnalysisPool(() => host.startWorker!(init));
    // (A client that reads the files beside an article itself owns the annotations: it offers
    // its own annotation commands, so the server's are not offered to it.)
    const annotates = !!host.updateAnnotations && !flags.inputs;
    // Diagnostics are pushed after each pause in typing. A client that offers to pull them
    // pulls instead (never both: a client that also took pushed ones would show each twice),
    // except one that wants each analysis pushed, where they go together.
    pull = !!capabilities.textDocument?.diagnostic && !flags.didAnalyse;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...(pull ? { diagnosticProvider: { identifier: 'article-lens', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: annotates ? [CodeActionKind.QuickFix, ANNOTATE_KIND] : [CodeActionKind.QuickFix] },
        ...(annotates ? { executeCommandProvider: { commands: [ANNOTATE_COMMAND] } } : {}),
        documentSymbolProvider: { label: 'Article Lens' },
        foldingRangeProvider: true,
        experimental: { articleLens: { requests: [PROTOCOL.analysis, PROTOCOL.analyseText, PROTOCOL.analyzeAnyway, PROTOCOL.status], notifications: [PROTOCOL.inputsChanged] } },
      },
      serverInfo: { name: 'article-lens', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    // The files beside the articles: an edit to one (by hand, by another editor, by the CLI's
    // users) applies to the open articles at once, where the client can watch files for us.
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration && !flags.inputs) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.annotations.json' }, { globPattern: '**/.article-lens/*.json' }],
      }).catch(() => undefined);
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch(() => undefined);
    }
    await readSettings();
    // (A client that pulls asks for each document when it opens it: nothing to refresh yet.)
    generation++;
    for (const doc of documents.all()) schedule(doc, 0);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const s = (change.settings as { articleLens?: unknown } | null | undefined)?.articleLens;
    if (s !== undefined) pushed = s;
    await readSettings();
    reanalyseAll();
  });

  connection.onDidChangeWatchedFiles(() => { clientInputs.clear(); reanalyseAll(); });
  connection.onNotification(PROTOCOL.inputsChanged, (p: { uri?: unknown } | null) => {
    const doc = typeof p?.uri === 'string' ? documents.get(p.uri) : undefined;
    if (!doc) { clientInputs.clear(); reanalyseAll(); return; }
    clientInputs.delete(doc.uri);
    entries.delete(doc.uri);
    schedule(doc, 0);
    refreshPulled();
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, settings.debounceMs));
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    const t = timers.get(uri);
    if (t) clearTimeout(t);
    timers.delete(uri);
    entries.delete(uri);
    forced.delete(uri);
    clientInputs.delete(uri);
    pool?.forget(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onHover(async (p) => {
    const c = await current(p.textDocument.uri);
    if (!c?.analysis) return null;
    return hover(c.doc, c.analysis, p.position, c.placed, flags.commandLinks ? commandLinkDecor(c.doc.uri) : plainDecor(c.doc));
  });
  connection.onCodeAction(async (p) => {
    const c = await current(p.textDocument.uri);
    if (!c?.analysis) return [];
    const fixes = codeActions(c.doc, c.analysis, p.context.diagnostics, { selectPlaceholder: flags.commandLinks });
    const wanted = p.context.only;
    const annotates = !!host.updateAnnotations && !flags.inputs;
    const desk = annotates && (!wanted || wanted.some((k) => ANNOTATE_KIND.startsWith(k))) ? annotationActions(c.doc, c.analysis, p.range.start) : [];
    return [...fixes, ...desk];
  });
  connection.onExecuteCommand((p) => {
    if (p.command !== ANNOTATE_COMMAND || !host.updateAnnotations || flags.inputs) return null;
    const args = (p.arguments?.[0] ?? null) as Partial<AnnotateArgs> | null;
    const doc = typeof args?.uri === 'string' ? documents.get(args.uri) : undefined;
    const fail = (message: string): { ok: false; message: string } => {
      void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message: `Article Lens: the annotation was not saved: ${message}` });
      return { ok: false, message };
    };
    if (!doc || !args || typeof args.start !== 'number' || typeof args.end !== 'number' || !(0 <= args.start && args.start < args.end && args.end <= doc.getText().length) || typeof args.change !== 'object' || args.change === null) {
      return fail(`${ANNOTATE_COMMAND} needs { uri, start, end, change } for an open document`);
    }
    let id = '';
    const text = doc.getText();
    const written = host.updateAnnotations(doc.uri, (fileText) => {
      try {
        // The annotation on this span as the file holds it now (someone else's change kept).
        const parsed = parseAnnotations(fileText);
        if (!parsed.ok) return { ok: false, message: `the annotations file is malformed${atLine(parsed.error)}: ${parsed.error.message}; nothing was written over it` };
        const existing = placeAnnotations(text, parsed.annotations).find((x) => x.start === args.start && x.end === args.end)?.annotation;
        const creator = settings.annotationCreator || host.userName?.() || 'unknown';
        const a = changedAnnotation(existing, text, args.start!, args.end!, args.change!, { creator, source: decodeURIComponent(doc.uri.slice(doc.uri.lastIndexOf('/') + 1)) });
        id = a.id;
        return updatedAnnotationsFile(fileText, [a]);
      } catch (err) {
        return { ok: false, message: err instanceof Error ? err.message : String(err) };
      }
    });
    if (!written.ok) return fail(written.message);
    // Its corrections apply at once, and the hover shows the desk's line.
    entries.delete(doc.uri);
    void publish(doc);
    refreshPulled();
    return { ok: true, id };
  });
  connection.languages.diagnostics.on(async (p) => {
    const c = await current(p.textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: c?.analysis ? diagnostics(c.doc, c.analysis) : [] };
  });
  connection.onDocumentSymbol(async (p) => {
    const c = await current(p.textDocument.uri);
    return c?.analysis ? documentSymbols(c.doc, c.analysis) : [];
  });
  connection.onFoldingRanges((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? foldingRanges(doc) : [];
  });

  // The optional extras.
  connection.onRequest(PROTOCOL.analysis, async (p: { uri?: unknown } | null) => {
    const doc = typeof p?.uri === 'string' ? documents.get(p.uri) : undefined;
    if (!doc) return null;
    const entry = ensure(doc);
    const r = await entry.promise;
    void publish(doc);
    return r.state;
  });
  connection.onRequest(PROTOCOL.analyzeAnyway, async (p: { uri?: unknown } | null) => {
    const doc = typeof p?.uri === 'string' ? documents.get(p.uri) : undefined;
    if (!doc) return null;
    forced.add(doc.uri);
    entries.delete(doc.uri);
    const r = await ensure(doc).promise;
    await publish(doc);
    return r.state;
  });
  connection.onRequest(PROTOCOL.analyseText, async (p: { uri?: unknown; text?: unknown } | null) => {
    if (typeof p?.uri !== 'string' || typeof p.text !== 'string') return null;
    const r = await analyseText(`text:${p.uri}`, p.uri, 0, p.text, false, false);
    if (r.state?.kind !== 'ready') return r.state;
    return { ...r.state, diagnostics: diagnostics(TextDocument.create(p.uri, 'article', 0, p.text), r.state.analysis) };
  });
  connection.onRequest(PROTOCOL.status, (): PoolStatus => pool?.status() ?? { available: false, completed: 0, inFlight: 0, failure: null, events: ['no worker: analyses run on the server\'s thread'] });
  connection.onRequest(PROTOCOL.testFail, (p: { when?: unknown } | null) => {
    if (!flags.testHooks) throw new ResponseError(ErrorCodes.MethodNotFound, `${PROTOCOL.testFail} is served only to a client that runs tests`);
    const when = typeof p?.when === 'string' ? p.when : null;
    // (A new hook applies to the open documents too: they are analysed again.)
    if (when !== failWhen) { failWhen = when; reanalyseAll(); }
    return { failures };
  });

  documents.listen(connection);
  connection.listen();
}
