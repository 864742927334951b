// The desk's annotations in the editor (issue 11): read from ARTICLE.annotations.json beside
// each article, re-anchored to the live text, written back atomically (a temporary file, then
// a rename), merged with changes someone else made on disk, never written over a malformed
// file. Untitled and virtual documents keep their annotations in memory and say so.
import * as vscode from 'vscode';
import {
  annotationItems, atLine, annotationOwners, changedAnnotation, randomId, withItems, correctionsOf, parseAnnotations, placeAnnotations, readAnnotation, selectorsFor,
  type Analysis, type AnnotationChange, type Correction, type DeskAnnotation, type PlacedAnnotation,
} from '../core';
import { writeAtomically } from './atomicWrite';

type Json = Record<string, unknown>;

interface Entry {
  /** The annotations file, or undefined: kept in memory (untitled or virtual documents). */
  readonly file: vscode.Uri | undefined;
  /** The file's text as last read or written ('' when it does not exist). */
  base: string;
  /** Each annotation's JSON as last read or written, by id: what a change on disk is compared with. */
  baseItems: Map<string, string>;
  /** The file's container object (an AnnotationCollection, or `{ items }`). */
  container: Json;
  items: DeskAnnotation[];
  /** Why the file cannot be used: nothing is shown from it or written over it until it is fixed. */
  error: string | undefined;
  placed: { version: number; list: PlacedAnnotation[] } | undefined;
}

export interface Target { readonly start: number; readonly end: number }

export type { AnnotationChange };

export function annotationsUri(doc: vscode.Uri): vscode.Uri | undefined {
  if (doc.scheme === 'untitled' || vscode.workspace.fs.isWritableFileSystem(doc.scheme) === undefined) return undefined;
  return doc.with({ path: `${doc.path}.annotations.json` });
}




