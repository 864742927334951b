// The desk's annotations against the current text and analysis: where each is now (or that it
// is orphaned), the corrections they make, and which quotation or entity each belongs to.
import { countBefore } from '../text/search';
import type { Analysis, Correction } from '../types';
import { reanchor, type AnchorHow } from './anchor';
import type { DeskAnnotation } from './model';

export interface PlacedAnnotation {
  readonly annotation: DeskAnnotation;
  /** Where it is now, or null: orphaned (its words are gone). */
  readonly start: number | null;
  readonly end: number | null;
  readonly how: AnchorHow | null;
}

/** Re-anchors every annotation against `text`. None is ever dropped: those not found are orphaned. */
export function placeAnnotations(text: string, annotations: readonly DeskAnnotation[]): PlacedAnnotation[] {
  return annotations.map((annotation) => {
    const at = reanchor(text, annotation.anchor);
    return { annotation, start: at?.start ?? null, end: at?.end ?? null, how: at?.how ?? null };
  });
}

/** The speaker corrections of the anchored annotations, for `analyze(text, { corrections })`. */
export function correctionsOf(placed: readonly PlacedAnnotation[]): Correction[] {
  const out: Correction[] = [];
  for (const p of placed) {
    if (p.start === null || p.end === null || (!p.annotation.speaker && !p.annotation.notAQuotation)) continue;
    out.push({ start: p.start, end: p.end, speaker: p.annotation.speaker, notAQuotation: p.annotation.notAQuotation });
  }
  return out;
}

const overlaps = (s1: number, e1: number, s2: number, e2: number): boolean => s1 < e2 && s2 < e1;

/** For each anchored annotation: the quotation it is on (an index into analysis.quotes), or else the entity whose mention it is on. */
export function annotationOwners(analysis: Analysis, placed: readonly PlacedAnnotation[]): Array<{ quote: number | null; entity: string | null }> {
  const mentions = analysis.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id }))).sort((a, b) => a.start - b.start);
  const firstAtOrAfter = <T extends { start: number }>(xs: readonly T[], offset: number): number => countBefore(xs, (x) => x.start < offset);
  return placed.map((p) => {
    if (p.start === null || p.end === null) return { quote: null, entity: null };
    const { start, end } = p;
    // Quotations do not overlap one another: the one just before `end` is the only candidate.
    const qi = firstAtOrAfter(analysis.quotes, end) - 1;
    const q = analysis.quotes[qi];
    if (q && overlaps(q.start, q.end, start, end)) return { quote: qi, entity: null };
    const mi = firstAtOrAfter(mentions, end) - 1;
    for (let i = mi; i >= 0 && i >= mi - 4; i--) if (overlaps(mentions[i].start, mentions[i].end, start, end)) return { quote: null, entity: mentions[i].id };
    return { quote: null, entity: null };
  });
}

/** The CLI's view of the annotations (README, "Command line"). */
export function annotationsJson(placed: readonly PlacedAnnotation[]): Array<Record<string, unknown>> {
  return placed.map((p) => ({
    id: p.annotation.id,
    start: p.start,
    end: p.end,
    exact: p.annotation.anchor.exact,
    orphaned: p.start === null,
    status: p.annotation.status,
    sourceType: p.annotation.sourceType,
    note: p.annotation.note,
    speaker: p.annotation.notAQuotation ? 'not-a-quotation' : p.annotation.speaker,
  }));
}
