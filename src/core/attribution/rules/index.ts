// The attribution conventions, in the order the runner applies them. Cue rules run first, each
// seeing what the ones before found; context rules credit a quotation no cue attributes, the
// first that applies wins; then speech-or-not, and term-of-subject for scare quotes.
import type { ContextRule, CueRule } from '../rule';
import { accordingTo } from './according-to';
import { colonLead } from './colon-lead';
import { continuation, continuationAcrossParagraphs } from './continuation';
import { cueAfter, cueAfterLate } from './cue-after';
import { cueBefore } from './cue-before';
import { dashCredit } from './dash-credit';
import { previousParagraph, sentenceSubjectRule } from './inferred';
import { interviewLabel } from './interview-label';
import { nounCue } from './noun-cue';
import { colonParagraph, paragraphCue } from './paragraph-cue';
import { reportedSpeech, reporterOpensSentence } from './reported-speech';
import { sentenceTail } from './sentence-tail';
import { speechOrNot, termOfSubject } from './speech-or-not';

export const CUE_RULES: readonly CueRule[] = [
  cueAfter, dashCredit, accordingTo, cueBefore, reportedSpeech, reporterOpensSentence, colonLead, nounCue,
  cueAfterLate, sentenceTail, interviewLabel,
];

export const CONTEXT_RULES: readonly ContextRule[] = [
  sentenceSubjectRule, continuation, continuationAcrossParagraphs, colonParagraph, paragraphCue, previousParagraph,
];

export { speechOrNot, termOfSubject };

/** Ids that findings carry besides the rules' own (sub-conventions documented in their rule's comment). */
export const SUB_RULES: Readonly<Record<string, string>> = {
  'joined-verb': 'cue-after',
  'passive-agent': 'cue-before',
  'issuer-speaks': 'cue-before',
};
