// The language service: the engine's analysis as Language Server Protocol answers, for any
// editor. Pure: no `vscode`, no Node API, no I/O. The server (src/server) keeps the documents and
// their analyses and calls these functions; every answer is plain LSP data, so a quick fix is a
// `WorkspaceEdit` any client can apply, and nothing needs a request of our own.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind, DiagnosticSeverity, FoldingRangeKind, MarkupKind, SymbolKind,
  type CodeAction, type Diagnostic, type DocumentSymbol, type FoldingRange, type Hover, type Position, type Range, type WorkspaceEdit,
} from 'vscode-languageserver-types';
import {
  annotationOwners, attributionEdits, attributionName, candidateSpeakers, confidenceWords, explainAttribution, foldingRanges as foldLines, markerEdit,
  NOT_A_QUOTATION, shorten, speakerGroups, STATUSES, UNCERTAIN_BELOW,
  type Analysis, type AnnotationChange, type Diagnostic as CoreDiagnostic, type Entity, type PlacedAnnotation, type Quote, type TextEdit as CoreEdit,
} from '../core';
import { ruleUrl } from '../core/checks/pages';

/** The `source` of every diagnostic. */
export const SOURCE = 'Article Lens';


const SEVERITY: Record<CoreDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * What a diagnostic carries back to the server in a code action request (`Diagnostic.data`):
 * the analysed version and the diagnostic's index, so its fixes are found again without
 * matching by code and offset. Clients that drop `data` still get fixes, matched by range.
 */
export interface DiagnosticData {
  readonly version: number;
  readonly index: number;
}

