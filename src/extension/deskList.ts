// The desk's entity list in the editor: `.article-lens/entities.json` in the article's
// workspace folder, re-read when it changes; a malformed one is reported once and ignored, and
// never rewritten. **Add to Desk List** adds the entity at the cursor (the file is read again
// first, and written through a temporary file and a rename).
import * as vscode from 'vscode';
import { parseDeskList, type DeskList } from '../core';
import { readJson } from '../core/json/reader';
import { FolderFiles } from './folderFiles';
import { writeAtomically } from './atomicWrite';
import { entityAt } from '../service/service';
import type { AnalysisStore } from './store';

export const DESK_FILE = '.article-lens/entities.json';

export class DeskListFiles extends FolderFiles<DeskList> {
  constructor() {
    super(DESK_FILE, 'desk entity list', (text) => {
      const p = parseDeskList(text);
      return p.ok ? { ok: true, value: p.list } : p;
    });
  }

  /** The list for a document, if loaded. */
  listFor(doc: vscode.TextDocument | vscode.Uri): DeskList | undefined {
    const list = this.valueFor(doc);
    return list?.entries.length ? list : undefined;
  }

  /** Adds an entity to the list of the document's folder; creates the file if there is none. */
  async add(doc: vscode.TextDocument, entry: { name: string; type: string; role: string | null; aliases: readonly string[] }): Promise<boolean> {
    const folder = this.folderOf(doc);
    if (!folder) { void vscode.window.showInformationMessage('Article Lens: open a folder first: the desk list lives in its .article-lens folder.'); return false; }
    this.byFolder.delete(folder.uri.toString());
    const now = await this.load(folder);
    if (now.error) { void vscode.window.showErrorMessage(`Article Lens: fix the desk entity list first: ${now.error}`); return false; }
    // (The file as written, read again: parsing it normalised what it holds.)
    const again = now.text ? readJson(now.text) : null;
    if (again && !again.ok) { void vscode.window.showErrorMessage(`Article Lens: fix the desk entity list first: ${again.error.message}`); return false; }
    const doc0 = (again?.value ?? { entities: [] }) as { entities: unknown[] };
    if (now.value?.entries.some((e) => e.name.toLowerCase() === entry.name.toLowerCase())) {
      void vscode.window.showInformationMessage(`Article Lens: ${entry.name} is already on the desk list.`);
      return false;
    }
    doc0.entities.push({ name: entry.name, type: entry.type, ...(entry.role ? { role: entry.role } : {}), ...(entry.aliases.length ? { aliases: [...entry.aliases] } : {}) });
    const file = this.fileOf(folder);
    await writeAtomically(file, `${JSON.stringify(doc0, null, 2)}\n`);
    await this.reload(folder);
    return true;
  }
}

export function registerDeskList(context: vscode.ExtensionContext, store: AnalysisStore, desk: DeskListFiles): void {
  context.subscriptions.push(vscode.commands.registerCommand('articleLens.addToDeskList', async (args?: { uri?: string; offset?: number }): Promise<boolean> => {
    const doc = args?.uri ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) : vscode.window.activeTextEditor?.document;
    // (Right after an edit the stored analysis is of the version before: ask for this one now,
    // rather than answer as if the cursor were on no name.)
    const a = doc && (store.get(doc) ?? (await store.analyzeNow(doc)));
    if (!doc || !a) return false;
    const offset = args?.offset ?? doc.offsetAt(vscode.window.activeTextEditor!.selection.active);
    const e = entityAt(a, offset);
    if (!e) { void vscode.window.showInformationMessage('Article Lens: put the cursor on a name first.'); return false; }
    return desk.add(doc, { name: e.name, type: e.type, role: e.role, aliases: e.aliases });
  }));
}
