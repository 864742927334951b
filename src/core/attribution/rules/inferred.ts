// Credits from context alone, with no cue: marked as inferred wherever they are shown.
import { countBefore } from '../../text/search';
import { afterConnective, opensSentence, personSubject, pronounSubject, sentenceSubject } from '../clauses';
import { paragraphQuotesOther, quoteOnlyParagraph, sentenceCue, sentenceTailCue } from '../paragraphs';
import type { QuoteSpan } from '../../quotes/quotes';
import type { Entity, Speaker } from '../../types';
import { opensBody, personNamed, type AttributionContext, type QuoteState } from '../context';
import { BE_FORMS } from '../words';
import type { ContextRule } from '../rule';
import { speakerFrom } from '../speakers';
import { neighbours } from './neighbours';

/**
 * A quotation inside a sentence whose subject is named (`Achebe worried that the pension fund was
 * becoming "a promise nobody can keep"`) is that subject's, not the previous speaker's. Titles
 * are left to the scare-quote rules, and so are short terms unless the previous speaker would
 * otherwise be given them.
 */
export const sentenceSubjectRule: ContextRule = {
  id: 'sentence-subject',
  tier: 'inferred',
  description: 'A quotation inside a sentence with a named subject and no cue is inferred to be the subject\'s words.',
  examples: [
    // (A noun a speech verb may be, "report", before a verb of its own is the subject: not "The
    // council" reporting.)
    { text: 'Budget\n\nThe council report now promises "a decade of growth and renewal for the town".', speaker: 'The council report' },
    { text: 'Senator Wilma Achebe worried that the pension fund was becoming "a promise nobody can keep."', speaker: 'Wilma Achebe' },
    // (A clause after a bare "as", five words or more, is no term: the subject's words.)
    { text: 'Dinner\n\nThe union introduced Dana Ruiz to the hall as "someone who has changed what it means to lead a hospital".', speaker: 'The union' },
    // (Not across a clause with a subject of its own: "after an independent review found".)
    { text: 'Council chief quits\n\nThe chief executive of Tarvik council has resigned days after an independent review found "a culture of fear at every level of the authority".', quote: 'culture', speaker: null, unattributed: true },
    { text: 'Membership\n\nThe club handbook states that members may vote only if their fees are "paid in full before the meeting begins".', speaker: 'The club' },
    // (An opening phrase is no subject, whatever nouns it holds; the subject after its comma is.)
    { text: 'Amid growing criticism of the ferry operators, chief executive Dana Ruiz wants the line to become "a service that feels much less crowded for everyone."', speaker: 'Dana Ruiz' },
    // (A nominal speaks by its head, the noun before its "of": a sale says nothing.)
    { text: 'Sale\n\nThe sale of the regional newspaper chains Velcor and Quarle Media will give readers "a paper that finally works for everyone."', quote: 'finally works', speaker: null, unattributed: true },
    // (A section's heading in capitals before the quotation describes no one.)
    { text: 'Morning briefing\n\nWHAT IS WORKING.\n\nHARBOUR REFUGEES, THROUGH THE LENS "It is about giving people the camera and the story to tell." [Harlow Courier.]', quote: 'giving people', speaker: null, unattributed: true },
  ],
  credit(ctx, st) {
    const n = neighbours(ctx, st);
    const continues = !!n.prev?.speaker && n.prev.kind === 'direct' && (n.samePara || n.nextPara);
    if (!((st.innerWords > 3 || continues) && !n.titleLike && !opensSentence(ctx, st.qa, st.sent.firstToken))) return null;
    const subj = sentenceSubject(ctx, st.sIdx, st.qa);
    if (!subj) return null;
    const r = speakerFrom(ctx, subj[0], subj[1], st.quote.start, st.paragraph, st.lastSpeaker);
    return { speaker: r.speaker, cue: null, method: 'sentence-subject', resolution: r.resolution, antecedent: r.antecedent };
  },
};

/**
 * A paragraph that is nothing but a quotation, after a paragraph whose subject is a named person
 * (`Mendez praised the volunteers ...`): that person goes on speaking. Inferred: no cue.
 */
