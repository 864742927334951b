// Interview transcripts: a speaker label opens the quotation.
import { found } from '../context';
import type { CueRule } from '../rule';

/** An interview transcript's speaker label at the start of a quotation: "WALLACE: ...", "Q: ...". */
const LABEL = /^\s*([\p{Lu}][\p{Lu}.'’ -]{1,30}|[\p{Lu}][\p{L}.'’-]+(?: [\p{Lu}][\p{L}.'’-]+){0,2}):\s+\S/u;

/** The words after a label's colon are a subtitle: six words at most, each long one capitalised ("An Unofficial Life"). */
function titleAfterColon(rest: string): boolean {
  const words = rest.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.length <= 6 && words.every((w) => w.replace(/[^\p{L}]/gu, '').length < 4 || /^\P{L}*\p{Lu}/u.test(w));
}

/** `"HARDING: Let's start with the budget."`: the transcript's label names the speaker (not "Q", "A" or "Note"). */
export const interviewLabel: CueRule = {
  id: 'interview-label',
  description: 'A transcript label opening the quotation names its speaker: `"HARDING: Let\'s start with the budget."`',
  examples: [
    { text: 'The transcript reads: "HARDING: Let us start with the budget, which is late again."', speaker: 'The transcript', decidedBy: 'cue-before' },
    { text: '"HARDING: Let us start with the budget, which is late again."', speaker: 'HARDING' },
    // (A work's title and subtitle is no transcript: nobody is its speaker.)
    { text: 'Her book, "Tom Harlow: An Unofficial Life," sold well.', speaker: null, decidedBy: 'speech-or-not' },
  ],
  find(ctx, st) {
    if (st.found) return null;
    const { text, tokens } = ctx;
    const { quote: q, qa, qb } = st;
    const label = LABEL.exec(text.slice(q.innerStart, Math.min(q.innerEnd, q.innerStart + 40)));
    if (!label || /^(?:Q|A|Note|Update|Editor's note|Correction)$/i.test(label[1].trim())) return null;
    // (Not a work's title and its subtitle, in title case: "Tom Harlow: An Unofficial Life".)
    if (titleAfterColon(text.slice(q.innerStart + label[0].length - 1, q.innerEnd))) return null;
    const ls = q.innerStart + label[0].indexOf(label[1]);
    const le = ls + label[1].trimEnd().length;
    let a = qa;
    while (a < qb && tokens[a].start < ls) a++;
    let b = a;
    while (b < qb && tokens[b].end <= le) b++;
    return b > a ? found('interview-label', 'cue-before', [a, b], b, Math.min(b + 1, qb)) : null;
  },
};