export class DeskAnnotations implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the article's URI when its annotations change (loaded, edited, changed on disk). */
  readonly onDidChange = this.emitter.event;
  private readonly subs: vscode.Disposable[] = [];
  private readonly reported = new Set<string>();

  constructor(private readonly creator: () => string) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.annotations.json');
    const reload = (u: vscode.Uri): void => {
      const article = u.with({ path: u.path.replace(/\.annotations\.json$/, '') }).toString();
      if (this.entries.has(article)) void this.reload(vscode.Uri.parse(article));
    };
    this.subs.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload),
      vscode.workspace.onDidSaveTextDocument((d) => { if (this.entries.has(d.uri.toString())) void this.rewritePositions(d); }),
      vscode.workspace.onDidCloseTextDocument((d) => { if (!annotationsUri(d.uri)) return; this.entries.delete(d.uri.toString()); }));
  }

  /** The annotations of an article, loading them the first time. */
  async load(doc: vscode.Uri): Promise<Entry> {
    const key = doc.toString();
    const have = this.entries.get(key);
    if (have) return have;
    let p = this.loading.get(key);
    if (!p) {
      p = this.read(doc).then((e) => {
        this.entries.set(key, e);
        this.loading.delete(key);
        // (An article with no annotations needs no second analysis.)
        if (e.items.length) this.emitter.fire(doc);
        return e;
      });
      this.loading.set(key, p);
    }
    return p;
  }

  /** Loaded annotations, if any, without waiting. */
  peek(doc: vscode.Uri): Entry | undefined {
    return this.entries.get(doc.toString());
  }

  private async readFile(file: vscode.Uri): Promise<string | undefined> {
    try {
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(file));
    } catch (err) {
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
      throw err;
    }
  }

  private async read(doc: vscode.Uri): Promise<Entry> {
    const file = annotationsUri(doc);
    const entry: Entry = { file, base: '', baseItems: new Map(), container: {}, items: [], error: undefined, placed: undefined };
    if (!file) return entry;
    let text: string | undefined;
    try {
      text = await this.readFile(file);
    } catch (err) {
      entry.error = `cannot be read: ${err instanceof Error ? err.message : String(err)}`;
      this.report(file, entry.error);
      return entry;
    }
    this.adopt(entry, text ?? '', file);
    return entry;
  }

  /** Takes a file's text as the new base; a malformed one is reported once and left alone. */
  private adopt(entry: Entry, text: string, file: vscode.Uri): void {
    const parsed = parseAnnotations(text);
    entry.base = text;
    entry.placed = undefined;
    if (!parsed.ok) {
      entry.error = `${vscode.workspace.asRelativePath(file)}${atLine(parsed.error)}: ${parsed.error.message}`;
      entry.items = [];
      this.report(file, entry.error);
      return;
    }
    this.reported.delete(file.toString());
    entry.error = undefined;
    entry.container = parsed.document;
    entry.items = [...parsed.annotations];
    entry.baseItems = new Map(parsed.annotations.map((a) => [a.id, JSON.stringify(a.raw)]));
  }

  private report(file: vscode.Uri, message: string): void {
    if (this.reported.has(file.toString())) return;
    this.reported.add(file.toString());
    void vscode.window.showErrorMessage(`Article Lens: the annotations file ${message}. Its annotations are not shown, and nothing will be written to it until it is fixed.`);
  }

  /**
   * Reading the file again after a change on disk and writing it run one at a time: a reload
   * that read the file before a write finished would otherwise adopt a stale version.
   */
  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.then(() => undefined, () => undefined);
    return next;
  }

  private queue: Promise<void> = Promise.resolve();

  private reload(doc: vscode.Uri): Promise<void> {
    return this.serial(() => this.reloadNow(doc));
  }

  private async reloadNow(doc: vscode.Uri): Promise<void> {
    const entry = this.entries.get(doc.toString());
    if (!entry?.file) return;
    let text: string | undefined;
    try {
      text = await this.readFile(entry.file);
    } catch {
      return;
    }
    if ((text ?? '') === entry.base) return;
    this.adopt(entry, text ?? '', entry.file);
    this.emitter.fire(doc);
  }

  /** Where each annotation is in the document now (cached per version). */
  placed(doc: vscode.TextDocument): PlacedAnnotation[] {
    const entry = this.entries.get(doc.uri.toString());
    if (!entry || !entry.items.length) return [];
    if (entry.placed?.version === doc.version) return entry.placed.list;
    const list = placeAnnotations(doc.getText(), entry.items);
    entry.placed = { version: doc.version, list };
    return list;
  }

  /** The speaker corrections for the analysis of the document's current text. */
  corrections(doc: vscode.TextDocument): Correction[] {
    return correctionsOf(this.placed(doc));
  }

  /** The annotations on a quotation (by index) or an entity (by id), with where they are. */
  on(doc: vscode.TextDocument, analysis: Analysis, owner: { quote?: number; entity?: string }): PlacedAnnotation[] {
    const { placed, owners } = this.owned(doc, analysis);
    return placed.filter((_, i) => (owner.quote !== undefined && owners[i].quote === owner.quote) || (owner.entity !== undefined && owners[i].entity === owner.entity));
  }

  /** The direct quotations (indexes) the desk has not marked verified. */
  unverified(doc: vscode.TextDocument, analysis: Analysis): number[] {
    const { placed, owners } = this.owned(doc, analysis);
    const verified = new Set<number>();
    owners.forEach((o, i) => { if (o.quote !== null && placed[i].annotation.status === 'verified') verified.add(o.quote); });
    return analysis.quotes.map((q, i) => (q.kind === 'direct' && !verified.has(i) ? i : -1)).filter((i) => i >= 0);
  }

  /**
   * Which quotation or entity each placed annotation is on, once per analysis (the tree asks for
   * every item it draws); nothing to compute for an article without annotations.
   */
  private owned(doc: vscode.TextDocument, analysis: Analysis): { placed: PlacedAnnotation[]; owners: ReturnType<typeof annotationOwners> } {
    const placed = this.placed(doc);
    if (!placed.length) return { placed, owners: [] };
    const hit = this.ownersCache.get(analysis);
    if (hit && hit.placed === placed) return hit;
    const fresh = { placed, owners: annotationOwners(analysis, placed) };
    this.ownersCache.set(analysis, fresh);
    return fresh;
  }

  private readonly ownersCache = new WeakMap<Analysis, { placed: PlacedAnnotation[]; owners: ReturnType<typeof annotationOwners> }>();

  orphans(doc: vscode.TextDocument): PlacedAnnotation[] {
    return this.placed(doc).filter((p) => p.start === null);
  }

  /** Changes (or creates) the annotation on exactly this span. Returns its id. */
  async annotate(doc: vscode.TextDocument, target: Target, change: AnnotationChange): Promise<string | undefined> {
    const entry = await this.load(doc.uri);
    if (entry.error) { void vscode.window.showErrorMessage(`Article Lens: fix the annotations file first: ${entry.error}`); return undefined; }
    const existing = this.placed(doc).find((p) => p.start === target.start && p.end === target.end);
    const read = changedAnnotation(existing?.annotation, doc.getText(), target.start, target.end, change, { creator: this.creator(), source: this.sourceName(doc) });
    await this.commit(doc, entry, [read], []);
    return read.id;
  }

  /** Removes an annotation by id. */
  async remove(doc: vscode.TextDocument, id: string): Promise<boolean> {
    const entry = await this.load(doc.uri);
    if (entry.error || !entry.items.some((a) => a.id === id)) return false;
    await this.commit(doc, entry, [], [id]);
    return true;
  }

  /** Anchors an (orphaned) annotation on a new span. */
  async reattach(doc: vscode.TextDocument, id: string, target: Target): Promise<boolean> {
    const entry = await this.load(doc.uri);
    const a = entry.items.find((x) => x.id === id);
    if (entry.error || !a) return false;
    const raw: Json = { ...a.raw, modified: new Date().toISOString(), target: { ...((a.raw.target as Json) ?? {}), ...selectorsFor(doc.getText(), target.start, target.end, this.sourceName(doc)) } };
    const read = readAnnotation(raw);
    if (typeof read === 'string') return false;
    await this.commit(doc, entry, [read], []);
    return true;
  }

  private sourceName(doc: vscode.TextDocument): string {
    return doc.uri.path.slice(doc.uri.path.lastIndexOf('/') + 1);
  }

  /** Saving the article rewrites the positions of annotations that moved. */
  private async rewritePositions(doc: vscode.TextDocument): Promise<void> {
    const entry = this.entries.get(doc.uri.toString());
    if (!entry || entry.error || !entry.file) return;
    const text = doc.getText();
    const moved: DeskAnnotation[] = [];
    for (const p of this.placed(doc)) {
      if (p.start === null || p.end === null) continue;
      const a = p.annotation.anchor;
      if (a.start === p.start && a.end === p.end && a.exact === text.slice(p.start, p.end)) continue;
      const read = readAnnotation({ ...p.annotation.raw, target: { ...((p.annotation.raw.target as Json) ?? {}), ...selectorsFor(text, p.start, p.end, this.sourceName(doc)) } });
      if (typeof read !== 'string') moved.push(read);
    }
    if (moved.length) await this.commit(doc, entry, moved, [], false);
  }

  /**
   * Writes changed and removed annotations. The file is read again first: what someone else
   * changed meanwhile is kept; an annotation both changed is kept twice (theirs, and ours
   * under a new id) and reported. The write is atomic: a temporary file, then a rename.
   */
  private commit(doc: vscode.TextDocument, entry: Entry, changed: DeskAnnotation[], removed: string[], announce = true): Promise<void> {
    return this.serial(() => this.commitNow(doc, entry, changed, removed, announce));
  }

  private async commitNow(doc: vscode.TextDocument, entry: Entry, changed: DeskAnnotation[], removed: string[], announce: boolean): Promise<void> {
    let items = entry.items;
    let container = entry.container;
    let baseItems = entry.baseItems;
    const conflicts: string[] = [];
    if (entry.file) {
      const disk = (await this.readFile(entry.file)) ?? '';
      if (disk !== entry.base) {
        const parsed = parseAnnotations(disk);
        if (!parsed.ok) { this.adopt(entry, disk, entry.file); this.emitter.fire(doc.uri); throw new Error(`the annotations file changed on disk and is now malformed: ${entry.error}`); }
        items = [...parsed.annotations];
        container = parsed.document;
        const theirs = new Map(parsed.annotations.map((a) => [a.id, JSON.stringify(a.raw)]));
        for (const c of changed) {
          const before = entry.baseItems.get(c.id);
          if (before !== undefined && theirs.has(c.id) && theirs.get(c.id) !== before) conflicts.push(c.id);
        }
        baseItems = theirs;
      }
    }
    const next = items.filter((a) => !removed.includes(a.id) || (baseItems.get(a.id) !== entry.baseItems.get(a.id)));
    for (const c of changed) {
      if (conflicts.includes(c.id)) {
        const copy = readAnnotation({ ...c.raw, id: randomId() });
        if (typeof copy !== 'string') next.push(copy);
        continue;
      }
      const i = next.findIndex((a) => a.id === c.id);
      if (i >= 0) next[i] = c;
      else next.push(c);
    }
    const newContainer = withItems(container, next.map((a) => a.raw));
    if (entry.file) {
      const text = `${JSON.stringify(newContainer, null, 2)}\n`;
      await writeAtomically(entry.file, text);
      entry.base = text;
    } else if (announce && !entry.items.length) {
      void vscode.window.showInformationMessage('Article Lens: this document is not saved as a file, so its annotations are kept in memory only, until it is closed.');
    }
    entry.container = newContainer;
    entry.items = next;
    entry.baseItems = new Map(next.map((a) => [a.id, JSON.stringify(a.raw)]));
    entry.placed = undefined;
    if (conflicts.length) void vscode.window.showWarningMessage(`Article Lens: ${conflicts.length} annotation${conflicts.length === 1 ? ' was' : 's were'} also changed on disk by someone else; both versions are kept (yours under a new id).`);
    this.emitter.fire(doc.uri);
  }

  dispose(): void {
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
  }
}

export { annotationItems };
