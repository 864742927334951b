// Speech or not: scare quotes, titles and terms are no one's statement.
import type { QuoteKind } from '../../types';
import { countBefore } from '../../text/search';
import { countWords, isSpaceCode, letterOrDigitAt } from '../../text/words';
import { hearingBefore, opensSentence, sentenceSubject } from '../clauses';
import type { AttributionContext, QuoteState } from '../context';
import type { ContextRule, RuleExample } from '../rule';
import { speakerFrom } from '../speakers';
import { DETERMINERS, humanNoun, NAMED_PASSIVES, namedPassiveAt, NAMING_CUES, SCARE_CUES } from '../words';
import { speakerNoun } from '../cues';
import { cueInSentence } from '../described';
import { neighbours } from './neighbours';

export interface Kind {
  readonly kind: QuoteKind;
  /** Why it is not speech, or why nobody is credited; null for attributed speech. */
  readonly reason: string | null;
  /** A cue was found but the quotation is a term after "so-called", "titled" and the like: keep the speaker. */
  readonly keepSpeaker: boolean;
}

/** The words before the quotation in its sentence, lower-cased (one and two back). */
function wordsBefore(ctx: AttributionContext, st: QuoteState): [string, string] {
  const { qa, sent } = st;
  return [qa - 1 >= sent.firstToken ? ctx.tokens[qa - 1]?.lower : '', qa - 2 >= sent.firstToken ? ctx.tokens[qa - 2]?.lower : ''];
}

/** Nouns for works: a Title Case quotation after one is its title ("the song "Respect"", "NBC's "Meet the Press""). */
const WORKS = new Set(['song', 'songs', 'album', 'single', 'hit', 'anthem', 'ballad', 'film', 'movie', 'documentary', 'show', 'series',
  'programme', 'program', 'episode', 'book', 'novel', 'memoir', 'play', 'musical', 'opera', 'poem', 'painting', 'podcast',
  'column', 'article', 'essay', 'report', 'headline', 'story', 'video', 'game', 'sitcom', 'drama', 'exhibition', 'campaign']);
/** What carries words nobody speaks: a sign's text, a slogan, a headline. */
const CARRIERS = new Set(['sign', 'signs', 'banner', 'banners', 'placard', 'placards', 'poster', 'posters', 'slogan', 'slogans',
  'graffiti', 'inscription', 'plaque', 'billboard', 'sticker', 't-shirt', 't-shirts', 'shirt', 'shirts', 'mural', 'caption']);
/** Words that introduce a name or a headline, however long it is: "an article headlined "..."". */
const NAMING = new Set(['headlined', 'titled', 'entitled', 'subtitled', 'nicknamed', 'christened', 'captioned']);

/** Nouns for a name given, after a determiner: "the name", "its nickname", "the hashtag". */
const NAME_NOUNS = new Set(['name', 'nickname', 'moniker', 'hashtag', 'codename', 'alias', 'pseudonym']);

/** Title Case: every word of four letters or more capitalised, and no sentence inside. */
function titleCase(inner: string): boolean {
  const text = inner.replace(/[,.]$/, '');
  // (Asked of every quotation: a long one is no title, told before it is split into words.)
  if (!atMostPieces(text, 8)) return false;
  const long = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return long.length >= 1 && long.every((w) => /^\p{Lu}/u.test(w)) && !/[.!?]\s/.test(text) && text.split(/\s+/).length <= 8;
}

/** Whether `text.split(/\s+/)` has at most `max` pieces, told without splitting: it stops at the first too many. */
function atMostPieces(text: string, max: number): boolean {
  let runs = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpaceCode(text.charCodeAt(i))) continue;
    if (++runs >= max) return false;
    while (i + 1 < text.length && isSpaceCode(text.charCodeAt(i + 1))) i++;
  }
  return true;
}

/**
 * Whether `text.split(/\s+/)` has at most `max` pieces with a letter or a digit in them (what
 * strictTitleCase counts as words), told without splitting: it stops at the first too many.
 */
