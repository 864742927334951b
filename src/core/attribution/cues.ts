// Attribution verbs and nouns: whether a token is a cue ("said", "tweeted", "Said" opening a
// sentence) and not a noun or a word of a name.
import { ANONYMOUS_HEADS, isSpeechWord, lowerWord, ORG_WORDS, ROLE_NOUNS, STATEMENT_NOUNS, VERB_GAP } from '../lexicon/lexicon';
import type { Token } from '../types';
import type { AttributionContext } from './context';
import { AUXILIARIES, hearerPassiveAt, HUMAN_NOUNS, PERSON_NOUNS } from './words';
import { codeAt } from '../text/strings';
import { isAllCaps } from '../text/words';

/** A noun for a person or group, singular or plural: "critic", "officials", "the minister". */
export function personNoun(w: string): boolean {
  const one = w.endsWith('s') ? w.slice(0, -1) : w;
  return PERSON_NOUNS.has(w) || PERSON_NOUNS.has(one) || ROLE_NOUNS.has(w) || ROLE_NOUNS.has(one) || ANONYMOUS_HEADS.has(w) || ANONYMOUS_HEADS.has(one) || familyCompound(w);
}

/**
 * A parent or grandparent counted by their children, as British and Australian copy writes
 * them: "mother-of-three", "dad-of-two", "grandfather-of-five" are a mother, a dad, a grandfather.
 */
export function familyCompound(w: string): boolean {
  const at = w.indexOf('-of-');
  return at > 0 && HUMAN_NOUNS.has(w.slice(0, at));
}

/** A noun for someone who speaks, organisations included: "campaign", "office", "ministry". */
export function speakerNoun(w: string): boolean {
  return personNoun(w) || ORG_WORDS.has(w);
}

export function isWord(t: Token | undefined): t is Token {
  return !!t && t.kind === 'word';
}

export { isSpeechWord };

/** Nouns that carry what someone said: "Greaves's claim that there have been "hundreds of break-ins"". */
export const NOUN_CUES = new Set(['claim', 'claims', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words',
  'assertion', 'promise', 'pledge', 'warning', 'argument', 'description', 'accusation', 'allegation', 'suggestion',
  'message', 'response', 'reply', 'answer', 'tweet', 'tweets', 'post', 'quote', 'quip', 'line', 'insistence', 'contention',
  'prediction', 'vow', 'declaration', 'announcement', 'admission', 'testimony', 'speech', 'slogan', 'characterization',
  'rhetoric', 'complaint', 'criticism', 'praise', 'question', 'joke', 'boast', 'call', 'demand', 'denial', 'insult', 'attack',
  'phrase', 'catchphrase', 'mantra', 'refrain', 'motto', 'headline', 'caption', 'verdict', 'assessment', 'conclusion']);

/** Token k is an attribution verb: "said", "tweeted", "Said" opening a sentence; never a word of a name ("the United States"). */
export function isCueAt(ctx: AttributionContext, k: number): boolean {
  ctx.counter.steps++;
  const known = (ctx.memo.cueAt ??= new Uint8Array(ctx.tokens.length))[k];
  if (known) return known === 2;
  const answer = cueAt(ctx, k);
  if (k >= 0 && k < ctx.tokens.length) ctx.memo.cueAt[k] = answer ? 2 : 1;
  return answer;
}

/** "as" opens the clause of token k, at most six words back in its sentence: "as the sociologist Tomas Brink puts it". */
function asBefore(ctx: AttributionContext, k: number): boolean {
  const { tokens } = ctx;
  for (let j = k - 1; j >= 0 && j >= k - 7 && tokens[j].sentence === tokens[k].sentence; j--) {
    if (tokens[j].lower === 'as') return true;
    if (tokens[j].kind === 'punct' && tokens[j].text !== "'s" && tokens[j].text !== '’s') return false;
  }
  return false;
}

/** "think tank", "think tanks" at token k: a noun's first word, no verb of thinking ("a leading think tank has warned"). */
export function thinkTankAt(tokens: AttributionContext['tokens'], k: number): boolean {
  return tokens[k]?.lower === 'think' && /^tanks?$/.test(tokens[k + 1]?.lower ?? '');
}

