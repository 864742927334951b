// The language server: keeps the open articles, analyses each new version after a short pause,
// pushes its diagnostics, and answers hovers, code actions, document symbols and folding from
// the language service. The same code runs on Node (`article-lens lsp --stdio`) and in a
// browser worker; what differs (reading the team configuration, the desk list and the
// annotations beside an article) comes in through a `ServerHost`.
import {
  CodeActionKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind,
  type ClientCapabilities, type Connection, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze as engine, atLine, changedAnnotation, correctionsOf, parseAnnotations, placeAnnotations, updatedAnnotationsFile, type Analysis, type AnalyzeOptions, type PlacedAnnotation } from '../core';
import type { TeamConfig } from '../core/config';
import type { DeskList } from '../core/desk';
import { annotationActions, ANNOTATE_COMMAND, ANNOTATE_KIND, codeActions, diagnostics, documentSymbols, foldingRanges, hover, type AnnotateArgs } from '../service/service';
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
  inputs(uri: string, text: string): DocumentInputs;
  /** The user's name, for annotations. */
  userName?(): string;
  /**
   * Rewrites the annotations file beside an article: `update` gets its text now ('' when there
   * is none) and returns the new text, or a reason to write nothing. Absent where the host
   * cannot write (the annotation commands are then not offered).
   */
  updateAnnotations?(uri: string, update: (fileText: string) => { ok: true; text: string } | { ok: false; message: string }): { ok: true } | { ok: false; message: string };
}

/** The custom request a client may send for the whole analysis (the tree, the report). Optional. */
export const ANALYSIS_REQUEST = 'articleLens/analysis';

interface Entry {
  version: number;
  analysis: Analysis | null;
  placed: readonly PlacedAnnotation[];
  /** Why there is no analysis: too large, or the engine failed. */
  skipped: string | null;
}

export interface ServerOptions {
  /** The engine; tests may replace it. */
  readonly analyze?: (text: string, options: AnalyzeOptions) => Analysis;
}

