// A cue in another sentence of the paragraph, or in the paragraph a colon ends.
import { hearingBefore, opensSentence, personSubject, sentenceSubject } from '../clauses';
import { tokenSpan, type AttributionContext, type Found, type QuoteState } from '../context';
import { colonSubject, paragraphCue as nearestParagraphCue } from '../paragraphs';
import type { ContextRule, Credit } from '../rule';
import { speakerFrom } from '../speakers';
import { neighbours } from './neighbours';

function credit(ctx: AttributionContext, st: QuoteState, f: Found): Credit {
  const r = speakerFrom(ctx, f.speakerStart, f.speakerEnd, st.quote.start, st.paragraph, st.lastSpeaker);
  return { speaker: r.speaker, cue: tokenSpan(ctx, f.cueStart, f.cueEnd), method: 'paragraph', resolution: r.resolution, antecedent: r.antecedent };
}

/** `... as the city's website notes:` and the quotation opening the next paragraph. */
export const colonParagraph: ContextRule = {
  id: 'colon-paragraph',
  tier: 'explicit',
  description: 'A paragraph ending in a colon introduces the quotation that opens the next: `The notice from the council reads:`.',
  examples: [
    { text: 'Residents gathered by the water.\n\nCommissioner Leila Haddad told reporters:\n\n"We have nothing to hide from anyone."', speaker: 'Leila Haddad' },
    // (A document the colon's sentence sends or issues is no speaker: whoever sent it is.)
    { text: 'Bridge closed\n\nCllr Dana Ruiz sent this statement:\n\n"We understand the frustration of every driver."', speaker: 'Dana Ruiz' },
  ],
  credit(ctx, st) {
    const { text, paragraphs } = ctx;
    const { paragraph } = st;
    if (!(neighbours(ctx, st).opensParagraph && paragraph > 0 && !ctx.furniturePara[paragraph - 1] && /:\s*$/.test(text.slice(paragraphs[paragraph - 1].start, paragraphs[paragraph - 1].end)))) return null;
    const prevP = paragraphs[paragraph - 1];
    const pf = nearestParagraphCue(ctx, paragraph - 1, -1, true) ?? colonSubject(ctx, prevP.endSentence - 1);
    return pf ? credit(ctx, st, pf) : null;
  },
};

/**
 * Another sentence of the paragraph attributes it: `Ward told the crowd on Friday. "..."`. Not a
 * quotation inside a sentence with a named subject of its own (rule `sentence-subject`).
 */
export const paragraphCue: ContextRule = {
  id: 'paragraph-cue',
  tier: 'explicit',
  description: 'A cue in the nearest other sentence of the paragraph: `Ward spoke to the crowd on Friday. "We will win."`',
  examples: [
    { text: 'Mayor Otto Lindgren told the crowd on Friday. "This town will be rebuilt, street by street."', speaker: 'Otto Lindgren' },
  ],
  credit(ctx, st) {
    const { qa, sIdx, sent } = st;
    // (Not a hearing's evidence: "An inquest heard that staff had been "overwhelmed"" is no
    // one's named in the next sentence.)
    if (hearingBefore(ctx, sent.firstToken, qa)) return null;
    const ownSubject = !opensSentence(ctx, qa, sent.firstToken) && !neighbours(ctx, st).titleLike ? sentenceSubject(ctx, sIdx, qa) : null;
    const pf = ownSubject ? null : nearestParagraphCue(ctx, st.paragraph, sIdx);
    return pf && !actsBetween(ctx, st, pf) ? credit(ctx, st, pf) : null;
  },
};

/**
 * `"...," she said. Brink nodded. "Nor me."`: a sentence between the cue and the quotation, with
 * no quotation of its own, whose subject is another named person hands the words to whoever acts
 * (rule `previous-sentence` reads it).
 */
function actsBetween(ctx: AttributionContext, st: QuoteState, f: Found): boolean {
  const { sentences, tokens, tokenQuote, tokenEntity } = ctx;
  const prev = sentences[st.sIdx - 1];
  if (!prev || prev.paragraph !== st.paragraph || tokens[f.cueStart].sentence >= st.sIdx - 1 || !opensSentence(ctx, st.qa, st.sent.firstToken)) return false;
  for (let k = prev.firstToken; k < prev.endToken; k++) if (tokenQuote[k] >= 0) return false;
  const about = personSubject(ctx, prev.firstToken, prev.endToken);
  const ei = tokenEntity[f.speakerEnd - 1];
  return !!about && !(ei >= 0 && ctx.entities[ei].id === about.entity.id);
}
