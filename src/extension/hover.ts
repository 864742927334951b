// Hover on an entity mention or a quotation: who it is, what the article calls them, what
// they are quoted as saying; or who said a quotation and on whose authority.
import * as vscode from 'vscode';
import { explainAttribution, shorten, speakerGroups, UNCERTAIN_BELOW, type Analysis, type Entity, type Quote } from '../core';
import type { PlacedAnnotation } from '../core';
import type { DeskAnnotations } from './annotations';
import type { AnalysisStore } from './store';
import { revealCommandUri, REVEAL_COMMAND } from './reveal';

const TYPE_LABEL: Record<Entity['type'], string> = { person: 'Person', organization: 'Organisation', place: 'Place' };
const TYPE_ICON: Record<Entity['type'], string> = { person: '$(person)', organization: '$(organization)', place: '$(location)' };

export function entityAt(a: Analysis, offset: number): Entity | undefined {
  for (const e of a.entities) for (const m of e.mentions) if (m.start <= offset && offset < m.end) return e;
  return undefined;
}

export function quoteAt(a: Analysis, offset: number): Quote | undefined {
  return a.quotes.find((q) => q.start <= offset && offset < q.end);
}

export function entityHover(doc: vscode.TextDocument, a: Analysis, e: Entity): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
  const kind = e.agency ? 'News agency or outlet' : e.author ? 'Person (byline author)' : TYPE_LABEL[e.type];
  md.appendMarkdown(`${TYPE_ICON[e.type]} **${esc(e.role && !e.author ? `${e.role} ${e.name}` : e.name)}**  \n`);
  md.appendMarkdown(`_${kind}_${e.recognizedBy === 'desk-list' ? ' · on the desk\'s entity list' : ''}`);
  const names = e.mentions.filter((m) => m.kind !== 'pronoun').length;
  md.appendMarkdown(` · mentioned ${e.mentions.length} time${e.mentions.length === 1 ? '' : 's'}${names !== e.mentions.length ? ` (${e.mentions.length - names} by pronoun)` : ''}`);
  const first = e.mentions[0];
  if (first) md.appendMarkdown(` · [first mention](${revealCommandUri(doc.uri, first.start, first.end)})`);
  md.appendMarkdown('\n\n');
  if (e.role && !e.author) md.appendMarkdown(`Role: ${esc(e.role)}  \n`);
  const other = [...new Set(e.mentions.filter((m) => m.kind === 'role').map((m) => m.text.replace(/^the\s+/i, 'the ')))];
  const aliases = [...e.aliases, ...other];
  if (aliases.length) md.appendMarkdown(`Also: ${aliases.map(esc).join(', ')}  \n`);
  const group = speakerGroups(a).find((g) => g.entity?.id === e.id);
  if (group) {
    md.appendMarkdown(`\nQuoted ${group.quotes.length} time${group.quotes.length === 1 ? '' : 's'}:\n`);
    for (const i of group.quotes.slice(0, 3)) {
      const q = a.quotes[i];
      md.appendMarkdown(`- [${esc(shorten(doc.getText().slice(q.inner.start, q.inner.end), 70))}](${revealCommandUri(doc.uri, q.start, q.end)})\n`);
    }
    if (group.quotes.length > 3) md.appendMarkdown(`- …and ${group.quotes.length - 3} more\n`);
  }
  if (e.agency) {
    const carried = a.quotes.filter((q) => q.source === e.id).length;
    md.appendMarkdown(`\nCredited with ${carried} quotation${carried === 1 ? '' : 's'}${carried ? '' : ' (mentioned as a source)'}.\n`);
  }
  return md;
}

