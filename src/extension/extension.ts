import * as vscode from 'vscode';
import { Colours } from './decorations';
import { registerCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { Diagnostics } from './diagnostics';
import { registerFolding } from './folding';
import { AnalysisWorker } from './analysisWorker';
import { registerAnnotationCommands } from './annotationCommands';
import { DeskAnnotations } from './annotations';
import { DeskListFiles, registerDeskList } from './deskList';
import { registerHover } from './hover';
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
  readonly diagnostics: Diagnostics;
  /** Where analyses run off the editor's thread. */
  readonly worker: AnalysisWorker;
  /** The desk's annotations. */
  readonly notes: DeskAnnotations;
  /** The desk's entity list files. */
  readonly desk: DeskListFiles;
  /** The team configuration files. */
  readonly team: TeamConfigFiles;
  /** Milliseconds activate() took. */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): ArticleLensApi {
  const t0 = Date.now();
  const settings = new SettingsWatcher();
  const worker = new AnalysisWorker(context.extensionUri);
  const store = new AnalysisStore(settings, worker);
  const notes = new DeskAnnotations(() => settings.settings.annotationCreator);
  // The desk's corrections apply to every analysis; a change to the annotations analyses again.
  store.corrections = (doc) => notes.corrections(doc);
  context.subscriptions.push(notes, notes.onDidChange((uri) => {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc && isArticle(doc)) store.refresh(doc);
  }), vscode.workspace.onDidOpenTextDocument((d) => { if (isArticle(d)) void notes.load(d.uri); }));
  for (const d of vscode.workspace.textDocuments) if (isArticle(d)) void notes.load(d.uri);
  // The desk's entity list: its names, roles and house spellings apply to every analysis.
  const desk = new DeskListFiles();
  store.desk = (doc) => desk.listFor(doc);
  const reanalyseAll = (): void => { for (const d of vscode.workspace.textDocuments) if (isArticle(d)) store.refresh(d); };
  context.subscriptions.push(desk, desk.onDidChange(reanalyseAll));
  void desk.loadAll().then((any) => { if (any) reanalyseAll(); });
  registerDeskList(context, store, desk);
  // The team configuration: severities, verbs, anonymity policy; the settings apply where it says nothing.
  const team = new TeamConfigFiles();
  store.team = (doc) => team.configFor(doc);
  context.subscriptions.push(team, team.onDidChange(reanalyseAll));
  void team.loadAll().then((any) => { if (any) reanalyseAll(); });
  const diagnostics = new Diagnostics(store, context.extensionUri);
  const tree = new SourcesTree(store, notes);
  context.subscriptions.push(worker, settings, store, diagnostics, tree, new Colours(store, settings), watchClosedFiles(store, diagnostics, settings));
  context.subscriptions.push(vscode.window.createTreeView('articleLens.sources', { treeDataProvider: tree, showCollapseAll: true }));
  registerReveal(context);
  registerCommands(context, store, diagnostics, settings);
  context.subscriptions.push(vscode.commands.registerCommand('articleLens.toggleUnverifiedOnly', () => tree.toggleUnverifiedOnly()));
  registerFolding(context);
  registerHover(context, store, notes);
  registerAnnotationCommands(context, store, notes);
  registerCodeActions(context, store);
  registerStatus(context, store, settings, notes);
  registerReport(context, store, notes, settings);
  return { languageId: LANGUAGE_ID, store, tree, diagnostics, worker, notes, desk, team, activationMs: Date.now() - t0 };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
