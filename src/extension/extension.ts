// The VS Code extension: a client of the Article Lens language server (src/server). The server
// analyses each article and gives the diagnostics, hovers, quick fixes, outline and folding;
// the extension adds what only VS Code has: the Sources & Speakers tree, the colours, the
// status item, the Sourcing Report, the desk's annotation commands, and the commands. The
// entry points for the desktop and the web (main.node.ts, main.browser.ts) supply the client.
import * as vscode from 'vscode';
import type { ClientInputs } from '../service/protocol';
import { ServerConnection, type ClientFactory } from './client';
import { Colours } from './decorations';
import { registerCommands } from './commands';
import { WorkspaceDiagnostics } from './diagnostics';
import { registerAnnotationCommands } from './annotationCommands';
import { DeskAnnotations } from './annotations';
import { DeskListFiles, registerDeskList } from './deskList';
import { watchClosedFiles } from './workspaceCheck';
import { registerReport } from './report';
import { registerReveal } from './reveal';
import { SettingsWatcher } from './settings';
import { registerStatus } from './status';
import { AnalysisStore, isArticle, LANGUAGE_ID } from './store';
import { TeamConfigFiles } from './teamConfig';
import { SourcesTree } from './tree';

/** The public API, for tests and other extensions. */
export interface ArticleLensApi {
  readonly languageId: string;
  readonly store: AnalysisStore;
  readonly tree: SourcesTree;
  /** The language server: its requests, its analysis worker's status. */
  readonly server: ServerConnection;
  /** The diagnostics Check Workspace gives files that are not open. */
  readonly workspaceDiagnostics: WorkspaceDiagnostics;
  /** The desk's annotations. */
  readonly notes: DeskAnnotations;
  /** The desk's entity list files. */
  readonly desk: DeskListFiles;
  /** The team configuration files. */
  readonly team: TeamConfigFiles;
  /** Milliseconds activate() took. */
  readonly activationMs: number;
}

export interface ClientSetup {
  readonly factory: ClientFactory;
  /** Where a browser server finds the analysis worker's script. */
  readonly analysisWorker?: string;
}

export function activateWith(context: vscode.ExtensionContext, setup: ClientSetup): ArticleLensApi {
  const t0 = Date.now();
  const settings = new SettingsWatcher();
  const notes = new DeskAnnotations(() => settings.settings.annotationCreator);
  // The desk's entity list: its names, roles and house spellings apply to every analysis.
  const desk = new DeskListFiles();
  // The team configuration: severities, verbs, anonymity policy; the settings apply where it says nothing.
  const team = new TeamConfigFiles();
  // The server asks for the files beside an article: the extension reads them (any file
  // system) and reports their problems itself, once.
  const inputs = async (uri: vscode.Uri): Promise<ClientInputs> => {
    const entry = await notes.load(uri);
    return { team: team.configFor(uri) ?? null, desk: desk.listFor(uri) ?? null, annotations: entry.items };
  };
  const server = new ServerConnection(setup.factory, context.extensionUri, inputs, {
    analysisWorker: setup.analysisWorker,
    testHooks: context.extensionMode === vscode.ExtensionMode.Test,
  });
  const store = new AnalysisStore(server);
  context.subscriptions.push(notes, notes.onDidChange((uri) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc && isArticle(doc)) store.refresh(doc);
  }), vscode.workspace.onDidOpenTextDocument((d) => { if (isArticle(d)) void notes.load(d.uri); }));
  for (const d of vscode.workspace.textDocuments) if (isArticle(d)) void notes.load(d.uri);
  const reanalyseAll = (): void => store.refreshAll();
  context.subscriptions.push(desk, desk.onDidChange(reanalyseAll));
  void desk.loadAll().then((any) => { if (any) reanalyseAll(); });
  registerDeskList(context, store, desk);
  context.subscriptions.push(team, team.onDidChange(reanalyseAll));
  void team.loadAll().then((any) => { if (any) reanalyseAll(); });
  const workspaceDiagnostics = new WorkspaceDiagnostics();
  const tree = new SourcesTree(store, notes);
  context.subscriptions.push(server, settings, store, workspaceDiagnostics, tree, new Colours(store, settings), watchClosedFiles(store, server, workspaceDiagnostics, settings));
  context.subscriptions.push(vscode.window.createTreeView('articleLens.sources', { treeDataProvider: tree, showCollapseAll: true }));
  registerReveal(context);
  registerCommands(context, store, server, workspaceDiagnostics, settings);
  context.subscriptions.push(vscode.commands.registerCommand('articleLens.toggleUnverifiedOnly', () => tree.toggleUnverifiedOnly()));
  registerAnnotationCommands(context, store, notes);
  registerStatus(context, store, settings, notes);
  registerReport(context, store, notes, settings);
  return { languageId: LANGUAGE_ID, store, tree, server, workspaceDiagnostics, notes, desk, team, activationMs: Date.now() - t0 };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions (the client is stopped there).
}
