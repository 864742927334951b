// The team configuration in the editor: the nearest `.article-lens/config.json` at or above the
// article, within its workspace folder (as the CLI finds it), watched, honoured as the CLI
// honours it. VS Code settings apply where it says nothing; a malformed file is reported once
// with its line, and the defaults apply.
import * as vscode from 'vscode';
import { parseTeamConfig, type TeamConfig } from '../core/checks/config';
import { readDeskFile } from './folderFiles';

export const CONFIG_FILE = '.article-lens/config.json';

interface Loaded { config: TeamConfig | undefined; error: string | undefined }

/** A folder's key: its URI without a trailing slash (a workspace root's path may be "/"). */
const key = (u: vscode.Uri): string => u.toString().replace(/\/+$/, '');

export class TeamConfigFiles implements vscode.Disposable {
  /** Every configuration file in the workspace, by the folder that holds `.article-lens/`. */
  private byDir = new Map<string, Loaded>();
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private readonly subs: vscode.Disposable[] = [];
  private readonly reported = new Set<string>();
  private loading: Promise<boolean> | undefined;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const reload = (): void => { this.loading = undefined; void this.loadAll().then(() => this.emitter.fire()); };
    this.subs.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload));
  }

  /** Finds and reads every configuration file; says whether there is any. */
  loadAll(): Promise<boolean> {
    this.loading ??= (async () => {
      const found = await vscode.workspace.findFiles(`**/${CONFIG_FILE}`, '**/node_modules/**');
      const next = new Map<string, Loaded>();
      for (const file of found) {
        const dir = key(file.with({ path: file.path.slice(0, -CONFIG_FILE.length - 1) }));
        next.set(dir, await this.read(file));
      }
      this.byDir = next;
      return next.size > 0;
    })();
    return this.loading;
  }

  private async read(file: vscode.Uri): Promise<Loaded> {
    const loaded = await readDeskFile(file, 'team configuration', (text) => {
      const p = parseTeamConfig(text);
      return p.ok ? { ok: true, value: p.config } : p;
    }, this.reported);
    return { config: loaded.value, error: loaded.error };
  }

  /** The nearest configuration at or above the document, within its workspace folder. */
  private nearest(doc: vscode.TextDocument | vscode.Uri): Loaded | undefined {
    const uri = doc instanceof vscode.Uri ? doc : doc.uri;
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder || !this.byDir.size) return undefined;
    const top = key(folder.uri);
    let dir = key(uri.with({ path: uri.path.replace(/\/[^/]*$/, '') }));
    for (;;) {
      const here = this.byDir.get(dir);
      if (here) return here;
      if (dir === top || dir.length <= top.length) return this.byDir.get(top);
      const cut = dir.lastIndexOf('/');
      if (cut < 0) return undefined;
      dir = dir.slice(0, cut);
    }
  }

  configFor(doc: vscode.TextDocument | vscode.Uri): TeamConfig | undefined {
    return this.nearest(doc)?.config;
  }

  /** Why the configuration that applies cannot be used, if it cannot (for tests and the status). */
  errorFor(doc: vscode.TextDocument | vscode.Uri): string | undefined {
    return this.nearest(doc)?.error;
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
  }
}
