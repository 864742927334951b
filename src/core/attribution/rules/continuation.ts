// The same speaker goes on: later quotations of a paragraph, and the multi-paragraph convention.
import type { ContextRule, RunOnRule } from '../rule';
import type { AttributionContext } from '../context';
import { otherSpeakerBetween, sentenceCue } from '../paragraphs';
import { neighbours, opensItsParagraph } from './neighbours';

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
    // (Not a quotation opening its paragraph whose next sentence names its speaker after the verb.)
    { text: 'Port strike\n\nManagement\'s reply: "The offer is fair and final."\n\n"Every day the port is shut costs the region half a million pounds." So says Harriet Vell, who chairs the chamber.', quote: 'Every day', speaker: 'Harriet Vell', decidedBy: 'paragraph-cue' },
    // (Not a word inside the first quotation as a subject before "said": the name after it speaks.)
    { text: "Bins row\n\n'Residents deserve better,' said Dana Hale, the opposition leader. 'We have said so for years.'", quote: 'for years', speaker: 'Dana Hale' },
    // ("who" after a description of the speaker is the speaker's, not the body's the description names.)
    { text: 'Parking plan\n\nTraffic has doubled.\n\n"We cannot keep adding spaces," said Ana Pell, the executive director of the Harlow Partnership for Safer Streets, who also said that the councils must act. "Nobody walks any more."', quote: 'Nobody walks', speaker: 'Ana Pell', decidedBy: 'continuation' },
  ],
  credit(ctx, st) {
    const n = neighbours(ctx, st);
    const prev = n.prev;
    if (!prev?.speaker || prev.kind !== 'direct' || !(n.samePara || n.nextPara) || otherSpeakerBetween(ctx, st.index - 1, st.index)) return null;
    // (Not a quotation opening its paragraph that the next sentence credits, the verb first:
    // `"..." So says Harriet Vell, who chairs the chamber.`)
    if (!n.samePara && invertedCueNext(ctx, st.sIdx, st.paragraph)) return null;
    return { speaker: prev.speaker, cue: prev.cue, method: 'continuation', resolution: 'context', antecedent: null };
  },
};

/** The sentence after sentence si, in paragraph p, opens with a cue verb (perhaps after "So") and names its speaker after it: "So says Harriet Vell". */
function invertedCueNext(ctx: AttributionContext, si: number, p: number): boolean {
  const next = ctx.sentences[si + 1];
  if (!next || next.paragraph !== p) return false;
  const f = sentenceCue(ctx, si + 1);
  return !!f && f.speakerStart > f.cueStart && f.cueStart - next.firstToken <= 1;
}

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

/**
 * `"We have been patient.` (no closing mark) then `"Now we want answers," said Marta Vell.`: the
 * multi-paragraph convention names the speaker once, where the quotation ends; its earlier
 * paragraphs, which no cue of their own credits, are that speaker's, not whoever spoke before.
 * Runs after every quotation is credited, from the last back, so a quotation of three
 * paragraphs takes the name from its third.
 */
/** Rules that credit a quotation by a verb of saying after it, where a run-on quotation names its speaker. */
const END_CUES = new Set(['cue-after', 'cue-after-late']);
/** Resolutions that name the speaker there: a name, a surname, a role, a description. */
const NAMED = new Set(['name', 'surname', 'role', 'description']);

export const quotationEnd: RunOnRule = {
  id: 'quotation-end',
  description: 'A quotation that runs on over paragraphs, with no cue of its own, is the speaker\'s named where it ends.',
  examples: [
    { text: 'Flood plan\n\nDana Ruiz told the council the plan was "long overdue".\n\n"We have been patient for ten years.\n\n"Now we want answers," said Marta Vell, who leads the residents.', quote: 'patient', speaker: 'Marta Vell' },
    // (Its own cue keeps it: "Ruiz said: "...", then the next paragraph's credit is another's.)
    { text: 'Flood plan\n\nDana Ruiz said: "We have been patient for ten years.\n\n"Now we want answers," she added.', quote: 'patient', speaker: 'Dana Ruiz', decidedBy: 'cue-before' },
  ],
  endsAt(ctx, results, qi) {
    const q = ctx.quotes[qi];
    const r = results[qi];
    const next = results[qi + 1];
    if (!q.continuesInNextParagraph || !next || r.kind !== 'direct' || (r.decision && r.decision.tier !== 'continuation')) return -1;
    // (Credited by a verb of saying after it, the speaker named there: not a transcript's label,
    // "WALLACE: ...", which opens another's turn, nor a pronoun read from afar.)
    if (next.kind !== 'direct' || !next.speaker || !next.decision || next.decision.tier !== 'explicit' || !END_CUES.has(next.decision.rule) || !NAMED.has(next.decision.resolution)) return -1;
    // (Each quotation opens its paragraph, as the convention runs: not a second quotation of a
    // paragraph its speaker's cue credits, whose closing mark the writer forgot.)
    const paragraphOf = (i: number): number => ctx.sentences[ctx.tokens[ctx.quoteTokens[i][0]]?.sentence ?? 0]?.paragraph ?? -1;
    const p = paragraphOf(qi);
    const np = paragraphOf(qi + 1);
    if (np !== p + 1 || !opensItsParagraph(ctx, ctx.quotes[qi], p) || !opensItsParagraph(ctx, ctx.quotes[qi + 1], np)) return -1;
    // (Not an article's paragraphs quoted whole, which name that speaker as a third person: "At
    // the briefing, reporters asked Dana Ruiz about ...".)
    const [qa, qb] = ctx.quoteTokens[qi];
    for (let k = qa; k < qb; k++) if (ctx.tokenEntity[k] >= 0 && ctx.entities[ctx.tokenEntity[k]].id === next.speaker.entity) return -1;
    return qi + 1;
  },
};