export const previousParagraph: ContextRule = {
  id: 'previous-paragraph',
  tier: 'inferred',
  description: 'A quotation-only paragraph after a paragraph about one named person is inferred to be that person\'s.',
  examples: [
    { text: 'Rosa Mendez praised the volunteers who cleared the beach over the weekend.\n\n"They did in two days what the council could not do in a year."', speaker: 'Rosa Mendez' },
    { text: 'Beach Clean-Up\n\nWhen asked about the clean-up, Rosa Mendez smiled.\n\n"They did in two days what the council could not do in a year."', speaker: 'Rosa Mendez' },
    // (The person's title of a few words before the name opens the sentence.)
    { text: 'Pool vote\n\nThe council voted to close the pool.\n\nSave Our Pool campaigner Ngozi Adebayo was in tears after the vote.\n\n"Generations of children learned to swim there. It is a disgrace."', quote: 'Generations', speaker: 'Ngozi Adebayo' },
    { text: 'Harbour\n\nHarbour master Dana Quill said the wall had been weak for years.\n\n"It came over the wall in seconds. We had no warning."', quote: 'seconds', speaker: 'Dana Quill' },
    { text: 'Village\n\nParish clerk Tomas Vell said the wall had been weak for years.\n\n"It came over the wall in seconds."', quote: 'seconds', speaker: 'Tomas Vell' },
    // (A short paragraph whose subject is "he" or "she": the person the pronoun stands for.)
    // (A description then the name in apposition; or "For" and the name opening the paragraph.)
    { text: 'Tower\n\nThe council met.\n\nHer neighbour, retired teacher Tomas Brink, is just as angry.\n\n"I have written to the council six times. Not one reply."', quote: 'six times', speaker: 'Tomas Brink' },
    { text: 'Tower\n\nThe council met.\n\nFor Karim Nasser, who chairs the residents, the issue is trust.\n\n"People do not believe anything they are told any more."', quote: 'any more', speaker: 'Karim Nasser' },
    { text: 'Harbour\n\nAccording to harbour master Dana Quill, the wall had been weak for a decade.\n\n"It came over the wall in seconds."', quote: 'seconds', speaker: 'Dana Quill' },
    // (A one-sentence paragraph whose one person is the subject of a clause after "and".)
    { text: 'Harbour vote\n\nThe harbour board met on Monday.\n\nThe question was put a second time and Tomas Brink still did not follow it.\n\n"I am not sure where you are going with that. Are you asking about the pier or the fees?"', quote: 'not sure', speaker: 'Tomas Brink' },
    // (Not where a later sentence turns to someone of the other gender.)
    { text: 'Harbour\n\nMarta Vell mends nets on the quay.\n\nHer late husband, Tomas Vell, fished the same waters. She remembers the storm well.\n\n"We lost three boats that night."', quote: 'three boats', speaker: null, unattributed: true },
    { text: 'Harbour vote\n\nTomas Brink listened to the question twice, frowning.\n\n"Say that again, slowly," Brink said.\n\nFinally, he nodded.\n\n"Yes. We will rebuild the north pier, whatever it costs."', quote: 'north pier', speaker: 'Tomas Brink' },
  ],
  credit(ctx, st) {
    const { sentences, paragraphs } = ctx;
    const { paragraph } = st;
    // (Never from furniture: a headline, caption or section head is no paragraph about anyone.)
    if (!(neighbours(ctx, st).opensParagraph && paragraph > 0 && !ctx.furniturePara[paragraph - 1] && !ctx.furniturePara[paragraph] && quoteOnlyParagraph(ctx, paragraph))) return null;
    const first = sentences[paragraphs[paragraph - 1].firstSentence];
    if (!first) return null;
    const single = paragraphs[paragraph - 1].endSentence - paragraphs[paragraph - 1].firstSentence === 1;
    const about = personSubject(ctx, first.firstToken, first.endToken) ?? forPerson(ctx, first.firstToken, first.endToken) ?? (single ? joinedClausePerson(ctx, first.firstToken, first.endToken) : null);
    // (Not where a later sentence turns to someone of the other gender: "Her late husband, Tomas,
    // fished the same waters. She remembers the storm well.")
    if (about && otherGenderLater(ctx, paragraph - 1, about.entity)) return null;
    if (about) return paragraphQuotesOther(ctx, paragraph - 1, about.entity) ? null : { speaker: about.speaker, cue: null, method: 'previous-paragraph', resolution: 'context', antecedent: null };
    // ("Finally, he got it." then a quotation alone: the person "he" stands for, read as any
    // speaker's pronoun is; only where the paragraph is that one short sentence.)
    if (!single) return null;
    const he = pronounPerson(ctx, st, first.firstToken, first.endToken, paragraph - 1);
    return he && !paragraphQuotesOther(ctx, paragraph - 1, he.entity) ? he.credit : null;
  },
};

