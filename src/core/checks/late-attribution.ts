import { countBefore } from '../text/search';
import type { Diagnostic } from '../types';
import type { CheckContext, CheckRule } from './rule';

/**
 * A quotation of three or more sentences whose attribution comes only after it: the reader goes
 * two sentences without knowing who speaks. Sentences are the engine's (abbreviations do not end one).
 */
export const lateAttribution: CheckRule = {
  id: 'late-attribution',
  kind: 'sourcing',
  description: 'A quotation of several sentences whose attribution comes only after the second sentence.',
  why: 'AP and Reuters: in a multi-sentence quotation, attribute after the first sentence, not at the end, so the reader knows who is speaking before reading on.',
  defaultSeverity: 'information',
  examples: [
    { text: '"The harbour is silting up. Boats cannot dock at low tide. We need dredging by spring," said Harbourmaster Ines Vale.', flagged: '"The harbour is silting up. Boats cannot dock at low tide. We need dredging by spring,"' },
    { text: '"The harbour is silting up," said Harbourmaster Ines Vale. "Boats cannot dock at low tide. We need dredging by spring."', flagged: null },
    { text: '"The harbour is silting up. Boats cannot dock at low tide," said Harbourmaster Ines Vale.', flagged: null },
    { text: 'Harbourmaster Ines Vale said: "The harbour is silting up. Boats cannot dock at low tide. We need dredging by spring."', flagged: null },
  ],
  check(ctx: CheckContext): Diagnostic[] {
    const { sentences } = ctx.analysis.structure;
    const out: Diagnostic[] = [];
    ctx.analysis.quotes.forEach((q, i) => {
      if (q.kind !== 'direct' || !q.speaker || !q.cue || q.cue.start < q.end || q.inHeadline) return;
      // Sentences that start inside the quoted words: each one more sentence before the attribution.
      const from = countBefore(sentences, (s) => s.start <= q.inner.start);
      const to = countBefore(sentences, (s) => s.start < q.inner.end);
      let n = 1;
      for (let s = from; s < to && n < 3; s++) if (/\S/.test(ctx.text.slice(sentences[s].start, Math.min(q.inner.end, sentences[s].start + 2)))) n++;
      if (n < 3) return;
      out.push({
        code: 'late-attribution',
        severity: 'information',
        message: `The attribution comes only after two or more sentences of this quotation: attribute it after the first sentence, so the reader knows who is speaking (${q.speaker.name}).`,
        start: q.start,
        end: q.end,
        related: [{ start: q.cue.start, end: q.cue.end, message: `Attribution: ${q.speaker.name}` }],
        quote: i,
      });
    });
    return out;
  },
};