function cueAt(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!isWord(t)) return false;
  const c = codeAt(t.text, 0);
  // Capitalised, it is a verb only opening a sentence ("Said Agnes Whitley, ..."), never in a
  // name or mid-sentence (`," State spokesman Ray Dunne said`).
  // (In copy set all in capitals, as old wire copy is, the verb is in capitals too: "BRINK TOLD
  // REPORTERS".)
  if (c >= 65 && c <= 90 && (ctx.tokenEntity[k] >= 0 || !firstWordOfSentence(ctx, k)) && !capitalsSentence(ctx, k)) return false;
  const w = t.lower;
  // ("as the sociologist Tomas Brink puts it, '...'": "put it" after "as" says how someone says it.)
  if ((w === 'put' || w === 'puts') && ctx.tokens[k + 1]?.lower === 'it' && asBefore(ctx, k)) return true;
  if (FINDING_VERBS.has(w)) return studyFinds(ctx, k);
  // ("'Is this a joke?' Tomas Brink wanted to know": a question's asker.)
  if ((w === 'wanted' || w === 'wants') && ctx.tokens[k + 1]?.lower === 'to' && ctx.tokens[k + 2]?.lower === 'know') return true;
  if (!isSpeechWord(w)) return false;
  // ("submitted that", "submitted: "...": counsel's word for arguing; not "the forms Dana Ruiz
  // submitted to the agency".)
  if (/^submit/.test(w) && !/^(?:that|:|,)$/.test(ctx.tokens[k + 1]?.lower ?? '')) return false;
  // "Conti will continue to be ...", "began to", "agreed to", "offered to": not speech.
  if (/^(?:continu|beg[ai]n|agree|offer|point)/.test(w) && (ctx.tokens[k + 1]?.lower ?? '') === 'to') return false;
  // ("the next time you read about a 'visionary'": reading about something, no text that reads.)
  if ((w === 'read' || w === 'reads') && READ_ABOUT.has(ctx.tokens[k + 1]?.lower ?? '')) return false;
  if (thinkTankAt(ctx.tokens, k)) return false;
  // ("pleaded guilty to ... "doing acts with seditious intention"": a plea names the charge, no
  // words of the one who pleads.)
  if (/^plead/.test(w) && /^(?:guilty|not|innocent)$/.test(ctx.tokens[k + 1]?.lower ?? '')) return false;
  // "to rule out a draft": no speech either.
  if (/^rul/.test(w) && (ctx.tokens[k + 1]?.lower ?? '') === 'out') return false;
  // "articles alleged to be based on ...", "a man said to have fled": a passive report, no speaker.
  if ((ctx.tokens[k + 1]?.lower ?? '') === 'to' && /^(?:be|have|been|contain|include|show|involve|come)$/.test(ctx.tokens[k + 2]?.lower ?? '')
    && /^(?:alleged|said|reported|believed|thought|claimed|rumou?red|understood|expected|known|suspected|deemed|considered)$/.test(w)) return false;
  // "the court was told", "jurors were told": the hearers, not a speaker.
  // ("passengers were warned:", "residents were urged,": so for every verb of telling.)
  // ("Parents were told to return the product": an instruction its hearers received, no one's words.)
  if (hearerPassiveAt(ctx.tokens, k) && (!/^\p{L}/u.test(ctx.tokens[k + 1]?.text ?? '') || ctx.tokens[k + 1].lower === 'to')) return false;
  // A noun, not a verb: a determiner or a possessive right before it, whatever its form
  // ("described their protest as", "after the protest", "her calling card", "the writing"); a
  // gerund after "'s" too ("'s" before another form may be "has": "Brink's said"), or after a
  // possessive and a word in lower case, "whose bright singing" (not "a statement calling the
  // test ...": a participle after a noun).
  if (k > 0 && GERUND_BEFORE.has(ctx.tokens[k - 1].lower) && (ctx.tokens[k - 1].kind === 'word' || w.endsWith('ing'))) return false;
  if (w.endsWith('ing') && k > 1 && POSSESSIVES.has(ctx.tokens[k - 2]?.lower) && /^\p{Ll}+$/u.test(ctx.tokens[k - 1].text) && !VERB_GAP.has(ctx.tokens[k - 1]?.lower)
    // (Not after a noun for a person, the participle's subject: "with its chairman saying".)
    && !personNoun(ctx.tokens[k - 1].lower)) return false;
  // A noun, not a verb: "Haddad's late-night tweets", "his statement", "Novak's mental state is".
  if (NOUNABLE.has(w)) {
    const prev = k > 0 ? ctx.tokens[k - 1].text : '';
    const p = lowerWord(prev);
    if (NOUN_BEFORE.has(p) || (prev.includes('-') && /^\p{L}/u.test(prev) && ctx.tokenEntity[k - 1] < 0)) return false;
    // ("residents demand answers", "families want answers": a verb of its own right before it
    // makes it that verb's object.)
    if (prev === p && SPEECH_NOUN_TAKERS.has(p) && !NOUN_BEFORE.has(ctx.tokens[k - 2]?.lower)) return false;
    // ("has rejected opposition calls for ...": a verb in the past, no determiner before it, then a
    // noun and the plural: the verb's object; not "the leaked document states".)
    if (prev === p && w.endsWith('s') && k >= 3 && /^\p{Ll}{3,}ed$/u.test(ctx.tokens[k - 2].text) && !NOUN_BEFORE.has(ctx.tokens[k - 3].lower) && ctx.tokenEntity[k - 1] < 0) return false;
    // "his recent remarks", "the latest tweets": a determiner and an adjective before it.
    // (Not after a document's or a study's noun: "the paper states", "the lawsuit claims".)
    if (k >= 2 && /^\p{Ll}+$/u.test(prev) && !VERB_GAP.has(p) && !STATEMENT_NOUNS.has(p) && !STUDY_NOUNS.has(p) && NOUN_BEFORE.has(ctx.tokens[k - 2]?.lower) && w.endsWith('s')) return false;
    // ("in a Facebook post on Monday": a determiner and a name in the singular before a noun's
    // singular, which no verb's form after a singular subject is; "the Senator claims" and "the
    // Saudis state" are verbs.)
    if (k >= 2 && /^\p{Lu}/u.test(prev) && !prev.endsWith('s') && !w.endsWith('s') && NOUN_BEFORE.has(ctx.tokens[k - 2]?.lower)) return false;
    const next = (ctx.tokens[k + 1]?.lower ?? '');
    // ("the statement was", "flood victims in his own state should move", "the report will": an
    // auxiliary or a modal right after it, or "own" right before it, makes it a noun.)
    if (AUXILIARIES.has(next) || next === 'shall' || p === 'own') return false;
    // ("The council report now promises ...", "the statement said": a verb of its own after it,
    // perhaps past an adverb, makes it that verb's subject.)
    let v = k + 1;
    while (v < k + 3 && (VERB_GAP.has(ctx.tokens[v]?.lower ?? '') || NOUN_VERB_ADVERBS.has(ctx.tokens[v]?.lower ?? '') || /^\p{Ll}{3,}ly$/u.test(ctx.tokens[v]?.text ?? ''))) v++;
    const verb = ctx.tokens[v];
    if (verb && verb.kind === 'word' && verb.text === verb.lower && /(?:s|ed)$/.test(verb.lower) && isSpeechWord(verb.lower)) return false;
    // "Labour claims of ...", "40% of Labour claims as": a plural noun.
    if (w.endsWith('s') && (next === 'of' || next === 'as') && /^\p{Lu}/u.test(prev)) return false;
  }
  return true;
}