/**
 * "The question was repeated and Tomas Brink still did not understand.": the one person named in
 * the sentence, the subject of a clause joined by "and" or "but" (the name right after it, then
 * a word in lower case). The person, else null.
 */
function joinedClausePerson(ctx: AttributionContext, from: number, to: number): { entity: Entity; speaker: Speaker } | null {
  const { tokens, tokenEntity, entities } = ctx;
  let found: { entity: Entity; speaker: Speaker } | null = null;
  for (let k = from; k < to; k++) {
    const ei = tokenEntity[k];
    if (ei < 0 || entities[ei].type !== 'person') continue;
    let end = k;
    while (end < to && tokenEntity[end] === ei) end++;
    const joined = k > from + 1 && (tokens[k - 1].lower === 'and' || tokens[k - 1].lower === 'but') && tokens[end]?.kind === 'word' && tokens[end].text === tokens[end].lower;
    if (found || !joined) return null;
    found = personNamed(ctx, entities[ei], k, end);
    k = end - 1;
  }
  return found;
}

/** A sentence of paragraph `p` after its first opens with "he" or "she" of the gender `e` has not. */
function otherGenderLater(ctx: AttributionContext, p: number, e: Entity): boolean {
  if (!e.gender) return false;
  const para = ctx.paragraphs[p];
  for (let s = para.firstSentence + 1; s < para.endSentence; s++) {
    const w = ctx.tokens[ctx.sentences[s].firstToken]?.lower;
    if ((w === 'she' && e.gender === 'male') || (w === 'he' && e.gender === 'female')) return true;
  }
  return false;
}

/**
 * "For Karim Nasser, who chairs the residents, the issue is trust.", "According to Karim Nasser,
 * the issue is trust.": a sentence opening with "For" or "According to" and a person's name is
 * about that person, or is that person's reported speech; the person, else null.
 */
function forPerson(ctx: AttributionContext, from: number, to: number): { entity: Entity; speaker: Speaker } | null {
  const { tokens, tokenEntity, entities } = ctx;
  // ("According to harbour master Dana Quill, the wall was weak.": the source's reported speech,
  // over a few lower-case words of a title.)
  let at = from + 1;
  if (tokens[from]?.lower === 'according' && tokens[from + 1]?.lower === 'to') {
    at = from + 2;
    while (at < to && at < from + 6 && tokenEntity[at] < 0 && tokens[at].kind === 'word' && tokens[at].text === tokens[at].lower) at++;
  } else if (tokens[from]?.lower !== 'for') return null;
  if (at >= to) return null;
  const ei = tokenEntity[at];
  if (ei < 0 || entities[ei].type !== 'person') return null;
  let end = at;
  while (end < to && tokenEntity[end] === ei) end++;
  if (tokens[end]?.text !== ',') return null;
  const e = entities[ei];
  return personNamed(ctx, e, at, end);
}

/**
 * The person "he" or "she", the subject of the sentence tokens[from, to), stands for, read as any
 * speaker's pronoun is, and the credit to them; null where it is no one named.
 */
