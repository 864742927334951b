// A JSON file the desk keeps in each workspace folder's `.article-lens/` (the entity list, the
// team configuration): read when needed, re-read when it changes, a malformed one reported
// once (with its line) and ignored until it is fixed, never rewritten.
import * as vscode from 'vscode';
import { atLine } from '../core';

export type ParsedFile<T> = { ok: true; value: T } | { ok: false; message: string; line: number | null; column: number | null };

export interface Loaded<T> { value: T | undefined; error: string | undefined; text: string | undefined }

/**
 * Reads and parses one of the desk's files: none (not found), its value, or why it cannot be
 * used, told to the user once per file (`reported` remembers which) until it is fixed.
 */
export async function readDeskFile<T>(file: vscode.Uri, what: string, parse: (text: string) => ParsedFile<T>, reported: Set<string>): Promise<Loaded<T>> {
  let loaded: Loaded<T>;
  try {
    const text = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
    const parsed = parse(text);
    loaded = parsed.ok
      ? { value: parsed.value, error: undefined, text }
      : { value: undefined, error: `${vscode.workspace.asRelativePath(file)}${atLine(parsed)}: ${parsed.message}`, text };
  } catch (err) {
    loaded = err instanceof vscode.FileSystemError && err.code === 'FileNotFound'
      ? { value: undefined, error: undefined, text: undefined }
      : { value: undefined, error: `${vscode.workspace.asRelativePath(file)}: ${err instanceof Error ? err.message : String(err)}`, text: undefined };
  }
  if (!loaded.error) reported.delete(file.toString());
  else if (!reported.has(file.toString())) {
    reported.add(file.toString());
    void vscode.window.showErrorMessage(`Article Lens: the ${what} ${loaded.error}. It is ignored (the defaults apply), and never rewritten, until it is fixed.`);
  }
  return loaded;
}

export class FolderFiles<T> implements vscode.Disposable {
  protected readonly byFolder = new Map<string, Loaded<T>>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly subs: vscode.Disposable[] = [];
  private readonly reported = new Set<string>();

  constructor(readonly relative: string, private readonly what: string, private readonly parse: (text: string) => ParsedFile<T>) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${relative}`);
    const reload = (): void => { this.byFolder.clear(); void this.loadAll().then(() => this.emitter.fire()); };
    this.subs.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload));
  }

  protected fileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
    return vscode.Uri.joinPath(folder.uri, this.relative);
  }

  protected folderOf(doc: vscode.TextDocument | vscode.Uri): vscode.WorkspaceFolder | undefined {
    return vscode.workspace.getWorkspaceFolder(doc instanceof vscode.Uri ? doc : doc.uri) ?? vscode.workspace.workspaceFolders?.[0];
  }

  /** Loads every folder's file; says whether any has a value (else there is nothing to analyse again). */
  async loadAll(): Promise<boolean> {
    let any = false;
    for (const f of vscode.workspace.workspaceFolders ?? []) if ((await this.load(f)).value !== undefined) any = true;
    return any;
  }

  /** Reads the folder's file again now (after this extension wrote it). */
  protected async reload(folder: vscode.WorkspaceFolder): Promise<Loaded<T>> {
    this.byFolder.delete(folder.uri.toString());
    const loaded = await this.load(folder);
    this.emitter.fire();
    return loaded;
  }

  protected async load(folder: vscode.WorkspaceFolder): Promise<Loaded<T>> {
    const have = this.byFolder.get(folder.uri.toString());
    if (have) return have;
    const loaded = await readDeskFile(this.fileOf(folder), this.what, this.parse, this.reported);
    this.byFolder.set(folder.uri.toString(), loaded);
    return loaded;
  }

  /** The value for a document, if loaded (analyses never wait for it; a load analyses again). */
  valueFor(doc: vscode.TextDocument | vscode.Uri): T | undefined {
    const folder = this.folderOf(doc);
    return folder ? this.byFolder.get(folder.uri.toString())?.value : undefined;
  }

  /** Why the file cannot be used, if it cannot (for tests and the status). */
  errorFor(doc: vscode.TextDocument | vscode.Uri): string | undefined {
    const folder = this.folderOf(doc);
    return folder ? this.byFolder.get(folder.uri.toString())?.error : undefined;
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
  }
}
