// Rule lede-quote: a feature that opens on a quotation alone, then introduces the person who
// said it ("'You never really sleep.' / For 31 years, that was life for Dana Ruiz, ... / 'The
// light had to be right,' she says.").
import { quoteOnlyParagraph } from '../paragraphs';
import type { RunOnRule } from '../rule';

/** How many paragraphs after the lede the introduced person's own credited quotation may open. */
const CREDIT_REACH = 2;

/**
 * The body's first paragraph is a quotation alone, no cue credits it, and the next paragraph
 * introduces someone, named in full there for the first time: when the next quotation credited by
 * a verb of saying (within two paragraphs after that) is theirs, the opening quotation is theirs
 * too, as features open. Not where the next paragraph introduces two people, nor where that
 * quotation is someone else's.
 */
export const ledeQuote: RunOnRule = {
  id: 'lede-quote',
  description: 'A feature\'s opening quotation alone in its paragraph is the person the next paragraph introduces, when their own next quotation is credited to them.',
  examples: [
    { text: 'The last keeper\n\n"You never really sleep. Part of you is always listening to the sea."\n\nFor 31 years, that was life for Morag Quarrie, the last keeper of the Velby Head light.\n\n"The light had to be right every night," she says.', quote: 'sleep', speaker: 'Morag Quarrie' },
    // (Not where the next quotation is another's: the opening words stay unattributed.)
    { text: 'The last keeper\n\n"You never really sleep."\n\nFor 31 years, that was life for Morag Quarrie.\n\n"She was the best of them," said Tom Vell, who took over the light.', quote: 'sleep', speaker: null, unattributed: true },
  ],
  endsAt(ctx, results, qi) {
    const { paragraphs, tokens, tokenEntity, entities, furniturePara } = ctx;
    const r = results[qi];
    if (r.speaker || r.kind !== 'direct') return -1;
    const q = ctx.quotes[qi];
    const p = tokens[ctx.quoteTokens[qi][0]]?.sentence === undefined ? -1 : ctx.sentences[tokens[ctx.quoteTokens[qi][0]].sentence].paragraph;
    if (p < 0 || p + 1 >= paragraphs.length || furniturePara[p + 1] || !quoteOnlyParagraph(ctx, p)) return -1;
    for (let b = 0; b < p; b++) if (!furniturePara[b]) return -1;
    // (Whom the next paragraph introduces: the people first named there, in full.)
    const next = paragraphs[p + 1];
    let introduced: string | null = null;
    for (let k = ctx.sentences[next.firstSentence]?.firstToken ?? tokens.length; k < tokens.length && tokens[k].start < next.end; k++) {
      const ei = tokenEntity[k];
      if (ei < 0 || (k > 0 && tokenEntity[k - 1] === ei) || ctx.tokenQuote[k] >= 0) continue;
      const e = entities[ei];
      const first = e.mentions.find((m) => m.kind !== 'pronoun');
      if (e.type !== 'person' || !first || first.start < next.start || first.start !== tokens[k].start || !e.name.includes(' ')) continue;
      if (introduced && introduced !== e.id) return -1;
      introduced = e.id;
    }
    if (!introduced) return -1;
    // (The next quotation with a speaker, credited by a verb of saying: theirs.)
    for (let j = qi + 1; j < results.length; j++) {
      const a = results[j];
      if (!a.speaker || a.kind !== 'direct') continue;
      const jp = ctx.sentences[tokens[ctx.quoteTokens[j][0]]?.sentence ?? 0]?.paragraph ?? -1;
      if (jp > p + 1 + CREDIT_REACH) return -1;
      return a.speaker.entity === introduced && a.decision?.tier === 'explicit' && q.end <= ctx.quotes[j].start ? j : -1;
    }
    return -1;
  },
};