function pronounPerson(ctx: AttributionContext, st: QuoteState, from: number, to: number, paragraph: number): { entity: Entity; credit: ReturnType<ContextRule['credit']> } | null {
  const he = pronounSubject(ctx, from, to);
  if (!he) return null;
  const r = speakerFrom(ctx, he[0], he[1], st.quote.start, paragraph, st.lastSpeaker);
  const e = r.speaker.entity ? ctx.entityById.get(r.speaker.entity) : undefined;
  return e?.type === 'person' ? { entity: e, credit: { speaker: r.speaker, cue: null, method: 'previous-paragraph', resolution: r.resolution, antecedent: r.antecedent } } : null;
}

/**
 * "Sometimes Brink's sharp verdicts keep him awake.": a person's possessive opening the sentence
 * (after a connective or "Sometimes", "Often"), the subject the person's own: the sentence is about
 * that person, and a pronoun in it of another gender says it is not. The person, else null.
 */
function possessorOpening(ctx: AttributionContext, from: number, to: number): { entity: Entity; speaker: Speaker } | null {
  const { tokens, tokenEntity, entities } = ctx;
  let at = afterConnective(ctx, from, to);
  if (at === from && OPENING_ADVERBS.has(tokens[at]?.lower ?? '')) at++;
  const ei = tokenEntity[at] ?? -1;
  if (ei < 0 || entities[ei].type !== 'person') return null;
  let end = at;
  while (end < to && tokenEntity[end] === ei) end++;
  if (tokens[end]?.text !== "'s" && tokens[end]?.text !== '’s') return null;
  const e = entities[ei];
  for (let k = end; k < to; k++) {
    const w = tokens[k].lower;
    if ((tokenEntity[k] >= 0 && tokenEntity[k] !== ei && entities[tokenEntity[k]].type === 'person') || (e.gender === 'male' && (w === 'she' || w === 'her')) || (e.gender === 'female' && (w === 'he' || w === 'him' || w === 'his'))) return null;
  }
  return personNamed(ctx, e, at, end);
}

/** Adverbs that may open a sentence before its subject with no comma: "Sometimes Brink's ...". */
const OPENING_ADVERBS: ReadonlySet<string> = new Set(['sometimes', 'often', 'now', 'still', 'today', 'later', 'occasionally']);

/**
 * A sentence that is nothing but a quotation, right after a sentence of the same paragraph whose
 * subject is a named person and which quotes nobody (`Okafor expects three launches by 2030.
 * "Adding a fourth is not possible."`): that person speaks on, as `previous-paragraph` reads a
 * quotation-only paragraph. Inferred: no cue.
 */