function range(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** The engine's diagnostics as LSP diagnostics, with rule links and related information. */
export function diagnostics(doc: TextDocument, a: Analysis): Diagnostic[] {
  return a.diagnostics.map((d, index): Diagnostic => ({
    range: range(doc, d.start, d.end),
    severity: SEVERITY[d.severity],
    code: d.code,
    codeDescription: { href: ruleUrl(d.code) },
    source: SOURCE,
    message: d.message,
    ...(d.related.length ? { relatedInformation: d.related.map((r) => ({ location: { uri: doc.uri, range: range(doc, r.start, r.end) }, message: r.message })) } : {}),
    data: { version: doc.version, index } satisfies DiagnosticData,
  }));
}

export function entityAt(a: Analysis, offset: number): Entity | undefined {
  for (const e of a.entities) for (const m of e.mentions) if (m.start <= offset && offset < m.end) return e;
  return undefined;
}

export function quoteAt(a: Analysis, offset: number): Quote | undefined {
  return a.quotes.find((q) => q.start <= offset && offset < q.end);
}

/** Markdown-escapes text from the article, so a name or a quotation is shown as written. */
export function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

/** What the hover needs of a document: the extension's and the language server's both fit. */
export interface HoverDocument {
  getText(): string;
  positionAt(offset: number): { readonly line: number };
}

/**
 * How a client dresses the hover's Markdown: a link to a span of the document (the extension:
 * a command that reveals it), and a theme icon before a heading (the extension: `$(person) `).
 * The plain decoration, for any editor, names the line instead and draws no icon.
 */
export interface HoverDecor {
  link(label: string, start: number, end: number): string;
  icon(name: 'person' | 'organization' | 'location' | 'quote' | 'warning' | 'question' | 'note'): string;
}

export function plainDecor(doc: HoverDocument): HoverDecor {
  return { link: (label, start) => `${label} (line ${doc.positionAt(start).line + 1})`, icon: () => '' };
}

/** The command a client that runs command links (VS Code) registers: reveal a span of an article. */
export const REVEAL_COMMAND = 'articleLens.revealRange';

/** A link that runs REVEAL_COMMAND with the article's URI and a span. */
export function revealCommandUri(uri: string, start: number, end: number): string {
  return `command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify([uri, start, end]))}`;
}

/** For a client that runs command links and draws theme icons (VS Code): links reveal the span. */
export function commandLinkDecor(uri: string): HoverDecor {
  return { link: (label, start, end) => `[${label}](${revealCommandUri(uri, start, end)})`, icon: (name) => `$(${name}) ` };
}

const KIND: Record<Entity['type'], string> = { person: 'Person', organization: 'Organisation', place: 'Place' };
const TYPE_ICON = { person: 'person', organization: 'organization', place: 'location' } as const;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The hover on a named entity: what it is, its full name and role, mentions, what it is quoted as saying. */
export function entityHover(doc: HoverDocument, a: Analysis, e: Entity, decor: HoverDecor = plainDecor(doc)): string {
  const kind = e.agency ? 'News agency or outlet' : e.author ? 'Person (byline author)' : KIND[e.type];
  let md = `${decor.icon(TYPE_ICON[e.type])}**${esc(e.role && !e.author ? `${e.role} ${e.name}` : e.name)}**  \n`;
  md += `_${kind}_${e.recognizedBy === 'desk-list' ? ' · on the desk\'s entity list' : e.confidence !== undefined ? ` · ${confidenceWords(e.confidence)} (${e.confidence.toFixed(2)})` : ''}`;
  const names = e.mentions.filter((m) => m.kind !== 'pronoun').length;
  md += ` · mentioned ${plural(e.mentions.length, 'time')}${names !== e.mentions.length ? ` (${e.mentions.length - names} by pronoun)` : ''}`;
  const first = e.mentions[0];
  if (first) md += ` · ${decor.link('first mention', first.start, first.end)}`;
  md += '\n\n';
  if (e.role && !e.author) md += `Role: ${esc(e.role)}  \n`;
  const roles = [...new Set(e.mentions.filter((m) => m.kind === 'role').map((m) => m.text.replace(/^the\s+/i, 'the ')))];
  const aliases = [...e.aliases, ...roles];
  if (aliases.length) md += `Also: ${aliases.map(esc).join(', ')}  \n`;
  const group = speakerGroups(a).find((g) => g.entity?.id === e.id);
  if (group) {
    const text = doc.getText();
    md += `\nQuoted ${plural(group.quotes.length, 'time')}:\n`;
    for (const i of group.quotes.slice(0, 3)) {
      const q = a.quotes[i];
      md += `- ${decor.link(esc(shorten(text.slice(q.inner.start, q.inner.end), 70)), q.start, q.end)}\n`;
    }
    if (group.quotes.length > 3) md += `- …and ${group.quotes.length - 3} more\n`;
  }
  if (e.agency) {
    const carried = a.quotes.filter((q) => q.source === e.id).length;
    md += `\nCredited with ${plural(carried, 'quotation')}${carried ? '' : ' (mentioned as a source)'}.\n`;
  }
  return md;
}

/** The hover on a quotation: who said it, on what evidence, how sure the engine is (explainAttribution says). */
export function quoteHover(doc: HoverDocument, a: Analysis, q: Quote, decor: HoverDecor = plainDecor(doc)): string {
  if (q.kind === 'scare') {
    let md = `${decor.icon('quote')}**Not a direct quotation**  \n${esc(q.reason ?? 'a scare quote, title or term')}`;
    if (q.speaker) md += `  \nWords of ${esc(q.speaker.name)}${q.evidence?.tier === 'inferred' ? ` (inferred, rule ${q.evidence.rule}: the subject of the sentence)` : ''}`;
    return md;
  }
  if (!q.speaker) {
    return `${decor.icon('warning')}**Unattributed quotation**  \n${esc(q.reason ?? 'no speaker found')}${q.marker === 'ignore' ? '  \n_Ignored here by an inline marker._' : ''}`;
  }
  const e = q.speaker.entity ? a.entities.find((x) => x.id === q.speaker!.entity) : undefined;
  let md = `${decor.icon('quote')}**${esc(e?.role ? `${e.role} ${e.name}` : q.speaker.name)}**${q.speaker.anonymous ? ' _(anonymous)_' : ''}  \n`;
  if (q.evidence?.tier === 'inferred') md += `${decor.icon('question')}_Inferred: consider attributing it._  \n`;
  else if (q.evidence && q.evidence.confidence < UNCERTAIN_BELOW) md += `${decor.icon('question')}_Uncertain: check who says this._  \n`;
  md += esc(explainAttribution(doc.getText(), a, a.quotes.indexOf(q)));
  if (q.cue) md += `  \ncue ${decor.link(`“${esc(q.cue.text)}”`, q.cue.start, q.cue.end)}`;
  if (q.speaker.mention) md += ` · speaker named as ${decor.link(esc(q.speaker.mention.text), q.speaker.mention.start, q.speaker.mention.end)}`;
  const ante = q.evidence?.antecedent;
  if (ante) md += ` · ${decor.link(esc(ante.text), ante.start, ante.end)}`;
  if (q.source) {
    const s = a.entities.find((x) => x.id === q.source);
    if (s) md += `  \nSource: ${esc(s.name)}`;
  }
  return md;
}

/** The desk's annotations on what is hovered: status, source type, correction, note, who and when. */
export function deskHover(list: readonly PlacedAnnotation[], decor: Pick<HoverDecor, 'icon'> = { icon: () => '' }): string {
  let md = '';
  for (const { annotation: d } of list) {
    const facts = [d.status && `**${d.status}**`, d.sourceType && `source: ${d.sourceType}`, d.notAQuotation ? 'corrected: not a quotation' : d.speaker && `speaker corrected to ${esc(d.speaker)}`].filter(Boolean);
    md += `\n\n---\n${decor.icon('note')}Desk${facts.length ? `: ${facts.join(' · ')}` : ''}`;
    if (d.note) md += `  \n${d.note.split('\n').map(esc).join('  \n')}`;
    const who = [d.creator, (d.modified ?? d.created)?.slice(0, 10)].filter(Boolean).join(', ');
    if (who) md += `  \n_${esc(who)}_`;
  }
  return md;
}

/** The annotations that belong to a quotation or an entity (see annotationOwners). */
function annotationsOf(a: Analysis, placed: readonly PlacedAnnotation[], owner: { quote?: number; entity?: string }): PlacedAnnotation[] {
  const owners = annotationOwners(a, placed);
  return placed.filter((_, i) => (owner.quote !== undefined && owners[i].quote === owner.quote) || (owner.entity !== undefined && owners[i].entity === owner.entity));
}

/** The hover at a position: on an entity mention, or on a quotation; null elsewhere. */
export function hover(doc: TextDocument, a: Analysis, position: Position, placed: readonly PlacedAnnotation[] = [], decor: HoverDecor = plainDecor(doc)): Hover | null {
  const offset = doc.offsetAt(position);
  const e = entityAt(a, offset);
  if (e) {
    const m = e.mentions.find((x) => x.start <= offset && offset < x.end)!;
    return { contents: { kind: MarkupKind.Markdown, value: entityHover(doc, a, e, decor) + deskHover(annotationsOf(a, placed, { entity: e.id }), decor) }, range: range(doc, m.start, m.end) };
  }
  const q = quoteAt(a, offset);
  if (q) return { contents: { kind: MarkupKind.Markdown, value: quoteHover(doc, a, q, decor) + deskHover(annotationsOf(a, placed, { quote: a.quotes.indexOf(q) }), decor) }, range: range(doc, q.start, q.end) };
  return null;
}

function edit(doc: TextDocument, edits: readonly CoreEdit[]): WorkspaceEdit {
  return { changes: { [doc.uri]: edits.map((e) => ({ range: range(doc, e.start, e.end), newText: e.newText })) } };
}

/** Finds the engine's diagnostic an LSP diagnostic stands for: by its data, else by code and range. */
function engineDiagnostic(doc: TextDocument, a: Analysis, d: Diagnostic): CoreDiagnostic | undefined {
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (data && data.version === doc.version && typeof data.index === 'number') {
    const found = a.diagnostics[data.index];
    if (found && found.code === d.code) return found;
  }
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  return a.diagnostics.find((x) => x.code === d.code && x.start === start && x.end === end);
}

/** The command the server executes to write the desk's annotation (its arguments: `AnnotateArgs`). */
export const ANNOTATE_COMMAND = 'article-lens.annotate';

/** The kind of the desk's annotation actions: offered with the refactorings, never as a fix. */
export const ANNOTATE_KIND = `${CodeActionKind.Refactor}.articleLens.annotate`;

export interface AnnotateArgs {
  readonly uri: string;
  /** The span annotated (a quotation's words), UTF-16 offsets, end-exclusive. */
  readonly start: number;
  readonly end: number;
  readonly change: AnnotationChange;
}

const STATUS_TITLE: Record<(typeof STATUSES)[number], string> = {
  verified: 'verified', unverified: 'unverified', 'needs-second-source': 'needs a second source', disputed: 'disputed', 'off-record': 'off the record',
};

/**
 * The desk's actions on the quotation at `at`: set its verification status, or record that it
 * is not a quotation. Each runs the server's ANNOTATE_COMMAND, which writes the annotations
 * file beside the article; the article's text is never changed.
 */
export function annotationActions(doc: TextDocument, a: Analysis, at: Position): CodeAction[] {
  const q = quoteAt(a, doc.offsetAt(at));
  if (!q) return [];
  const action = (title: string, change: AnnotationChange): CodeAction => {
    const args: AnnotateArgs = { uri: doc.uri, start: q.inner.start, end: q.inner.end, change };
    return { title, kind: ANNOTATE_KIND, command: { title, command: ANNOTATE_COMMAND, arguments: [args] } };
  };
  return [
    ...STATUSES.map((s) => action(`Desk: mark ${STATUS_TITLE[s]}`, { status: s })),
    action('Desk: not a quotation (an annotation; the text is unchanged)', { speaker: NOT_A_QUOTATION }),
  ];
}

/**
 * Quick fixes for the diagnostics in the request: attribute a quotation to a likely speaker,
 * mark it as not a quotation or ignore it (inline markers the CLI honours too), the house
 * spelling, and each sourcing check's own fixes. Every fix is a `WorkspaceEdit`.
 */
export function codeActions(doc: TextDocument, a: Analysis, requested: readonly Diagnostic[], options: { selectPlaceholder?: boolean } = {}): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of requested) {
    if (d.source !== SOURCE) continue;
    const found = engineDiagnostic(doc, a, d);
    if (!found) continue;
    for (const f of fixesFor(doc.getText(), a, found)) {
      // (Where the fix leaves a word to fill in, a client that has REVEAL_COMMAND selects it,
      // ready to type over; the span is where the word is once the edit is applied.)
      const select = options.selectPlaceholder && f.select ? { command: { title: 'Select the placeholder', command: REVEAL_COMMAND, arguments: [doc.uri, f.select.start, f.select.end] } } : {};
      out.push({ title: f.title, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: edit(doc, f.edits), ...(f.preferred ? { isPreferred: true } : {}), ...select });
    }
  }
  return out;
}