export function quoteHover(doc: vscode.TextDocument, a: Analysis, q: Quote): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: [REVEAL_COMMAND] };
  if (q.kind === 'scare') {
    md.appendMarkdown(`$(quote) **Not a direct quotation**  \n${esc(q.reason ?? 'a scare quote, title or term')}`);
    if (q.speaker) {
      const how = q.evidence?.tier === 'inferred' ? ` (inferred, rule ${q.evidence.rule}: the subject of the sentence)` : '';
      md.appendMarkdown(`  \nWords of ${esc(q.speaker.name)}${how}`);
    }
    return md;
  }
  if (!q.speaker) {
    md.appendMarkdown(`$(warning) **Unattributed quotation**  \n${esc(q.reason ?? 'no speaker found')}`);
    if (q.marker === 'ignore') md.appendMarkdown('  \n_Ignored here by an inline marker._');
    return md;
  }
  const e = q.speaker.entity ? a.entities.find((x) => x.id === q.speaker!.entity) : undefined;
  md.appendMarkdown(`$(quote) **${esc(e?.role ? `${e.role} ${e.name}` : q.speaker.name)}**${q.speaker.anonymous ? ' _(anonymous)_' : ''}  \n`);
  const index = a.quotes.indexOf(q);
  const tier = q.evidence?.tier === 'inferred' ? '$(question) _Inferred: consider attributing it._  \n'
    : q.evidence && q.evidence.confidence < UNCERTAIN_BELOW ? '$(question) _Uncertain: check who says this._  \n' : '';
  md.appendMarkdown(`${tier}${esc(explainAttribution(doc.getText(), a, index))}`);
  if (q.cue) md.appendMarkdown(`  \ncue [“${esc(q.cue.text)}”](${revealCommandUri(doc.uri, q.cue.start, q.cue.end)})`);
  if (q.speaker.mention) md.appendMarkdown(` · speaker named as [${esc(q.speaker.mention.text)}](${revealCommandUri(doc.uri, q.speaker.mention.start, q.speaker.mention.end)})`);
  const ante = q.evidence?.antecedent;
  if (ante) md.appendMarkdown(` · [${esc(ante.text)}](${revealCommandUri(doc.uri, ante.start, ante.end)})`);
  if (q.source) {
    const s = a.entities.find((x) => x.id === q.source);
    if (s) md.appendMarkdown(`  \nSource: ${esc(s.name)}`);
  }
  return md;
}

function esc(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => `\\${c}`);
}

/** The desk's annotations, in the hover: status, source type, correction, note, who and when. */
function deskLines(md: vscode.MarkdownString, list: readonly PlacedAnnotation[]): vscode.MarkdownString {
  for (const { annotation: d } of list) {
    const facts = [d.status && `**${d.status}**`, d.sourceType && `source: ${d.sourceType}`, d.notAQuotation ? 'corrected: not a quotation' : d.speaker && `speaker corrected to ${esc(d.speaker)}`].filter(Boolean);
    md.appendMarkdown(`\n\n---\n$(note) Desk${facts.length ? `: ${facts.join(' · ')}` : ''}`);
    if (d.note) md.appendMarkdown(`  \n${d.note.split('\n').map(esc).join('  \n')}`);
    const who = [d.creator, (d.modified ?? d.created)?.slice(0, 10)].filter(Boolean).join(', ');
    if (who) md.appendMarkdown(`  \n_${esc(who)}_`);
  }
  return md;
}

export function registerHover(context: vscode.ExtensionContext, store: AnalysisStore, notes?: DeskAnnotations): void {
  context.subscriptions.push(vscode.languages.registerHoverProvider({ language: 'article' }, {
    async provideHover(doc, position) {
      // A long article's analysis comes from the worker: wait for it briefly rather than block.
      const a = await store.getSoon(doc);
      if (!a) return undefined;
      const offset = doc.offsetAt(position);
      const e = entityAt(a, offset);
      if (e) {
        const m = e.mentions.find((x) => x.start <= offset && offset < x.end)!;
        return new vscode.Hover(deskLines(entityHover(doc, a, e), notes?.on(doc, a, { entity: e.id }) ?? []), new vscode.Range(doc.positionAt(m.start), doc.positionAt(m.end)));
      }
      const q = quoteAt(a, offset);
      if (q) return new vscode.Hover(deskLines(quoteHover(doc, a, q), notes?.on(doc, a, { quote: a.quotes.indexOf(q) }) ?? []), new vscode.Range(doc.positionAt(q.start), doc.positionAt(q.end)));
      return undefined;
    },
  }));
}