export const previousSentence: ContextRule = {
  id: 'previous-sentence',
  tier: 'inferred',
  description: 'A quotation-only sentence right after a sentence of the same paragraph about one named person, quoting nobody, is inferred to be that person\'s.',
  examples: [
    { text: 'Launch Plans\n\nDirector Ama Okafor expects three launches by 2030. "Adding a fourth rocket to the plan is simply not possible."', speaker: 'Ama Okafor' },
    // (An action between two speakers' words: the one who acts speaks next.)
    { text: 'Flood town\n\nDana Ruiz has run the bakery for 30 years. "I have never seen water like it," she said. Tomas Brink nodded. "Nor me. It came up through the floor."', quote: 'Nor me', speaker: 'Tomas Brink' },
    // (After an opening phrase, and a quoted term in the sentence; after a connective.)
    { text: 'Clinic row\n\nAfter "three awful nights" on the ward, Dana Ruiz feared the unit would shut. "In the end we kept every bed open."', quote: 'every bed', speaker: 'Dana Ruiz' },
    { text: 'Clinic row\n\nDana Ruiz runs the night ward.\n\nStill, Ruiz feared the unit would shut. "In the end we kept every bed open."', quote: 'every bed', speaker: 'Dana Ruiz' },
    // (After a sentence a person's possessive opens, after "Sometimes": that person.)
    { text: 'Judge\n\nTomas Brink has judged the contest for ten years. "I love it," Brink said.\n\nSometimes Brink\'s sharp verdicts keep him awake at night. "I replay the worst ones and wince."', quote: 'replay', speaker: 'Tomas Brink' },
    // (After a sentence whose subject is "he" or "she", the person it stands for.)
    { text: 'Deported\n\n"I was stunned," said Tomas Brink, 44.\n\nAfter his sentence, he was sent to a country whose language he did not speak. "For a week I slept under a bridge."', quote: 'under a bridge', speaker: 'Tomas Brink' },
    // (A description the word lists do not know, then the person named in apposition.)
    { text: 'The ferry\n\nHer deckhand, Tomas Brink, is more blunt. "They will build the bridge and forget about us in a week."', quote: 'forget about us', speaker: 'Tomas Brink' },
    // (Not after a sentence about no one named.)
    { text: 'Launch Plans\n\nThe agency expects three launches by 2030. "Adding a fourth rocket to the plan is simply not possible."', quote: 'fourth', speaker: null, unattributed: true },
  ],
  credit(ctx, st) {
    const { sentences, tokens, tokenQuote } = ctx;
    const { sIdx, sent, qa, qb } = st;
    if (sIdx === 0 || ctx.furniturePara[st.paragraph] || !opensSentence(ctx, qa, sent.firstToken)) return null;
    // The quotation is the whole sentence, or sentences, but for its closing punctuation.
    let after = 0;
    const last = sentences[st.sEndIdx] ?? sent;
    for (let k = qb; k < last.endToken; k++) if (tokens[k].kind !== 'punct') after++;
    if (after > 0) return null;
    const prev = sentences[sIdx - 1];
    if (!prev || prev.paragraph !== st.paragraph) return null;
    // (A quoted term of three words at most inside it quotes no one: `after "some dreadful
    // nights", Ruiz was worried`.)
    for (let k = prev.firstToken; k < prev.endToken; k++) {
      if (tokenQuote[k] < 0) continue;
      const pq = ctx.quotes[tokenQuote[k]];
      if (k === prev.firstToken || ctx.text.slice(pq.innerStart, pq.innerEnd).trim().split(/\s+/).length > 3) return null;
    }
    const about = personSubject(ctx, prev.firstToken, prev.endToken) ?? possessorOpening(ctx, prev.firstToken, prev.endToken);
    if (about) return { speaker: about.speaker, cue: null, method: 'previous-paragraph', resolution: 'context', antecedent: null };
    // ("He shrugged. "It happens."": the person the pronoun stands for.)
    return pronounPerson(ctx, st, prev.firstToken, prev.endToken, st.paragraph)?.credit ?? null;
  },
};

/**
 * A paragraph that is nothing but a quotation, right after a paragraph that ends with an
 * attributed quotation and its attribution (`… ,” Marshall says.`): the same speaker goes on, as
 * news copy leaves a continued quotation unattributed. Inferred: no cue of its own.
 */
export const afterAttributedParagraph: ContextRule = {
  id: 'after-attributed-paragraph',
  tier: 'inferred',
  description: 'A quotation-only paragraph right after a paragraph ending in an attributed quotation ("…," Marshall says.) is inferred to continue that speaker.',
  examples: [
    { text: 'The ledgers were checked twice. “We could not tell anyone,” Dana Okoro says.\n\n“As the deadline neared, the three of us worked from a borrowed office.”', quote: 'deadline', speaker: 'Dana Okoro' },
    // (The speaker's description after a comma is part of the attribution.)
    { text: 'Plant closes\n\nUnions reacted with fury. "This is a betrayal," said Rhys Colby, regional secretary of the Metalworkers Union.\n\n"They took the subsidies and now they are taking the jobs."', quote: 'subsidies', speaker: 'Rhys Colby' },
  ],
  credit(ctx, st) {
    const n = neighbours(ctx, st);
    const prev = n.prev;
    const { paragraph } = st;
    if (!prev?.speaker || prev.kind !== 'direct' || !prev.cue || !n.opensParagraph || paragraph === 0) return null;
    if (ctx.furniturePara[paragraph - 1] || ctx.furniturePara[paragraph] || !quoteOnlyParagraph(ctx, paragraph)) return null;
    const pq = ctx.quotes[st.index - 1];
    const prevP = ctx.paragraphs[paragraph - 1];
    if (pq.start < prevP.start || pq.end > prevP.end || prev.cue.start < pq.end || prev.cue.end > prevP.end) return null;
    // The attribution is all that follows the quotation in its paragraph: a few words, and
    // perhaps the speaker's description after a comma ("said Rhys Colby, regional secretary of
    // the Metalworkers Union.").
    if (!shortAttribution(ctx.text.slice(pq.end, prevP.end))) return null;
    return { speaker: prev.speaker, cue: null, method: 'previous-paragraph', resolution: 'context', antecedent: null };
  },
};

