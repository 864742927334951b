// An attribution closing the sentence covers every quotation in it.
import type { CueRule } from '../rule';
import { sentenceTailCue } from '../paragraphs';

/**
 * `The plan was a "good start" that brought "real results," she added.`: an attribution that
 * closes the sentence, after a comma or a closing mark, credits every quotation before it.
 */
export const sentenceTail: CueRule = {
  id: 'sentence-tail',
  description: 'A cue closing the sentence covers every quotation in it: `It was a "good start" that brought "real results," she added.`',
  examples: [
    { text: 'Coach Amara Diallo had a "good start" that brought "real results for the club," she added.', quote: 'good start', speaker: 'Amara Diallo' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const tail = sentenceTailCue(ctx, st.sEndIdx);
    return tail && tail.cueStart > st.qb ? tail : null;
  },
};
