// The Sources & Speakers view for the active article: Speakers (with their quotations),
// Sources (agencies, documents, anonymous sources, with what they carried), Unattributed.
import * as vscode from 'vscode';
import { shorten, UNCERTAIN_BELOW } from '../core/report/display';
import { speakerGroups } from '../core/report/summary';
import type { Analysis } from '../core/types';
import { REVEAL_COMMAND } from './reveal';
import type { DeskAnnotations } from './annotations';
import { isArticle, type AnalysisStore } from './store';

const STATUS_ICON: Record<string, string> = { verified: 'pass', unverified: 'circle-large-outline', 'needs-second-source': 'question', disputed: 'error', 'off-record': 'eye-closed' };

export type Node =
  | { kind: 'group'; id: 'speakers' | 'sources' | 'unattributed' | 'orphaned'; count: number }
  | { kind: 'orphan'; id: string }
  | { kind: 'speaker'; key: string; name: string; role: string | null; type: string; anonymous: boolean; quotes: number[] }
  | { kind: 'source'; id: string; name: string; sourceKind: 'agency' | 'document' | 'anonymous'; quotes: number[]; start: number; end: number }
  | { kind: 'quote'; index: number; parent: string };

export class SourcesTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private doc: vscode.TextDocument | undefined;
  private readonly subs: vscode.Disposable[] = [];
  private pending: ReturnType<typeof setTimeout> | undefined;
  /** Show only the quotations the desk has not verified. */
  private unverifiedOnly = false;

  /** Toggles the "unverified only" filter; returns the new state. */
  toggleUnverifiedOnly(): boolean {
    this.unverifiedOnly = !this.unverifiedOnly;
    void vscode.commands.executeCommand('setContext', 'articleLens.unverifiedOnly', this.unverifiedOnly);
    this.emitter.fire(undefined);
    return this.unverifiedOnly;
  }

  /** The quotations shown from a list, under the filter. */
  private shown(cur: { doc: vscode.TextDocument; analysis: Analysis }, quotes: readonly number[]): number[] {
    if (!this.unverifiedOnly || !this.notes) return [...quotes];
    const open = new Set(this.notes.unverified(cur.doc, cur.analysis));
    return quotes.filter((i) => open.has(i));
  }

  constructor(private readonly store: AnalysisStore, private readonly notes?: DeskAnnotations) {
    this.subs.push(
      ...(notes ? [notes.onDidChange((u) => { if (this.doc && u.toString() === this.doc.uri.toString()) this.refreshSoon(); })] : []),
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      store.onDidChange((c) => {
        if (this.doc && c.uri.toString() === this.doc.uri.toString() && c.state?.kind !== 'pending') this.refreshSoon();
        if (!this.doc && c.document && c.document === vscode.window.activeTextEditor?.document) this.follow();
      }),
    );
    this.follow();
  }

  /** Follows the active editor; keeps the last article while focus is elsewhere (the view itself). */
  private follow(): void {
    const active = vscode.window.activeTextEditor?.document;
    if (active && isArticle(active)) this.doc = active;
    else if (active) this.doc = undefined;
    void vscode.commands.executeCommand('setContext', 'articleLens.hasArticle', !!this.doc);
    this.refreshSoon();
  }

  /** Coalesces refreshes so typing does not make the view flicker. */
  private refreshSoon(): void {
    if (this.pending) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.emitter.fire(undefined);
    }, 50);
  }

  /** The document and analysis shown, for tests and commands. */
  current(): { doc: vscode.TextDocument; analysis: Analysis } | undefined {
    if (!this.doc || this.doc.isClosed) return undefined;
    const analysis = this.store.get(this.doc);
    return analysis ? { doc: this.doc, analysis } : undefined;
  }

  getChildren(node?: Node): Node[] {
    const cur = this.current();
    if (!cur) return [];
    const a = cur.analysis;
    if (!node) {
      const speakers = speakerGroups(a);
      const orphans = this.notes?.orphans(cur.doc) ?? [];
      const groups: Node[] = [
        { kind: 'group', id: 'speakers', count: speakers.length },
        { kind: 'group', id: 'sources', count: a.sources.length },
        { kind: 'group', id: 'unattributed', count: unattributed(a).length },
      ];
      // Notes whose words are gone are listed, never dropped.
      if (orphans.length) groups.push({ kind: 'group', id: 'orphaned', count: orphans.length });
      return groups;
    }
    if (node.kind === 'group' && node.id === 'orphaned') return (this.notes?.orphans(cur.doc) ?? []).map((p) => ({ kind: 'orphan', id: p.annotation.id }));
    if (node.kind === 'group' && node.id === 'speakers') {
      return speakerGroups(a).map((g) => ({
        kind: 'speaker' as const, key: g.key, name: g.name, role: g.entity?.role ?? null, type: g.entity?.type ?? 'person', anonymous: g.anonymous, quotes: this.shown(cur, g.quotes),
      })).filter((n) => !this.unverifiedOnly || n.quotes.length > 0);
    }
    if (node.kind === 'group' && node.id === 'sources') {
      return a.sources.map((s) => ({
        kind: 'source', id: s.id, name: s.name, sourceKind: s.kind, quotes: [...s.quotes],
        start: s.mentions[0]?.start ?? 0, end: s.mentions[0]?.end ?? 0,
      }));
    }
    if (node.kind === 'group' && node.id === 'unattributed') return this.shown(cur, unattributed(a)).map((index) => ({ kind: 'quote', index, parent: 'unattributed' }));
    if (node.kind === 'speaker') return node.quotes.map((index) => ({ kind: 'quote', index, parent: node.key }));
    if (node.kind === 'source') return this.shown(cur, node.quotes).map((index) => ({ kind: 'quote', index, parent: node.id }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const cur = this.current();
    const text = cur?.doc.getText() ?? '';
    if (node.kind === 'group') {
      const label = node.id === 'speakers' ? 'Speakers' : node.id === 'sources' ? 'Sources' : node.id === 'orphaned' ? 'Orphaned notes' : 'Unattributed';
      const item = new vscode.TreeItem(label, node.count ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
      item.id = `group:${node.id}`;
      item.description = String(node.count);
      item.iconPath = new vscode.ThemeIcon(node.id === 'speakers' ? 'account' : node.id === 'sources' ? 'references' : node.id === 'orphaned' ? 'note' : 'warning');
      item.contextValue = `group.${node.id}`;
      return item;
    }
    if (node.kind === 'speaker') {
      const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `speaker:${node.key}`;
      const cur2 = this.current();
      const open = cur2 && this.notes?.peek(cur2.doc.uri)?.items.length ? new Set(this.notes.unverified(cur2.doc, cur2.analysis)) : undefined;
      const unverified = open ? node.quotes.filter((i) => open.has(i)).length : 0;
      item.description = `${node.quotes.length} quotation${node.quotes.length === 1 ? '' : 's'}${unverified ? ` · ${unverified} unverified` : ''}${node.anonymous ? ' · anonymous' : ''}`;
      item.tooltip = node.role ? `${node.role} ${node.name}` : node.name;
      // The desk's status on the speaker (an annotation on a mention of them), else their kind.
      const status = cur2 && !node.key.startsWith('name:') ? this.notes?.on(cur2.doc, cur2.analysis, { entity: node.key }).find((p) => p.annotation.status)?.annotation.status : undefined;
      item.iconPath = new vscode.ThemeIcon(status ? STATUS_ICON[status] : node.anonymous ? 'eye-closed' : node.type === 'organization' ? 'organization' : 'person');
      if (status) item.tooltip = `${item.tooltip as string} · ${status}`;
      item.contextValue = 'speaker';
      return item;
    }
    if (node.kind === 'source') {
      const item = new vscode.TreeItem(node.name, node.quotes.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `source:${node.id}`;
      // An anonymous source the sourcing checks flag says so: no reason given, or vague.
      const quotes = new Set(node.quotes);
      const flags = node.sourceKind === 'anonymous' && cur
        ? cur.analysis.diagnostics.filter((d) => (d.code === 'anonymous-source-no-reason' || d.code === 'vague-source') && d.quote !== null && quotes.has(d.quote))
        : [];
      const flag = flags.some((d) => d.code === 'vague-source') ? 'vague' : flags.length ? 'no reason given' : '';
      item.description = `${node.sourceKind}${node.quotes.length ? ` · ${node.quotes.length} quotation${node.quotes.length === 1 ? '' : 's'}` : ''}${flag ? ` · ${flag}` : ''}`;
      if (flags.length) item.tooltip = flags[0].message;
      item.iconPath = new vscode.ThemeIcon(flags.length ? 'warning' : node.sourceKind === 'agency' ? 'broadcast' : node.sourceKind === 'document' ? 'file-text' : 'eye-closed');
      if (cur) item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [cur.doc.uri.toString(), node.start, node.end] };
      item.contextValue = 'source';
      return item;
    }
    if (node.kind === 'orphan') {
      const p = cur && this.notes?.orphans(cur.doc).find((x) => x.annotation.id === node.id);
      const item = new vscode.TreeItem(shorten(p?.annotation.anchor.exact ?? node.id, 60), vscode.TreeItemCollapsibleState.None);
      item.id = `orphan:${node.id}`;
      item.description = [p?.annotation.status, p?.annotation.note].filter(Boolean).join(' · ') || 'orphaned';
      item.tooltip = new vscode.MarkdownString().appendText(`Its words are no longer in the article: "${p?.annotation.anchor.exact ?? ''}"`).appendMarkdown('\n\n').appendText(p?.annotation.note ?? '').appendMarkdown('\n\nRe-attach it to a selection, or remove it, from the context menu.');
      item.iconPath = new vscode.ThemeIcon('note');
      item.contextValue = 'orphan';
      return item;
    }
    const q = cur?.analysis.quotes[node.index];
    const inner = q ? text.slice(q.inner.start, q.inner.end) : '';
    const item = new vscode.TreeItem(shorten(inner, 60), vscode.TreeItemCollapsibleState.None);
    item.id = `quote:${node.parent}:${node.index}`;
    const inferred = q?.evidence?.tier === 'inferred';
    const uncertain = !inferred && !!q?.evidence && q.evidence.confidence < UNCERTAIN_BELOW;
    const tooltip = new vscode.MarkdownString().appendText(q ? text.slice(q.start, q.end) : '');
    const why = q?.evidence && cur ? this.store.explanation(cur.doc, node.index) : undefined;
    if (why) tooltip.appendMarkdown('\n\n').appendText(why);
    item.tooltip = tooltip;
    const desk = cur && q ? this.notes?.on(cur.doc, cur.analysis, { quote: node.index }).map((p) => p.annotation) ?? [] : [];
    const status = desk.find((d) => d.status)?.status;
    for (const d of desk) if (d.note) tooltip.appendMarkdown('\n\n').appendText(`Note: ${d.note}`);
    // An inferred attribution says so: no cue names this speaker.
    const description = inferred ? 'inferred' : uncertain ? 'uncertain' : q?.cue ? q.cue.text : undefined;
    item.description = status ? `${status}${description ? ` · ${description}` : ''}` : description;
    item.iconPath = new vscode.ThemeIcon(status ? STATUS_ICON[status] : !q?.speaker ? 'warning' : inferred || uncertain ? 'question' : 'quote');
    if (cur && q) item.command = { command: REVEAL_COMMAND, title: 'Reveal', arguments: [cur.doc.uri.toString(), q.start, q.end] };
    item.contextValue = 'quote';
    return item;
  }

  dispose(): void {
    if (this.pending) clearTimeout(this.pending);
    for (const s of this.subs) s.dispose();
    this.emitter.dispose();
  }
}

export function unattributed(a: Analysis): number[] {
  return a.diagnostics.filter((d) => d.code === 'unattributed-quote' && d.quote !== null).map((d) => d.quote as number);
}
