// Likely speakers for an unattributed quotation: the people (then organisations) named
// closest before it, for related information and "Attribute to" quick fixes.
import { countBefore } from '../text/search';
import type { Analysis, Entity, Quote, TextSpan } from '../types';

export interface Candidate {
  readonly entity: Entity;
  /** The mention closest to the quotation. */
  readonly mention: TextSpan;
}

/** Every mention of a possible speaker in text order, and who is quoted: built once an analysis. */
export interface CandidateIndex {
  readonly mentions: readonly { readonly span: TextSpan; readonly entity: Entity }[];
  readonly quoted: ReadonlySet<string>;
}

/** How many mentions on each side of a quotation are weighed (keeps a huge article linear). */
const NEIGHBOURS = 80;

export function candidateIndex(entities: readonly Entity[], quotes: readonly Pick<Quote, 'speaker'>[]): CandidateIndex {
  const mentions: { span: TextSpan; entity: Entity }[] = [];
  for (const e of entities) {
    if (e.type === 'place' || e.author) continue;
    for (const m of e.mentions) mentions.push({ span: m, entity: e });
  }
  mentions.sort((x, y) => x.span.start - y.span.start);
  const quoted = new Set<string>();
  for (const q of quotes) if (q.speaker?.entity) quoted.add(q.speaker.entity);
  return { mentions, quoted };
}

export function candidateSpeakers(a: Analysis, quoteIndex: number, limit = 3): Candidate[] {
  return rankCandidates(a.entities, a.quotes, quoteIndex, limit);
}

export function rankCandidates(entities: readonly Entity[], quotes: readonly Pick<Quote, 'start' | 'end' | 'speaker'>[], quoteIndex: number, limit = 3,
  index: CandidateIndex = candidateIndex(entities, quotes)): Candidate[] {
  const q = quotes[quoteIndex];
  if (!q) return [];
  const { mentions, quoted } = index;
  const at = countBefore(mentions, (m) => m.span.start < q.start);
  const best = new Map<Entity, { mention: TextSpan; d: number }>();
  for (let i = Math.max(0, at - NEIGHBOURS); i < Math.min(mentions.length, at + NEIGHBOURS); i++) {
    const { span: m, entity: e } = mentions[i];
    if (m.start >= q.start && m.start < q.end) continue;
    const d = m.end <= q.start ? q.start - m.end : (m.start - q.end) * 1.5;
    const seen = best.get(e);
    if (!seen || d < seen.d) best.set(e, { mention: m, d });
  }
  // People who are already quoted in the article are likelier speakers.
  const scored = [...best].map(([e, b]) => ({ c: { entity: e, mention: b.mention }, d: b.d + (e.type === 'person' ? 0 : 400) - (quoted.has(e.id) ? 150 : 0) }));
  scored.sort((x, y) => x.d - y.d);
  return scored.slice(0, limit).map((s) => s.c);
}
