// The desk's entity list in the editor: `.article-lens/entities.json` in the article's
// workspace folder, re-read when it changes; a malformed one is reported once and ignored, and
// never rewritten. **Add to Desk List** adds the entity at the cursor (the file is read again
// first, and written through a temporary file and a rename).
import * as vscode from 'vscode';
import { atLine, parseDeskList, type DeskList } from '../core';
import { writeAtomically } from './atomicWrite';
import { entityAt } from './hover';
import type { AnalysisStore } from './store';

export const DESK_FILE = '.article-lens/entities.json';

interface Loaded { list: DeskList | undefined; error: string | undefined; text: string | undefined }

export class DeskListFiles implements vscode.Disposable {
  private readonly byFolder = new Map<string, Loaded>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly subs: vscode.Disposable[] = [];
  private readonly reported = new Set<string>();

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${DESK_FILE}`);
    const reload = (): void => { this.byFolder.clear(); void this.loadAll().then(() => this.emitter.fire()); };
    this.subs.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload));
  }

  private fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, DESK_FILE);
  }

  /** Loads every folder's list; says whether any has entries (else there is nothing to analyse again). */
  async loadAll(): Promise<boolean> {
    let any = false;
    for (const f of vscode.workspace.workspaceFolders ?? []) if ((await this.load(f)).list?.entries.length) any = true;
    return any;
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<Loaded> {
    const have = this.byFolder.get(folder.uri.toString());
    if (have) return have;
    const file = this.fileOf(folder);
    let loaded: Loaded;
    try {
      const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
      const parsed = parseDeskList(text);
      if (parsed.ok) {
        loaded = { list: parsed.list, error: undefined, text };
        this.reported.delete(file.toString());
      } else {
        loaded = { list: undefined, error: `${vscode.workspace.asRelativePath(file)}${atLine(parsed)}: ${parsed.message}`, text };
      }
    } catch (err) {
      loaded = err instanceof vscode.FileSystemError && err.code === 'FileNotFound'
        ? { list: undefined, error: undefined, text: undefined }
        : { list: undefined, error: `${vscode.workspace.asRelativePath(file)}: ${err instanceof Error ? err.message : String(err)}`, text: undefined };
    }
    if (loaded.error && !this.reported.has(file.toString())) {
      this.reported.add(file.toString());
      void vscode.window.showErrorMessage(`Article Lens: the desk entity list ${loaded.error}. It is ignored, and never rewritten, until it is fixed.`);
    }
    this.byFolder.set(folder.uri.toString(), loaded);
    return loaded;
  }

  /** The list for a document, if loaded (analyses never wait for it; a load analyses again). */
  listFor(doc: vscode.TextDocument): DeskList | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? this.byFolder.get(folder.uri.toString())?.list : undefined;
  }

  /** Why the list cannot be used, if it cannot (for tests and the status). */
  errorFor(doc: vscode.TextDocument): string | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri) ?? vscode.workspace.workspaceFolders?.[0];
    return folder ? this.byFolder.get(folder.uri.toString())?.error : undefined;
  }

  /** Adds an entity to the list of the document's folder; creates the file if there is none. */
  async add(doc: vscode.TextDocument, entry: { name: string; type: string; role: string | null; aliases: readonly string[] }): Promise<boolean> {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) { void vscode.window.showInformationMessage('Article Lens: open a folder first: the desk list lives in its .article-lens folder.'); return false; }
    this.byFolder.delete(folder.uri.toString());
    const now = await this.load(folder);
    if (now.error) { void vscode.window.showErrorMessage(`Article Lens: fix the desk entity list first: ${now.error}`); return false; }
    const doc0 = now.text ? (JSON.parse(now.text.replace(/^\uFEFF/, '')) as { entities: unknown[] }) : { entities: [] as unknown[] };
    if (now.list?.entries.some((e) => e.name.toLowerCase() === entry.name.toLowerCase())) {
      void vscode.window.showInformationMessage(`Article Lens: ${entry.name} is already on the desk list.`);
      return false;
    }
    doc0.entities.push({ name: entry.name, type: entry.type, ...(entry.role ? { role: entry.role } : {}), ...(entry.aliases.length ? { aliases: [...entry.aliases] } : {}) });
    const file = this.fileOf(folder);
    await writeAtomically(file, `${JSON.stringify(doc0, null, 2)}\n`);
    this.byFolder.delete(folder.uri.toString());
    await this.load(folder);
    this.emitter.fire();
    return true;
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
  }
}

export function registerDeskList(context: vscode.ExtensionContext, store: AnalysisStore, desk: DeskListFiles): void {
  context.subscriptions.push(vscode.commands.registerCommand('articleLens.addToDeskList', async (args?: { uri?: string; offset?: number }): Promise<boolean> => {
    const doc = args?.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) : vscode.window.activeTextEditor?.document;
    const a = doc && store.get(doc);
    if (!doc || !a) return false;
    const offset = args?.offset ?? doc.offsetAt(vscode.window.activeTextEditor!.selection.active);
    const e = entityAt(a, offset);
    if (!e) { void vscode.window.showInformationMessage('Article Lens: put the cursor on a name first.'); return false; }
    return desk.add(doc, { name: e.name, type: e.type, role: e.role, aliases: e.aliases });
  }));
}
