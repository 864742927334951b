// A colon that opens the quotation: `More from the minister: "..."`.
import { clauseSubject } from '../clauses';
import { found } from '../context';
import { hasQuoteBetween, subjectAfter, subjectBefore } from '../phrases';
import type { CueRule } from '../rule';
import { floorOf } from './cue-before';

/**
 * `More from Alvarez and Chen: "..."`: the name before a colon that opens the quotation;
 * `From the report: "..."`: the source after "from"; `The judge leaned in and boomed: "..."`:
 * the subject of the clause the colon ends.
 */
export const colonLead: CueRule = {
  id: 'colon-lead',
  description: 'The subject of the clause a colon ends, right before the quotation: `The judge leaned forward: "..."`.',
  examples: [
    { text: 'Judge Petra Holm leaned forward and boomed: "This court is not a theatre."', speaker: 'Petra Holm' },
    { text: 'From the audit: "Controls were absent in every department."', speaker: 'the audit' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { tokens } = ctx;
    const { qa } = st;
    const floor = floorOf(ctx, st);
    if (!(qa - 1 > floor && tokens[qa - 1].text === ':')) return null;
    let subj = subjectBefore(ctx, qa - 1, floor);
    // "From the report: ...", "More from the memo: ...": the source after "from".
    for (let k = qa - 2; !subj && k >= Math.max(floor, qa - 8); k--) {
      if (ctx.tokens[k]?.lower !== 'from') continue;
      const src = subjectAfter(ctx, k, qa - 1, true);
      if (src && src[1] === qa - 1) subj = src;
      break;
    }
    // "the leader leaned in and boomed: ...", "the Board was conclusive in its findings: ...":
    // the subject of the clause the colon ends.
    if (!subj) subj = clauseSubject(ctx, floor, qa - 1);
    return subj && !hasQuoteBetween(ctx, subj[0], subj[1]) ? found('colon-lead', 'cue-before', subj, qa - 1, qa) : null;
  },
};