/** Words after "read" that make it reading something, not a text's words: "read about", "read up on". */
const READ_ABOUT = new Set(['about', 'of', 'up', 'through', 'into']);

/** Words before an -ing form that make it a noun: possessives and articles. */
const POSSESSIVES = new Set(['whose', 'his', 'her', 'their', 'its', 'my', 'our', 'your', "'s", '’s']);
const GERUND_BEFORE = new Set([...POSSESSIVES, 'the', 'a', 'an']);

/** No word before token k in its sentence (looking back a few tokens: quotation marks, dashes). */
/** Verbs with which a study reports what it found: "A report by the trust found that ...". */
const FINDING_VERBS = new Set(['found', 'finds', 'showed', 'shows']);
/** What finds or shows: studies and their kin. */
const STUDY_NOUNS = new Set(['report', 'study', 'survey', 'audit', 'review', 'inquiry', 'analysis', 'poll', 'research', 'investigation', 'assessment', 'evaluation', 'paper', 'census', 'probe']);

/**
 * "A report by the Harlow Education Trust found that ...", "The survey shows that ...": a verb
 * of finding before "that", whose subject, at most eight words back in the clause, is a study.
 */
function studyFinds(ctx: AttributionContext, k: number): boolean {
  const { tokens } = ctx;
  if (tokens[k + 1]?.lower !== 'that') return false;
  for (let j = k - 1; j >= 0 && j >= k - 8 && tokens[j].sentence === tokens[k].sentence; j--) {
    if (tokens[j].kind === 'punct' && tokens[j].text !== "'s" && tokens[j].text !== '’s') return false;
    if (STUDY_NOUNS.has(tokens[j].lower) || (tokens[j].lower.endsWith('s') && STUDY_NOUNS.has(tokens[j].lower.slice(0, -1)))) return true;
  }
  return false;
}

