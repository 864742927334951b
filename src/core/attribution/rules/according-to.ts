// "according to X": the attribution of wire copy and documents.
import { lowerWord } from '../../lexicon';
import { found, WINDOW } from '../context';
import { subjectAfter } from '../phrases';
import type { CueRule } from '../rule';

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
    const { tokens, tokenQuote } = ctx;
    const { qa, qb, sent, sentEnd } = st;
    // Anywhere in the sentence outside quotations.
    for (let k = Math.max(sent.firstToken, qa - WINDOW); k + 2 < Math.min(sentEnd.endToken, qb + WINDOW); k++) {
      if (tokenQuote[k] >= 0) continue;
      if (lowerWord(tokens[k].text) === 'according' && lowerWord(tokens[k + 1].text) === 'to') {
        const subj = subjectAfter(ctx, k + 1, sentEnd.endToken);
        if (subj) {
          return found('according-to', 'according-to', subj, k, k + 2);
        }
      }
    }
    return null;
  },
};
