// The same speaker goes on: later quotations of a paragraph, and the multi-paragraph convention.
import type { ContextRule } from '../rule';
import { otherSpeakerBetween } from '../paragraphs';
import { neighbours } from './neighbours';

/**
 * No cue of its own: a quotation after an attributed one in the same paragraph, or opening the
 * next paragraph when the previous one ran on into it (no closing mark, or the paragraph opened
 * or closed with a quotation), continues that speaker, unless another speaker is named between.
 */
export const continuation: ContextRule = {
  id: 'continuation',
  tier: 'continuation',
  description: 'A later quotation with no cue of its own continues the previous speaker, in the same paragraph or the next one.',
  examples: [
    { text: '"We are ready," Captain Ilse Brandt said. "The crew has trained for months."', quote: 'crew', speaker: 'Ilse Brandt' },
    // (Not a word inside the first quotation as a subject before "said": the name after it speaks.)
    { text: "Bins row\n\n'Residents deserve better,' said Dana Hale, the opposition leader. 'We have said so for years.'", quote: 'for years', speaker: 'Dana Hale' },
    // ("who" after a description of the speaker is the speaker's, not the body's the description names.)
    { text: 'Parking plan\n\nTraffic has doubled.\n\n"We cannot keep adding spaces," said Ana Pell, the executive director of the Harlow Partnership for Safer Streets, who also said that the councils must act. "Nobody walks any more."', quote: 'Nobody walks', speaker: 'Ana Pell', decidedBy: 'continuation' },
  ],
  credit(ctx, st) {
    const n = neighbours(ctx, st);
    const prev = n.prev;
    if (!prev?.speaker || prev.kind !== 'direct' || !(n.samePara || n.nextPara) || otherSpeakerBetween(ctx, st.index - 1, st.index)) return null;
    return { speaker: prev.speaker, cue: prev.cue, method: 'continuation', resolution: 'context', antecedent: null };
  },
};

/**
 * `"First paragraph ...` (no closing mark) then `"Second paragraph ..."`: a quotation opening a
 * paragraph right after one left open continues the last speaker.
 */
export const continuationAcrossParagraphs: ContextRule = {
  id: 'continuation-across-paragraphs',
  tier: 'continuation',
  description: 'A quotation left open at the end of a paragraph and reopened in the next continues its speaker.',
  examples: [
    { text: 'Chief Nadia Roux said: "The first phase is complete.\n\n"The second phase starts in June."', quote: 'second phase', speaker: 'Nadia Roux', decidedBy: 'continuation' },
  ],
  credit(ctx, st) {
    const n = neighbours(ctx, st);
    if (!(st.lastSpeaker && st.lastSpeakerParagraph >= st.paragraph - 1 && n.opensParagraph && n.prevQuote?.continuesInNextParagraph)) return null;
    return { speaker: st.lastSpeaker, cue: null, method: 'continuation', resolution: 'context', antecedent: null };
  },
};
