// Inline markers that persist an editor's decision with the article, so a team shares them
// and the CLI honours them: `<!-- article-lens: not-a-quote -->` and
// `<!-- article-lens: ignore -->`, written right after the quotation's closing mark.
// (HTML comments: invisible in rendered Markdown, dimmed by the grammar, and they move with
// the text when it is edited, which a sidecar file of offsets would not.)

import { countBefore } from '../text/search';

export type MarkerKind = 'not-a-quote' | 'ignore';

export interface Marker {
  readonly start: number;
  readonly end: number;
  readonly kind: MarkerKind;
}

const MARKER = /<!--\s*article-lens:\s*(not-a-quote|ignore)\s*-->/g;

export function markerText(kind: MarkerKind): string {
  return `<!-- article-lens: ${kind} -->`;
}

export function findMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  if (!text.includes('article-lens')) return out;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: m[1] as MarkerKind });
  }
  return out;
}

/** The marker that belongs to a quotation ending at `quoteEnd`: only spaces between them. */
export function markerAfter(text: string, markers: readonly Marker[], quoteEnd: number): Marker | null {
  // The markers are sorted: start at the first one at or after the quotation (binary search).
  for (let i = countBefore(markers, (m) => m.start < quoteEnd); i < markers.length; i++) {
    const m = markers[i];
    if (m.start - quoteEnd > 8) break;
    if (/^[ \t]*$/.test(text.slice(quoteEnd, m.start))) return m;
  }
  return null;
}
