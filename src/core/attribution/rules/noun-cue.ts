// A noun that carries speech, with its possessor: `Okafor's claim that "..."`.
import { possessorBefore } from '../clauses';
import { found } from '../context';
import { NOUN_CUES } from '../cues';
import type { CueRule } from '../rule';
import { floorOf } from './cue-before';

/** `the senator's claim that there were "thousands of cases"`, `his remarks`: the possessor of a noun of speech speaks. */
export const nounCue: CueRule = {
  id: 'noun-cue',
  description: 'The possessor of a noun that carries speech: `Okafor\'s claim that "..."`.',
  examples: [
    { text: 'The town still remembers Governor Hanne Dahl\'s promise that the roads would be "repaired by spring."', speaker: 'Hanne Dahl' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { tokenQuote } = ctx;
    const floor = floorOf(ctx, st);
    for (let k = st.qa - 1; k >= floor + 1; k--) {
      if (tokenQuote[k] >= 0 || !NOUN_CUES.has(ctx.tokens[k]?.lower)) continue;
      const poss = possessorBefore(ctx, k, floor);
      if (poss) return found('noun-cue', 'cue-before', poss, k, k + 1);
    }
    return null;
  },
};
