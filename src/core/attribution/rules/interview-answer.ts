// Interviews whose questions carry no label: a question paragraph, then the answer in quotation
// marks. The answers are the person the article introduced before the first question.
import { lowerWord, NEWSROOM_JOBS } from '../../lexicon/lexicon';
import { countBefore } from '../../text/search';
import type { Entity, Speaker } from '../../types';
import type { AttributionContext } from '../context';
import { quoteOnlyParagraph } from '../paragraphs';
import type { ContextRule } from '../rule';

/** How long a question paragraph may be, in characters, and how far back an answer looks for its question. */
const MAX_QUESTION = 400;
const ANSWER_PARAGRAPHS = 4;

type Interview = NonNullable<AttributionContext['memo']['interview']>;

/** A paragraph that is a question and nothing else: it ends with "?" (perhaps inside bold or italic marks) and holds no quotation. */
function isQuestion(ctx: AttributionContext, p: number): boolean {
  const para = ctx.paragraphs[p];
  if (!para || ctx.furniturePara[p] || para.end - para.start > MAX_QUESTION) return false;
  // (A question set in bold or italics, "**Why now?**", ends in its marks.)
  let end = para.end;
  while (end > para.start && end > para.end - 3 && (ctx.text.charCodeAt(end - 1) === 42 || ctx.text.charCodeAt(end - 1) === 95)) end--;
  return ctx.text.charCodeAt(end - 1) === 63 && !quotationIn(ctx, p);
}

/** Paragraph p holds a quotation. */
function quotationIn(ctx: AttributionContext, p: number): boolean {
  const para = ctx.paragraphs[p];
  const { sentences, tokenQuote } = ctx;
  for (let k = sentences[para.firstSentence]?.firstToken ?? 0; k < (sentences[para.endSentence - 1]?.endToken ?? 0); k++) if (tokenQuote[k] >= 0) return true;
  return false;
}

/**
 * "spoke to", "talks to", "in conversation with": who asks, named after it, in a standfirst;
 * perhaps described first, up to four words and a comma, the last a newsroom's job or an
 * outlet's possessive ("spoke to our crime correspondent, Lena Early", "talks to the Gazette's
 * Lena Early"); not "speaking to reporters, Lena Early said", who answers.
 */