/** Token k is in capitals, and so is every word of its sentence, its quotations' too, six words at least: copy set all in capitals. */
function capitalsSentence(ctx: AttributionContext, k: number): boolean {
  const { tokens } = ctx;
  if (!isAllCaps(tokens[k].text)) return false;
  const s = ctx.structure.sentences[tokens[k].sentence];
  let words = 0;
  for (let j = s.firstToken; j < s.endToken && j < s.firstToken + 200; j++) {
    const t = tokens[j];
    if (t.kind !== 'word') continue;
    if (!isAllCaps(t.text)) return false;
    words++;
  }
  return words >= 6;
}

export function firstWordOfSentence(ctx: AttributionContext, k: number): boolean {
  const first = ctx.structure.sentences[ctx.tokens[k].sentence].firstToken;
  for (let j = k - 1; j >= first; j--) if (ctx.tokens[j].kind === 'word' || j < k - 6) return false;
  return true;
}

/** Attribution words that are also nouns. */
const NOUNABLE = new Set(['tweet', 'tweets', 'post', 'posts', 'state', 'states', 'report', 'reports', 'claim', 'claims',
  'comment', 'comments', 'remark', 'remarks', 'note', 'notes', 'call', 'calls', 'charge', 'charges', 'quote', 'quotes',
  'reply', 'replies', 'answer', 'answers', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'demand', 'demands',
  'estimate', 'estimates', 'offer', 'offers', 'hint', 'hints', 'joke', 'jokes', 'boast', 'boasts', 'thought', 'thoughts',
  'warning', 'warnings', 'statement', 'statements', 'response', 'responses', 'order', 'orders', 'message', 'messages',
  'retort', 'retorts', 'quip', 'quips', 'plea', 'pleas', 'counter', 'question', 'questions', 'complaint', 'complaints']);
/** Verbs whose object a noun of speech may be: "want answers", "seek assurances", "get replies". */
const SPEECH_NOUN_TAKERS = new Set(['demand', 'demands', 'want', 'wants', 'need', 'needs', 'seek', 'seeks', 'get', 'gets', 'got', 'receive', 'receives', 'received', 'give', 'gives', 'gave', 'make', 'makes', 'made', 'issue', 'issues', 'issued']);
/** Adverbs between a subject and its verb beside VERB_GAP's: "the report now promises", "Ruiz still insists". */
const NOUN_VERB_ADVERBS = new Set(['now', 'still', 'already', 'also', 'today', 'yesterday', 'again', 'never', 'often', 'repeatedly']);
/** Words after which such a word is a noun. */
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those', "'s", '’s', 'of', 'whose']);
