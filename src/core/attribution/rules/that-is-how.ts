// A feature's opening quotation, credited by the next paragraph: "That is how Dana Ruiz remembers the night".
import { tokenSpan, type AttributionContext } from '../context';
import { quoteOnlyParagraph } from '../paragraphs';
import type { ContextRule } from '../rule';
import { speakerFrom } from '../speakers';
import { neighbours } from './neighbours';

/** Pronouns that may name the speaker in such a sentence: "That is how she puts it". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they']);

/**
 * The span of who "That is how" names at token k: a name (every token of its mention), or a
 * pronoun; else null.
 */
function namedAt(ctx: AttributionContext, k: number, end: number): [number, number] | null {
  const { tokens, tokenEntity, entities } = ctx;
  if (k >= end) return null;
  const ei = tokenEntity[k];
  if (ei >= 0) {
    if (entities[ei].type !== 'person' && entities[ei].type !== 'organization') return null;
    let e = k;
    while (e < end && tokenEntity[e] === ei) e++;
    return [k, e];
  }
  return SUBJECT_PRONOUNS.has(tokens[k].lower) ? [k, k + 1] : null;
}

/**
 * A paragraph that is nothing but a quotation, then a paragraph opened by "That is how", "This is
 * what", "That was how" and a name or a pronoun ("That is how Dana Ruiz remembers the night the
 * river rose"): the sentence names whose words they were, as features open.
 */
export const thatIsHow: ContextRule = {
  id: 'that-is-how',
  tier: 'explicit',
  description: 'A quotation-only paragraph, then "That is how X remembers it" or "So says X": X said it.',
  examples: [
    { text: 'The night the river came\n\n"We lost everything in about twenty minutes."\n\nThat is how Dana Ruiz remembers the night the Velmora burst its banks.', speaker: 'Dana Ruiz' },
    { text: 'The night the river came\n\n"We lost everything in about twenty minutes."\n\nThat\'s what the flood did to Harlow, a town of 4,000 people.', speaker: null, unattributed: true },
    // ("So says X": the inverted verb names the speaker at once.)
    { text: 'Harbour plan\n\n"This is the last chance to save the harbour walls."\n\nSo says Tomas Brink, who has run the harbour trust for a decade.', speaker: 'Tomas Brink' },
  ],
  credit(ctx, st) {
    const { paragraph } = st;
    const next = ctx.paragraphs[paragraph + 1];
    if (!next || ctx.furniturePara[paragraph + 1] || !neighbours(ctx, st).opensParagraph || !quoteOnlyParagraph(ctx, paragraph)) return null;
    const s = ctx.sentences[next.firstSentence];
    if (!s) return null;
    const { tokens } = ctx;
    let k = s.firstToken;
    // ("So says Tomas Brink, who ...": the inverted "so says" names the speaker at once.)
    if (tokens[k]?.lower === 'so' && /^(?:says|said)$/.test(tokens[k + 1]?.lower ?? '')) {
      const named = namedAt(ctx, k + 2, s.endToken);
      if (!named || (named[1] - named[0] === 1 && SUBJECT_PRONOUNS.has(tokens[named[0]].lower))) return null;
      const r = speakerFrom(ctx, named[0], named[1], st.quote.start, paragraph + 1, st.lastSpeaker);
      return { speaker: r.speaker, cue: tokenSpan(ctx, k, k + 2), method: 'paragraph', resolution: r.resolution, antecedent: r.antecedent };
    }
    if (!/^(?:that|this)$/.test(tokens[k]?.lower ?? '')) return null;
    k++;
    if (!/^(?:is|was|['’]s)$/.test(tokens[k]?.lower ?? '')) return null;
    k++;
    if (!/^(?:how|what)$/.test(tokens[k]?.lower ?? '')) return null;
    const subj = namedAt(ctx, k + 1, s.endToken);
    if (!subj) return null;
    const r = speakerFrom(ctx, subj[0], subj[1], st.quote.start, paragraph + 1, st.lastSpeaker);
    return { speaker: r.speaker, cue: tokenSpan(ctx, s.firstToken, k + 1), method: 'paragraph', resolution: r.resolution, antecedent: r.antecedent };
  },
};