/** Most words of an attribution closing a paragraph, and of a description in apposition after it. */
const ATTRIBUTION_WORDS = 8;
const DESCRIPTION_WORDS = 12;
/** Words that start a clause of their own: a description in apposition has none. */
const CLAUSE_WORD = /\b(?:said|says|told|added|adds|who|which|that|but|and|because)\b/i;

/** The text after a quotation is a short attribution, perhaps with a description after a comma (no clause of its own). */
function shortAttribution(tail: string): boolean {
  const comma = tail.indexOf(',', 1);
  const head = comma > 0 ? tail.slice(0, comma) : tail;
  const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;
  if (words(head) > ATTRIBUTION_WORDS) return false;
  if (comma < 0 || words(tail) <= ATTRIBUTION_WORDS) return true;
  const rest = tail.slice(comma + 1);
  return words(rest) <= DESCRIPTION_WORDS && !rest.includes(',') && !CLAUSE_WORD.test(rest);
}

/**
 * A paragraph that is nothing but a quotation, right after a paragraph of reported speech that
 * quotes nothing and closes with its attribution (`The gusts had been fierce, he said.`): the
 * speaker reported goes on, in their own words. Inferred: no cue of its own.
 */
export const afterReportedParagraph: ContextRule = {
  id: 'after-reported-paragraph',
  tier: 'inferred',
  description: 'A quotation-only paragraph right after a paragraph of reported speech closed by its attribution ("..., he said."), or of one sentence of reported speech ("The council said ..."), is inferred to be that speaker\'s.',
  examples: [
    { text: 'Fire Crews Hold Line\n\nRhys Colby, who runs the roadhouse, said the town was sombre.\n\nThe gusts overnight had been fierce and unpredictable, he said.\n\n"Nobody could tell where the fire would go next."', quote: 'go next', speaker: 'Rhys Colby' },
    // (A title in lower case between the comma and the name.)
    { text: 'Ferry line to close\n\nThe Harbour Line will stop its winter sailings, its chief executive Dana Ruiz told staff on Monday.\n\n"This was the hardest decision of my career."', quote: 'hardest decision', speaker: 'Dana Ruiz' },
    // (A paragraph of one sentence, its cue after its subject.)
    { text: 'Harbour\n\nHarbour master Dana Quill blamed the council.\n\nThe council, in a statement, said the wall had been inspected in March.\n\n"We followed every recommendation we were given."', quote: 'recommendation', speaker: 'The council' },
    // (Not after the body's first paragraph, a lede's summary: the quotation is flagged for the editor.)
    { text: 'Harbour\n\nThe council said the wall had been inspected in March.\n\n"We followed every recommendation we were given."', quote: 'recommendation', speaker: null, unattributed: true },
    // (Not a passive's subject: the accused say nothing there.)
    { text: 'Harbour\n\nThe harbour board has been accused of hiding the survey.\n\n"We followed every recommendation we were given."', quote: 'recommendation', speaker: null, unattributed: true },
  ],
  credit(ctx, st) {
    const { paragraph } = st;
    if (!(neighbours(ctx, st).opensParagraph && paragraph > 0 && !ctx.furniturePara[paragraph - 1] && !ctx.furniturePara[paragraph] && quoteOnlyParagraph(ctx, paragraph))) return null;
    const prevP = ctx.paragraphs[paragraph - 1];
    // (Reported speech only: a paragraph that quotes has its own rules.)
    const pq = st.index > 0 ? ctx.quotes[st.index - 1] : null;
    if (pq && pq.end > prevP.start) return null;
    // (Or a paragraph of one sentence, its cue after its subject: "The council, in a statement,
    // said the wall had been inspected." then "We followed every recommendation.")
    // (Not a quotation that runs on, whose speaker is named where it ends; nor a heading's words
    // with no stop; nor a passive's subject, "X has been accused of ...".)
    // (Nor after the body's first paragraph, a lede's summary of the story, whose next words are anyone's.)
    const f = sentenceTailCue(ctx, prevP.endSentence - 1) ?? reportedSentence(ctx, st, paragraph - 1);
    if (!f) return null;
    const r = speakerFrom(ctx, f.speakerStart, f.speakerEnd, st.quote.start, st.paragraph, st.lastSpeaker);
    return { speaker: r.speaker, cue: null, method: 'previous-paragraph', resolution: r.resolution === 'name' || r.resolution === 'surname' ? 'context' : r.resolution, antecedent: r.antecedent };
  },
};

