// Interviews whose questions carry no label: a question paragraph, then the answer in quotation
// marks. The answers are the person the article introduced before the first question.
import { countBefore } from '../../text/search';
import type { AttributionContext } from '../context';
import { quoteOnlyParagraph } from '../paragraphs';
import type { ContextRule } from '../rule';

/** How long a question paragraph may be, in characters, and how far back an answer looks for its question. */
const MAX_QUESTION = 400;
const ANSWER_PARAGRAPHS = 4;

type Interview = NonNullable<AttributionContext['memo']['interview']>;

/** A paragraph that is a question and nothing else: it ends with "?" and holds no quotation. */
function isQuestion(ctx: AttributionContext, p: number): boolean {
  const para = ctx.paragraphs[p];
  if (!para || ctx.furniturePara[p] || para.end - para.start > MAX_QUESTION || ctx.text.charCodeAt(para.end - 1) !== 63) return false;
  const { sentences, tokenQuote } = ctx;
  for (let k = sentences[para.firstSentence]?.firstToken ?? 0; k < (sentences[para.endSentence - 1]?.endToken ?? 0); k++) if (tokenQuote[k] >= 0) return false;
  return true;
}

/**
 * At least two question paragraphs each followed by a paragraph that is only a quotation, and
 * a person named (outside quotations and furniture) before the first of them: the interviewee.
 * Worked out once per analysis, in one pass over the paragraphs.
 */
function interviewOf(ctx: AttributionContext): Interview | null {
  if (ctx.memo.interview !== undefined) return ctx.memo.interview;
  let pairs = 0;
  let first = -1;
  for (let p = 0; p + 1 < ctx.paragraphs.length; p++) {
    if (!isQuestion(ctx, p) || !quoteOnlyParagraph(ctx, p + 1)) continue;
    pairs++;
    if (first < 0) first = p;
  }
  let found: Interview | null = null;
  if (pairs >= 2) {
    const at = ctx.paragraphs[first].start;
    const i = countBefore(ctx.personMentions, (m) => m.start < at) - 1;
    const e = i >= 0 ? ctx.personMentions[i].entity : null;
    const m = e ? e.mentions.filter((x) => x.start < at && x.kind !== 'pronoun').pop() : undefined;
    if (e && m) found = { interviewee: e, mention: { start: m.start, end: m.end, text: m.text }, firstQuestion: first };
  }
  ctx.memo.interview = found;
  return found;
}

/**
 * An interview laid out as questions and quoted answers, with no labels (`Will fares go up?`
 * then `"Not this year."`): a paragraph that is only a quotation, after a question paragraph
 * (or after other answer paragraphs that follow one), is the interviewee's, the person the
 * article introduced before its first question. Inferred: no cue, no label. Only where the
 * article has two such question-and-answer pairs at least.
 */
export const interviewAnswer: ContextRule = {
  id: 'interview-answer',
  tier: 'inferred',
  description: 'In an interview laid out as question paragraphs and quoted answers with no labels, an answer is the interviewee\'s: the person introduced before the first question.',
  examples: [
    { text: 'Harbour chief on the ferry line\n\nMarta Okonjo has run the Harbour Authority for six years.\n\nWhy did you choose a new operator?\n\n"The old contract ran out."\n\nWill fares go up?\n\n"Not this year. We have frozen them."', quote: 'Not this year', speaker: 'Marta Okonjo' },
    { text: 'Harbour chief on the ferry line\n\nMarta Okonjo has run the Harbour Authority for six years.\n\nWill fares go up?\n\n"Not this year. We have frozen them."', quote: 'Not this year', speaker: null, unattributed: true },
  ],
  credit(ctx, st) {
    const { paragraph } = st;
    if (ctx.furniturePara[paragraph] || !quoteOnlyParagraph(ctx, paragraph)) return null;
    const interview = interviewOf(ctx);
    if (!interview || paragraph <= interview.firstQuestion) return null;
    // Back over the answer's earlier paragraphs to its question.
    for (let p = paragraph - 1; p >= 0 && p >= paragraph - ANSWER_PARAGRAPHS; p--) {
      if (isQuestion(ctx, p)) {
        const e = interview.interviewee;
        return { speaker: { entity: e.id, name: e.name, anonymous: false, mention: interview.mention }, cue: null, method: 'paragraph', resolution: 'context', antecedent: null };
      }
      if (!quoteOnlyParagraph(ctx, p)) return null;
    }
    return null;
  },
};