/** A quick fix for one of the engine's diagnostics, in the document's offsets. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly CoreEdit[];
  readonly preferred: boolean;
  /** A word the writer must fill in, after the edit ("REASON"): a client selects it. */
  readonly select?: { readonly start: number; readonly end: number };
}

/**
 * The quick fixes of one of the engine's diagnostics, for every client: the house spelling,
 * each sourcing check's own fixes, and on a quotation Attribute to <name> (the inferred speaker,
 * or the likeliest ones), Mark as not a quotation and Ignore here (inline markers).
 */
export function fixesFor(text: string, a: Analysis, found: CoreDiagnostic): Fix[] {
  if (found.code === 'house-spelling') {
    return found.replacement ? [{ title: `Use the house spelling "${found.replacement}"`, edits: [{ start: found.start, end: found.end, newText: found.replacement }], preferred: true }] : [];
  }
  if (found.fixes?.length) {
    return found.fixes.map((f, i) => {
      const at = f.placeholder ? f.text.indexOf(f.placeholder) : -1;
      return { title: f.title, edits: [{ start: f.start, end: f.end, newText: f.text }], preferred: i === 0 && !f.placeholder, ...(at >= 0 ? { select: { start: f.start + at, end: f.start + at + f.placeholder!.length } } : {}) };
    });
  }
  const qi = found.quote;
  if (qi === null || (found.code !== 'unattributed-quote' && found.code !== 'inferred-attribution')) return [];
  const q = a.quotes[qi];
  if (found.code === 'inferred-attribution' && q.speaker) {
    const e = q.speaker.entity ? a.entities.find((x) => x.id === q.speaker!.entity) : undefined;
    return [{ title: `Attribute to ${e?.name ?? q.speaker.name}`, edits: attributionEdits(text, q, e ? attributionName(e) : q.speaker.name), preferred: true }];
  }
  return [
    ...candidateSpeakers(a, qi).map((c, i) => ({ title: `Attribute to ${c.entity.name}`, edits: attributionEdits(text, q, attributionName(c.entity)), preferred: i === 0 })),
    { title: 'Mark as not a quotation (scare quote or title)', edits: [markerEdit(q, 'not-a-quote')], preferred: false },
    { title: 'Ignore this quotation here', edits: [markerEdit(q, 'ignore')], preferred: false },
  ];
}