/** The cue of paragraph p when it is one sentence of reported speech, its cue after its subject and active, not the lede (see afterReportedParagraph). */
function reportedSentence(ctx: AttributionContext, st: QuoteState, p: number): ReturnType<typeof sentenceCue> {
  const para = ctx.paragraphs[p];
  const { quote } = st;
  if (para.endSentence - para.firstSentence !== 1 || quote.continuesInNextParagraph || quote.unclosed || opensBody(ctx, p) || !/[.!?…]["”’']?$/.test(ctx.text.slice(quote.innerStart, quote.end).trim())) return null;
  const said = sentenceCue(ctx, para.firstSentence);
  return said && !BE_FORMS.has(ctx.tokens[said.cueStart - 1]?.lower ?? '') ? said : null;
}

/** Most words of a quotation standing as a section's heading. */
const HEADING_QUOTE_WORDS = 10;

/** The quotation q is all of paragraph p but a number before it ("3."), with no stop of its own: a section's heading. */
function headingQuoteAlone(ctx: AttributionContext, q: QuoteSpan, p: number): boolean {
  const { text } = ctx;
  const para = ctx.paragraphs[p];
  if (!para || !/^\s*(?:\d{1,2}[.)]\s*)?$/.test(text.slice(para.start, q.start)) || !/^\s*$/.test(text.slice(q.end, para.end))) return false;
  return !/[.!?…]\s*$/.test(text.slice(q.innerStart, q.innerEnd));
}

/**
 * A short quotation standing alone as a section's heading, perhaps numbered (`3. "A budget
 * built on sand"`), with no stop of its own, over a paragraph whose subject is a named person
 * who is quoted in it (`Tomas Brink told the committee, "..."`): that person's words, pulled out
 * as the section's title. Inferred: no cue.
 */
export const headingQuote: ContextRule = {
  id: 'heading-quote',
  tier: 'inferred',
  description: 'A short quotation standing alone as a section\'s heading, over a paragraph whose named subject is quoted in it, is inferred to be that person\'s.',
  examples: [
    { text: 'Inquiry highlights\n\nHere are the main points.\n\n2. "A budget built on sand"\n\nTomas Brink attacked the spending plans. "The sums do not add up," he said.', quote: 'on sand"', speaker: 'Tomas Brink' },
    // (Not over a paragraph that quotes no one.)
    { text: 'Inquiry highlights\n\nHere are the main points.\n\n"A budget built on sand"\n\nTomas Brink attacked the spending plans.', quote: 'on sand"', speaker: null, unattributed: true },
  ],
  credit(ctx, st) {
    const { paragraphs, sentences, quotes } = ctx;
    const next = paragraphs[st.paragraph + 1];
    if (!next || st.innerWords > HEADING_QUOTE_WORDS || !headingQuoteAlone(ctx, st.quote, st.paragraph)) return null;
    const first = sentences[next.firstSentence];
    const about = first ? personSubject(ctx, first.firstToken, first.endToken) : null;
    if (!about) return null;
    // (The person is quoted in that paragraph: the heading is a pull of their words.)
    const k = countBefore(quotes, (x) => x.start < next.start);
    if (k >= quotes.length || quotes[k].start >= next.end) return null;
    return { speaker: about.speaker, cue: null, method: 'previous-paragraph', resolution: 'context', antecedent: null };
  },
};
