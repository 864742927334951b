// "according to X": the attribution of wire copy and documents.
import { countBefore } from '../../text/search';
import type { AttributionContext } from '../context';
import { found, WINDOW } from '../context';
import { subjectAfter } from '../phrases';
import type { CueRule } from '../rule';

/** Token indexes of "according to" outside quotations, in order. */
function indexAccordingTo(ctx: AttributionContext): number[] {
  const { tokens, tokenQuote } = ctx;
  const out: number[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokenQuote[k] < 0 && ctx.tokens[k]?.lower === 'according' && ctx.tokens[k + 1]?.lower === 'to') out.push(k);
  }
  return out;
}

/** "..., according to X", anywhere in the quotation's sentence outside quotations. */
export const accordingTo: CueRule = {
  id: 'according-to',
  description: '"according to X" anywhere in the sentence: `The fund is "nearly empty," according to the treasurer.`',
  examples: [
    { text: 'The reservoir is "close to its lowest level in decades," according to Priya Raman.', speaker: 'Priya Raman' },
    { text: 'According to a senior official, the tunnel was "never meant to carry this load."', speaker: 'a senior official' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { qa, qb, sent, sentEnd } = st;
    // Anywhere in the sentence outside quotations, within the window: the "according to"s of
    // the text are indexed once (a binary search here).
    const at = ctx.memo.accordingTo ??= indexAccordingTo(ctx);
    const end = Math.min(sentEnd.endToken, qb + WINDOW);
    for (let i = countBefore(at, (k: number) => k < Math.max(sent.firstToken, qa - WINDOW)); i < at.length && at[i] + 2 < end; i++) {
      const k = at[i];
      ctx.counter.steps++;
      {
        const subj = subjectAfter(ctx, k + 1, sentEnd.endToken);
        if (subj) {
          return found('according-to', 'according-to', subj, k, k + 2);
        }
      }
    }
    return null;
  },
};
