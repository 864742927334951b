// The attribution conventions, in the order the runner applies them. Cue rules run first, each
// seeing what the ones before found; context rules credit a quotation no cue attributes, the
// first that applies wins; then speech-or-not, and term-of-subject for scare quotes; last,
// once every quotation is credited, pull-quote for a display line's quotation.
import type { ContextRule, CueRule, RuleExample } from '../rule';
import { accordingTo } from './according-to';
import { colonLead } from './colon-lead';
import { continuation, continuationAcrossParagraphs, quotationEnd } from './continuation';
import { cueAfter, cueAfterLate } from './cue-after';
import { cueBefore } from './cue-before';
import { dashCredit } from './dash-credit';
import { headlineCredit } from './headline-credit';
import { afterAttributedParagraph, afterReportedParagraph, headingQuote, previousParagraph, previousSentence, sentenceSubjectRule } from './inferred';
import { interviewLabel } from './interview-label';
import { interviewAnswer } from './interview-answer';
import { interviewTurn } from './interview-turn';
import { nounCue, nounCueAfter } from './noun-cue';
import { colonParagraph, paragraphCue } from './paragraph-cue';
import { thatIsHow } from './that-is-how';
import { pullQuote } from './pull-quote';
import { reportedSpeech, reporterOpensSentence } from './reported-speech';
import { sentenceTail } from './sentence-tail';
import { speechOrNot, termOfSubject } from './speech-or-not';

export const CUE_RULES: readonly CueRule[] = [
  cueAfter, dashCredit, headlineCredit, accordingTo, cueBefore, reportedSpeech, reporterOpensSentence, colonLead, nounCue, nounCueAfter,
  cueAfterLate, sentenceTail, interviewLabel,
];

export const CONTEXT_RULES: readonly ContextRule[] = [
  interviewTurn, interviewAnswer, sentenceSubjectRule, continuation, continuationAcrossParagraphs, colonParagraph, thatIsHow, paragraphCue, previousParagraph, afterAttributedParagraph, afterReportedParagraph, previousSentence, headingQuote,
];

export { pullQuote, quotationEnd, speechOrNot, termOfSubject };

/** Every attribution rule, with the sub-conventions whose ids findings carry too, in the runner's order. */
export const ATTRIBUTION_RULES: readonly { readonly id: string; readonly description: string; readonly examples: readonly RuleExample[] }[] = [
  ...CUE_RULES.slice(0, 1),
  { id: 'joined-verb', description: 'A verb joined by "and" after a quotation inside a sentence belongs to the clause\'s subject: `Abara campaigned on "fair rents" and criticised ...`.', examples: [] },
  ...CUE_RULES.slice(1, 5),
  { id: 'passive-agent', description: 'A passive cue credits its agent: `was called "a gift to developers" by Councillor Lisowski`.', examples: [] },
  { id: 'quotative-like', description: 'The quotative "be like" is a cue: `I was like, "..."`, `people are like "..."`.', examples: [] },
  { id: 'issuer-speaks', description: 'Whoever issues a statement speaks through it: `The union issued a statement saying "..."`.', examples: [] },
  ...CUE_RULES.slice(5),
  ...CONTEXT_RULES,
  speechOrNot,
  termOfSubject,
  quotationEnd,
  pullQuote,
];
