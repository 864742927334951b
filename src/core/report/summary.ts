// A sourcing summary of an article, in Markdown: who is quoted, how often, and on what authority.
import { shorten } from './display';
import type { Analysis, Entity } from '../types';

export interface SpeakerGroup {
  /** The entity id, or the speaker's name for speakers that are not entities. */
  readonly key: string;
  readonly name: string;
  readonly entity: Entity | null;
  readonly anonymous: boolean;
  /** Indexes into analysis.quotes. */
  readonly quotes: number[];
}

/** Direct quotations grouped by speaker, most quoted first (ties in order of first quotation). */
export function speakerGroups(a: Analysis): SpeakerGroup[] {
  const byKey = new Map<string, SpeakerGroup>();
  const entities = new Map(a.entities.map((e) => [e.id, e]));
  a.quotes.forEach((q, i) => {
    if (q.kind !== 'direct' || !q.speaker) return;
    const key = q.speaker.entity ?? `name:${q.speaker.name.toLowerCase()}`;
    let g = byKey.get(key);
    if (!g) {
      const entity = q.speaker.entity ? entities.get(q.speaker.entity) ?? null : null;
      g = { key, name: entity?.name ?? q.speaker.name, entity, anonymous: q.speaker.anonymous, quotes: [] };
      byKey.set(key, g);
    }
    g.quotes.push(i);
  });
  return [...byKey.values()].sort((x, y) => y.quotes.length - x.quotes.length || x.quotes[0] - y.quotes[0]);
}

export function sourcingSummary(a: Analysis, text: string, title?: string): string {
  const lines: string[] = [];
  const headline = title ?? a.structure.headline?.text ?? 'Article';
  lines.push(`# Sourcing: ${headline}`, '');
  const direct = a.quotes.filter((q) => q.kind === 'direct');
  const unattributed = a.diagnostics.filter((d) => d.code === 'unattributed-quote');
  const authors = a.structure.authors.map((x) => x.text);
  if (authors.length) lines.push(`By ${authors.join(', ')}`, '');
  lines.push(`${direct.length} direct quotation${direct.length === 1 ? '' : 's'}, ${unattributed.length} unattributed.`, '');
  const groups = speakerGroups(a);
  lines.push('## Speakers', '');
  if (!groups.length) lines.push('_No attributed quotations._');
  for (const g of groups) {
    const role = g.entity?.role ? `, ${g.entity.role}` : '';
    lines.push(`- **${g.name}**${role}${g.anonymous ? ' (anonymous)' : ''}: ${g.quotes.length} quotation${g.quotes.length === 1 ? '' : 's'}`);
    for (const i of g.quotes) lines.push(`  - ${shorten(text.slice(a.quotes[i].inner.start, a.quotes[i].inner.end), 100)}`);
  }
  lines.push('', '## Sources', '');
  if (!a.sources.length) lines.push('_No agencies, documents or anonymous sources credited._');
  for (const s of a.sources) {
    const kind = s.kind === 'agency' ? 'agency' : s.kind === 'document' ? 'document' : 'anonymous source';
    lines.push(`- ${s.name} (${kind})${s.quotes.length ? `: carried ${s.quotes.length} quotation${s.quotes.length === 1 ? '' : 's'}` : ''}`);
  }
  if (unattributed.length) {
    lines.push('', '## Unattributed', '');
    for (const d of unattributed) lines.push(`- ${shorten(text.slice(d.start, d.end).replace(/^["“‘']|["”’']$/g, ''), 100)}`);
  }
  return lines.join('\n') + '\n';
}
