// Likely speakers for an unattributed quotation: the people (then organisations) named
// closest before it, for related information and "Attribute to" quick fixes.
import type { Analysis, Entity, Quote, TextSpan } from './types';

export interface Candidate {
  readonly entity: Entity;
  /** The mention closest to the quotation. */
  readonly mention: TextSpan;
}

export function candidateSpeakers(a: Analysis, quoteIndex: number, limit = 3): Candidate[] {
  return rankCandidates(a.entities, a.quotes, quoteIndex, limit);
}

export function rankCandidates(entities: readonly Entity[], quotes: readonly Pick<Quote, 'start' | 'end' | 'speaker'>[], quoteIndex: number, limit = 3): Candidate[] {
  const q = quotes[quoteIndex];
  if (!q) return [];
  const scored: { c: Candidate; d: number }[] = [];
  for (const e of entities) {
    if (e.type === 'place' || e.author) continue;
    let best: TextSpan | null = null;
    let bestD = Infinity;
    for (const m of e.mentions) {
      if (m.start >= q.start && m.start < q.end) continue;
      const d = m.end <= q.start ? q.start - m.end : (m.start - q.end) * 1.5;
      if (d < bestD) { bestD = d; best = m; }
    }
    // People who are already quoted in the article are likelier speakers.
    const quoted = quotes.some((x) => x.speaker?.entity === e.id);
    if (best) scored.push({ c: { entity: e, mention: best }, d: bestD + (e.type === 'person' ? 0 : 400) - (quoted ? 150 : 0) });
  }
  scored.sort((x, y) => x.d - y.d);
  return scored.slice(0, limit).map((s) => s.c);
}