const ASKED_BY = /(?:\b(?:spoke|speaks|speaking|talks|talked|talking|chats|chatted|chatting)\s+to|\bconversation\s+with|\binterviewed\s+by)((?:\s+[\p{L}'’-]+){0,4}?),?\s+$/iu;

/** How far before a name ASKED_BY is looked for, in characters. */
const ASKED_BY_REACH = 72;

/** The person named at `start` is the interviewer: "She spoke to Lena Early about ...", "She spoke to our reporter, Lena Early". */
function interviewerAt(ctx: AttributionContext, start: number): boolean {
  const m = ASKED_BY.exec(ctx.text.slice(Math.max(0, start - ASKED_BY_REACH), start));
  if (!m) return false;
  const last = m[1].trim().split(/\s+/).pop() ?? '';
  return last === '' || NEWSROOM_JOBS.has(lowerWord(last)) || /['’]s$/.test(last);
}

/** How far before the first question a standfirst saying who was asked is looked for, in characters. */
const STANDFIRST_REACH = 600;

/** "We spoke to her about ...", "He talked to us": the words before the first question say an interview took place, of someone named before. */
const ASKED_PRONOUN = /\b(?:spoke|speaks|talked|talks|chatted|sat\s+down)\s+(?:to|with)\s+(?:her|him|them|us)\b/i;

/** Someone named among the person mentions before `at` (twelve at most) is the interviewer: "She spoke to Lena Early about ..."; or the words before it say that someone was asked ("We spoke to her"). */
function interviewerNamedBefore(ctx: AttributionContext, at: number): boolean {
  const { personMentions } = ctx;
  if (ASKED_PRONOUN.test(ctx.text.slice(Math.max(0, at - STANDFIRST_REACH), at))) return true;
  for (let i = countBefore(personMentions, (m) => m.start < at) - 1, n = 0; i >= 0 && n < INTERVIEWEE_MENTIONS; i--, n++) if (interviewerAt(ctx, personMentions[i].start)) return true;
  return false;
}

/** How many person mentions before an interview's first question are weighed for its interviewee. */
const INTERVIEWEE_MENTIONS = 12;

/**
 * Whom an interview that opens at `at` questions: of the people named before it (not the
 * article's author), the last given a role ("Harlow chairman Karim Nasser talks to Dana Hale":
 * the chairman, not the reporter), else the last named. Bounded: twelve mentions back.
 */
export function intervieweeBefore(ctx: AttributionContext, at: number): Entity | null {
  const { personMentions } = ctx;
  let last: Entity | null = null;
  for (let i = countBefore(personMentions, (m) => m.start < at) - 1, n = 0; i >= 0 && n < INTERVIEWEE_MENTIONS; i--, n++) {
    const e = personMentions[i].entity;
    if (e.author || interviewerAt(ctx, personMentions[i].start)) continue;
    if (e.role) return e;
    last ??= e;
  }
  return last;
}

/**
 * At least two question paragraphs each followed by a paragraph that is only a quotation, and
 * a person named (outside quotations and furniture) before the first of them: the interviewee.
 * Worked out once per analysis, in one pass over the paragraphs.
 */
export function interviewOf(ctx: AttributionContext): Interview | null {
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
    const e = intervieweeBefore(ctx, at);
    const m = e ? e.mentions.filter((x) => x.start < at && x.kind !== 'pronoun').pop() : undefined;
    if (e && m) found = { interviewee: e, mention: { start: m.start, end: m.end, text: m.text }, firstQuestion: first };
  }
  ctx.memo.interview = found;
  return found;
}

const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself']);

/**
 * In an interview, a prompt put as a statement to "you", no question mark: "Your opponents say
 * you have no experience." A short paragraph, no furniture, no quotation, a word of the second
 * person outside quotations.
 */
function promptOf(ctx: AttributionContext, p: number): boolean {
  const para = ctx.paragraphs[p];
  return !!para && !ctx.furniturePara[p] && para.end - para.start <= MAX_QUESTION && !quotationIn(ctx, p) && hasWordOf(ctx, p, SECOND_PERSON);
}
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves',
  // (And their contractions, one token each: "I'll", "we've".)
  ...["i'm", "i'll", "i've", "i'd", "we're", "we'll", "we've", "we'd"].flatMap((w) => [w, w.replace("'", '’')])]);

/** Paragraph p holds a word of `words` outside its quotations. */
function hasWordOf(ctx: AttributionContext, p: number, words: ReadonlySet<string>): boolean {
  const para = ctx.paragraphs[p];
  const { sentences, tokens, tokenQuote } = ctx;
  for (let k = sentences[para.firstSentence]?.firstToken ?? 0; k < (sentences[para.endSentence - 1]?.endToken ?? 0); k++) {
    if (tokenQuote[k] < 0 && words.has(tokens[k].lower)) return true;
  }
  return false;
}

/**
 * An interview laid out as questions and answers in plain prose, its labels lost (`What made you
 * run?` then `Honestly, I never planned to ...`): the answer paragraphs are the interviewee's
 * turns, so that "I" in them is the interviewee, as in a labelled transcript. Two questions at
 * least, each asked of "you" and answered in the first person, and a question in every four
 * paragraphs from the first on (an essay's rhetorical questions are rarer), or two answered in
 * the first person under a standfirst that names who asks ("She spoke to Rhys Colby"); the interviewee is
 * the last person named before the first question. Fills `ctx.turnSpeaker`. Bounded: one pass.
 */
export function proseInterviewTurns(ctx: AttributionContext, turnSpeaker: (Speaker | null)[]): void {
  const { paragraphs } = ctx;
  let questions = 0;
  let answered = 0;
  let asked = 0;
  let first = -1;
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    if (!isQuestion(ctx, p)) continue;
    // (Every question counts toward the density, "What was the hardest moment?" too; those
    // asked of "you" and answered in the first person show it is an interview; three answered
    // in the first person, one of them asked of "you", do too: "How bad was last winter?" then
    // "The worst I have seen.")
    if (first >= 0) asked++;
    if (isQuestion(ctx, p + 1) || ctx.furniturePara[p + 1] || !hasWordOf(ctx, p + 1, FIRST_PERSON)) continue;
    answered++;
    if (first < 0) { first = p; asked = 1; }
    if (hasWordOf(ctx, p, SECOND_PERSON)) questions++;
  }
  const at = first >= 0 ? paragraphs[first].start : 0;
  // (Or two answered in the first person under a standfirst that says who asks: "She spoke to
  // Rhys Colby about the storm." then "What happened that night?", no question asked of "you".)
  if (!(questions >= 2 || (questions >= 1 && answered >= 3) || (answered >= 2 && interviewerNamedBefore(ctx, at))) || asked * 4 < paragraphs.length - first) return;
  const e = intervieweeBefore(ctx, at);
  const m = e ? e.mentions.filter((x) => x.start < at && x.kind !== 'pronoun').pop() : undefined;
  if (!e || !m) return;
  const sp: Speaker = { entity: e.id, name: e.name, anonymous: false, mention: { start: m.start, end: m.end, text: m.text } };
  let answering = false;
  for (let p = first; p < paragraphs.length; p++) {
    if (ctx.furniturePara[p]) { answering = false; continue; }
    if (isQuestion(ctx, p)) { answering = true; continue; }
    if (answering && !turnSpeaker[p]) turnSpeaker[p] = sp;
  }
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
    // (A prompt put as a statement to "you", no question mark, is a question too: not the critics it names.)
    { text: 'Harbour chief on the ferry line\n\nMarta Okonjo has run the Harbour Authority for six years.\n\nWhy did you choose a new operator?\n\n"The old contract ran out."\n\nWill fares go up?\n\n"Not this year. We have frozen them."\n\nYour critics say you have no experience.\n\n"They are right that I have not done this before."', quote: 'They are right', speaker: 'Marta Okonjo' },
    // (Answers in plain prose, the labels lost: "I" in them is the interviewee.)
    { text: 'Harbour chief on the ferry line\n\nMarta Okonjo has run the Harbour Authority for six years.\n\nWhy did you choose a new operator?\n\nThe old contract ran out. I told the board, "We start again."\n\nWill your fares go up?\n\nNot this year. We have frozen them.', quote: 'start again', speaker: 'Marta Okonjo', decidedBy: 'cue-before' },
    // (Questions set in bold, as the web writes them.)
    { text: 'Harbour chief on the ferry line\n\nMarta Okonjo has run the Harbour Authority for six years.\n\n**Why did you choose a new operator?**\n\nThe old contract ran out. I told the board, "We start again."\n\n**Will your fares go up?**\n\nNot this year. We have frozen them.', quote: 'start again', speaker: 'Marta Okonjo', decidedBy: 'cue-before' },
    // (Not the reporter she "spoke to"; and every question counts toward how dense they are,
    // those not asked of "you" too.)
    { text: 'Twenty years on the quay\n\nNgozi Adebayo has run the harbour since 2006. She spoke to Lena Early about storms and ferries.\n\nDid you expect to stay so long?\n\nNot at all. I came for three years.\n\nWhat was the hardest night?\n\nThe storm of 2014. I stood on the quay thinking, "How do we come back from this?"\n\nAnd now?\n\nWe rebuild. The money is promised.\n\nWhat will you do next?\n\nA long holiday, I hope.', quote: 'come back', speaker: 'Ngozi Adebayo', decidedBy: 'cue-before' },
    // (Three questions answered in the first person, only one asked of "you": an interview too.)
    { text: 'Harbour chief on the flood wall\n\nDana Ruiz has run the harbour since 2015. She spoke to Rhys Colby.\n\nHow bad was last winter?\n\nThe worst I have seen. I told the board, "We rebuild higher or we do this every year."\n\nWill the wall be finished on time?\n\nI hope so. The builders say March.\n\nWhat do you say to those who want the money spent on housing?\n\nI understand them. But if the harbour floods, no house is safe.', quote: 'rebuild higher', speaker: 'Dana Ruiz', decidedBy: 'cue-before' },
    // (No question asked of "you", two answered in the first person, under a standfirst that
    // names who asks.)
    { text: 'Night of the storm\n\nLena Early has skippered the Quarle ferry for twenty years. She spoke to Rhys Colby about the storm.\n\nWhat happened that night?\n\nThe port engine cut out first. We drifted for forty minutes.\n\nDid the owners know about the engines?\n\nThey knew. I wrote to them in March: "Fix the port engine before winter."', quote: 'Fix the port engine', speaker: 'Lena Early', decidedBy: 'cue-before' },
    // (Nor the reporter a standfirst describes before naming: "spoke to our crime correspondent, X".)
    { text: 'Q&A: the new chief constable\n\nChief Constable Marta Okonjo took charge of Harlow Police in May. She spoke to our crime correspondent, Rhys Colby.\n\nWhat is the biggest challenge?\n\nRecruitment. We lost many officers last year.\n\nWhat would you say to officers thinking of leaving?\n\nStay and help me. I keep telling them, "This is the best job there is."', quote: 'best job', speaker: 'Marta Okonjo', decidedBy: 'cue-before' },
    // (The interviewee is the person the standfirst gives a role, not the reporter it names.)
    { text: 'Harbour chief on the ferry line\n\nHarbour Authority chief Marta Okonjo talks to Rhys Colby about fares.\n\nWhy did you choose a new operator?\n\nThe old contract ran out. I told the board, "We start again."\n\nWill your fares go up?\n\nNot this year. We have frozen them.', quote: 'start again', speaker: 'Marta Okonjo', decidedBy: 'cue-before' },
  ],
  credit(ctx, st) {
    const { paragraph } = st;
    if (ctx.furniturePara[paragraph] || !quoteOnlyParagraph(ctx, paragraph)) return null;
    const interview = interviewOf(ctx);
    if (!interview || paragraph <= interview.firstQuestion) return null;
    // Back over the answer's earlier paragraphs to its question.
    for (let p = paragraph - 1; p >= 0 && p >= paragraph - ANSWER_PARAGRAPHS; p--) {
      if (isQuestion(ctx, p) || promptOf(ctx, p)) {
        const e = interview.interviewee;
        return { speaker: { entity: e.id, name: e.name, anonymous: false, mention: interview.mention }, cue: null, method: 'paragraph', resolution: 'context', antecedent: null };
      }
      if (!quoteOnlyParagraph(ctx, p)) return null;
    }
    return null;
  },
};