export function startServer(connection: Connection, host: ServerHost, serverOptions: ServerOptions = {}): void {
  const analyze = serverOptions.analyze ?? engine;
  const documents = new TextDocuments(TextDocument);
  const entries = new Map<string, Entry>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const told = new Set<string>();
  let capabilities: ClientCapabilities = {};
  let settings: Settings = DEFAULTS;
  /** Settings from initializationOptions or didChangeConfiguration, for clients that cannot be asked. */
  let pushed: unknown = undefined;

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

  /** Analyses a document's current version (or notes why not) and returns its entry. */
  const analyzeNow = (doc: TextDocument): Entry => {
    const t = timers.get(doc.uri);
    if (t) { clearTimeout(t); timers.delete(doc.uri); }
    const old = entries.get(doc.uri);
    if (old && old.version === doc.version) return old;
    const text = doc.getText();
    const entry: Entry = { version: doc.version, analysis: null, placed: [], skipped: null };
    if (text.length > settings.maxFileSize) {
      entry.skipped = `${doc.uri} is not analysed: it has ${text.length} characters, over the limit of ${settings.maxFileSize} (setting articleLens.analysis.maxFileSize)`;
    } else {
      try {
        const inputs = host.inputs(doc.uri, text);
        for (const p of inputs.problems ?? []) tell(p);
        entry.placed = inputs.placed ?? [];
        entry.analysis = analyze(text, analyzeOptions(settings, inputs.team, inputs.desk, correctionsOf(entry.placed)));
      } catch (err) {
        entry.skipped = `could not analyse ${doc.uri}: ${err instanceof Error ? err.message : String(err)}. This is a bug; please report it.`;
      }
    }
    entries.set(doc.uri, entry);
    return entry;
  };

  const publish = (doc: TextDocument): void => {
    const entry = analyzeNow(doc);
    if (entry.skipped) tell(entry.skipped);
    void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: entry.analysis ? diagnostics(doc, entry.analysis) : [] });
  };

  const schedule = (doc: TextDocument, delay: number): void => {
    const old = timers.get(doc.uri);
    if (old) clearTimeout(old);
    timers.set(doc.uri, setTimeout(() => {
      timers.delete(doc.uri);
      const current = documents.get(doc.uri);
      if (current) publish(current);
    }, delay));
  };

  /** The analysis of a document's current version, for a request; null for a document not open. */
  const current = (uri: string): { doc: TextDocument; entry: Entry } | null => {
    const doc = documents.get(uri);
    if (!doc) return null;
    return { doc, entry: analyzeNow(doc) };
  };

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    pushed = (params.initializationOptions as { articleLens?: unknown } | null | undefined)?.articleLens ?? params.initializationOptions ?? undefined;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: host.updateAnnotations ? [CodeActionKind.QuickFix, ANNOTATE_KIND] : [CodeActionKind.QuickFix] },
        ...(host.updateAnnotations ? { executeCommandProvider: { commands: [ANNOTATE_COMMAND] } } : {}),
        documentSymbolProvider: { label: 'Article Lens' },
        foldingRangeProvider: true,
        experimental: { articleLens: { analysisRequest: ANALYSIS_REQUEST } },
      },
      serverInfo: { name: 'article-lens', version: '0.1.0' },
    };
  });

  connection.onInitialized(async () => {
    // The files beside the articles: an edit to one (by hand, by another editor, by the CLI's
    // users) applies to the open articles at once, where the client can watch files for us.
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.annotations.json' }, { globPattern: '**/.article-lens/*.json' }],
      }).catch(() => undefined);
    }
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch(() => undefined);
    }
    await readSettings();
    for (const doc of documents.all()) schedule(doc, 0);
  });

  connection.onDidChangeConfiguration(async (change) => {
    const s = (change.settings as { articleLens?: unknown } | null | undefined)?.articleLens;
    if (s !== undefined) pushed = s;
    await readSettings();
    entries.clear();
    for (const doc of documents.all()) schedule(doc, 0);
  });

  connection.onDidChangeWatchedFiles(() => {
    entries.clear();
    for (const doc of documents.all()) schedule(doc, 0);
  });

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, settings.debounceMs));
  documents.onDidClose((e) => {
    const t = timers.get(e.document.uri);
    if (t) clearTimeout(t);
    timers.delete(e.document.uri);
    entries.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((p) => {
    const c = current(p.textDocument.uri);
    return c?.entry.analysis ? hover(c.doc, c.entry.analysis, p.position, c.entry.placed) : null;
  });
  connection.onCodeAction((p) => {
    const c = current(p.textDocument.uri);
    if (!c?.entry.analysis) return [];
    const fixes = codeActions(c.doc, c.entry.analysis, p.context.diagnostics);
    const wanted = p.context.only;
    const desk = host.updateAnnotations && (!wanted || wanted.some((k) => ANNOTATE_KIND.startsWith(k))) ? annotationActions(c.doc, c.entry.analysis, p.range.start) : [];
    return [...fixes, ...desk];
  });
  connection.onExecuteCommand((p) => {
    if (p.command !== ANNOTATE_COMMAND || !host.updateAnnotations) return null;
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
    publish(doc);
    return { ok: true, id };
  });
  connection.onDocumentSymbol((p) => {
    const c = current(p.textDocument.uri);
    return c?.entry.analysis ? documentSymbols(c.doc, c.entry.analysis) : [];
  });
  connection.onFoldingRanges((p) => {
    const doc = documents.get(p.textDocument.uri);
    return doc ? foldingRanges(doc) : [];
  });
  connection.onRequest(ANALYSIS_REQUEST, (p: { uri?: unknown } | null) => {
    const c = typeof p?.uri === 'string' ? current(p.uri) : null;
    return c?.entry.analysis ? { version: c.doc.version, analysis: c.entry.analysis } : null;
  });

  documents.listen(connection);
  connection.listen();
}