/**
 * The article's outline: each speaker with their quotations, then the sources (agencies,
 * documents, anonymous sources), then the people, organisations and places not quoted.
 */
export function documentSymbols(doc: TextDocument, a: Analysis): DocumentSymbol[] {
  const text = doc.getText();
  const quoteSymbol = (i: number): DocumentSymbol => {
    const q = a.quotes[i];
    const r = range(doc, q.start, q.end);
    return { name: shorten(text.slice(q.inner.start, q.inner.end), 60) || '“…”', detail: q.evidence ? confidenceWords(q.evidence.confidence) : undefined, kind: SymbolKind.String, range: r, selectionRange: r };
  };
  const out: DocumentSymbol[] = [];
  const quoted = new Set<string>();
  for (const g of speakerGroups(a)) {
    const first = a.quotes[g.quotes[0]];
    const spanStart = g.entity?.mentions[0]?.start ?? first.start;
    const at = g.entity?.mentions[0] ?? first.speaker?.mention ?? first;
    if (g.entity) quoted.add(g.entity.id);
    out.push({
      name: g.entity?.role ? `${g.entity.role} ${g.name}` : g.name,
      detail: `${g.anonymous ? 'anonymous, ' : ''}quoted ${plural(g.quotes.length, 'time')}`,
      kind: g.entity?.type === 'organization' ? SymbolKind.Module : SymbolKind.Object,
      range: range(doc, Math.min(spanStart, at.start), Math.max(at.end, ...g.quotes.map((i) => a.quotes[i].end))),
      selectionRange: range(doc, at.start, at.end),
      children: g.quotes.map(quoteSymbol),
    });
  }
  const unattributed = a.quotes.map((q, i) => (q.kind === 'direct' && !q.speaker ? i : -1)).filter((i) => i >= 0);
  if (unattributed.length) {
    const first = a.quotes[unattributed[0]];
    const last = a.quotes[unattributed[unattributed.length - 1]];
    out.push({ name: 'Unattributed', detail: plural(unattributed.length, 'quotation'), kind: SymbolKind.Event, range: range(doc, first.start, last.end), selectionRange: range(doc, first.start, first.end), children: unattributed.map(quoteSymbol) });
  }
  for (const s of a.sources) {
    const m = s.mentions[0];
    if (!m) continue;
    out.push({ name: s.name, detail: `${s.kind === 'agency' ? 'agency' : s.kind === 'document' ? 'document' : 'anonymous source'}${s.quotes.length ? `, ${plural(s.quotes.length, 'quotation')}` : ''}`, kind: SymbolKind.Package, range: range(doc, m.start, m.end), selectionRange: range(doc, m.start, m.end) });
  }
  for (const e of a.entities) {
    if (quoted.has(e.id) || e.agency) continue;
    const m = e.mentions.find((x) => x.kind !== 'pronoun') ?? e.mentions[0];
    if (!m) continue;
    out.push({ name: e.name, detail: `${KIND[e.type].toLowerCase()}, mentioned ${plural(e.mentions.length, 'time')}`, kind: e.type === 'place' ? SymbolKind.Namespace : e.type === 'organization' ? SymbolKind.Module : SymbolKind.Object, range: range(doc, m.start, m.end), selectionRange: range(doc, m.start, m.end) });
  }
  return out;
}

/** Folding by paragraph and by `#` section, as the extension folds. */
export function foldingRanges(doc: TextDocument): FoldingRange[] {
  return foldLines(doc.getText()).map((r) => ({ startLine: r.startLine, endLine: r.endLine, ...(r.kind === 'section' ? { kind: FoldingRangeKind.Region } : {}) }));
}