function atMostWords(text: string, max: number): boolean {
  let words = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) { counted = false; continue; }
    if (counted || !letterOrDigitAt(text, i)) continue;
    counted = true;
    if (++words > max) return false;
  }
  return true;
}

/** Words a title leaves in lower case ("Takin' It to the Streets", "War and Peace"). */
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'vs', 'vs.', '&']);

/**
 * Strict Title Case, the mark of a title whatever stands around it: two to eight words, every
 * one capitalised but the minor words of titles, at least two capitals, not all in capitals (a
 * shout), no sentence inside, nothing but a comma or a period at its end; and no "I" opening it
 * ("I Will Go" is still a title; "I Said No" too: speech is written in sentence case).
 */
function strictTitleCase(inner: string): boolean {
  // (Asked of every quotation not in furniture: more than eight words is no title, told before anything is split.)
  if (!atMostWords(inner, 8)) return false;
  const text = inner.replace(/[,.]$/, '').trim();
  // (One colon before a capital may part a title from its subtitle: "Tom Harlow: An Unofficial Life".)
  if (/[.!?;]/.test(text) || /:(?!\s+\p{Lu})|:.*:/u.test(text) || /^\p{Lu}[\p{Lu}\s\d'’&.-]*$/u.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length < 2 || words.length > 8) return false;
  let capitals = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].replace(/^[([“"‘']+/, '');
    if (/^\p{Lu}/u.test(w) || /^\p{N}/u.test(w)) { capitals++; continue; }
    if (i > 0 && MINOR.has(w.toLowerCase())) continue;
    return false;
  }
  return capitals >= 2;
}

/**
 * Quoted words nobody says, whatever cue is near: a name or headline after "headlined",
 * "titled", "nicknamed"; the text of a sign, banner or slogan ("a placard that read "...""); a
 * title of a work in Title Case after a possessive or a word for a work ("NBC's "Meet the
 * Press,"", "the hit "Respect""); an e-mail or web address.
 */
/** Verbs with which a carrier gives its text: "read a banner", "proclaimed a sign". */
const CARRIER_VERBS = new Set(['read', 'reads', 'said', 'says', 'proclaimed', 'proclaims', 'declared', 'declares']);

/** A carrier after the quotation, as its verb's inverted subject: `"...," read a banner`; its word (singular), or null. Bounded: six tokens. */
function carrierAfter(ctx: AttributionContext, st: QuoteState): string | null {
  const { tokens } = ctx;
  let verb = false;
  for (let k = st.qb; k < Math.min(st.sentEnd.endToken, st.qb + 6); k++) {
    const w = tokens[k].lower;
    if (ctx.tokenQuote[k] >= 0) return null;
    if (CARRIER_VERBS.has(w)) verb = true;
    else if (verb && CARRIERS.has(w)) return w.replace(/s$/, '');
    else if (verb && tokens[k].kind !== 'word') return null;
  }
  return null;
}

/** A whole sentence, its stop inside the marks, right after a colon: an answer, however short (`the answer is simple: "Build more homes."`). */
function answerAfterColon(ctx: AttributionContext, st: QuoteState, inner: string): boolean {
  return st.qa > 0 && ctx.tokens[st.qa - 1].text === ':' && /^\p{Lu}/u.test(inner) && /[.!?]["”’']?$/.test(inner);
}

/** Words between a determiner and "called" that are no noun: "this is called", "the so called". */
const NOT_NOUNS = /^(?:is|are|was|were|be|been|being|so|also|now|often|sometimes|still)$/;

/** The word before token `k` is a thing's noun in lower case after a determiner: "a thread", "her book"; no pronoun, no noun for anyone. */
function thingBefore(ctx: AttributionContext, k: number): boolean {
  const n = ctx.tokens[k - 1];
  const det = ctx.tokens[k - 2];
  return !!n && !!det && n.kind === 'word' && n.text === n.lower && DETERMINERS.has(det.lower) && !DETERMINERS.has(n.lower) && !NOT_NOUNS.test(n.lower) && !humanNoun(n.lower) && !speakerNoun(n.lower) && ctx.tokenEntity[k - 1] < 0;
}

function notSpeechReason(ctx: AttributionContext, st: QuoteState, inner: string, prevWord: string, prevWord2: string): string | null {
  if (NAMING.has(prevWord) || NAMING.has(prevWord2)) return `a name or headline (after "${NAMING.has(prevWord) ? prevWord : prevWord2}")`;
  // ("earned the name "blood diamonds"", "the hashtag "#NotMyMayor"", "systems referred to as
  // "telematics"": a name given, not words said; "referred to her as "a disgrace"" is speech.)
  if ((NAME_NOUNS.has(prevWord) && DETERMINERS.has(prevWord2)) || (prevWord === 'as' && prevWord2 === 'to')) return `a name (after "${prevWord2} ${prevWord}")`;
  // ("pleaded guilty to four counts of "doing acts with seditious intention"": an offence's name.)
  if (prevWord === 'of' && CHARGES.has(prevWord2)) return `an offence's name (after "${prevWord2} ${prevWord}")`;
  // ("a thread called "Is anyone playing this game?"", "a book called "..."": a thing's noun in
  // lower case and "called" or "named" give its name, not anyone's words; not "called it "..."",
  // nor "the minister called "Order!"", a noun for someone.)
  if ((prevWord === 'called' || prevWord === 'named') && thingBefore(ctx, st.qa - 1)) return `a name (after "${prevWord2} ${prevWord}")`;
  // (An address has no space: most quotations are turned away by their first one.)
  if (!inner.includes(' ') && /^\S+@\S+\.\w+$|^(?:https?:\/\/|www\.)\S+$/.test(inner)) return 'an address, not a statement';
  // ('2026-01-20T08:15:43+00:00', "17", "B-2": digits and no word of two letters, a value or a
  // code; a chant, "U-S-A!", stays.)
  // (Two letters in a row are asked first: a statement has them in its first words, where a
  // search for a digit would read all of it.)
  if (!/\p{L}\p{M}*\p{L}/u.test(inner) && /\d/.test(inner)) return 'no words: a value or a code, not a statement';
  const { tokenQuote, quoteTokens } = ctx;
  // (Back over the items of a list of such texts, joined by commas, "and", "or": `placards
  // reading "Save our market" and "We are not criminals"`; three items at most.)
  let from = st.qa;
  for (let hops = 0, k = from - 1; k >= Math.max(st.sent.firstToken, from - 6); k--) {
    if (tokenQuote[k] >= 0) {
      let joined = hops < 3;
      for (let j = k + 1; j < from && joined; j++) if (!LIST_JOINS.has(ctx.tokens[j].lower)) joined = false;
      if (!joined) break;
      hops++;
      from = quoteTokens[tokenQuote[k]][0];
      k = from;
      continue;
    }
    if (CARRIERS.has(ctx.tokens[k]?.lower)) return `the text of a ${ctx.tokens[k]?.lower.replace(/s$/, '')}, not a statement`;
    // (Not what a speaker says of the sign or the slogan: `the judge said the slogans were "clearly
    // intended to incite ..."`; "The slogan was "..."" alone is the slogan's text.)
    if (/^(?:is|are|was|were)$/.test(ctx.tokens[k]?.lower ?? '') && cueInSentence(ctx, st.sent.firstToken, k)) break;
  }
  // (Or after it: `"Enough is enough," read a banner held by protesters`.)
  const carrier = carrierAfter(ctx, st);
  if (carrier) return `the text of a ${carrier}, not a statement`;
  if ((WORKS.has(prevWord) || WORKS.has(prevWord2) || prevWord === "'s" || prevWord === '’s') && titleCase(inner)) return 'a title of a work';
  // (One capitalised word quoted inside a sentence, "the hit film "Glacier"", "a nickname,
  // "Gert"", "the "Leave" campaign": a name, a title or a term; a one-word answer has its comma,
  // "!" or "?", or opens its sentence.)
  // (Not a sentence's worth after a colon: `His answer was short: "No."`.)
  if (st.innerWords === 1 && /^\p{Lu}\p{Ll}/u.test(inner) && !/[,!?]["”’']?$/.test(inner) && !opensSentence(ctx, st.qa, st.sent.firstToken) && !answerAfterColon(ctx, st, inner)) return 'a name or title in quotation marks';
  // (`what "resilience" meant`, `"net zero" stands for`: a word or two whose meaning is the
  // subject, a term mentioned, not words said.)
  if (st.innerWords <= 3 && MEANING_VERBS.has(ctx.tokens[st.qb]?.lower ?? '')) return `a term (before "${ctx.tokens[st.qb]?.lower}")`;
  // (`"In due course" is doing the heavy lifting`: a few words with no stop of their own opening
  // the sentence as the subject of "is", "was", "has": words mentioned, not said.)
  // (Not `"Vandalism" was the word Ruiz used`, `"Madness" is how Ruiz put it`: someone's words.)
  if (st.innerWords <= 3 && LINKING_VERBS.has(ctx.tokens[st.qb]?.lower ?? '') && !/[.!?,;:]["”’']?$/.test(inner) && st.qa === st.sent.firstToken
    && !/^(?:how|what|the word|the words|the phrase)\b/.test(`${ctx.tokens[st.qb + 1]?.lower ?? ''} ${ctx.tokens[st.qb + 2]?.lower ?? ''}`)) return `a term (the subject of "${ctx.tokens[st.qb]?.lower}")`;
  // (In the body, or in a headline written in sentence case: a headline in Title Case writes its
  // quotations so too.)
  if (strictTitleCase(inner) && (!ctx.furniturePara[st.paragraph] || sentenceCaseLine(ctx, st))) return 'a title or name in Title Case';
  return null;
}

/** Most characters of a line read for its case. */
const CASE_LINE_CHARS = 300;

/**
 * The quotation's line (a headline, a caption) is written in sentence case: outside its
 * quotations, two words of four letters or more in lower case ("Ruiz eliminated from 'Skating
 * with the Stars' after injury"; not "Ruiz On Being 'Pulled Into The Race'").
 */
function sentenceCaseLine(ctx: AttributionContext, st: QuoteState): boolean {
  const para = ctx.paragraphs[st.paragraph];
  if (!para) return false;
  const end = Math.min(para.end, para.start + CASE_LINE_CHARS);
  let lower = 0;
  let qi = countBefore(ctx.quotes, (q) => q.end <= para.start);
  const words = /\p{L}{4,}/gu;
  words.lastIndex = para.start;
  for (let m = words.exec(ctx.text); m && m.index < end; m = words.exec(ctx.text)) {
    while (qi < ctx.quotes.length && ctx.quotes[qi].end <= m.index) qi++;
    if (qi < ctx.quotes.length && ctx.quotes[qi].start <= m.index) continue;
    if (/^\p{Ll}/u.test(m[0]) && ++lower >= 2) return true;
  }
  return false;
}

/** Verbs after a quoted term opening its sentence that say something of the words themselves. */
const LINKING_VERBS = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'sounds', 'sounded', 'remains', 'became', 'becomes']);

/** Verbs after a quoted term that say what it means. */
const MEANING_VERBS = new Set(['means', 'meant', 'mean', 'stands', 'denotes', 'refers']);

/** The quotation is a whole sentence: it opens its sentence, starts with a capital, ends with its stop inside the marks, and nothing but marks follows it in the sentence. */
function sentenceOfItsOwn(ctx: AttributionContext, st: QuoteState, inner: string): boolean {
  if (st.qa !== st.sent.firstToken || !/^\p{Lu}/u.test(inner) || !/[.!?]$/.test(inner)) return false;
  for (let k = st.qb; k < st.sentEnd.endToken; k++) if (ctx.tokens[k].kind !== 'punct') return false;
  return true;
}

/** Why a word or two credited by context alone is a term (the attribution loop still counts its speaker as the last one). */
export const CONTEXT_TERM = 'a word or two that no cue beside it credits: a term, not a statement';
/** Most words in a quotation that context alone (no cue beside it) cannot make speech. */
const CONTEXT_TERM_WORDS = 2;
/** Determiners before a quoted noun phrase: `a "festival guide"`, `the "red zone"`. */
const TERM_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);

/** Words that may join the items of a list of quoted terms. */
const LIST_JOINS = new Set([',', 'and', 'or', '&']);
/** Most words in a quoted term of a list. */
const TERM_WORDS = 3;
/** A short clause's opening in the first person, or "it's": "I panicked", "We're back", "It's over". */
const FIRST_PERSON_OPENING = /^(?:(?:I|We)\s+(?!(?:the|a|an|and|or|of)\b)|(?:I['’](?:m|ve|ll|d)|We['’](?:re|ve|ll|d)|It['’]s)\s+)\p{Ll}/u;

/**
 * The quotation is an item of a list of three or more quoted terms, each of at most three words,
 * joined only by commas, "and" or "or": `promises 'resilience', 'agility' and 'joined-up
 * thinking'`. A list of quoted words names terms; a speaker's words are not listed so.
 */
function inTermList(ctx: AttributionContext, st: QuoteState, cued: boolean): boolean {
  const { text, tokens, quotes, quoteTokens } = ctx;
  const qi = st.index;
  const short = (i: number): boolean => countWords(text, quotes[i].innerStart, quotes[i].innerEnd, TERM_WORDS + 1) <= TERM_WORDS;
  // Two quotations are joined when only list words lie between them, in one sentence.
  const joined = (i: number): boolean => {
    const [, endA] = quoteTokens[i];
    const [startB] = quoteTokens[i + 1];
    // (Nothing between them at all where the comma is inside the marks, `"surge," "spin," and
    // "organic."`: a list only where no cue credits them, as words someone called a thing may be
    // listed so, `called her "unstable," "sick" and "weak"`.)
    if (startB < endA || (startB === endA && cued) || startB - endA > 3 || tokens[endA - 1].sentence !== tokens[startB].sentence) return false;
    for (let k = endA; k < startB; k++) if (!LIST_JOINS.has(tokens[k].lower)) return false;
    return true;
  };
  if (!short(qi)) return false;
  let first = qi;
  while (first > 0 && first > qi - 8 && joined(first - 1) && short(first - 1)) first--;
  let last = qi;
  while (last + 1 < quotes.length && last < qi + 8 && joined(last) && short(last + 1)) last++;
  return last - first + 1 >= 3;
}

/** Object pronouns between a verb of judging and its quotation: "branded it", "labelled him". */
const OBJECT_PRONOUNS = new Set(['it', 'him', 'her', 'them']);
/** Verbs that name a thing or judge it, a name or a judgement after them: "branded", "termed", "labelled". */
const JUDGING = new Set(['branded', 'termed', 'labelled', 'labeled']);

/**
 * Speech or not. A quotation with an attribution is speech; after "so-called", "titled",
 * "dubbed", "the word" it is a term or title (with its speaker kept when a cue names one and it
 * is short); with no speaker, a span of three words or fewer, a title in Title Case, or a short
 * phrase inside a sentence is a scare quote, a title or a term, not a statement.
 */
export const speechOrNot = {
  id: 'speech-or-not',
  description: 'Short unattributed terms, titles in Title Case (in strict Title Case even with a cue) and words after "so-called" or "titled" are not speech.',
  examples: [
    { text: 'The new tower, known locally as "the Needle", opened in May.', speaker: null },
    { text: 'Her 1967 hit "Respect," she said, was written by a friend.', speaker: null },
    { text: 'Protesters carried a banner that read "No peace without justice for the families."', speaker: null },
    // (The items of a list of such texts, each not speech.)
    { text: 'Traders carried placards reading "Give us back our stalls" and "We are not criminals," and marched on.', quote: 'not criminals', speaker: null },
    // (What a speaker says of the slogans is speech; the slogan's own text, "The slogan was "..."", is not.)
    { text: 'Sedition\n\nJudge Mei Varan said the slogans were "clearly intended to incite hatred against the government".', speaker: 'Mei Varan', decidedBy: 'cue-before' },
    { text: 'Vote\n\nThe slogan was "Take back the town".', speaker: null },
    { text: 'March\n\n"Enough is enough," read a banner held by protesters outside the hall.', speaker: null },
    { text: 'The paper ran an article headlined "Mayor quits after a decade of rows over the pier."', speaker: null },
    { text: 'She starred in "Summer Of The Long Knives" in her twenties.', speaker: null },
    // (A short clause opened by "I", "we" or "it's" is said, though no one is credited: no term.)
    { text: "Lifts\n\nWhen someone walks in, say \"I've got this,\" then push every button.", speaker: null, unattributed: true },
    // (Two sentences, however short, are said: no term.)
    { text: 'Rovers crash out\n\nWHAT THE FANS SAID\n\n"Embarrassing. Simply embarrassing."', speaker: null, unattributed: true },
    // (A title and its subtitle, after one colon.)
    { text: 'His biography, "Tom Harlow: An Unofficial Life," sold well, the author said.', quote: 'Unofficial', speaker: null },
    // (One capitalised word inside a sentence: a name, a title or a term, whoever is near.)
    { text: 'The actor, who starred in "Glacier" last year, said he would return to the stage.', quote: 'Glacier', speaker: null },
    // (A headline in sentence case writes a title in Title Case as the body does.)
    { text: "Tarun Okeke quits 'Island of Lanterns' as ratings slide\n\nThe chef left the show on Sunday.", quote: 'Lanterns', speaker: null },
    // (Strict Title Case is a title or a name whoever is credited nearby; sentence case stays speech.)
    { text: 'The band will close with "Salt Wind Rising," "Down By The Quay" and "Takin\' It to the Pier," the singer said.', quote: 'Down By The Quay', speaker: null },
    { text: 'The band will close with "Salt Wind Rising," "Down By The Quay" and "Takin\' It to the Pier," the singer said.', quote: 'Takin', speaker: null },
    // (A name given: after "the name", "its nickname", a passive "referred to as".)
    { text: 'The miners say the stones have earned the name "blood diamonds" among traders.', quote: 'blood', speaker: null },
    // (A thing's noun and "called": its name, however long; a noun for someone and "called" is no name.)
    { text: 'Forum row\n\nA user posted a thread called "Is anyone at the studio actually playing this game?" on Tuesday.', quote: 'anyone at', speaker: null },
    { text: 'Harbour engineers said the sensors are referred to as "smart buoys" in the trade.', quote: 'smart', speaker: null },
    // (An offence's name after "counts of", whoever pleads.)
    { text: 'Court\n\nTomas Brink pleaded guilty last month to four counts of "doing acts with intent to cause alarm".', quote: 'doing acts', speaker: null },
    // (A clause after a passive of naming and "as": what others call the subject, no one's words here.)
    { text: 'Storm\n\nA man who died when a tree fell on him has been described as "the kindest man in the village".', quote: 'kindest', speaker: null },
    // (No word of two letters: a value or a code, whoever is near.)
    { text: 'The feed was last updated at \'2026-01-20T08:15:43+00:00\', the council said.', quote: '2026', speaker: null },
    // (A term whose meaning is asked: "what "resilience" meant".)
    { text: 'I asked a senior official what "resilience" meant in practice, and she laughed.', quote: 'resilience', speaker: null },
    // (A word or two that only the paragraph's cue would credit is a term.)
    { text: 'Mayor Otto Lindgren told the crowd on Friday. The festival will return to "Glasgow" next year.', quote: 'Glasgow', speaker: null },
    // (A continuation's word or two after a determiner: a noun phrase, no statement.)
    { text: 'Festival\n\nThe mayor said the plan was "the best value in the region". A "festival guide" will be published next month.', quote: 'festival guide', speaker: null },
    // (Not a sentence of its own, its stop inside the marks: that is said, however short.)
    { text: "Vote\n\nMs Ruiz said: 'It is a disgrace.' Mr Brink disagreed. 'It isn't.'", quote: "isn't", speaker: 'Brink', decidedBy: 'paragraph-cue' },
    // (A few words opening the sentence as the subject of "is": words mentioned, not said.)
    { text: 'Headline\n\nThe council said: "We are reviewing all options and will update residents in due course."\n\n"In due course" is doing the heavy lifting there.', quote: 'In due course', speaker: null },
    // (A list of quoted words names terms, whoever is near.)
    { text: "Every council report now promises 'resilience', 'agility' and 'joined-up thinking'.", quote: 'agility', speaker: null },
    { text: 'The list of banished words includes "pivot," "synergy," "under the bus" and "organic." The panel said so.', quote: 'under the bus', speaker: null },
  ] as readonly RuleExample[],
  classify(ctx: AttributionContext, st: QuoteState, found: boolean, hasSpeaker: boolean, fromContext = false): Kind {
    const { text } = ctx;
    const { quote: q, qa, sent, innerWords } = st;
    const [prevWord, prevWord2] = wordsBefore(ctx, st);
    const inner = text.slice(q.innerStart, q.innerEnd).trim();
    const notSpeech = notSpeechReason(ctx, st, inner, prevWord, prevWord2);
    // (A cue's speaker stays, for the hover: who sang the song, who gave the nickname.)
    if (notSpeech) return { kind: 'scare', reason: notSpeech, keepSpeaker: found };
    if (st.innerWords <= TERM_WORDS && inTermList(ctx, st, found)) return { kind: 'scare', reason: 'an item of a list of quoted terms', keepSpeaker: found };
    // (`Ward described the plan as "reckless"`: after "as", with a cue naming who says it, the
    // words are that speaker's, however short; "known as", "dubbed" stay names above.)
    const saysAs = found && (prevWord === 'as' || prevWord2 === 'as');
    // (`reviewers who have branded it "tired"`: a verb of judging and its object pronoun, as "called
    // it" is, give what the cue's speaker judged, not a name; a name in Title Case stays one.)
    const judged = found && OBJECT_PRONOUNS.has(prevWord) && JUDGING.has(prevWord2) && !neighbours(ctx, st).titleLike;
    // (A clause after a bare "as", five words or more, is no term: `introduced her to the hall as
    // "someone who has changed what it means to lead"` is the subject's words, if anyone's.)
    // (Not after a passive of naming, "has been described as": the words are others' about the subject.)
    const clauseAs = prevWord === 'as' && innerWords >= 5 && !neighbours(ctx, st).titleLike && !(st.qa >= 3 && (namedPassiveAt(ctx.tokens, st.qa - 2) || ctx.tokens[st.qa - 3].lower === 'been' || ctx.tokens[st.qa - 3].lower === 'being'));
    if (!saysAs && !judged && !clauseAs && (SCARE_CUES.has(prevWord) || SCARE_CUES.has(prevWord2)) && (!found || innerWords <= 4)) {
      return { kind: 'scare', reason: `a term or title (after "${prevWord || prevWord2}")`, keepSpeaker: found };
    }
    // (A word or two credited by no cue beside it, only by the paragraph's context: `Lindgren told
    // the crowd on Friday. The festival will return to "Glasgow".` is a term, its speaker kept
    // for the hover.)
    // (Not a sentence of its own, its stop inside the marks: `Brink disagreed. "It isn't."`.)
    // (Nor a continuation's word or two after a determiner, a noun phrase inside the sentence:
    // `A "festival guide" will be published` after someone's words.)
    const phrase = !found && TERM_DETERMINERS.has(prevWord);
    if (hasSpeaker && (fromContext || phrase) && innerWords <= CONTEXT_TERM_WORDS && !sentenceOfItsOwn(ctx, st, inner)) return { kind: 'scare', reason: CONTEXT_TERM, keepSpeaker: true };
    if (hasSpeaker) return { kind: 'direct', reason: null, keepSpeaker: true };
    // (Not two sentences, however short: "Embarrassing. Simply embarrassing." is said.)
    // ("I panicked", "We won", "It's over": a clause the speaker opens with "I", "we" or "it's",
    // however short, is said.)
    if (innerWords <= 3 && !/[.!?]\s+\p{L}/u.test(inner) && !answerAfterColon(ctx, st, inner) && !(innerWords >= 2 && FIRST_PERSON_OPENING.test(inner))) return { kind: 'scare', reason: 'a short quoted term, not a statement', keepSpeaker: false };
    if (neighbours(ctx, st).titleLike) return { kind: 'scare', reason: 'a title or name in quotation marks', keepSpeaker: false };
    // (Nor a clause opened by "I" or "we": "Defendant tells jury: 'I panicked'".)
    if (innerWords <= 6 && !/[.!?,]["”’']?$/.test(inner) && !opensSentence(ctx, qa, sent.firstToken) && !(innerWords >= 2 && FIRST_PERSON_OPENING.test(inner))) {
      return { kind: 'scare', reason: 'a quoted phrase inside a sentence, not a statement', keepSpeaker: false };
    }
    return { kind: 'direct', reason: 'no speaker or attribution verb in the sentence, and no quotation before it to continue', keepSpeaker: false };
  },
};

/** Nouns for a charge, before "of" and an offence's name in quotation marks. */
const CHARGES: ReadonlySet<string> = new Set(['count', 'counts', 'charge', 'charges', 'offence', 'offences', 'offense', 'offenses']);

/**
 * A quoted term inside a sentence about someone is, by news convention, that subject's words
 * (`Achebe has long fought the "quiet erosion" of pensions`): inferred, never a title or name
 * ("titled", "so-called", Title Case). Only for scare quotes nobody else was credited with.
 */
export const termOfSubject: ContextRule = {
  id: 'term-of-subject',
  tier: 'inferred',
  description: 'A short quoted term in a sentence about someone is inferred to be the subject\'s words.',
  examples: [
    { text: 'Senator Wilma Achebe has long fought the "quiet erosion" of public pensions.', speaker: 'Wilma Achebe' },
    // (A parent counted by their children is a parent; the phrase ends at its verb.)
    { text: "A father-of-two has long fought the council's 'wrecking' of the high street.", speaker: 'A father-of-two' },
    { text: "A beekeeper has accused the council of 'wrecking' the meadows.", speaker: null },
    { text: 'Hacking trial\n\nTomas Brink, described as "fearless", joined the unit in 2004.', speaker: null },
  ],
  credit(ctx, st) {
    const [prevWord, prevWord2] = wordsBefore(ctx, st);
    if (neighbours(ctx, st).titleLike || NAMING_CUES.has(prevWord) || NAMING_CUES.has(prevWord2)) return null;
    // (Nor the words someone was named with, by others, in the passive: "Brink, described as
    // "fearless", joined", "Brink was branded "reckless""; not "what both sides described as".)
    const named = NAMED_PASSIVES.has(prevWord) ? st.qa - 1 : prevWord === 'as' && NAMED_PASSIVES.has(prevWord2) ? st.qa - 2 : -1;
    if (named > 0 && (namedPassiveAt(ctx.tokens, named) || ctx.tokens[named - 1].text === ',')) return null;
    // (Nor a hearing's evidence: "The court heard that he had been "violent"": the court hears, says nothing.)
    if (hearingBefore(ctx, st.sent.firstToken, st.qa)) return null;
    const subj = sentenceSubject(ctx, st.sIdx, st.qa);
    if (!subj) return null;
    const r = speakerFrom(ctx, subj[0], subj[1], st.quote.start, st.paragraph, st.lastSpeaker);
    return { speaker: r.speaker, cue: null, method: 'sentence-subject', resolution: r.resolution, antecedent: r.antecedent };
  },
};
